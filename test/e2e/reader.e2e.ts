import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

async function open(path: string, width: number, options: { hasTouch?: boolean; isMobile?: boolean } = {}): Promise<Page> {
  const context = await chromium().newContext({ viewport: { width, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

describe('the language switch', () => {
  it('lands on the same paragraph in the other language', async () => {
    const page = await open('/zh/chapters/p2-s5/#p2-s5-3', 360);
    await page.locator('a.lang-switch').click();
    await page.waitForURL('**/en/chapters/p2-s5/#p2-s5-3');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const top = await page.locator('#p2-s5-3').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await page.context().close();
  });

  it('offers hreflang alternates on every chapter, as absolute URLs', async () => {
    const page = await open('/en/chapters/p1-s3/', 1280);
    const alternates = await page
      .locator('link[rel=alternate]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
    expect(alternates).toEqual([
      expect.stringMatching(/^en https:\/\/[^/]+\/en\/chapters\/p1-s3\/$/u),
      expect.stringMatching(/^zh-CN https:\/\/[^/]+\/zh\/chapters\/p1-s3\/$/u),
    ]);
    await page.context().close();
  });
});

describe('keeping the place', () => {
  it('follows the paragraph being read, not the #hash the reader arrived by', async () => {
    const page = await open('/zh/chapters/p2-s5/#p2-s5-3', 360);
    // Read on to paragraph 4, stop there, then scroll back up to the header's language link.
    await page.locator('#p2-s5-4').evaluate((el) => el.scrollIntoView());
    await page.waitForTimeout(1000);
    // As a reader does: back up to the header, and tap once it is on screen (a click straight away
    // would race the browser's report that the header is in view).
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.locator('a.lang-switch').click();
    await page.waitForURL('**/en/chapters/p2-s5/#p2-s5-4');
    const top = await page.locator('#p2-s5-4').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await page.context().close();
  });

  it('takes the search query to the other language', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('于都')}`, 360);
    await page.locator('[data-search][data-searched]').waitFor();
    await page.locator('a.lang-switch').click();
    await page.waitForURL(`**/en/search/?q=${encodeURIComponent('于都')}`);
    await page.locator('[data-search][data-searched="于都"]').waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('于都');
    expect(await page.locator('[data-search-entities] [data-entity="yudu"]').count()).toBe(1);
    await page.context().close();
  });

  it('puts the projects filters in the address, so "projects in Yudu" can be shared, in either language', async () => {
    const page = await open('/en/projects/', 360);
    const shownIds = () =>
      page.locator('[data-kind]:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.places));
    const all = (await shownIds()).length;
    await page.locator('select[name=place]').selectOption('yudu');
    await page.waitForURL('**/en/projects/?place=yudu');
    const inYudu = await shownIds();
    expect(inYudu.length).toBeGreaterThan(0);
    expect(inYudu.length).toBeLessThan(all);
    expect(inYudu.every((places) => places!.split(' ').includes('yudu'))).toBe(true);
    // Opened from the shared address, and in the other language: the same filter, the same list.
    await page.locator('a.lang-switch').click();
    await page.waitForURL('**/zh/projects/?place=yudu');
    expect(await page.locator('select[name=place]').inputValue()).toBe('yudu');
    expect(await shownIds()).toEqual(inYudu);
    await page.context().close();
  });
  it('filters the projects by zone and by cluster, for an investor asking "where" and "what industry"', async () => {
    const projects = JSON.parse(readFileSync('src/generated/projects.json', 'utf8')) as Array<{
      id: string;
      places: string[];
      cluster: string | null;
    }>;
    for (const lang of ['en', 'zh']) {
      const page = await open(`/${lang}/projects/`, 360);
      const shown = () =>
        page.locator('[data-kind]:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.places ?? ''));
      await page.locator('select[name=cluster]').selectOption('home-furnishing');
      await page.waitForURL(`**/${lang}/projects/?cluster=home-furnishing`);
      expect((await shown()).length).toBe(projects.filter((p) => p.cluster === 'home-furnishing').length);
      await page.locator('select[name=cluster]').selectOption('');
      await page.locator('select[name=zone]').selectOption('bonded-zone');
      await page.waitForURL(`**/${lang}/projects/?zone=bonded-zone`);
      expect((await shown()).length).toBe(projects.filter((p) => p.places.includes('bonded-zone')).length);
      expect((await shown()).length).toBeGreaterThan(0);
      // The county list offers counties; zones have their own.
      const countyOptions = await page
        .locator('select[name=place] option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(countyOptions).not.toContain('bonded-zone');
      await page.context().close();
    }
  });
});

describe('the parallel view', () => {
  it('sets Chinese beside English on a desktop', async () => {
    const page = await open('/en/parallel/p2-s1/#p2-s1-2', 1280);
    const [zh, en] = await Promise.all([
      page.locator('#p2-s1-2 .para[lang="zh-CN"]').boundingBox(),
      page.locator('#p2-s1-2 .para[lang="en"]').boundingBox(),
    ]);
    expect(zh!.x).toBeLessThan(en!.x);
    expect(Math.abs(zh!.y - en!.y)).toBeLessThan(2);
    await page.context().close();
  });

  it('interleaves them on a 360 px phone, paragraph by paragraph, and can be turned off', async () => {
    const page = await open('/zh/parallel/p2-s1/', 360);
    const boxes = await page
      .locator('.pair .para')
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ lang: n.getAttribute('lang'), top: n.getBoundingClientRect().top, left: n.getBoundingClientRect().left })),
      );
    expect(boxes.map((b) => b.lang)).toEqual(['zh-CN', 'en', 'zh-CN', 'en', 'zh-CN', 'en', 'zh-CN', 'en']);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThan(boxes[i - 1]!.top);
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    await page.locator('a.view-switch').click();
    await page.waitForURL('**/zh/chapters/p2-s1/');
    await page.context().close();
  });
});

describe('a glossary term', () => {
  it('opens its explanation by tap as a sheet that never breaks the line or pushes the text down', async () => {
    const page = await open('/zh/chapters/p2-s1/', 360, { hasTouch: true, isMobile: true });
    const term = page.locator('a.term', { hasText: '腾笼换鸟' });
    const note = term.locator('xpath=following-sibling::*[contains(@class,"toggletip")]');
    const paragraph = term.locator('xpath=ancestor::*[contains(@class,"para")][1]');
    const heightBefore = (await paragraph.boundingBox())!.height;
    await expect(note.isVisible()).resolves.toBe(false);
    await term.tap();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toContain('腾退低效落后产业');
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect((await paragraph.boundingBox())!.height).toBe(heightBefore);
    expect(page.url()).toMatch(/\/zh\/chapters\/p2-s1\/$/u);
    await term.tap();
    await expect(note.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('shows one note at a time, closed by a tap elsewhere or by Escape', async () => {
    const page = await open('/zh/chapters/p2-s1/', 360, { hasTouch: true, isMobile: true });
    const figures = page.locator('a.fig');
    await figures.nth(0).tap();
    await figures.nth(1).tap();
    await figures.nth(2).tap();
    await expect(page.locator('.toggletip:visible').count()).resolves.toBe(1);
    await page.locator('h1').tap();
    await expect(page.locator('.toggletip:visible').count()).resolves.toBe(0);
    await figures.nth(3).tap();
    await expect(page.locator('.toggletip:visible').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.toggletip:visible').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('keeps its popover inside the window on a wide screen, and Escape closes the one focus shows', async () => {
    const page = await open('/zh/chapters/p2-s1/', 1280);
    // The last figure of the chapter's first paragraph: near the right edge is where a popover could spill.
    const figure = page.locator('.para').first().locator('a.fig').last();
    // Reach it the way a keyboard user does: Tab from its paragraph's anchor.
    const paragraph = await figure.evaluate((el) => el.closest('.para')!.id);
    await page.locator(`#${paragraph} .para__anchor`).focus();
    for (let i = 0; i < 100 && !(await figure.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(figure.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const note = page.locator(`[id="${await figure.getAttribute('aria-describedby')}"]`);
    await expect(note.isVisible()).resolves.toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await page.keyboard.press('Escape');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('opens by keyboard focus and tells screen readers what it means', async () => {
    const page = await open('/en/chapters/p2-s3/', 1280);
    const term = page.locator('a.term').first();
    // Reach it the way a keyboard user does: Tab from its paragraph's anchor.
    const paragraph = await term.evaluate((el) => el.closest('.para')!.id);
    await page.locator(`#${paragraph} .para__anchor`).focus();
    for (let i = 0; i < 100 && !(await term.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(term.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const describedBy = await term.getAttribute('aria-describedby');
    const note = page.locator(`[id="${describedBy}"]`);
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(/this site's explanation/u);
    await page.context().close();
  });

  it('links to its entry on the glossary page when JavaScript is off', async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/chapters/p2-s1/`);
    await page.locator('a.term', { hasText: 'emptying the cage for new birds' }).click();
    await page.waitForURL(/\/en\/glossary\/#term-/u);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"] dd`).textContent()).resolves.toContain('Occurs in');
    await context.close();
  });
});

describe('the glossary on a phone', () => {
  it('has an index of pinyin initials that leads to each letter, and works without JavaScript', async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh/glossary/`);
    const letters = await page.locator('.glossary-index a').allTextContents();
    expect(letters).toContain('T');
    expect(letters.at(-1)).toBe('#');
    await page.locator('.glossary-index a', { hasText: 'T' }).click();
    await page.waitForURL('**/zh/glossary/#letter-T');
    await expect(page.locator('#letter-T ~ dl .glossary__entry dt').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('腾笼换鸟')]),
    );
    await expect(page.locator('[data-glossary-filter]').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('filters the terms as the reader types, in English as in Chinese', async () => {
    const page = await open('/en/glossary/', 360);
    const total = await page.locator('.glossary__entry').count();
    await page.locator('[data-glossary-filter]').fill('cage');
    const shown = page.locator('.glossary__entry:visible');
    await expect(shown.count()).resolves.toBe(1);
    await expect(shown.first().textContent()).resolves.toContain('腾笼换鸟');
    await expect(page.locator('[data-glossary-count]').textContent()).resolves.toBe(`Showing 1 of ${total} terms`);
    await page.locator('[data-glossary-filter]').fill('');
    await expect(page.locator('.glossary__entry:visible').count()).resolves.toBe(total);
    await page.context().close();
  });
});
