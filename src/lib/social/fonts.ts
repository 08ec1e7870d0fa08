/**
 * The fonts the social images are drawn with, prepared once per build. Noto Sans SC is 10 MB a
 * weight; resvg parses every font file it is given for every image, so each of the 262 images
 * paid for 20 MB. Instead, both weights are cut down once to the characters the cards use (a few
 * hundred CJK characters and Latin), written to the build cache, and every image loads those.
 * The cut fonts are named by a hash of the font files and the characters, so a later build with
 * the same cards reuses them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { CACHE_DIR } from './cache.ts';

const require = createRequire(import.meta.url);
/** The whole fonts (regular and bold), before cutting: what the cut fonts must draw exactly like. */
export const FULL_FONTS = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
];

/** Printable ASCII and the few signs the layout adds (ellipsis, middle dot), whatever the cards say. */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}…·`;

let prepared: Promise<{ files: string[]; key: string }> | null = null;

/** Paths of the cut fonts covering `text`, and a key naming them; computed once per build. */
export function fontsFor(text: () => string): Promise<{ files: string[]; key: string }> {
  prepared ??= (async () => {
    const characters = [...new Set(text() + ALWAYS)].sort().join('');
    const full = FULL_FONTS.map((path) => readFileSync(path));
    const key = createHash('sha256').update(characters).update(full[0]!).update(full[1]!).digest('hex').slice(0, 16);
    const dir = join(CACHE_DIR, 'fonts');
    mkdirSync(dir, { recursive: true });
    const files = await Promise.all(
      full.map(async (font, i) => {
        const path = join(dir, `${key}-${i}.ttf`);
        if (!existsSync(path)) writeFileSync(path, await subsetFont(font, characters, { targetFormat: 'truetype' }));
        return path;
      }),
    );
    return { files, key };
  })();
  return prepared;
}
