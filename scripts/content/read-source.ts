import { readFileSync } from 'node:fs';
import { ContentError } from './errors.ts';
import { decodeTextFile } from './text-file.ts';

/** Reads a report file: UTF-8 text with something in it (see text-file.ts for what else is refused). */
export function readSource(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ContentError(file, null, 'cannot read the report: expected a readable UTF-8 text file');
  }
  return decodeSource(file, bytes);
}

export function decodeSource(file: string, bytes: Uint8Array): string {
  const text = decodeTextFile(file, bytes);
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new ContentError(file, 1, 'the report is empty: expected its text, with headings such as 一、… and （一）…');
  return text;
}
