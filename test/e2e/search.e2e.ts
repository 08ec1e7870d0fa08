import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { QUALITY_SET } from '../search/quality-set.ts';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  // A query that never answers fails in seconds, not at the end of the suite.
  page.setDefaultTimeout(10_000);
  // A Content-Security-Policy violation (WebAssembly, the worker, a fetch) shows here.
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});
afterAll(async () => {
  await browser.close();
});

async function search(lang: string, query: string, filters = ''): Promise<{ entities: string[]; paragraphs: string[] }> {
  await page.goto(`${baseUrl}/${lang}/search/?q=${encodeURIComponent(query)}${filters}`);
  await page.locator(`[data-search][data-searched]`).waitFor();
  return {
    entities: await page.locator('[data-entity]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.entity!)),
    paragraphs: await page.locator('[data-search-results] [data-paragraph]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.paragraph!)),
  };
}

describe('search quality in real Chromium (all three tiers, Pagefind included)', () => {
  it.each(QUALITY_SET)('$lang: $query', async ({ lang, query, entity, first, none }) => {
    const results = await search(lang, query);
    if (none) {
      expect(results).toEqual({ entities: [], paragraphs: [] });
      return;
    }
    if (entity) expect(results.entities[0]).toBe(entity);
    expect(results.paragraphs.slice(0, first!.length).sort()).toEqual([...first!].sort());
  });
});

describe('the search page', () => {
  it('ran every query above without a console error or CSP violation', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('filters by county and chapter', async () => {
    const all = await search('zh', '项目');
    const inRuijin = await search('zh', '项目', `&county=${encodeURIComponent('瑞金市')}`);
    expect(inRuijin.paragraphs.length).toBeGreaterThan(0);
    expect(inRuijin.paragraphs.length).toBeLessThan(all.paragraphs.length);
    for (const id of inRuijin.paragraphs) expect(all.paragraphs).toContain(id);
  });

  it('is reached from the box in every page header and lands on the paragraph', async () => {
    await page.goto(`${baseUrl}/en/chapters/p1-s3/`);
    await page.locator('.site-search input').fill('Ruijin Airport');
    await page.locator('.site-search button').click();
    await page.locator('[data-search][data-searched]').waitFor();
    await page.locator('[data-paragraph="p2-s5-1"] a').first().click();
    await page.waitForURL('**/en/chapters/p2-s5/#p2-s5-1');
  });
});
