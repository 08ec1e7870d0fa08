/**
 * Writes dist/sw.js after the build: the worker in service-worker.js with this build's VERSION
 * (a hash of every file it serves, so any change to the site makes a new cache), every page by
 * language with each language's search data, and the assets a page needs (styles, scripts, icons).
 * Run after `astro build` and the index.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = process.argv[2] ?? 'dist';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

const all = files(DIST).filter((path) => relative(DIST, path) !== 'sw.js');
const hash = createHash('sha256');
for (const path of all) hash.update(relative(DIST, path)).update(readFileSync(path));
const version = hash.digest('hex').slice(0, 12);

const urlOf = (path: string) => `/${relative(DIST, path).replace(/index\.html$/u, '')}`;
const pages = all.filter((path) => path.endsWith('index.html')).map(urlOf);
// Saving an edition saves its pages and its search data, so the saved report is searchable
// (src/scripts/search/: every tier but the Pagefind fallback works on that data alone).
const saved = (lang: string) => [...pages.filter((url) => url.startsWith(`/${lang}/`)), `/search/${lang}.json`];
const byLang = { zh: saved('zh'), en: saved('en') };
// Styles and scripts (the search page's among them; a few KB) are kept at install, and the tab's
// icon (src/lib/social/icon.ts); the larger icons are for home screens, which keep their own copy.
const assets = all.filter((path) => /^_astro\/.*\.(css|js)$|^icon-32\.png$|^manifest\.webmanifest$/u.test(relative(DIST, path))).map(urlOf);

const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PAGES__', JSON.stringify(byLang))
  .replace('__ASSETS__', JSON.stringify(assets));
writeFileSync(join(DIST, 'sw.js'), worker);
console.log(`offline: sw.js version ${version}: ${byLang.zh.length} + ${byLang.en.length} files to save, ${assets.length} assets`);
