import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

/** The entries of the "words of the trade" section: anchors other pages and readers link to. */
const ANCHORS = [
  'above-designated-size',
  'yi-wan',
  'mu',
  'county-level',
  'central-urban-area',
  'development-zone',
  'etdz',
  'high-tech-zone',
  'bonded-zone',
  'new-area',
  'soviet-area',
  'sub-central-city',
];

/** A sample of English pages of each kind: home, a chapter, a county, a zone, a cluster. */
const SAMPLE = ['/en/', '/en/chapters/p2-s1/', '/en/places/yudu/', '/en/places/ganzhou-etdz/', '/en/clusters/nonferrous-new-materials/'];

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await chromium().newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/**
 * Each place a reader sees the words in the page's reading text, in reading order: whether it is
 * a link to the glossary entry. Headings, charts and other links are not reading text.
 */
function uses(page: Page, words: string): Promise<Array<{ linkedTo: string | null }>> {
  return page.locator('main').evaluate((main, words) => {
    const found: Array<{ linkedTo: string | null }> = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.includes(words) || !parent.checkVisibility()) continue;
      if (parent.closest('h1, h2, h3, h4, h5, h6, figure, dt, a:not(.trade-word)')) continue;
      for (let i = 0; i < node.textContent!.split(words).length - 1; i++)
        found.push({ linkedTo: parent.closest('a.trade-word')?.getAttribute('href') ?? null });
    }
    return found;
  }, words);
}

describe('words of the trade on the English pages', () => {
  for (const path of SAMPLE) {
    it(`${path}: the first "above designated size" links to its glossary entry, and only the first`, async () => {
      const page = await open(path);
      const found = await uses(page, 'above designated size');
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]).toEqual({ linkedTo: '/en/glossary/#above-designated-size' });
      expect(found.slice(1).filter((use) => use.linkedTo !== null)).toEqual([]);
      await page.context().close();
    });
  }

  it('links each word of the trade at most once on a page', async () => {
    const page = await open('/en/chapters/p2-s1/');
    const hrefs = await page.locator('main a.trade-word').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await page.context().close();
  });

  it('leads to the entry without JavaScript', async () => {
    const page = await open('/en/places/yudu/', false);
    await page.locator('main a.trade-word', { hasText: 'mu' }).first().click();
    await page.waitForURL('**/en/glossary/#mu');
    await expect(page.locator('#mu dd').textContent()).resolves.toContain('666.7 square metres');
    await page.context().close();
  });

  it('links on an English page and not on its Chinese twin: Chinese readers know these words', async () => {
    for (const [lang, expected] of [
      ['en', true],
      ['zh', false],
    ] as const) {
      const page = await open(`/${lang}/chapters/p2-s1/`);
      await expect(
        page
          .locator('a.trade-word')
          .count()
          .then((count) => count > 0),
      ).resolves.toBe(expected);
      await page.context().close();
    }
  });
});

describe('the words of the trade in the glossary', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: has the section with an entry at each anchor, marked as the site's own`, async () => {
      const page = await open(`/${lang}/glossary/`);
      const section = page.locator('section:has(> h2#words-of-the-trade)');
      await expect(section.locator('.glossary__entry').evaluateAll((entries) => entries.map((entry) => entry.id))).resolves.toEqual(
        ANCHORS,
      );
      await expect(section.locator('.notice').textContent()).resolves.toContain(lang === 'en' ? "this site's own" : '本站所作');
      for (const id of ANCHORS) await expect(page.locator(`[id="${id}"] dd`).textContent()).resolves.not.toBe('');
      // The entries explain the words; they do not link to themselves.
      await expect(section.locator('a.trade-word').count()).resolves.toBe(0);
      await page.context().close();
    });
  }
});
