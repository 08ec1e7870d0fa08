import { createHash } from 'node:crypto';

/**
 * A short fingerprint of a Chinese text. A translation records the fingerprint of the text it
 * translates, so a later change to the Chinese marks the translation stale.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}
