/**
 * `npm run bench`: builds the site, then measures it and prints the figures as Markdown
 * (recorded in the README with the date and machine). Nothing here is asserted: timings on a
 * shared machine are noisy, so they are measured, never tested.
 *   --no-lighthouse   skip the Lighthouse audits (about 10 s a page, and 14 runs of 5 s for blocking time)
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { preview } from 'astro';
import { launchChromium } from '../../test/e2e/browser.ts';
import { blockingTimes, lighthouseScores } from './lighthouse-scores.ts';
import { measurePage, measureSearch } from './page-weight.ts';
import { measurePipeline } from './pipeline-scaling.ts';
import { measureSearchData } from './search-data.ts';
import { QUALITY_SET } from '../../test/search/quality-set.ts';

const PAGE_TYPES: Record<string, string> = {
  home: '',
  chapter: 'chapters/p2-s1/',
  county: 'places/yudu/',
  search: 'search/',
  glossary: 'glossary/',
  data: 'data/',
};

function timed(label: string, args: string[]): { label: string; ms: number } {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: 'pipe' });
  return { label, ms: Math.round(performance.now() - started) };
}

/** Runs of Lighthouse per chapter page for its blocking time, whose median is recorded. */
const BLOCKING_ROUNDS = 7;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  const lines: string[] = [];
  const say = (line = '') => lines.push(line);
  say(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  );
  say();

  const stages = [
    timed('pipeline (npm run content)', ['scripts/content/cli.ts']),
    timed('Astro build', ['node_modules/astro/bin/astro.mjs', 'build']),
    timed('Pagefind index', ['scripts/search/build-index.ts']),
    timed('service worker', ['scripts/offline/write-service-worker.ts']),
  ];
  say('| build stage | time |');
  say('|---|---|');
  for (const stage of stages) say(`| ${stage.label} | ${(stage.ms / 1000).toFixed(1)} s |`);
  say();

  say('| pipeline input | characters | paragraphs | figures | normalize → emit |');
  say('|---|---|---|---|---|');
  for (const row of measurePipeline('content/source/ganzhou-2023-work-report.page2.zh.txt', 'content/places.yaml')) {
    say(
      `| ${row.times}× | ${row.characters.toLocaleString('en')} | ${row.paragraphs.toLocaleString('en')} | ${row.figures.toLocaleString('en')} | ${row.ms.toFixed(0)} ms |`,
    );
  }
  say();

  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4323 } });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const browser = await launchChromium();
  try {
    say('Bytes loaded before any interaction, 360 px (gzip, KB):');
    say();
    say('| page | HTML | CSS | JS | fonts | images | other |');
    say('|---|---|---|---|---|---|---|');
    const urls: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      for (const [type, route] of Object.entries(PAGE_TYPES)) {
        const path = `/${lang}/${route}`;
        urls.push(`${baseUrl}${path}`);
        const { bytes } = await measurePage(browser, baseUrl, path);
        say(
          `| ${type} (${lang}) | ${kb(bytes.html.gzip)} | ${kb(bytes.css.gzip)} | ${kb(bytes.js.gzip)} | ${kb(bytes.font.gzip)} | ${kb(bytes.image.gzip)} | ${kb(bytes.other.gzip)} |`,
        );
      }
    }
    say();
    say('| first search | fetched beyond the page (raw) | (gzip) | Enter → results |');
    say('|---|---|---|---|');
    for (const [lang, query, pagefind] of [
      ['zh', '于都', false],
      ['en', 'Greater Bay Area', false],
      ['en', 'Gree', false],
      ['zh', '火星基地', true],
    ] as const) {
      const search = await measureSearch(browser, baseUrl, lang, query, pagefind);
      say(
        `| ${lang}: ${query}${pagefind ? ' (nothing in the site data: Pagefind)' : ''} | ${kb(search.bytes)} KB | ${kb(search.gzip)} KB | ${search.ms.toFixed(0)} ms |`,
      );
    }
    say();
    say('| search data (loaded with the search page) | raw | gzip | later queries: median | slowest |');
    say('|---|---|---|---|---|');
    for (const lang of ['zh', 'en'] as const) {
      const queries = QUALITY_SET.filter((entry) => entry.lang === lang).map((entry) => entry.query);
      const data = await measureSearchData(browser, baseUrl, lang, queries);
      say(
        `| /search/${lang}.json | ${kb(data.raw)} KB | ${kb(data.gzip)} KB | ${data.medianMs.toFixed(1)} ms | ${data.slowestMs.toFixed(1)} ms (${data.slowestQuery}) |`,
      );
    }
    say();
    if (!process.argv.includes('--no-lighthouse')) {
      const scores = await lighthouseScores(urls);
      say('Lighthouse 13, mobile (Performance / Accessibility / Best Practices / SEO):');
      say();
      say('| page | P | A | BP | SEO |');
      say('|---|---|---|---|---|');
      for (const [url, s] of scores)
        say(`| ${url.replace(baseUrl, '')} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
      say();
      // The chapter page is where the reading happens, and the longest page of text to lay out.
      const chapters = ['zh', 'en'].map((lang) => `${baseUrl}/${lang}/${PAGE_TYPES.chapter}`);
      const { times, load } = await blockingTimes(chapters, BLOCKING_ROUNDS);
      say(
        `Total blocking time, Lighthouse mobile, ${BLOCKING_ROUNDS} runs per page taken in turn (load average ${load[0].toFixed(1)} → ${load[1].toFixed(1)}):`,
      );
      say();
      say('| page | median | runs |');
      say('|---|---|---|');
      for (const [url, t] of times) say(`| ${url.replace(baseUrl, '')} | ${t.median} ms | ${t.rounds.join(', ')} ms |`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
