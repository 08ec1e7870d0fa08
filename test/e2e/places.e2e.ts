import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
const places = JSON.parse(readFileSync('src/generated/places.json', 'utf8')) as Array<{ id: string; level: string }>;
const mentions = JSON.parse(readFileSync('src/generated/mentions.json', 'utf8')) as Array<{ place: string; paragraph: string }>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser.close();
});

describe('county and zone pages', () => {
  it(`exist for all ${places.length} places in both languages and list exactly the paragraphs that name them`, async () => {
    const problems: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const place of places) {
        const response = await page.goto(`${baseUrl}/${lang}/places/${place.id}/`);
        if (response?.status() !== 200) problems.push(`${lang}/${place.id}: HTTP ${response?.status()}`);
        const listed = await page.locator('[data-place-paragraphs] [data-paragraph]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.paragraph));
        const expected = [...new Set(mentions.filter((m) => m.place === place.id).map((m) => m.paragraph))];
        if (JSON.stringify(listed) !== JSON.stringify(expected)) problems.push(`${lang}/${place.id}: lists ${listed.join(',')}, expected ${expected.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('show a county on the tile map, linking every tile to its page', async () => {
    await page.goto(`${baseUrl}/zh/places/yudu/`);
    const tiles = await page.locator('.tile-map a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    expect(tiles).toHaveLength(18);
    expect(tiles.filter(([, current]) => current === 'page')).toEqual([['/zh/places/yudu/', 'page']]);
  });
});

describe('"at a glance" points with JavaScript off', () => {
  it('are shown and each citation leads to its paragraph', async () => {
    await page.goto(`${baseUrl}/en/chapters/p2-s5/`);
    const citations = await page.locator('.glance a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(citations.length).toBeGreaterThanOrEqual(3);
    for (const href of citations) expect(await page.locator(href).count()).toBe(1);
    await page.goto(`${baseUrl}/zh/`);
    const overview = await page.locator('.glance--overview a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(overview.length).toBeGreaterThanOrEqual(3);
    for (const href of overview) expect(href).toMatch(/^\/zh\/chapters\/[a-z0-9-]+\/#p\d-[a-z0-9]+-\d+$/u);
  });
});
