import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readIdentity } from '../../scripts/content/layers/identity.ts';
import type { Report } from '../../scripts/content/shared/model.ts';
import { readYamlFile } from '../../scripts/content/shared/yaml-file.ts';
import { publishedFile } from '../../src/lib/data-schemas/package.ts';
import { dataProblems } from '../../src/lib/data-schemas/validate.ts';
import { jsonSchemaErrors } from '../json-schema.ts';
import { builtPages, useBrowser } from './browser.ts';

// `npm run site -- --source FILE --out DIR`: a whole site for any report of the genre, built
// beside the project without touching its own src/generated/ or dist/.
const REPORTS = [
  'test/fixtures/county-report.zh.txt',
  ...readdirSync('test/fixtures/real')
    .filter((name) => name.endsWith('.zh.txt'))
    .sort()
    .map((name) => `test/fixtures/real/${name}`),
];
/** The site's own names for the Ganzhou report: a site built from another report never uses them. */
const GANZHOU_NAMES = Object.values(readIdentity(readYamlFile('content/site.yaml'))).flatMap((words) => [words.title, words.shortTitle]);
const chromium = useBrowser();

function runSite(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/site/build-site.ts', ...args], { encoding: 'utf8', timeout: 600_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .filter((path) => statSync(join(dir, path)).isFile())
      .map((path) => [
        path,
        createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex'),
      ]),
  );
}

/** What a reader sees of a page with JavaScript off, opened straight from the folder. */
async function pageText(file: string, selector: string): Promise<string[]> {
  const context = await chromium().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  const texts = await page.$$eval(selector, (nodes) =>
    nodes.map((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.para__anchor, .para__original, .para__share, .toggletip, script').forEach((label) => label.remove());
      return (copy.textContent ?? '').replace(/\s/gu, '');
    }),
  );
  await context.close();
  return texts;
}

describe.each(REPORTS)('npm run site -- --source %s', (source) => {
  const out = join(mkdtempSync(join(tmpdir(), 'site-command-')), 'site');
  let report: Report;
  let projectBefore: Record<string, string>;

  beforeAll(() => {
    projectBefore = { ...fingerprint('src/generated'), ...fingerprint('dist') };
    const result = runSite(['--source', source, '--out', out]);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^site: .* → .*: \d+ pages;/mu);
    report = JSON.parse(readFileSync(join(out, 'data', 'report.json'), 'utf8')) as Report;
  }, 600_000);

  it("never touches the project's own src/generated/ or dist/", () => {
    expect({ ...fingerprint('src/generated'), ...fingerprint('dist') }).toEqual(projectBefore);
  });

  it('shows every paragraph of the report on its Chinese pages, in order, with JavaScript off', async () => {
    for (const part of report.parts) {
      for (const section of part.sections) {
        const shown = await pageText(join(out, 'zh', 'chapters', section.id, 'index.html'), '.chapter-text .para');
        const expected = section.topics.flatMap((topic) => topic.paragraphs.map((paragraph) => paragraph.text.replace(/\s/gu, '')));
        expect(shown).toEqual(expected);
      }
    }
  });

  it('says plainly on the English pages that each paragraph is not translated yet, and links to the Chinese', () => {
    for (const part of report.parts) {
      for (const section of part.sections) {
        const html = readFileSync(join(out, 'en', 'chapters', section.id, 'index.html'), 'utf8');
        const paragraphs = section.topics.flatMap((topic) => topic.paragraphs);
        expect(html.split('This paragraph is not translated yet').length - 1).toBe(paragraphs.length);
        for (const paragraph of paragraphs) expect(html).toContain(`href="/zh/chapters/${section.id}/#${paragraph.id}"`);
        expect(html).toContain('This edition has not been translated yet');
        expect(html).not.toContain('This English translation is this site');
      }
    }
  });

  it('publishes search, open data and the source note, and leaves out the layers it has no data for', () => {
    for (const file of [
      'pagefind/pagefind.js',
      'data/report.json',
      'data/figures.json',
      'data/figures.csv',
      'zh/search/index.html',
      'en/data/index.html',
      'sw.js',
      'manifest.webmanifest',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    // No curated layer for another report: no glossary, projects, targets, parallel view, charts.
    // (Places come from the national register where the report says whose it is: see below.)
    for (const absent of ['zh/glossary', 'zh/projects', 'zh/targets', 'zh/parallel', 'data/charts']) {
      expect(existsSync(join(out, absent)), absent).toBe(false);
    }
    const home = readFileSync(join(out, 'zh', 'index.html'), 'utf8');
    expect(home).toContain('class="source-note"');
  });

  it('has place pages from the national register, in both languages, with English names, where the report says whose it is', () => {
    const places = JSON.parse(readFileSync(join(out, 'data', 'places.json'), 'utf8')) as Array<{
      id: string;
      name_zh: string;
      name_en: string;
      level: string;
    }>;
    if (!source.includes('/real/')) {
      // The made-up county report says 某县: no government of the register, so no place pages.
      expect(places).toEqual([]);
      expect(existsSync(join(out, 'zh', 'places'))).toBe(false);
      return;
    }
    expect(places.length).toBeGreaterThan(0);
    const index = {
      zh: readFileSync(join(out, 'zh', 'places', 'index.html'), 'utf8'),
      en: readFileSync(join(out, 'en', 'places', 'index.html'), 'utf8'),
    };
    for (const place of places) {
      expect(place.name_en).toMatch(
        /^[A-Z][a-z']+(?: (?:[A-Z][a-z']+|and))* (?:City|County|District|Town|Township|Subdistrict|Prefecture|Banner|League|Sumu|Area)$/u,
      );
      expect(index.en).toContain(`href="/en/places/${place.id}/"`);
      expect(index.zh).toContain(`href="/zh/places/${place.id}/"`);
      const english = readFileSync(join(out, 'en', 'places', place.id, 'index.html'), 'utf8').replaceAll('&#39;', "'");
      expect(english).toContain(`<h1>${place.name_en}`);
      expect(readFileSync(join(out, 'zh', 'places', place.id, 'index.html'), 'utf8')).toContain(place.name_zh);
    }
    expect(index.en).not.toContain('18 counties');
  });

  it('never calls itself the Ganzhou site, and every internal link leads to a file of the site', () => {
    const files = readdirSync(out, { recursive: true })
      .map(String)
      .filter((path) => /\.(html|json|webmanifest|csv)$/u.test(path));
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      for (const name of GANZHOU_NAMES) expect(text.includes(name), `${file}: ${name}`).toBe(false);
    }
    for (const page of builtPages(out)) {
      const html = readFileSync(join(out, page, 'index.html'), 'utf8');
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/gu)) {
        const target = join(out, href!, href!.endsWith('/') ? 'index.html' : '');
        expect(existsSync(target), `${page} → ${href}`).toBe(true);
      }
    }
  });

  it('publishes only data that its own data package lists and its schemas accept (zod, Table Schema, ajv)', () => {
    const data = join(out, 'data');
    const resources = (
      JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as { resources: Array<{ path: string; schema: unknown }> }
    ).resources;
    const paths = resources.map((resource) => resource.path);
    const files = readdirSync(data, { recursive: true })
      .map(String)
      .filter((path) => statSync(join(data, path)).isFile() && path !== 'datapackage.json' && !path.startsWith('schemas'));
    expect(files.sort()).toEqual([...paths].sort());
    const bodies = new Map(paths.map((path) => [path, readFileSync(join(data, path), 'utf8')]));
    expect(dataProblems(paths.map(publishedFile), bodies)).toEqual([]);
    for (const resource of resources.filter((candidate) => typeof candidate.schema === 'string')) {
      const schema = JSON.parse(readFileSync(join(data, resource.schema as string), 'utf8')) as object;
      expect([resource.path, jsonSchemaErrors(schema, JSON.parse(bodies.get(resource.path)!))]).toEqual([resource.path, []]);
    }
  });

  it('leaves the previous site exactly as it was when a build fails', () => {
    const before = fingerprint(out);
    const bad = join(tmpdir(), `empty-${process.pid}.zh.txt`);
    writeFileSync(bad, '\n');
    const result = runSite(['--source', bad, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`site: ${bad}:1: the report is empty: expected its text, with headings such as 一、… and （一）…\n`);
    expect(fingerprint(out)).toEqual(before);
  });
});

describe('npm run site: where it may write', () => {
  it("refuses a folder of someone's documents like npm run content does, and needs --out", () => {
    const docs = mkdtempSync(join(tmpdir(), 'site-docs-'));
    writeFileSync(join(docs, 'thesis.txt'), 'mine');
    const refused = runSite(['--source', REPORTS[0]!, '--out', docs]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^site: .*: the folder is not empty and has no \.report-content-output\.json/u);
    expect(readFileSync(join(docs, 'thesis.txt'), 'utf8')).toBe('mine');
    const missing = runSite(['--source', REPORTS[0]!]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('--out DIR is required');
  });

  it("refuses the project's own src/generated/ and dist/ before building anything", () => {
    const before = { ...fingerprint('src/generated'), ...fingerprint('dist') };
    for (const folder of ['src/generated', 'dist']) {
      const result = runSite(['--source', REPORTS[0]!, '--out', folder]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^site: ${resolve(folder)}: this path is inside the project's own`, 'u'));
    }
    expect({ ...fingerprint('src/generated'), ...fingerprint('dist') }).toEqual(before);
  });

  it('keeps a page or a file someone added at any depth of an earlier site, and one added during the build', async () => {
    const home = mkdtempSync(join(tmpdir(), 'site-added-'));
    const out = join(home, 'site');
    expect(runSite(['--source', REPORTS[0]!, '--out', out]).status).toBe(0);
    for (const added of ['zh/my-page.html', 'data/mine/notes.csv']) {
      mkdirSync(dirname(join(out, added)), { recursive: true });
      writeFileSync(join(out, added), 'mine');
      const before = fingerprint(out);
      const result = runSite(['--source', REPORTS[0]!, '--out', out]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /^site: .*: the folder holds "(zh\/my-page\.html|data\/mine\/)", which this tool did not (write|make)/u,
      );
      expect(fingerprint(out)).toEqual(before);
      rmSync(join(out, added));
    }
    rmSync(join(out, 'data', 'mine'), { recursive: true });
    // Added while the site is being built: the report arrives through a pipe, so the run is known to be under way.
    const fifo = join(home, 'piped.zh.txt');
    execFileSync('mkfifo', [fifo]);
    const run = startSite(['--source', fifo, '--out', out]);
    const pipe = await open(fifo, 'w');
    writeFileSync(join(out, 'zh', 'meanwhile.html'), 'mine');
    const before = fingerprint(out);
    await pipe.writeFile(readFileSync(REPORTS[0]!));
    await pipe.close();
    const result = await run.done;
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^site: .*: the folder changed while this run was under way \(the folder holds "zh\/meanwhile\.html".*; the new output is in \S+\/site\.new-\w+\n$/mu,
    );
    expect(fingerprint(out)).toEqual(before);
  }, 120_000);

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'removes its scratch copy of the project when stopped by %s',
    async (signal) => {
      const scratch = mkdtempSync(join(tmpdir(), 'site-tmp-'));
      const out = join(mkdtempSync(join(tmpdir(), 'site-stopped-')), 'site');
      const run = startSite(['--source', REPORTS[0]!, '--out', out], { TMPDIR: scratch });
      // Stopped once the scratch copy exists, during the Astro build.
      while (!readdirSync(scratch).some((name) => name.startsWith('report-site-'))) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 500));
      run.child.kill(signal);
      const result = await run.done;
      expect(result.status).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(result.stderr).toContain(`site: stopped by ${signal}; temporary files removed, the output folder left as it was`);
      // (Node's own compile cache may stay there; it is not this tool's.)
      expect(readdirSync(scratch).filter((name) => name !== 'node-compile-cache')).toEqual([]);
      expect(existsSync(out)).toBe(false);
    },
    60_000,
  );
});

/** Starts `npm run site -- …args` without waiting. */
function startSite(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/site/build-site.ts', ...args], { env: { ...process.env, ...env } });
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ status: number | null; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stderr })),
  );
  return { child, done };
}
