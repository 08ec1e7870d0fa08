/**
 * Writes dist/sw.js after the build: the worker in service-worker.js with this build's VERSION
 * (a hash of every file it serves, so any change to the site makes a new cache), every page by
 * language, and the assets a page needs (styles, icons). Run after `astro build` and the index.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = process.argv[2] ?? 'dist';

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
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
const byLang = { zh: pages.filter((url) => url.startsWith('/zh/')), en: pages.filter((url) => url.startsWith('/en/')) };
const assets = all.filter((path) => /^_astro\/.*\.css$|^favicon\.svg$|^manifest\.webmanifest$/u.test(relative(DIST, path))).map(urlOf);

const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PAGES__', JSON.stringify(byLang))
  .replace('__ASSETS__', JSON.stringify(assets));
writeFileSync(join(DIST, 'sw.js'), worker);
console.log(`offline: sw.js version ${version}: ${byLang.zh.length} + ${byLang.en.length} pages, ${assets.length} assets`);
