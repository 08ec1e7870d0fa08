import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 800 };
// At most a fifth of a 360 × 780 phone screen goes to the site's own chrome (issue 14).
const MAX_CHROME = 0.2 * PHONE.height;

// One page of every kind, in both editions.
const PAGE_KINDS = [
  '',
  'chapters/p2-s1/',
  'parallel/p2-s1/',
  'places/',
  'places/yudu/',
  'clusters/',
  'clusters/home-furnishing/',
  'glossary/',
  'search/',
  'targets/',
  'promises/',
  'projects/',
  'data/',
  'data/figures/',
  '404/',
];
const EVERY_KIND = ['zh', 'en'].flatMap((lang) => PAGE_KINDS.map((kind) => `/${lang}/${kind}`));

/** How far down the page's own content starts: everything above it is the site's chrome. */
const chromeHeight = (page: Page) => page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top + scrollY);

describe('the header on a phone', () => {
  it(`leaves at least 80% of a 360 × 780 screen to the page, on every kind of page in both languages`, async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    const tooTall: string[] = [];
    for (const path of [...EVERY_KIND, '/404.html']) {
      await page.goto(`${baseUrl}${path}`);
      const height = await chromeHeight(page);
      if (height > MAX_CHROME) tooTall.push(`${path}: ${height}px`);
    }
    expect(tooTall).toEqual([]);
    await page.close();
  });

  it('stays within that height in large text mode on the Chinese pages', async () => {
    const context = await chromium().newContext({ viewport: PHONE });
    await context.addInitScript(() => localStorage.setItem('size', 'large'));
    const page = await context.newPage();
    for (const path of ['/zh/', '/zh/chapters/p2-s1/', '/zh/places/yudu/']) {
      await page.goto(`${baseUrl}${path}`);
      expect([path, (await chromeHeight(page)) <= MAX_CHROME]).toEqual([path, true]);
    }
    await context.close();
  });

  it('reaches every function without JavaScript: each link at once, search one tap away', async () => {
    const context = await chromium().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lang of ['zh', 'en']) {
      await page.goto(`${baseUrl}/${lang}/chapters/p2-s1/`);
      const links = page.locator('.site-header a[href]');
      const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(
        expect.arrayContaining([
          `/${lang}/`,
          `/${lang}/targets/`,
          `/${lang}/places/`,
          `/${lang}/projects/`,
          `/${lang}/glossary/`,
          `/${lang}/data/`,
          `/${lang === 'zh' ? 'en' : 'zh'}/chapters/p2-s1/`,
        ]),
      );
      // Every link is on the first screen, not behind the toggle.
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(box !== null && box.y + box.height <= MAX_CHROME).toBe(true);
      }
      const input = page.locator('.site-search input');
      await expect(input.isVisible()).resolves.toBe(false);
      await page.locator('.header-menu > summary').click();
      await expect(input.isVisible()).resolves.toBe(true);
      await input.fill('于都');
      await page.locator('.site-search button[type=submit]').click();
      await page.waitForURL(`**/${lang}/search/?q=${encodeURIComponent('于都')}`);
    }
    await context.close();
  });

  it('opens search and the comfort buttons with one tap, and Escape closes them back to the toggle', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/zh/places/yudu/`);
    const toggle = page.locator('.header-menu > summary');
    const controls = ['[data-comfort-size]', '[data-comfort-theme]', '.site-search input'];
    for (const control of controls) await expect(page.locator(control).isVisible()).resolves.toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    for (const control of controls) await expect(page.locator(control).isVisible()).resolves.toBe(true);
    // The toggle's state is announced by the browser (a <details> summary is "expanded" when open).
    await expect(toggle.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.matches('[data-comfort-size]'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    for (const control of controls) await expect(page.locator(control).isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.matches('.header-menu > summary'))).resolves.toBe(true);
    await page.close();
  });

  it('shows the whole hint in the search box, on a phone (toggle open) and on a wide screen, in both languages', async () => {
    const cut: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await chromium().newPage({ viewport });
      for (const lang of ['zh', 'en']) {
        await page.goto(`${baseUrl}/${lang}/chapters/p2-s1/`);
        if (viewport === PHONE) await page.locator('.header-menu > summary').click();
        // The hint's width in the input's own font, against the room inside the input's padding.
        const fit = await page.locator('.site-search input').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { hint: input.placeholder, text: context.measureText(input.placeholder).width, room };
        });
        if (fit.text > fit.room)
          cut.push(`${viewport.width} px ${lang}: "${fit.hint}" needs ${Math.ceil(fit.text)} px, has ${Math.floor(fit.room)}`);
      }
      await page.close();
    }
    expect(cut).toEqual([]);
  });
  it('does not move anything while a page loads', async () => {
    const context = await chromium().newContext({ viewport: PHONE });
    // Every layout shift, with whether it moved anything of the header (the toggle, the comfort buttons).
    await context.addInitScript(() => {
      const shifts: Array<{ value: number; inHeader: boolean }> = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{ value: number; sources: Array<{ node: Node | null }> }>) {
          const inHeader = entry.sources.some((source) => source.node?.parentElement?.closest('.site-header') != null);
          shifts.push({ value: entry.value, inHeader });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    for (const path of ['/zh/', '/zh/chapters/p2-s1/', '/en/places/yudu/', '/en/search/']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: Array<{ value: number; inHeader: boolean }> }).shifts);
      // A shift too small to see (a shared machine's late frame) is not counted; 0.1 is "poor".
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect([path, shifts.some((shift) => shift.inHeader), total < 0.01]).toEqual([path, false, true]);
    }
    await context.close();
  });
});

describe('the layout on a wide screen', () => {
  it('has no bottom bar but a contents column beside a chapter, listing its topics, and no overflow', async () => {
    const page = await chromium().newPage({ viewport: DESKTOP });
    for (const lang of ['zh', 'en']) {
      await page.goto(`${baseUrl}/${lang}/chapters/p2-s1/`);
      await expect(page.locator('.toc-bar summary').isVisible()).resolves.toBe(false);
      const column = page.locator('.toc-bar__list');
      await expect(column.isVisible()).resolves.toBe(true);
      const main = (await page.locator('main').boundingBox())!;
      const box = (await column.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(main.x + main.width);
      expect(box.x + box.width).toBeLessThanOrEqual(DESKTOP.width);
      // The chapter's own topics, the same links as its "本章目录" list.
      const topics = await page.locator('.chapter-topics a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(topics.length).toBeGreaterThan(1);
      await expect(column.locator('.toc__topics a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(
        topics,
      );
      // It stays in view while the chapter is read.
      await page.evaluate(() => scrollTo(0, document.querySelector('main')!.scrollHeight / 2));
      const scrolled = (await page.locator('.toc-bar').boundingBox())!;
      expect(scrolled.y).toBeGreaterThanOrEqual(0);
      expect(scrolled.y).toBeLessThan(DESKTOP.height / 2);
      // A topic link in the column lands on its paragraph.
      await column.locator('.toc__topics a').nth(1).click();
      await expect(page.evaluate(() => location.hash)).resolves.toBe(topics[1]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    }
    await page.close();
  });

  it('shows the chapter being read in the column, also the last one', async () => {
    const page = await chromium().newPage({ viewport: DESKTOP });
    await page.goto(`${baseUrl}/en/chapters/p2-s8/`);
    const current = (await page.locator('.toc-bar [aria-current=page]').boundingBox())!;
    expect(current.y + current.height).toBeLessThanOrEqual(DESKTOP.height);
    await page.close();
  });

  it('keeps the bottom bar on a phone, closed until tapped', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/zh/chapters/p2-s1/`);
    const bar = (await page.locator('.toc-bar').boundingBox())!;
    expect(bar.y + bar.height).toBe(PHONE.height);
    await expect(page.locator('.toc-bar__list').isVisible()).resolves.toBe(false);
    await page.locator('.toc-bar summary').click();
    await expect(page.locator('.toc-bar__list a[aria-current=page]').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
