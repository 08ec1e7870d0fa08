import { describe, expect, inject, it } from 'vitest';
import { builtPages, useBrowser, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages();
const chromium = useBrowser();

describe.each(VIEWPORTS)('every page at $width px', (viewport) => {
  it(`renders all ${pages.length} pages without overflow, errors or outside requests`, async () => {
    const context = await chromium().newContext({ viewport });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    // A request our own next navigation aborts (the favicon, late) is not a failure; any other is.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: failed request ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:'))
        problems.push(`${current}: request to another origin ${request.url()}`);
    });
    for (const path of pages) {
      current = path;
      const response = await page.goto(`${baseUrl}${path}`);
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      const { overflow, lang, hasMain } = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        lang: document.documentElement.lang,
        hasMain: document.querySelector('main')?.textContent?.trim().length ?? 0,
      }));
      if (overflow > 0) problems.push(`${path}: ${overflow}px horizontal overflow`);
      const expectedLang = path.startsWith('/en/') ? 'en' : 'zh-CN';
      if (lang !== expectedLang) problems.push(`${path}: lang="${lang}", expected ${expectedLang}`);
      if (hasMain === 0) problems.push(`${path}: empty main`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
