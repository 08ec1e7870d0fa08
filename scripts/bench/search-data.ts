import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SearchData {
  /** The search data a first search needs (/search/<lang>.json, loaded with the search page). */
  raw: number;
  gzip: number;
  /** Milliseconds from a query typed to its results in place, for each query after the first (the data already loaded). */
  medianMs: number;
  slowestMs: number;
  slowestQuery: string;
}

/**
 * The size of one language's search data, and how long later queries take once it is loaded:
 * each query is typed into the box (one input event, which renders every local tier at once) and
 * timed in the page, so the figure is the reader's wait before the browser paints.
 */
export async function measureSearchData(browser: Browser, baseUrl: string, lang: 'zh' | 'en', queries: string[]): Promise<SearchData> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const data = page.waitForResponse((response) => response.url().endsWith(`/search/${lang}.json`));
  await page.goto(`${baseUrl}/${lang}/search/`, { waitUntil: 'networkidle' });
  const body = await (await data).body();
  await page.locator('[data-search][data-ready]').waitFor();
  const times: Array<{ query: string; ms: number }> = [];
  // The first query also builds what later ones reuse (synonym groups, patterns): it is the first
  // search, timed above from Enter; these are the later ones.
  for (const [index, query] of queries.entries()) {
    const ms = await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      input.value = text;
      const started = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return performance.now() - started;
    }, query);
    if (index > 0) times.push({ query, ms });
  }
  await context.close();
  const sorted = [...times].sort((a, b) => a.ms - b.ms);
  const slowest = sorted.at(-1)!;
  return {
    raw: body.length,
    gzip: gzipSync(body).length,
    medianMs: sorted[Math.floor(sorted.length / 2)]!.ms,
    slowestMs: slowest.ms,
    slowestQuery: slowest.query,
  };
}
