import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
// Every built page, and the 404.html static hosts serve for a missing address.
const pages = [...builtPages(), '/404.html'];
const chromium = useBrowser();

describe('accessibility (axe-core)', () => {
  // One test per page: a slow shared machine times out a page, not the whole run, and a failure
  // names its page.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await chromium().newContext({ viewport: { width: 360, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(pages)('finds no violation on %s at 360 px', async (path) => {
    await page.goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((violation) => `${violation.id} (${violation.nodes.length}×) ${violation.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  });

  it('shows where the keyboard is on every kind of control', async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/zh/chapters/p2-s1/`);
    const outlines: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      outlines.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return `${el.tagName}:${style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'visible' : 'none'}`;
        }),
      );
    }
    expect(outlines.filter((o) => o.endsWith(':none'))).toEqual([]);
    await page.close();
  });
});
