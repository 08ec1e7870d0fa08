import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser.close();
});

describe('search shows matching commitments above whole paragraphs', () => {
  it('answers 寻乌 with its clauses, the abbreviation included, before the paragraph list', async () => {
    await page.goto(`${baseUrl}/zh/search/?q=${encodeURIComponent('寻乌')}`);
    await page.locator('[data-search][data-searched]').waitFor();
    const clauses = await page
      .locator('[data-search-commitments] [data-commitment]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.commitment!));
    expect(clauses).toContain('p2-s5-1-c6');
    const above = await page.evaluate(() => {
      const list = document.querySelector('[data-search-commitments]')!;
      return Boolean(list.compareDocumentPosition(document.querySelector('[data-search-results]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above).toBe(true);
  });

  it.each(['zh', 'en'])('%s: answers the pinyin of an abbreviation (xunquan) with the 寻全高速 clause, the name marked', async (lang) => {
    await page.goto(`${baseUrl}/${lang}/search/?q=xunquan`);
    await page.locator('[data-search][data-searched]').waitFor();
    const clause = page.locator('[data-search-commitments] [data-commitment="p2-s5-1-c6"]');
    expect(await clause.count()).toBe(1);
    expect(await clause.locator('mark').first().textContent()).toMatch(lang === 'zh' ? /寻全高速/u : /Xunwu-Quannan Expressway/u);
  });

  it('answers Foxconn in one line, the name marked, linking to its paragraph', async () => {
    await page.goto(`${baseUrl}/en/search/?q=Foxconn`);
    await page.locator('[data-search][data-searched]').waitFor();
    const item = page.locator('[data-search-commitments] [data-commitment]');
    expect(await item.count()).toBe(1);
    expect(await item.locator('mark').allTextContents()).toEqual(['Foxconn']);
    expect(await item.locator('a').getAttribute('href')).toBe('/en/chapters/p2-s1/#p2-s1-1');
  });
});
