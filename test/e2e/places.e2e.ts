import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';

const baseUrl = inject('baseUrl');
const places = JSON.parse(readFileSync('src/generated/places.json', 'utf8')) as Array<{ id: string; level: string }>;
const mentions = JSON.parse(readFileSync('src/generated/mentions.json', 'utf8')) as Array<{ place: string; paragraph: string }>;
const clauses = JSON.parse(readFileSync('src/generated/commitments.json', 'utf8')) as Array<{
  paragraph: string;
  places: Array<{ place: string; via: string }>;
}>;
const report = JSON.parse(readFileSync('src/generated/report.json', 'utf8')) as {
  parts: Array<{ sections: Array<{ topics: Array<{ paragraphs: Array<{ id: string }> }> }> }>;
};
const paragraphOrder = report.parts.flatMap((part) => part.sections.flatMap((s) => s.topics.flatMap((t) => t.paragraphs.map((p) => p.id))));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser.close();
});

describe('county and zone pages', () => {
  it("list each zone's 2023 revenue target on the index, as the zones chart gives it", async () => {
    const charts = JSON.parse(readFileSync('src/generated/charts.json', 'utf8')) as {
      charts: { zones: { items: Array<{ place: string; figure: { text: string } }> } };
    };
    await page.goto(`${baseUrl}/zh/places/`);
    const shown = await page.locator('.card').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const target = card.querySelector('.card__target');
        return target ? [[card.querySelector('h3 a')!.getAttribute('href'), target.textContent]] : [];
      }),
    );
    expect(shown).toHaveLength(charts.charts.zones.items.length);
    for (const item of charts.charts.zones.items) {
      expect(shown.find(([href]) => href === `/zh/places/${item.place}/`)?.[1]).toContain(item.figure.text);
    }
  });

  it(`exist for all ${places.length} places in both languages and list exactly the paragraphs that name them, by name or abbreviation`, async () => {
    const problems: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const place of places) {
        const response = await page.goto(`${baseUrl}/${lang}/places/${place.id}/`);
        if (response?.status() !== 200) problems.push(`${lang}/${place.id}: HTTP ${response?.status()}`);
        const listed = await page
          .locator('[data-place-paragraphs] [data-paragraph]')
          .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.paragraph));
        // Named by its name, or by an abbreviation in a clause of the paragraph (兴樟高速 names 兴国).
        const naming = new Set([
          ...mentions.filter((m) => m.place === place.id).map((m) => m.paragraph),
          ...clauses.filter((c) => c.places.some((p) => p.place === place.id && p.via === 'abbreviation')).map((c) => c.paragraph),
        ]);
        const expected = paragraphOrder.filter((id) => naming.has(id));
        if (JSON.stringify(listed) !== JSON.stringify(expected))
          problems.push(`${lang}/${place.id}: lists ${listed.join(',')}, expected ${expected.join(',')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('open with every commitment that concerns the place, by name, abbreviation or scope, before any whole paragraph', async () => {
    const commitments = JSON.parse(readFileSync('src/generated/commitments.json', 'utf8')) as Array<{
      id: string;
      lead: boolean;
      role: string;
      places: Array<{ place: string }>;
    }>;
    const problems: string[] = [];
    for (const lang of ['zh', 'en']) {
      for (const place of places) {
        await page.goto(`${baseUrl}/${lang}/places/${place.id}/`);
        for (const role of ['target', 'result']) {
          const shown = await page
            .locator(`[data-commitments="${role}"] [data-commitment]`)
            .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.commitment!).sort());
          const expected = commitments
            .filter((c) => c.role === role && !c.lead && c.places.some((p) => p.place === place.id))
            .map((c) => c.id)
            .sort();
          if (JSON.stringify(shown) !== JSON.stringify(expected))
            problems.push(`${lang}/${place.id} ${role}: shows ${shown.length}, expected ${expected.length}`);
        }
        const order = await page.evaluate(() => {
          const first = document.querySelector('[data-commitments]');
          const paragraphs = document.querySelector('[data-place-paragraphs]');
          return (
            first !== null && paragraphs !== null && Boolean(first.compareDocumentPosition(paragraphs) & Node.DOCUMENT_POSITION_FOLLOWING)
          );
        });
        if (!order) problems.push(`${lang}/${place.id}: commitments do not come before the paragraphs`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('mark the words by which a clause concerns the county, and show no figure of a clause that does not', async () => {
    await page.goto(`${baseUrl}/zh/places/xunwu/`);
    const marks = await page.locator('[data-commitments="target"] mark').allTextContents();
    expect(marks).toContain('寻全高速');
    expect(marks).toContain('每个县（市、区）');
    // 民生支出849.08亿元 stands in a paragraph that names Xunwu, in a clause that does not: not Xunwu's figure.
    expect(await page.locator('.commitment__figure').allTextContents()).not.toContain('849.08亿元');
    expect(await page.locator('main table').count()).toBe(0);
    await page.goto(`${baseUrl}/en/places/yudu/`);
    const yudu = await page.locator('[data-commitments="target"] [data-reach="named"] mark').allTextContents();
    expect(yudu).toEqual(['Yudu', 'Yudu County']);
  });

  it('show a county on the tile map, linking every tile to its page', async () => {
    await page.goto(`${baseUrl}/zh/places/yudu/`);
    const tiles = await page
      .locator('.tile-map a')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    expect(tiles).toHaveLength(18);
    expect(tiles.filter(([, current]) => current === 'page')).toEqual([['/zh/places/yudu/', 'page']]);
  });
});

describe('a zone page', () => {
  it('gives its clusters, projects and targets first, its own clauses next, and the central city’s apart under their own heading', async () => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${baseUrl}/${lang}/places/ganzhou-etdz/`);
      await expect(page.locator('.fact-box [data-fact-clusters]').count()).resolves.toBe(1);
      const order = await page.evaluate(() =>
        ['.fact-box', '#for-2023', '#for-2022', '#central-city', '#paragraphs'].map((selector) => {
          const node = document.querySelector(selector);
          return node ? node.getBoundingClientRect().top + window.scrollY : -1;
        }),
      );
      expect(order.every((top) => top >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // No central-city clause among the zone's own; all of them under the central city's heading.
      await expect(page.locator('section[aria-labelledby="for-2023"] [data-reach="central-city"]').count()).resolves.toBe(0);
      await expect(page.locator('[data-central-city] [data-reach="central-city"] [data-commitment]').count()).resolves.toBeGreaterThan(0);
    }
  });
});

describe('cluster pages and zone fact boxes', () => {
  const clusters = JSON.parse(readFileSync('src/generated/clusters.json', 'utf8')) as Array<{ id: string }>;

  it('exist for every cluster the report names, in both languages, linked from the clusters page', async () => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${baseUrl}/${lang}/clusters/`);
      const linked = await page.locator('[data-cluster] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(linked).toEqual(clusters.map((cluster) => `/${lang}/clusters/${cluster.id}/`));
      for (const cluster of clusters) expect((await page.goto(`${baseUrl}/${lang}/clusters/${cluster.id}/`))?.status()).toBe(200);
    }
  });

  it('name the measure of each target and give it in yuan and US dollars', async () => {
    await page.goto(`${baseUrl}/en/clusters/home-furnishing/`);
    expect(await page.locator('.fact-box [data-target]').allTextContents()).toEqual([
      'revenue of the industrial cluster: 280 billion yuan (≈ US$41.6 billion)',
    ]);
    await page.goto(`${baseUrl}/en/clusters/electronic-information/`);
    expect(await page.locator('.fact-box [data-target]').allTextContents()).toEqual([
      'revenue of industrial enterprises above designated size: over 200 billion yuan (≈ US$29.7 billion)',
    ]);
    await page.goto(`${baseUrl}/en/places/longnan-etdz/`);
    const facts = await page.locator('.fact-box').textContent();
    expect(facts).toContain('revenue: 58 billion yuan (≈ US$8.62 billion)');
    expect(facts).toContain('Longnan City');
  });

  it('list the reforms that concern a zone, in both languages, each linked to its paragraph', async () => {
    await page.goto(`${baseUrl}/zh/places/ganzhou-etdz/`);
    expect(await page.locator('.fact-box [data-reform] a').allTextContents()).toEqual([
      '赣州经开区落地全省首单知识产权证券化项目',
      '市属科研院所、公园景区、高铁新区、赣州国际陆港和中心城区城管、乡镇管理体制等改革稳步推进',
    ]);
    await page.goto(`${baseUrl}/en/places/ganzhou-etdz/`);
    const reforms = page.locator('.fact-box [data-reform] a');
    expect(await reforms.first().textContent()).toMatch(
      /^The Ganzhou Economic and Technological Development Zone launched the province's first intellectual property securitization/u,
    );
    expect(await reforms.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/en/chapters/p1-s3/#p1-s3-1',
      '/en/chapters/p1-s3/#p1-s3-1',
    ]);
    await page.goto(`${baseUrl}/en/places/longnan-etdz/`);
    expect(await page.locator('.fact-box [data-reform]').count()).toBe(0);
  });

  it('link the cluster index from both home pages and from the chapters that set out clusters', async () => {
    for (const lang of ['zh', 'en']) {
      for (const route of ['', 'chapters/p2-s1/', 'chapters/p2-s5/']) {
        await page.goto(`${baseUrl}/${lang}/${route}`);
        expect(await page.locator('[data-clusters-link] a').getAttribute('href'), `${lang}/${route}`).toBe(`/${lang}/clusters/`);
      }
    }
  });
});

describe('English figure notes', () => {
  it('give the grain target as the English writes it, with the Chinese original as its source', async () => {
    await page.goto(`${baseUrl}/en/chapters/p2-s4/`);
    const note = page.locator('[data-figure="p2-s4-2-f1"] + .toggletip');
    expect(await note.locator('strong').textContent()).toBe('2.6 million tonnes or more');
    expect(await note.locator('[lang="zh-CN"]').textContent()).toBe('52亿斤以上');
  });
});

describe('"at a glance" points with JavaScript off', () => {
  it('are shown and each citation leads to its paragraph', async () => {
    await page.goto(`${baseUrl}/en/chapters/p2-s5/`);
    const citations = await page.locator('.glance a:not(.trade-word)').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(citations.length).toBeGreaterThanOrEqual(3);
    for (const href of citations) expect(await page.locator(href).count()).toBe(1);
    await page.goto(`${baseUrl}/zh/`);
    const overview = await page.locator('.glance--overview a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(overview.length).toBeGreaterThanOrEqual(3);
    for (const href of overview) expect(href).toMatch(/^\/zh\/chapters\/[a-z0-9-]+\/#p\d-[a-z0-9]+-\d+$/u);
  });
});
