import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages();
const chromium = useBrowser();

describe('accessibility (axe-core)', () => {
  it(`finds no violation on any of the ${pages.length} pages at 360 px`, { timeout: 900_000 }, async () => {
    const context = await chromium().newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(`${baseUrl}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      for (const violation of results.violations) {
        violations.push(`${path}: ${violation.id} (${violation.nodes.length}×) ${violation.nodes[0]?.target.join(' ')}`);
      }
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  it('shows where the keyboard is on every kind of control', async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/zh/chapters/p2-s1/`);
    const outlines: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      outlines.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return `${el.tagName}:${style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : 'none'}`;
      }));
    }
    expect(outlines.filter((o) => o.endsWith(':none'))).toEqual([]);
    await page.close();
  });
});
