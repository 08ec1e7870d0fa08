import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './browser.ts';

/** The text a reader is shown: no scripts, styles or attributes (ids stay in URLs and data). */
function readableText(html: string): string {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gu, ' ').replace(/<[^>]+>/gu, ' ');
}

describe('what readers see', () => {
  it('never shows an internal paragraph or chapter id (p2-s1-2, p1-end) on any page', () => {
    const leaks: string[] = [];
    // The data pages document the open files' id formats (p2-intro-2-f1) on purpose: they are about the data.
    for (const page of builtPages().filter((path) => !/^\/(zh|en)\/data\//u.test(path))) {
      const text = readableText(readFileSync(join('dist', page, 'index.html'), 'utf8'));
      for (const [id] of text.matchAll(/\bp\d+-(?:s\d+|intro|end)(?:-\d+)?\b/gu)) leaks.push(`${page}: ${id}`);
    }
    expect(leaks).toEqual([]);
  });

  it('prints every heading with its number, and the review\'s first section once as "（二）续上文"', () => {
    const home = readableText(readFileSync('dist/zh/index.html', 'utf8'));
    expect(home).toContain('二、2023年工作安排');
    expect(home).toContain('（二）续上文');
    expect(home).not.toContain('（二）（二）');
    // The notes about text missing from the site speak of the text, not of newspaper pages.
    expect(home).not.toMatch(/标题印在第\d版/u);
    expect(home).toContain('这一部分的标题和开头不在本站收录的文字中');
  });
});
