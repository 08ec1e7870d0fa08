/**
 * Every count the site shows is derived from the entity records (src/lib/entities/entities.ts) and
 * agrees with the cards it counts: a tile that says 兴国 2 leads to a page that lists two paragraphs.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser.ts';
import { clusterRecords, placeRecord, placeRecords, projectRecords, promiseRecords } from '../../src/lib/entities/entities.ts';

const baseUrl = inject('baseUrl');
const LANGS = ['zh', 'en'] as const;
const chromium = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await chromium().newPage({ javaScriptEnabled: false });
});

/** The last whole number of a text: "于都，3段" → 3, "Yudu, 3 paragraphs" → 3, "named in 5 paragraphs" → 5. */
const numberIn = (text: string | null | undefined): number => Number(/(\d+)\D*$/u.exec(text ?? '')?.[1] ?? NaN);
const idOf = (href: string | null | undefined): string => /\/places\/([^/]+)\/$/u.exec(href ?? '')?.[1] ?? '';

describe('counts derived from the records', () => {
  it('the tile map and the places index count, for each place, the paragraphs its page lists', async () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}/${lang}/places/`);
      const tiles = await page
        .locator('.tile-map a')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label') ?? a.textContent]));
      expect(tiles.length).toBe(placeRecords.filter((p) => p.level === 'county').length);
      for (const [href, label] of tiles) {
        const expected = placeRecord(idOf(href)).paragraphs.length;
        if (numberIn(label) !== expected) problems.push(`${lang} tile ${idOf(href)}: shows ${numberIn(label)}, records ${expected}`);
      }
      const cards = await page
        .locator('[data-place]')
        .evaluateAll((items) =>
          items.map((li) => [(li as HTMLElement).dataset.place, li.querySelector('[data-paragraph-count]')?.textContent ?? '']),
        );
      expect(cards.length).toBe(placeRecords.length);
      for (const [id, text] of cards) {
        const expected = placeRecord(id!).paragraphs.length;
        if (numberIn(text) !== expected) problems.push(`${lang} card ${id}: shows ${text}, records ${expected}`);
      }
    }
    for (const record of placeRecords) {
      await page.goto(`${baseUrl}/en/places/${record.id}/`);
      const listed = await page
        .locator('[data-place-paragraphs] [data-paragraph]')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.paragraph));
      if (JSON.stringify(listed) !== JSON.stringify(record.paragraphs))
        problems.push(`${record.id}: lists ${listed.join(',')}, records ${record.paragraphs.join(',')}`);
    }
    expect(problems).toEqual([]);
    // The case that once disagreed: 兴国 is named by its name in one paragraph and as 兴樟高速 in another.
    expect(placeRecord('xingguo').paragraphs.length).toBeGreaterThanOrEqual(2);
  });

  it('the county-mentions chart publishes the same counts', () => {
    const csv = readFileSync('dist/data/charts/county-mentions.csv', 'utf8')
      .replace(/^\uFEFF/u, '')
      .trim()
      .split(/\r?\n/u);
    const header = csv[0]!.split(',');
    for (const line of csv.slice(1)) {
      const cells = line.split(',');
      const id = cells[header.indexOf('id')]!;
      expect([id, Number(cells[header.indexOf('paragraphs_naming')])]).toEqual([id, placeRecord(id).paragraphs.length]);
    }
  });

  it('the projects page and the home page count the projects the records hold', async () => {
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}/${lang}/projects/`);
      expect(await page.locator('[data-kind]').count()).toBe(projectRecords.length);
      expect(numberIn((await page.locator('[data-project-count]').textContent())!.replace(/\D+$/u, ''))).toBe(projectRecords.length);
    }
    // The English home page lists the plan's projects by stage, and links to all of them.
    await page.goto(`${baseUrl}/en/`);
    const all = await page.locator('#projects-by-stage ~ p a[href="/en/projects/"]').textContent();
    expect(numberIn(all!.replace(/\D+$/u, ''))).toBe(projectRecords.length);
    const stages = await page.locator('.stage-count').allTextContents();
    const planned = projectRecords.filter((p) => p.role === 'target');
    expect(stages.map((text) => Number(/\d+/u.exec(text)![0]))).toEqual(
      ['start', 'continue', 'complete', 'preparation'].map((stage) => planned.filter((p) => p.stage === stage).length),
    );
  });

  it('the promises page counts its promises, and each status count equals the promises listed under it', async () => {
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}/${lang}/promises/`);
      const total = await page.locator('[data-status-counts]').textContent();
      expect(total).toContain(String(promiseRecords.length));
      const counts = await page
        .locator('a[data-status-filter]:not([data-status-filter=""])')
        .evaluateAll((links) => links.map((a) => [(a as HTMLElement).dataset.statusFilter!, a.textContent]));
      const cards = await page
        .locator('li.outcome[data-status]')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.status));
      const silentProjects = await page.locator('[data-silent-stage] li').count();
      const silentTargets = await page.locator('section[aria-labelledby="silent"] ul li').count();
      let sum = 0;
      for (const [status, text] of counts) {
        const shown = numberIn(text);
        sum += shown;
        const listed = status === 'not-reported' ? silentProjects + silentTargets : cards.filter((s) => s === status).length;
        expect([status, shown]).toEqual([status, listed]);
        if (status !== 'not-reported') expect([status, await page.locator(`#status-${status} + ul li`).count()]).toEqual([status, shown]);
      }
      expect(sum).toBe(promiseRecords.length);
    }
  });

  it('each cluster page lists the projects and places of its record', async () => {
    for (const record of clusterRecords) {
      await page.goto(`${baseUrl}/en/clusters/${record.id}/`);
      const where = await page.locator('[data-cluster-where] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(where.map(idOf)).toEqual(record.places);
      const projects = await page.locator('.fact-box [data-fact-projects] li').count();
      expect([record.id, projects]).toEqual([record.id, record.projects.length]);
    }
  });
});
