import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../../test/e2e/browser.ts';

export interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

export interface BlockingTimes {
  /** Total blocking time of each round, in ms, in the order measured. */
  rounds: number[];
  median: number;
}

/** Runs `audit` with one Debian Chromium for all the URLs, then closes it. */
async function withChromium<T>(audit: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    return await audit(chrome.port);
  } finally {
    chrome.kill();
  }
}

/** Lighthouse's mobile audit (its default) of each URL, in Debian's Chromium. */
export async function lighthouseScores(urls: string[]): Promise<Map<string, Scores>> {
  return withChromium(async (port) => {
    const scores = new Map<string, Scores>();
    for (const url of urls) {
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result!.lhr.categories;
      scores.set(url, {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        'best-practices': Math.round((categories['best-practices']?.score ?? 0) * 100),
        seo: Math.round((categories.seo?.score ?? 0) * 100),
      });
    }
    return scores;
  });
}

/**
 * Lighthouse's mobile total blocking time of each URL, `rounds` times, the URLs taken in turn
 * within a round so that a change in the machine's load falls on all of them alike. One run says
 * little on a shared machine (the same page gave 24 and 415 ms back to back at load 3–6): the
 * median of several is what the README records, with the load average it was measured under.
 */
export async function blockingTimes(
  urls: string[],
  rounds: number,
): Promise<{ times: Map<string, BlockingTimes>; load: [number, number] }> {
  const before = loadavg()[0]!;
  const measured = await withChromium(async (port) => {
    const all = new Map<string, number[]>(urls.map((url) => [url, []]));
    for (let round = 0; round < rounds; round++)
      for (const url of urls) {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        all.get(url)!.push(Math.round(result!.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN));
      }
    return all;
  });
  const times = new Map(
    [...measured].map(([url, all]) => [url, { rounds: all, median: [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)]! }]),
  );
  return { times, load: [before, loadavg()[0]!] };
}
