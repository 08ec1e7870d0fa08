import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, VIEWPORTS } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const places = JSON.parse(readFileSync('src/generated/places.json', 'utf8')) as Array<{
  id: string;
  level: string;
  type: string;
  county?: string;
}>;
const counties = places.filter((place) => place.level === 'county');
// The county a page's locator points out: the county itself, or the county a zone sits in.
const located = places.flatMap((place) => {
  const county = place.level === 'county' ? place.id : place.county;
  return county ? [{ path: `places/${place.id}/`, place, county }] : [];
});
// The words in a highlighted tile's accessible name that say why it is highlighted.
const MARKER = { zh: /（(本县|本区|本市|.+所在地)）$/u, en: / \((this county|this district|this city|where .+ is)\)$/u };

interface MapMeasure {
  width: number;
  viewport: number;
  scrollWidth: number;
  inList: boolean;
  caption: string;
  afterCommitments: boolean;
  tiles: Array<{
    href: string | null;
    name: string;
    current: string | null;
    width: number;
    height: number;
    border: number;
    pattern: boolean;
    label: number;
    /** Text of the tile (name, count) that reaches outside it. */
    outside: string[];
    /** Width of the focus outline, for the tiles focused (null: not tried). */
    focusOutline: number | null;
  }>;
}

/** What a reader sees of the page's tile map: its width, each tile's box, label size and highlight. */
async function measureMap(page: Page, selector: string): Promise<MapMeasure> {
  // Focus the first tile and the highlighted one, as the keyboard would, to see that focus shows.
  const links = page.locator(`${selector} a`);
  const outlines = new Map<string, number>();
  for (const link of [links.first(), page.locator(`${selector} a[aria-current]`)]) {
    if ((await link.count()) === 0) continue;
    await link.focus();
    const [href, outline] = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      return [a.getAttribute('href')!, style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth)] as const;
    });
    outlines.set(href, outline);
  }
  const measure = await page.locator(selector).evaluate((map) => {
    // Text drawn inside an SVG is its font size times the SVG's scale; HTML text is its font size.
    const rendered = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * (el.closest('svg')?.getScreenCTM()?.a ?? 1);
    const textBox = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    };
    const commitments = [...document.querySelectorAll('[data-commitments]')];
    return {
      width: map.getBoundingClientRect().width,
      viewport: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      inList: [...map.querySelectorAll('a')].every((a) => a.closest('ul, ol') !== null && map.contains(a.closest('ul, ol'))),
      caption: map.querySelector('figcaption')?.checkVisibility() ? map.querySelector('figcaption')!.textContent : '',
      afterCommitments:
        commitments.length > 0 && commitments.every((c) => Boolean(c.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING)),
      tiles: [...map.querySelectorAll('a')].map((link) => {
        const tile = link.getBoundingClientRect();
        const texts = [...link.querySelectorAll('.tile-map__name, .tile-map__count')];
        const name = link.querySelector('.tile-map__name')!;
        const style = getComputedStyle(link);
        return {
          href: link.getAttribute('href'),
          name: link.getAttribute('aria-label') ?? link.textContent.trim(),
          current: link.getAttribute('aria-current'),
          width: tile.width,
          height: tile.height,
          border: parseFloat(style.borderTopWidth),
          pattern: style.backgroundImage !== 'none',
          label: rendered(name),
          outside: texts.flatMap((text) => {
            const box = textBox(text);
            const inside =
              box.left >= tile.left - 0.5 && box.right <= tile.right + 0.5 && box.top >= tile.top - 0.5 && box.bottom <= tile.bottom + 0.5;
            return inside ? [] : [`"${text.textContent.trim()}" ${Math.round(box.width)}×${Math.round(box.height)} px`];
          }),
        };
      }),
    };
  });
  for (const tile of measure.tiles) Object.assign(tile, { focusOutline: outlines.get(tile.href!) ?? null });
  return measure as MapMeasure;
}

/** Large text as a reader sets it: the browser's default font size at 20 px, and the site's own large-text mode. */
async function largeTextPage(viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  // A page of its own context: axe-core opens a second page in it.
  const page = await (await chromium().newContext({ viewport })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await page.addInitScript(() => localStorage.setItem('size', 'large'));
  return page;
}

/** What must hold of any tile map at any text size: no overflow, names inside their tiles, big enough tiles. */
function checkFit(where: string, map: MapMeasure, problems: string[]): void {
  if (map.scrollWidth > map.viewport) problems.push(`${where}: page is ${map.scrollWidth} px wide in a ${map.viewport} px viewport`);
  for (const tile of map.tiles) {
    for (const text of tile.outside)
      problems.push(`${where} ${tile.href}: ${text} reaches outside its ${Math.round(tile.width)}×${Math.round(tile.height)} px tile`);
    if (tile.width < 44 || tile.height < 44)
      problems.push(`${where} ${tile.href}: tap target ${Math.round(tile.width)}×${Math.round(tile.height)} px`);
    if (tile.label < 12) problems.push(`${where} ${tile.href}: name drawn at ${tile.label.toFixed(1)} px`);
  }
}

describe.each(VIEWPORTS)('the locator map at $width px', (viewport) => {
  it.each(['zh', 'en'] as const)(
    '%s: on every county page, and every zone page whose county is known, points out the county on a readable tile map after the commitments',
    async (lang) => {
      const page = await chromium().newPage({ viewport, javaScriptEnabled: false });
      const problems: string[] = [];
      for (const place of places.filter((p) => !located.some((l) => l.place === p))) {
        await page.goto(`${baseUrl}/${lang}/places/${place.id}/`);
        if ((await page.locator('.tile-map').count()) > 0) problems.push(`${place.id}: a zone with no county shows a locator`);
      }
      for (const { path, place, county } of located) {
        await page.goto(`${baseUrl}/${lang}/${path}`);
        const map = await measureMap(page, '.tile-map');
        const where = `${lang}/${path}`;
        checkFit(where, map, problems);
        if (map.width < 300) problems.push(`${where}: map ${Math.round(map.width)} px wide`);
        if (!map.inList) problems.push(`${where}: the tiles are not a list of links`);
        if (!/示意图|schematic/iu.test(map.caption)) problems.push(`${where}: no visible note that the map is a schematic`);
        if (!map.afterCommitments) problems.push(`${where}: the map comes before the commitments`);
        const hrefs = map.tiles.map((tile) => tile.href).sort();
        if (JSON.stringify(hrefs) !== JSON.stringify(counties.map((c) => `/${lang}/places/${c.id}/`).sort()))
          problems.push(`${where}: tiles link to ${hrefs.join(' ')}`);
        const marked = map.tiles.filter((tile) => tile.current !== null);
        const expected = place.level === 'county' ? 'page' : 'location';
        if (marked.length !== 1 || marked[0]!.href !== `/${lang}/places/${county}/` || marked[0]!.current !== expected)
          problems.push(`${where}: highlights ${marked.map((tile) => `${tile.href} (${tile.current})`).join(', ')}`);
        const others = map.tiles.filter((tile) => tile.current === null);
        for (const tile of marked) {
          if (!MARKER[lang].test(tile.name)) problems.push(`${where}: the highlighted tile is called "${tile.name}"`);
          if (!tile.pattern || others.some((other) => other.border >= tile.border))
            problems.push(`${where}: the highlighted tile differs by colour alone (border ${tile.border} px, pattern ${tile.pattern})`);
        }
        if (map.tiles.some((tile) => tile.focusOutline !== null && tile.focusOutline < 2))
          problems.push(`${where}: a focused tile shows no outline`);
      }
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});

describe.each(VIEWPORTS)('tile maps with large text at $width px', (viewport) => {
  it.each(['zh', 'en'] as const)(
    '%s: names grow with the text and stay inside their tiles, without overflow or axe violations',
    async (lang) => {
      const normal = await chromium().newPage({ viewport, javaScriptEnabled: false });
      const large = await largeTextPage(viewport);
      const problems: string[] = [];
      for (const path of ['places/', ...located.map((l) => l.path)]) {
        const where = `${lang}/${path} (large text)`;
        await normal.goto(`${baseUrl}/${lang}/${path}`);
        await large.goto(`${baseUrl}/${lang}/${path}`);
        const before = await measureMap(normal, '.tile-map');
        const after = await measureMap(large, '.tile-map');
        checkFit(where, after, problems);
        // The labels grow at least a tenth (a root font size 1.56 times larger); where a tile's width
        // stops them, the tile grows taller instead.
        const grown = Math.min(...after.tiles.map((tile) => tile.label)) / Math.max(...before.tiles.map((tile) => tile.label));
        if (grown < 1.1) problems.push(`${where}: names are ${grown.toFixed(2)} times their size at default settings`);
        // a11y.e2e.ts checks every page at default settings; here the map's own markup with large text,
        // on the index, a county page and a zone page.
        if (!['places/', 'places/yudu/', 'places/longnan-etdz/'].includes(path)) continue;
        const axe = await new AxeBuilder({ page: large })
          .include('.tile-map')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        problems.push(...axe.violations.map((violation) => `${where}: axe ${violation.id} ${violation.nodes[0]?.target.join(' ')}`));
      }
      await normal.close();
      await large.context().close();
      expect(problems).toEqual([]);
    },
  );
});
