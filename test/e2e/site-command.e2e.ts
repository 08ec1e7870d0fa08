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
import type { MainTarget } from '../../scripts/content/extract/main-targets.ts';
import { readYamlFile } from '../../scripts/content/shared/yaml-file.ts';
import { publishedFile } from '../../src/lib/data-schemas/package.ts';
import { dataProblems } from '../../src/lib/data-schemas/validate.ts';
import { FULL_FONTS } from '../../src/lib/social/fonts.ts';
import { iconCharacter, renderIcon } from '../../src/lib/social/icon.ts';
import { jsonSchemaErrors } from '../json-schema.ts';
import { builtPages, useBrowser } from './browser.ts';
import { CHECKED_PAIRS } from '../fixtures/pairs/targets.checked.ts';
import { leaksIn, leakWords } from './ganzhou-words.ts';

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

function runSite(args: string[], env: Record<string, string | undefined> = { SITE_URL: undefined }) {
  const result = spawnSync(process.execPath, ['scripts/site/build-site.ts', ...args], {
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, ...env },
  });
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

/** Every file of a site's /data/ is listed in its data package and accepted by its schemas (zod, Table Schema, ajv). */
function checkPublishedData(out: string) {
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
    expect(result.stdout).toMatch(/^site: .* → .*: \d+ pages;.*; no public address \(give --site-url URL/mu);
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
    // No curated layer for another report: no glossary, projects, parallel view, charts.
    // (Places come from the national register and targets from the main targets paragraph: see below.)
    for (const absent of ['zh/glossary', 'zh/projects', 'zh/parallel', 'data/charts']) {
      expect(existsSync(join(out, absent)), absent).toBe(false);
    }
    const home = readFileSync(join(out, 'zh', 'index.html'), 'utf8');
    expect(home).toContain('class="source-note"');
  });

  it('has a targets page in both languages: each main target named in English on the English edition, with JavaScript off', async () => {
    const targets = JSON.parse(readFileSync(join(out, 'data', 'targets.json'), 'utf8')) as MainTarget[];
    expect(targets.length).toBeGreaterThan(0);
    const names = (lang: 'zh' | 'en') => pageText(join(out, lang, 'targets', 'index.html'), '[data-report-targets] h2');
    const english = (target: MainTarget) => target.indicatorEn ?? target.indicatorZh;
    expect(await names('zh')).toEqual(targets.map((target) => target.indicatorZh.replace(/\s/gu, '')));
    const shownEn = await names('en');
    expect(shownEn).toEqual(targets.map((target) => english(target).replace(/\s/gu, '')));
    // An indicator of the dictionary is named in English even though the report is not translated.
    expect(shownEn.filter((_, index) => targets[index]!.indicator !== null).filter((name) => /\p{Script=Han}/u.test(name))).toEqual([]);
    const kinds = await pageText(join(out, 'en', 'targets', 'index.html'), '[data-report-targets] .target-card__kind');
    expect(kinds).toEqual(
      targets
        .filter((target) => target.kind !== 'words')
        .map(
          (target) =>
            ({ growth: 'growthonthepreviousyear', level: 'anamounttoreach', ceiling: 'alimit:tobekeptatorunderthislevel' })[
              target.kind as 'growth'
            ],
        ),
    );
    for (const lang of ['zh', 'en']) expect(readFileSync(join(out, lang, 'index.html'), 'utf8')).toContain(`href="/${lang}/targets/"`);
    // The untranslated paragraph of targets on the English edition leads to its targets in English.
    const paragraph = targets[0]!.paragraph;
    const chapter = report.parts
      .flatMap((part) => part.sections)
      .find((section) => section.topics.some((topic) => topic.paragraphs.some((p) => p.id === paragraph)))!;
    const englishChapter = readFileSync(join(out, 'en', 'chapters', chapter.id, 'index.html'), 'utf8');
    expect(englishChapter.split('data-targets-link').length - 1).toBe(1);
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
      // The report is not translated: the cards' note does not say their English is the site's translation.
      expect(english).not.toContain("the English is this site's translation");
      expect(readFileSync(join(out, 'zh', 'places', place.id, 'index.html'), 'utf8')).toContain(place.name_zh);
    }
    expect(index.en).not.toContain('18 counties');
  });

  it('never calls itself the Ganzhou site, and every internal link leads to a file of the site', () => {
    // Its icon is the first character of its own name (湖 for 湖南省…), never Ganzhou's 赣. Drawn
    // here with the whole fonts, which draw exactly like the build's cut ones.
    const shortName = (JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as { short_name: string }).short_name;
    const character = iconCharacter(shortName);
    expect(character).not.toBe('赣');
    expect(Buffer.compare(readFileSync(join(out, 'icon-32.png')), renderIcon(character, 32, { files: FULL_FONTS }))).toBe(0);
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

  it("shows nothing of Ganzhou: none of its places, projects, terms or its site's address that this report does not name", async () => {
    const words = leakWords(readFileSync(source, 'utf8'));
    const leaks = readdirSync(out, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.html'))
      .flatMap((file) => leaksIn(file, readFileSync(join(out, file), 'utf8'), words));
    // The search page as a reader sees it once its script has run: its hints, filters and placeholders.
    for (const lang of ['zh', 'en']) {
      const context = await chromium().newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(out, lang, 'search', 'index.html')).href);
      const shown = await page.evaluate(() =>
        [
          document.body.innerText,
          ...[...document.querySelectorAll('[placeholder]')].map((input) => input.getAttribute('placeholder')),
        ].join('\n'),
      );
      leaks.push(...leaksIn(`${lang}/search/ (shown)`, shown, words));
      await context.close();
    }
    expect(leaks).toEqual([]);
  });

  it("says the report's own years and names its sections without a heading by what they hold", () => {
    const yearOf = (kind: string) => report.parts.find((part) => part.kind === kind && part.year !== null)?.year;
    const [result, target] = [yearOf('review'), yearOf('plan')];
    if (result !== undefined && target !== undefined) {
      expect(readFileSync(join(out, 'zh', 'data', 'index.html'), 'utf8')).toContain(`回顾部分为${result}年成绩，安排部分为${target}年目标`);
    }
    const lastPart = report.parts.filter((part) => part.kind !== 'appendix').at(-1);
    for (const part of report.parts) {
      for (const section of part.sections) {
        const text = section.topics.flatMap((topic) => topic.paragraphs.map((paragraph) => paragraph.text)).join('');
        const title = /<h1[^>]*>([^<]*)/u.exec(readFileSync(join(out, 'zh', 'chapters', section.id, 'index.html'), 'utf8'))![1]!;
        if (section.kind === 'intro' && !text.includes('总体要求')) expect(title, section.id).not.toContain('总体要求与主要目标');
        // "各位代表！" before the last part opens a turn (the five-year review), not the closing words.
        if (section.kind === 'closing' && part !== lastPart) expect(title, section.id).not.toBe('结语');
      }
    }
  });

  it('offers a search filter only where it has something to choose', () => {
    const html = readFileSync(join(out, 'zh', 'search', 'index.html'), 'utf8');
    for (const [, options] of html.matchAll(/<select name="\w+">(.*?)<\/select>/gsu))
      expect(options!.split('<option').length - 1).toBeGreaterThan(1);
  });

  it('has no public address unless given one: no absolute canonical, alternates, og:url or sitemap, and says so', () => {
    for (const page of builtPages(out)) {
      const html = readFileSync(join(out, page, 'index.html'), 'utf8');
      expect(html, page).not.toMatch(/<link rel="(canonical|alternate)"[^>]*href="https?:/u);
      expect(html, page).not.toMatch(/property="og:(url|image)"/u);
    }
    expect(readFileSync(join(out, 'zh', 'index.html'), 'utf8')).toContain('<link rel="canonical" href="/zh/">');
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('publishes only data that its own data package lists and its schemas accept (zod, Table Schema, ajv)', () => {
    checkPublishedData(out);
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

// --previous FILE: last year's main targets held against this report's review, on the promises page.
describe.each(CHECKED_PAIRS.filter((pair) => pair.earlier.startsWith('boye')))(
  'npm run site -- --source $later --previous $earlier',
  ({ earlier, later, targets }) => {
    const out = join(mkdtempSync(join(tmpdir(), 'site-command-previous-')), 'site');

    beforeAll(() => {
      const result = runSite(['--source', `test/fixtures/pairs/${later}`, '--previous', `test/fixtures/pairs/${earlier}`, '--out', out]);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
      expect(result.status).toBe(0);
    }, 600_000);

    it("shows each of last year's targets with its status, in both languages, with JavaScript off", async () => {
      for (const lang of ['zh', 'en']) {
        const file = join(out, lang, 'promises', 'index.html');
        const context = await chromium().newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        const shown = await page.$$eval('.outcome[data-status]', (cards) =>
          cards.map((card) => [
            card.querySelector('.outcome__wording, dd span[lang="zh-CN"]')?.textContent?.trim() ?? '',
            card.getAttribute('data-status'),
          ]),
        );
        await context.close();
        expect(shown.map(([, status]) => status)).toEqual(targets.map((target) => target.status));
        expect(shown.map(([words]) => words)).toEqual(targets.map((target) => target.target));
      }
      const html = readFileSync(join(out, 'zh', 'promises', 'index.html'), 'utf8');
      // Both paragraphs cited: last year's by its report and paragraph, this year's review by a link.
      expect(html).toContain('博野县2024年政府工作报告');
      expect(html).toContain('href="/zh/chapters/p1-intro/#p1-intro-2"');
    });

    it("never calls them the Ganzhou site's 2023 promises, on any page", () => {
      const ganzhouWords = (['zh', 'en'] as const).flatMap((lang) => {
        const words = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
        return [words['promises.link']!, words['promises.title']!];
      });
      for (const page of builtPages(out)) {
        const html = readFileSync(join(out, page, 'index.html'), 'utf8');
        for (const words of ganzhouWords) expect(html.includes(words), `${page}: ${words}`).toBe(false);
      }
      expect(readFileSync(join(out, 'en', 'chapters', 'p1-intro', 'index.html'), 'utf8')).toContain('2024 targets: met?');
    });

    it('publishes the paired targets in outcomes.json, which its data package lists and its schemas accept', () => {
      checkPublishedData(out);
      const entries = JSON.parse(readFileSync(join(out, 'data', 'outcomes.json'), 'utf8')) as Array<{
        status: string;
        previous?: { paragraph: string };
      }>;
      expect(entries.map((entry) => [entry.status, entry.previous?.paragraph])).toEqual(
        targets.map((target) => [target.status, 'p2-intro-2']),
      );
    });
  },
);

describe('npm run site --site-url: the public address', () => {
  it('puts canonical links, alternates, og:url and the sitemap on the address given, path and all', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'site-url-')), 'site');
    const result = runSite(['--source', REPORTS[0]!, '--out', out, '--site-url', 'https://example.org/x/']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/; public address https:\/\/example\.org\/x\/ \(/u);
    for (const page of builtPages(out).filter((path) => /^\/(zh|en)\//u.test(path) && !path.includes('/404/'))) {
      const html = readFileSync(join(out, page, 'index.html'), 'utf8');
      expect(html, page).toContain(`<link rel="canonical" href="https://example.org/x${page}">`);
      expect(html, page).toContain(`<meta property="og:url" content="https://example.org/x${page}">`);
      expect(html, page).not.toContain('ganzhou-2023-report.example');
    }
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/x/sitemap-index.xml');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://example.org/x/zh/</loc>');
  });

  it('refuses an address that is not one, from the option or SITE_URL, in one line and before writing', () => {
    for (const [args, env, message] of [
      [['--site-url', 'example.org'], {}, 'site: --site-url "example.org": expected the site\'s public address'],
      [[], { SITE_URL: 'ftp://example.org/' }, 'site: SITE_URL "ftp://example.org/": expected the site\'s public address'],
    ] as const) {
      const out = join(mkdtempSync(join(tmpdir(), 'site-url-bad-')), 'site');
      const result = runSite(['--source', REPORTS[0]!, '--out', out, ...args], env);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[^\n]*\n$`, 'u'));
      expect(existsSync(out)).toBe(false);
    }
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
