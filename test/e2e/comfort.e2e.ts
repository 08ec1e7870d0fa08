import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 800 };
const chromium = useBrowser();

describe('the front doors', () => {
  it('take a citizen from the county picker to the county page', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/zh/`);
    await page.locator('.county-picker a', { hasText: '于都' }).click();
    await page.waitForURL('**/zh/places/yudu/');
    await expect(page.locator('h1').textContent()).resolves.toBe('于都县');
    await page.close();
  });

  it('show an investor the clusters and zones exactly as in the data', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/en/`);
    for (const id of ['clusters', 'zones']) {
      const data = JSON.parse(readFileSync(`dist/data/charts/${id}.json`, 'utf8')) as Array<{ label_en: string; target_en: string }>;
      // Each bar's link is named by what it shows (label and value), as voice control needs.
      const bars = await page
        .locator(`#chart-${id} a[data-tip]`)
        .evaluateAll((links) => links.map((a) => a.textContent.replace(/\s+/gu, ' ').trim()));
      expect(bars).toEqual(data.map((row) => `${row.label_en} ${row.target_en}`));
    }
    await page.close();
  });
});

describe('a comfortable read', () => {
  it('keeps large text and dark mode across pages, without overflow', async () => {
    const context = await chromium().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh/`);
    // On a phone the comfort buttons wait behind the header's toggle, with search.
    await page.locator('.header-menu > summary').click();
    await page.locator('[data-comfort-size]').click();
    await page.locator('[data-comfort-theme]').click();
    for (const path of ['/zh/chapters/p2-s1/', '/zh/targets/', '/en/places/']) {
      await page.goto(`${baseUrl}${path}`);
      const state = await page.evaluate(() => ({
        size: document.documentElement.dataset.size,
        theme: document.documentElement.dataset.theme,
        root: getComputedStyle(document.documentElement).fontSize,
        background: getComputedStyle(document.body).backgroundColor,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        pressed: document.querySelector('[data-comfort-size]')?.getAttribute('aria-pressed'),
      }));
      expect([path, state]).toEqual([
        path,
        { size: 'large', theme: 'dark', root: '20px', background: 'rgb(22, 22, 26)', overflow: 0, pressed: 'true' },
      ]);
    }
    await context.close();
  });

  it('prints a chapter with its charts and paragraph ids, without navigation', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/zh/chapters/p2-s1/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#chart-clusters .chart__bar').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.toc-bar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    const anchor = await page.locator('#p2-s1-2 .para__anchor').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(anchor).toBe('" #p2-s1-2"');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});

describe('reading anywhere', () => {
  it('saves the report and serves a saved page with the network off', async () => {
    const context = await chromium().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.locator('[data-save-offline] button[data-save="zh"]').click();
    await page.locator('[data-save-offline][data-done]').waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    await page.goto(`${baseUrl}/zh/chapters/p2-s3/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('坚定不移全面深化改革开放');
    await expect(page.locator('[data-offline-banner]').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('sharing', () => {
  it("copies a paragraph's link, and the link lands on that paragraph", async () => {
    const context = await chromium().newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/chapters/p2-s4/`);
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.locator('#p2-s4-2 .para__share').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseUrl}/en/chapters/p2-s4/#p2-s4-2`);
    const other = await context.newPage();
    await other.goto(link);
    const top = await other.locator('#p2-s4-2').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await expect(other.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p2-s4-2');
    await context.close();
  });
});
