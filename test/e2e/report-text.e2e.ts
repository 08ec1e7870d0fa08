import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Report } from '../../scripts/content/shared/model.ts';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const report = JSON.parse(readFileSync('src/generated/report.json', 'utf8')) as Report;
const source = readFileSync('content/source/ganzhou-2023-work-report.page2.zh.txt', 'utf8');
const chromium = useBrowser();

/** The text of a chapter as a reader sees it: paragraphs and headings, without the site's own labels. */
async function chapterText(path: string, javaScriptEnabled: boolean): Promise<{ heading: string; paragraphs: string[] }> {
  const context = await chromium().newContext({ javaScriptEnabled, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  const result = await page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent ?? '',
    paragraphs: [...document.querySelectorAll('.chapter-text .para')].map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.para__anchor, .para__original, .para__share, .toggletip, script').forEach((label) => label.remove());
      return copy.innerText.replace(/\s/gu, '');
    }),
  }));
  await context.close();
  return result;
}

describe('the Chinese pages', () => {
  it('show every character of the report, in order, less whitespace and page-jump markers (JavaScript off)', async () => {
    let shown = '';
    for (const part of report.parts) {
      if (part.title) shown += `${part.marker}${part.title}`;
      for (const section of part.sections) {
        const { heading, paragraphs } = await chapterText(`/zh/chapters/${section.id}/`, false);
        if (section.title) {
          expect(heading).toBe(`${section.marker}${section.title}`);
          shown += heading;
        }
        shown += paragraphs.join('');
      }
    }
    const expected = source.replace(/[（(](上接|下转)\d+版[）)]/gu, '').replace(/\s/gu, '');
    expect(shown).toBe(expected);
  });

  it('annotate every figure of the text, in both languages, with its note', async () => {
    const figures = JSON.parse(readFileSync('src/generated/figures.json', 'utf8')) as Array<{ id: string; paragraph: string }>;
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const section of report.parts.flatMap((part) => part.sections)) {
        await page.goto(`${baseUrl}/${lang}/chapters/${section.id}/`);
        const marked = await page
          .locator('.chapter-text a.fig')
          .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.figure));
        const expected = figures.filter((f) => f.paragraph.startsWith(`${section.id}-`)).map((f) => f.id);
        // English word order differs from Chinese: compare the sets.
        if (JSON.stringify([...marked].sort()) !== JSON.stringify([...expected].sort()))
          problems.push(`${lang}/${section.id}: marked ${marked.length}, expected ${expected.length}`);
        const notes = await page
          .locator('.chapter-text a.fig')
          .evaluateAll((nodes) => nodes.filter((n) => !document.getElementById(n.getAttribute('aria-describedby') ?? '')).length);
        if (notes > 0) problems.push(`${lang}/${section.id}: ${notes} figures without a note`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('mark every figure and link every place of a chapter', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh/chapters/p2-s1/`);
    const figures = JSON.parse(readFileSync('src/generated/figures.json', 'utf8')) as Array<{ id: string; paragraph: string }>;
    const marked = await page.locator('.fig').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.figure));
    expect(marked).toEqual(figures.filter((f) => f.paragraph.startsWith('p2-s1-')).map((f) => f.id));
    await expect(page.locator('a.place', { hasText: '于都' }).first().getAttribute('href')).resolves.toBe('/zh/places/yudu/');
    await context.close();
  });
});
