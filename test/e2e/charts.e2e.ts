import { describe, expect, inject, it } from 'vitest';
import { useBrowser, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const CHART_PAGES = [
  '/zh/targets/',
  '/en/targets/',
  '/zh/chapters/p2-intro/',
  '/en/chapters/p2-s1/',
  '/zh/chapters/p2-s1/',
  '/en/places/',
  '/zh/places/',
];
const chromium = useBrowser();

describe.each(VIEWPORTS)('charts at $width px', (viewport) => {
  it.each(['default', 'large'] as const)('keep every label inside the chart and apart from every other label (%s text)', async (mode) => {
    const page = await chromium().newPage({ viewport });
    const problems: string[] = [];
    for (const path of CHART_PAGES) {
      await page.goto(`${baseUrl}${path}`);
      if (mode === 'large') await page.evaluate(() => (document.documentElement.dataset.size = 'large'));
      // The words are HTML around SVG marks (the tile map draws its names in SVG): check both.
      const found = await page.locator('figure.chart .chart__plot').evaluateAll((plots) =>
        plots.flatMap((plot) => {
          const frame = plot.getBoundingClientRect();
          const words = plot.querySelectorAll(
            'svg text, .chart__label, .chart__value, .chart__year, .chart__group, .chart__change, .chart__note, .chart__track',
          );
          const boxes = [...words].map((text) => ({ text: text.textContent.trim() || text.tagName, box: text.getBoundingClientRect() }));
          const issues: string[] = [];
          for (const { text, box } of boxes) {
            if (box.left < frame.left - 1 || box.right > frame.right + 1)
              issues.push(`"${text}" outside the chart (${Math.round(box.right - frame.right)}px)`);
          }
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i]!.box, boxes[j]!.box];
              const overlap =
                Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              if (overlap) issues.push(`"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
            }
          }
          return issues.map((issue) => `${plot.closest('figure')?.id}: ${issue}`);
        }),
      );
      problems.push(...found.map((issue) => `${path} ${issue}`));
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('2022 results beside 2023 targets', () => {
  it('draw a change only where both years count the same thing, and say so in words otherwise', async () => {
    const page = await chromium().newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    for (const [lang, different, below] of [
      ['zh', '口径不同', '低于2022年实绩'],
      ['en', 'different measure', "below 2022's result"],
    ] as const) {
      await page.goto(`${baseUrl}/${lang}/targets/`);
      const pairs = await page.locator('#chart-comparisons .chart__pair').evaluateAll((items) =>
        items.map((item) => ({
          label: item.querySelector('.chart__label')!.textContent,
          bars: item.querySelectorAll('.chart__bar').length,
          change: item.querySelector('.chart__change, .chart__note')!.textContent.replace(/\s+/gu, ' ').trim(),
        })),
      );
      const rental = pairs.find((pair) => pair.label === (lang === 'zh' ? '保障性租赁住房' : 'Government-subsidized rental housing'))!;
      expect(rental.bars).toBe(0);
      expect(rental.change).toContain(different);
      const farmland = pairs.find((pair) => pair.label === (lang === 'zh' ? '新建高标准农田' : 'New high-standard farmland'))!;
      expect(farmland.bars).toBe(2);
      expect(farmland.change).toMatch(/^▼ .*12\.7%/u);
      expect(farmland.change).toContain(below);
      expect(pairs.filter((pair) => pair.bars === 0).every((pair) => pair.change.includes(different))).toBe(true);
    }
    await page.close();
  });
});

describe('chart bars lead to what they are about', () => {
  it.each(['zh', 'en'])('a cluster or zone bar opens its page, a citywide target its paragraph (%s)', async (lang) => {
    const page = await chromium().newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/${lang}/chapters/p2-s1/`);
    const hrefs = await page.locator('.chart__row').evaluateAll((rows) => rows.map((row) => row.getAttribute('href')));
    expect(hrefs.filter((href) => href?.startsWith(`/${lang}/clusters/`))).toHaveLength(6);
    expect(hrefs.filter((href) => href?.startsWith(`/${lang}/places/`))).toEqual(
      ['ganzhou-etdz', 'longnan-etdz', 'ganzhou-hidz', 'ruijin-etdz'].map((id) => `/${lang}/places/${id}/`),
    );
    for (const href of hrefs) expect((await page.request.get(`${baseUrl}${href!.split('#')[0]}`)).status()).toBe(200);
    await page.goto(`${baseUrl}/${lang}/targets/`);
    const targets = await page.locator('#chart-targets .chart__row').evaluateAll((rows) => rows.map((row) => row.getAttribute('href')));
    expect(new Set(targets)).toEqual(new Set([`/${lang}/chapters/p2-intro/#p2-intro-2`]));
    await page.close();
  });
});

describe('chart tap targets', () => {
  it('are at least 24 px tall on a 360 px phone', async () => {
    const page = await chromium().newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${baseUrl}/zh/targets/`);
    const heights = await page
      .locator('figure.chart a[data-tip]')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await page.close();
  });
});

describe('chart tooltips, tables and downloads', () => {
  it('show a tooltip on hover and on keyboard focus', async () => {
    const page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/en/targets/`);
    const bar = page.locator('#chart-targets a[data-tip]').first();
    const tip = page.locator('#chart-targets .chart__tip');
    // Centre it: the contents bar is fixed to the bottom of the screen.
    await bar.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await bar.locator('rect.chart__bar').hover();
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toBe(await bar.getAttribute('data-tip'));
    await page.mouse.move(0, 0);
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.locator('#chart-targets a[data-tip]').nth(1).focus();
    await expect(tip.textContent()).resolves.toBe(await page.locator('#chart-targets a[data-tip]').nth(1).getAttribute('data-tip'));
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('offer a table and a CSV of exactly the chart data', async () => {
    const page = await chromium().newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/zh/targets/`);
    for (const id of ['targets', 'comparisons']) {
      const rows = await page.locator(`#chart-${id} .chart__table tbody tr`).count();
      const bars = await page.locator(`#chart-${id} a[data-tip]`).count();
      const csv = await (await page.request.get(`${baseUrl}/data/charts/${id}.csv`)).text();
      const csvRows = csv.trim().split('\r\n').length - 1;
      expect([id, rows, csvRows]).toEqual([id, id === 'comparisons' ? bars / 2 : bars, rows]);
    }
    await page.close();
  });
});

describe('the 2022 targets beside the 2023 targets', () => {
  it.each([
    {
      lang: 'zh',
      gdp: ['地区生产总值（GDP）增长', '7.5%左右', '8%左右'],
      exports: ['出口总额', '稳中提质', '量稳质升'],
      shortfall: ['地区生产总值（GDP）增长（2022年目标：8%左右）', '社会消费品零售总额增长（2022年目标：10%以上）'],
      below: '增幅预计低于2022年目标10%以上',
    },
    {
      lang: 'en',
      gdp: ['GDP growth', 'around 7.5%', 'around 8%'],
      exports: ['Total exports', 'improving quality while maintaining stability', 'steady in volume and rising in quality'],
      shortfall: ['GDP growth (2022 target: around 8%)', 'Growth in total retail sales of consumer goods (2022 target: 10% or more)'],
      below: 'expected below the 2022 target of 10% or more',
    },
  ])(
    'show each 2023 target with its 2022 target and the source, and what the shortfall fell short of ($lang)',
    async ({ lang, gdp, exports, shortfall, below }) => {
      const page = await chromium().newPage({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
      await page.goto(`${baseUrl}/${lang}/targets/`);
      const cards = await page.locator('.target-card').evaluateAll((items) =>
        items.map((card) => ({
          label: card.querySelector('h2')!.textContent.trim(),
          target: card.querySelector('.target-card__value')!.textContent.trim(),
          before: card.querySelector('.target-card__value-2022')?.textContent.trim() ?? null,
          result: card.querySelector('.target-card__result-2022')!.textContent.replace(/\s+/gu, ' ').trim(),
          source: card.querySelector('.target-card__before a')?.getAttribute('href') ?? null,
        })),
      );
      expect(cards).toHaveLength(13);
      expect(cards.every((card) => card.before !== null && card.source === '#source-2022')).toBe(true);
      const card = (label: string) => cards.find((candidate) => candidate.label === label)!;
      expect([gdp[0], card(gdp[0]!).target, card(gdp[0]!).before]).toEqual(gdp);
      expect([exports[0], card(exports[0]!).target, card(exports[0]!).before]).toEqual(exports);
      expect(card(shortfall[1]!.split(/（| \(/u)[0]!).result).toContain(below);
      const listed = await page.locator('.shortfall__item').allTextContents();
      expect(listed).toHaveLength(4);
      expect(listed).toEqual(expect.arrayContaining(shortfall));
      const source = page.locator('#source-2022 ~ p a[href^="http"]');
      await expect(source.getAttribute('href')).resolves.toBe('http://district.ce.cn/newarea/roll/202201/26/t20220126_37291081_1.shtml');
      await expect(page.locator('#source-2022 + p').innerText()).resolves.toContain('2022-01-26');
      await page.close();
    },
  );
});
