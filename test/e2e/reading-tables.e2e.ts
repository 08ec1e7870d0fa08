import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

// Reading long paragraphs and tables: quiet figures with the summary's figures standing out,
// run-in heads, the projects table after a list of projects, and tables on a phone.
const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 800 };
const chromium = useBrowser();

type Summaries = Record<'zh' | 'en', Record<string, Array<{ figures: string[] }>>>;
const summaries = JSON.parse(readFileSync('src/generated/summaries.json', 'utf8')) as Summaries;
const projects = JSON.parse(readFileSync('src/generated/projects.json', 'utf8')) as Array<{
  id: string;
  zh: string;
  en: string;
  paragraph: string;
}>;
const runIns = parse(readFileSync('content/run-ins.yaml', 'utf8')) as Record<string, { zh: string[]; en: string[] }>;

/** WCAG contrast of two computed rgb() colours. */
async function contrastOf(
  page: Page,
  selector: string,
  property: 'color' | 'textDecorationColor',
  against: 'page' | 'self',
): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (element, [property, against]) => {
        const rgb = (value: string) => (value.match(/[\d.]+/gu) ?? []).slice(0, 3).map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!]
            .map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
            .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
        const background = against === 'self' ? getComputedStyle(element).backgroundColor : getComputedStyle(document.body).backgroundColor;
        const [a, b] = [luminance(rgb(getComputedStyle(element)[property as 'color'])), luminance(rgb(background))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      },
      [property, against] as const,
    );
}

describe('figures in the text', () => {
  it.each(['zh', 'en'] as const)("stand out where the chapter's summary uses them, and are quiet elsewhere (%s)", async (lang) => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/${lang}/chapters/p2-s1/`);
    const key = new Set(summaries[lang]['p2-s1']!.flatMap((point) => point.figures));
    expect(key.size).toBeGreaterThan(0);
    const figs = await page.locator('.chapter-text a.fig').evaluateAll((links) =>
      links.map((a) => ({
        id: a.getAttribute('data-figure')!,
        key: a.classList.contains('fig--key'),
        background: getComputedStyle(a).backgroundColor,
        line: getComputedStyle(a).textDecorationLine,
      })),
    );
    expect(
      figs
        .filter((fig) => fig.key)
        .map((fig) => fig.id)
        .sort(),
    ).toEqual([...key].filter((id) => figs.some((fig) => fig.id === id)).sort());
    expect(figs.filter((fig) => fig.key).length).toBeGreaterThan(0);
    for (const fig of figs) {
      if (fig.key) expect(fig.background, fig.id).not.toBe('rgba(0, 0, 0, 0)');
      else {
        expect(fig.background, fig.id).toBe('rgba(0, 0, 0, 0)');
        expect(fig.line, fig.id).toBe('underline');
      }
    }
    // A quiet figure still opens its note from the keyboard.
    const quiet = page.locator('.chapter-text a.fig:not(.fig--key)').first();
    await quiet.focus();
    await expect(page.locator(`#${await quiet.getAttribute('aria-describedby')}`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('meet WCAG AA contrast in %s mode, with large text too', async (colorScheme) => {
    const context = await chromium().newContext({ viewport: PHONE, colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/zh/chapters/p2-s1/`);
    // On a phone the comfort buttons are behind the header's one toggle.
    await page.locator('.header-menu > summary').click();
    await page.locator('[data-comfort-size]').click();
    expect(await contrastOf(page, '.chapter-text a.fig:not(.fig--key)', 'color', 'page')).toBeGreaterThanOrEqual(4.5);
    // The quiet underline is a non-text mark: 3:1.
    expect(await contrastOf(page, '.chapter-text a.fig:not(.fig--key)', 'textDecorationColor', 'page')).toBeGreaterThanOrEqual(3);
    expect(await contrastOf(page, '.chapter-text a.fig--key', 'color', 'self')).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});

describe('run-in heads', () => {
  it.each(['zh', 'en'] as const)('set the listed phrases in bold, words of the text unchanged (%s)', async (lang) => {
    const page = await chromium().newPage({ viewport: PHONE });
    for (const chapter of ['p1-s2', 'p2-s1']) {
      await page.goto(`${baseUrl}/${lang}/chapters/${chapter}/`);
      const expected = Object.entries(runIns)
        .filter(([id]) => id.startsWith(`${chapter}-`))
        .flatMap(([id, heads]) => heads[lang].map((head) => `${id}: ${head}`));
      const shown = await page
        .locator('.chapter-text .para strong.run-in')
        .evaluateAll((heads) => heads.map((head) => `${head.closest('.para')!.id}: ${head.textContent}`));
      expect(shown).toEqual(expected);
      expect(
        await page
          .locator('.chapter-text strong.run-in')
          .first()
          .evaluate((head) => getComputedStyle(head).fontWeight),
      ).toBe('700');
    }
    await page.close();
  });
});

describe('a paragraph that lists projects', () => {
  const listing = [...new Set(projects.map((project) => project.paragraph))].filter(
    (id) => projects.filter((project) => project.paragraph === id).length >= 8,
  );

  it.each(['zh', 'en'] as const)('is followed by a table of its projects from the data (%s)', async (lang) => {
    expect(listing.length).toBeGreaterThan(0);
    const page = await chromium().newPage({ viewport: PHONE });
    for (const id of listing) {
      await page.goto(`${baseUrl}/${lang}/chapters/${id.split('-').slice(0, 2).join('-')}/`);
      // Folded after the paragraph, so the text reads on; one tap opens it.
      const folded = page.locator(`[id="${id}"] + details.project-table`);
      await expect(folded.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(false);
      await folded.locator('summary').click();
      const next = folded.locator(`table[data-projects-of="${id}"]`);
      await expect(next.isVisible()).resolves.toBe(true);
      const names = await next.locator('tbody th[scope="row"]').allTextContents();
      expect(names.map((name) => name.trim())).toEqual(
        projects.filter((project) => project.paragraph === id).map((project) => project[lang]),
      );
      expect(await next.locator('thead th').count()).toBe(4);
    }
    // A paragraph naming fewer projects gets none.
    await page.goto(`${baseUrl}/${lang}/chapters/p2-s5/`);
    expect(await page.locator('[data-projects-of="p2-s5-3"]').count()).toBe(0);
    await page.close();
  });
});

/** Per element: how many lines its text takes, and its words; a header line with less than a word breaks the word. */
async function brokenCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    };
    for (const cell of document.querySelectorAll<HTMLElement>('table th, table td')) {
      const box = cell.getBoundingClientRect();
      if (box.width <= 1 || cell.closest('details:not([open])')) continue;
      const text = cell.textContent.trim();
      const words = text.split(/\s+/u).filter((word) => /^[\p{Script=Latin}\d]/u.test(word)).length;
      // Latin headers: never more lines than words ("Year" on one line, not "Y e a r").
      if (cell.tagName === 'TH' && words > 0 && !/\p{Script=Han}/u.test(text) && lines(cell) > words)
        broken.push(`header "${text}": ${lines(cell)} lines`);
    }
    // A figure and its unit or qualifier on one line: 55.2万亩, 7.5%左右. A chart table's cell is a
    // figure when it holds a number and is short; a sentence in it (上限：控制在此以内…) may wrap.
    const isFigure = (cell: HTMLElement) =>
      !cell.matches('.chart__table td') || (/\d/u.test(cell.textContent) && cell.textContent.trim().length <= 20);
    for (const figure of document.querySelectorAll<HTMLElement>('.figures-table td:nth-child(2) > span, .chart__table td, a.fig')) {
      if (figure.getBoundingClientRect().width <= 1 || figure.closest('details:not([open])') || !isFigure(figure)) continue;
      if (lines(figure) > 1) broken.push(`figure "${figure.textContent.trim()}" wraps`);
    }
    return broken;
  });
}

describe('tables on a phone', () => {
  it.each(['/en/data/figures/', '/zh/data/figures/', '/zh/chapters/p2-intro/', '/en/chapters/p2-s5/', '/zh/chapters/p2-s5/'])(
    'never break a header inside a word, nor a figure from its unit, at 360 px: %s',
    async (path) => {
      const page = await chromium().newPage({ viewport: PHONE });
      await page.goto(`${baseUrl}${path}`);
      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await brokenCells(page)).toEqual([]);
      // Each row of a wide table is a card whose cells say their column.
      const labelled = await page
        .locator('table.stacked tbody td')
        .evaluateAll((cells) => cells.every((cell) => cell.getAttribute('data-label')));
      expect(labelled).toBe(true);
      await page.close();
    },
  );

  it.each(['/en/chapters/p2-s1/', '/zh/chapters/p2-s1/', '/en/targets/', '/zh/targets/'])(
    "show every column of a chart's table without sideways scrolling, at 360 px and in large text: %s",
    async (path) => {
      const page = await chromium().newPage({ viewport: PHONE });
      for (const size of ['normal', 'large']) {
        await page.goto(`${baseUrl}${path}`);
        if (size === 'large') await page.evaluate(() => (document.documentElement.dataset.size = 'large'));
        await page
          .locator('details.chart__table')
          .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
        const cut = await page
          .locator('.chart__table .table-scroll')
          .evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.textContent.slice(0, 40)));
        expect([size, cut]).toEqual([size, []]);
      }
      await page.close();
    },
  );
});

describe('the figures table', () => {
  const figures = JSON.parse(readFileSync('src/generated/figures.json', 'utf8')) as Array<{
    id: string;
    paragraph: string;
    role: string | null;
    period: number | null;
  }>;
  const visibleRows = (page: Page) => page.locator('tr[data-chapter]:visible').evaluateAll((rows) => rows.map((row) => row.id));

  it('filters by chapter, period and place in place, the state in the address', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/en/data/figures/?chapter=p2-s1`);
    expect(await visibleRows(page)).toEqual(figures.filter((figure) => figure.paragraph.startsWith('p2-s1-')).map((figure) => figure.id));
    await page.locator('select[name="chapter"]').selectOption('');
    await page.locator('select[name="period"]').selectOption('result-2022');
    expect(page.url()).toBe(`${baseUrl}/en/data/figures/?period=result-2022`);
    const results = figures.filter((figure) => figure.role === 'result' && figure.period === 2022).map((figure) => figure.id);
    expect(await visibleRows(page)).toEqual(results);
    await expect(page.locator('[data-figure-count]').textContent()).resolves.toBe(`${results.length} of ${figures.length} figures shown`);
    await page.locator('select[name="period"]').selectOption('');
    // The first place the table offers (places the figures' clauses name).
    const place = (await page.locator('select[name="place"] option:nth-child(2)').getAttribute('value')) ?? '';
    await page.locator('select[name="place"]').selectOption(place);
    expect(page.url()).toBe(`${baseUrl}/en/data/figures/?place=${place}`);
    const inPlace = await visibleRows(page);
    expect(
      await page
        .locator('tr[data-chapter]:visible')
        .evaluateAll((rows, id) => rows.every((row) => row.getAttribute('data-places')!.split(' ').includes(id)), place),
    ).toBe(true);
    expect(inPlace.length).toBeGreaterThan(0);
    expect(inPlace.length).toBeLessThan(figures.length);
    // A shared address gives the same view.
    const shared = await chromium().newPage({ viewport: PHONE });
    await shared.goto(page.url());
    expect(await visibleRows(shared)).toEqual(inPlace);
    await shared.close();
    await page.close();
  });

  it('names and gives each figure in English as the English text and its note do (the grain target in tonnes, not jin)', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/en/data/figures/#p2-s4-2-f1`);
    const cells = await page.locator('[id="p2-s4-2-f1"] td').allTextContents();
    expect(cells[0]).toBe('…total grain output stays stable at');
    expect(cells[1]).toContain('2.6 million tonnes or more');
    expect(cells[1]).not.toContain('jin');
    await expect(page.locator('th').first().textContent()).resolves.toBe('What it measures');
    await page.close();
  });

  it('opens the group of a figure linked to by its id', async () => {
    const page = await chromium().newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/zh/data/figures/#p2-s5-2-f1`);
    await expect(page.locator('[id="p2-s5-2-f1"]').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('works without JavaScript: chapters are groups to open, and the page is short until one is', async () => {
    const context = await chromium().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/data/figures/`);
    await expect(page.locator('[data-figure-filters]').isVisible()).resolves.toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6000);
    expect(await visibleRows(page)).toEqual([]);
    await page.locator('[data-figure-group="p2-s1"] > summary').click();
    expect(await visibleRows(page)).toEqual(figures.filter((figure) => figure.paragraph.startsWith('p2-s1-')).map((figure) => figure.id));
    await context.close();
  });
});
