import { describe, expect, inject, it } from 'vitest';
import { useBrowser, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
// Every piece of chart text a reader reads: labels, values, group headings, years, notes and the table view.
const CHART_TEXT =
  'figure.chart :is(.chart__label, .chart__value, .chart__group, .chart__year, .chart__note, .chart__change, .chart__table th, .chart__table td)';

describe.each(VIEWPORTS)('chart text at $width px', (viewport) => {
  it.each(['default', 'large'] as const)('is sized like the body text in %s text mode', async (mode) => {
    const page = await chromium().newPage({ viewport });
    const problems: string[] = [];
    for (const path of ['/zh/targets/', '/en/targets/', '/en/chapters/p2-s1/']) {
      await page.goto(`${baseUrl}${path}`);
      if (mode === 'large') await page.evaluate(() => (document.documentElement.dataset.size = 'large'));
      const sizes = await page.evaluate((selector) => {
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        // Text inside an SVG is drawn at its font size times the SVG's scale (its viewBox against its box).
        const rendered = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * (el.closest('svg')?.getScreenCTM()?.a ?? 1);
        return { body, text: [...document.querySelectorAll(selector)].map((el) => ({ text: el.textContent.trim(), px: rendered(el) })) };
      }, CHART_TEXT);
      expect(sizes.text.length).toBeGreaterThan(10);
      for (const { text, px } of sizes.text) {
        const ratio = px / sizes.body;
        if (ratio < 0.85 || ratio > 1.001) problems.push(`${path} "${text}": ${px.toFixed(1)} px against body ${sizes.body} px`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe.each(VIEWPORTS)('tile map at $width px', (viewport) => {
  it('keeps every county name inside its tile, in both languages', async () => {
    const page = await chromium().newPage({ viewport });
    const problems: string[] = [];
    for (const path of ['/en/places/', '/zh/places/']) {
      await page.goto(`${baseUrl}${path}`);
      const found = await page.locator('.tile-map a').evaluateAll((links) =>
        links.flatMap((link) => {
          const tile = link.getBoundingClientRect();
          return [...link.querySelectorAll('.tile-map__name, .tile-map__count')].flatMap((text) => {
            // The text's own box: a label's element box is as wide as its tile even when the text is wider.
            const range = document.createRange();
            range.selectNodeContents(text);
            const box = range.getBoundingClientRect();
            const inside =
              box.left >= tile.left - 0.5 && box.right <= tile.right + 0.5 && box.top >= tile.top - 0.5 && box.bottom <= tile.bottom + 0.5;
            return inside
              ? []
              : [
                  `"${text.textContent.trim()}" ${Math.round(box.width)}×${Math.round(box.height)} px in a ${Math.round(tile.width)}×${Math.round(tile.height)} px tile`,
                ];
          });
        }),
      );
      problems.push(...found.map((problem) => `${path} ${problem}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
