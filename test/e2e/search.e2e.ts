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
    paragraphs: await page
      .locator('[data-search-results] [data-paragraph]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.paragraph!)),
  };
}

describe('search quality in real Chromium', () => {
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

  it('shows results as the reader types, from the data loaded with the page, fetching nothing more', async () => {
    await page.goto(`${baseUrl}/en/search/`);
    await page.locator('[data-search][data-ready]').waitFor();
    const fetched: string[] = [];
    const listen = (request: { url(): string }) => fetched.push(request.url());
    page.on('request', listen);
    await page.locator('#search-q').pressSequentially('Yudu', { delay: 50 });
    // No Enter: the keyboard is still up on a phone.
    await page.locator('[data-search][data-searched="Yudu"]').waitFor();
    expect(await page.locator('[data-search-results] [data-paragraph]').count()).toBe(3);
    expect(await page.locator('[data-entity="yudu"]').count()).toBe(1);
    page.off('request', listen);
    // Chromium asks for the icon again when the address changes (?q=…); nothing else is fetched.
    expect(fetched.filter((url) => !url.endsWith('/icon-32.png'))).toEqual([]);
    // The address follows once the reader pauses (not at every key: it costs a third of a keystroke's work).
    await page.waitForURL((url) => url.search === '?q=Yudu');
  });

  it('keeps the query in the address for a reader who taps a result before pausing', async () => {
    await page.goto(`${baseUrl}/en/search/`);
    await page.locator('[data-search][data-ready]').waitFor();
    await page.locator('#search-q').fill('Ruijin');
    await page.locator('[data-search][data-searched="Ruijin"]').waitFor();
    await page.locator('[data-search-results] [data-paragraph] a').first().click();
    await page.waitForURL((url) => url.pathname.includes('/chapters/'));
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?q=Ruijin');
  });

  it('lists paragraphs holding the word first and partial matches apart, below, the word found marked', async () => {
    const results = await search('en', 'develop');
    expect(results.paragraphs.length).toBeGreaterThan(0);
    const partial = await page
      .locator('[data-search-partial] [data-paragraph]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.paragraph!));
    expect(partial).toContain('p1-s2-1');
    const [exact, apart] = await Promise.all([
      page.locator('[data-search-results]').boundingBox(),
      page.locator('[data-search-partial]').boundingBox(),
    ]);
    expect(apart!.y).toBeGreaterThan(exact!.y + exact!.height - 1);
    // A partial match shows the whole word it found, marked.
    expect(await page.locator('[data-search-partial] [data-paragraph="p1-s2-1"] mark').first().textContent()).toMatch(/^develop\w+$/iu);
  });

  it('matches Gree as a whole word: green is not found, not even as a partial match or a clause', async () => {
    const results = await search('en', 'Gree');
    expect(results.paragraphs).toEqual(['p2-s1-2']);
    expect(await page.locator('[data-search-partial] [data-paragraph]').count()).toBe(0);
    expect(await page.locator('[data-search-results] mark').allTextContents()).toEqual(['Gree']);
    const clauses = await page.locator('[data-search-commitments] [data-commitment]').allTextContents();
    expect(clauses.some((clause) => /green/iu.test(clause))).toBe(false);
  });

  it('shows the word that matched in the excerpt: "shanty" marks shantytown', async () => {
    await search('en', 'shanty');
    const first = page.locator('[data-search-partial] [data-paragraph]').first();
    expect(await first.getAttribute('data-paragraph')).toBe('p1-s4-1');
    expect(await first.locator('mark').allTextContents()).toContain('shantytown');
  });

  it('shows the agreed English of a Chinese query on the English edition, marked', async () => {
    const results = await search('en', '托育');
    expect(results.paragraphs.sort()).toEqual(['p1-s5-1', 'p2-s7-4']);
    expect(await page.locator('[data-search-results] [data-paragraph="p2-s7-4"] mark').first().textContent()).toBe('childcare');
  });

  it('offers the same query on the other edition, and the closest names, when nothing is found', async () => {
    await search('en', 'Ruijn Airprt');
    expect(await page.locator('[data-search-elsewhere]').isVisible()).toBe(true);
    expect(await page.locator('[data-closest]').first().getAttribute('data-closest')).toBe('ruijin-airport');
    // A Chinese word the English has no agreed rendering for: the Chinese edition answers it.
    await search('en', '脱贫');
    expect(await page.locator('[data-closest]').count()).toBe(0);
    const other = page.locator('[data-search-other-edition]');
    expect(await other.textContent()).toBe('Search the Chinese edition for “脱贫”');
    expect(await other.getAttribute('hreflang')).toBe('zh');
    await other.click();
    await page.waitForURL(`**/zh/search/?q=${encodeURIComponent('脱贫')}`);
    await page.locator('[data-search][data-searched]').waitFor();
    expect(await page.locator('[data-search-results] [data-paragraph]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-elsewhere]').isVisible()).toBe(false);
    await search('zh', '火星基地');
    expect(await page.locator('[data-search-other-edition]').getAttribute('href')).toBe(`/en/search/?q=${encodeURIComponent('火星基地')}`);
  });

  it("asks Pagefind only for a query the site's own data cannot answer, on Enter", async () => {
    await page.goto(`${baseUrl}/zh/search/`);
    await page.locator('[data-search][data-ready]').waitFor();
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefind.push(request.url());
    });
    await page.locator('#search-q').fill('于都');
    await page.locator('#search-q').press('Enter');
    await page.locator('[data-search][data-searched="于都"]').waitFor();
    expect(pagefind).toEqual([]);
    await page.locator('#search-q').fill('火星基地');
    await page.locator('#search-q').press('Enter');
    await page.locator('[data-search][data-pagefind="done"]').waitFor();
    expect(pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(await page.locator('[data-search-status]').textContent()).toBe('没有找到结果。');
  });

  it('is reached from the box in every page header and lands on the paragraph', async () => {
    await page.goto(`${baseUrl}/en/chapters/p1-s3/`);
    // On a phone the box waits behind the header's toggle.
    await page.locator('.header-menu > summary').click();
    await page.locator('.site-search input').fill('Ruijin Airport');
    await page.locator('.site-search button').click();
    await page.locator('[data-search][data-searched]').waitFor();
    await page.locator('[data-paragraph="p2-s5-1"] a').first().click();
    await page.waitForURL('**/en/chapters/p2-s5/#p2-s5-1');
  });
});

describe('search offline', () => {
  it('searches the saved report with the network off, and says what needs the network', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const saved = await context.newPage();
    await saved.goto(`${baseUrl}/zh/`);
    await saved.evaluate(() => navigator.serviceWorker.ready);
    await saved.locator('[data-save-offline] button[data-save="zh"]').click();
    await saved.locator('[data-save-offline][data-done]').waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    await saved.goto(`${baseUrl}/zh/search/?q=${encodeURIComponent('于都')}`);
    await saved.locator('[data-search][data-searched="于都"]').waitFor();
    expect(await saved.locator('[data-entity="yudu"]').count()).toBe(1);
    expect(await saved.locator('[data-search-results] [data-paragraph]').count()).toBe(3);
    // A query only Pagefind could answer: its index is not saved, and the page says so.
    await saved.locator('#search-q').fill('火星基地');
    await saved.locator('#search-q').press('Enter');
    await saved.locator('[data-search][data-pagefind="done"]').waitFor();
    expect(await saved.locator('[data-search-note]').isVisible()).toBe(true);
    await context.close();
  });
});
