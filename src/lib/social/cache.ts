/**
 * The build cache of the social images: a PNG is kept under the hash of everything that draws it
 * (its SVG, the fonts, the renderer's version), so a build redraws only the cards whose page
 * changed. Under node_modules/.cache, like other build tools' caches: never committed, and a
 * fresh clone simply draws everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'social-images');

const require = createRequire(import.meta.url);
const RENDERER = (require('@resvg/resvg-js/package.json') as { version: string }).version;

export function cached(svg: string, fontsKey: string, draw: () => Uint8Array): Uint8Array {
  const key = createHash('sha256').update(RENDERER).update('\0').update(fontsKey).update('\0').update(svg).digest('hex');
  const path = join(CACHE_DIR, 'png', `${key}.png`);
  if (existsSync(path)) return readFileSync(path);
  const png = draw();
  mkdirSync(join(CACHE_DIR, 'png'), { recursive: true });
  // Written whole, then renamed: an interrupted build never leaves a half image to reuse.
  writeFileSync(`${path}.tmp`, png);
  renameSync(`${path}.tmp`, path);
  return png;
}
