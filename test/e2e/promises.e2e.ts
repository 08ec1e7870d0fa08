import { describe, expect, inject, it } from 'vitest';
import { ledger } from '../../src/lib/ledger/outcomes.ts';
import { places } from '../../src/lib/report/report.ts';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

describe('"2023 promises: kept?" with JavaScript off', () => {
  it.each(['zh', 'en'])('shows every tracked promise of the ledger on /%s/promises/, each linked to its paragraph', async (lang) => {
    const page = await chromium().newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    await page.goto(`${baseUrl}/${lang}/promises/`);
    const cards = await page
      .locator('.outcome')
      .evaluateAll((nodes) =>
        nodes.map((n) => [(n as HTMLElement).dataset.status, n.querySelector('a:not(.trade-word)')?.getAttribute('href')]),
      );
    const carded = ledger.filter((entry) => entry.group !== 'project' || entry.status !== 'not-reported');
    expect(cards.map(([status]) => status)).toEqual(carded.map((entry) => entry.status));
    for (const [, href] of cards) expect(href).toMatch(new RegExp(`^/${lang}/chapters/p2-[\\w-]+/#p2-`, 'u'));
    // Each source a card cites is listed, with its address, in the sources section of the same page.
    const cited = await page
      .locator('.outcome a[href*="#source-"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[1]!));
    for (const id of cited) await expect(page.locator(`#${id}`).textContent()).resolves.toMatch(/https?:\/\//u);
    await page.close();
  });

  it.each(['zh', 'en'])('is one tap away from every page of /%s/: in the main navigation, on a phone, without JavaScript', async (lang) => {
    for (const path of ['', 'chapters/p2-s1/', 'places/yudu/', 'search/']) {
      const page = await chromium().newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
      await page.goto(`${baseUrl}/${lang}/${path}`);
      const link = page.locator(`.site-nav a[href="/${lang}/promises/"]`);
      await expect(link.isVisible()).resolves.toBe(true);
      await expect(link.textContent()).resolves.toBe(lang === 'zh' ? '承诺' : 'Promises');
      await page.close();
    }
  });

  it.each(['zh', 'en'])('folds the projects no source reports on by their promised stage, every one listed once (%s)', async (lang) => {
    const page = await chromium().newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    await page.goto(`${baseUrl}/${lang}/promises/`);
    const silent = ledger.filter((entry) => entry.group === 'project' && entry.status === 'not-reported');
    const groups = page.locator('details.silent-group');
    await expect(groups.count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('details.silent-group[open]').count()).resolves.toBe(0);
    const listed = await groups.evaluateAll((nodes) =>
      nodes.flatMap((node) => [...node.querySelectorAll('li > a:first-child')].map((a) => a.getAttribute('href'))),
    );
    expect(listed).toHaveLength(silent.length);
    // Inside a stage, by county in gazetteer order: a reader finds their county's projects together.
    const order = places.map((p) => p.id);
    for (const group of await page.locator('[data-silent-stage]').all()) {
      const firsts = await group
        .locator('li')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.places!.split(' ').filter(Boolean)));
      // A project of several places sorts by the first of them in the gazetteer.
      const ranks = firsts.map((ids) => Math.min(order.length, ...ids.map((id) => order.indexOf(id))));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // Folded, the section is short: no longer one wall of 66 lines.
    const height = await page.locator('section[aria-labelledby="projects"]').evaluate((node) => node.getBoundingClientRect().height);
    expect(height).toBeLessThan(780 * 3);
    await page.close();
  });

  it('draws the distance only for a figure reported in the same measure', async () => {
    const page = await chromium().newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/promises/`);
    await expect(page.locator('#promise-p2-intro-2-f1 .distance__words').textContent()).resolves.toBe('2.2 percentage points below target');
    await expect(page.locator('#promise-p2-s1-1-f2 .distance').count()).resolves.toBe(0);
    await expect(page.locator('#promise-p2-s1-1-f2').textContent()).resolves.toContain('Not comparable');
    await page.close();
  });

  it('shows a county the outcomes of the promises that concern it', async () => {
    const page = await chromium().newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/zh/places/xinfeng/`);
    await expect(page.locator('#promise-xinfeng-nanxiong-expressway .status').textContent()).resolves.toContain('完成');
    await page.close();
  });

  it("names a project's promised stage in plain words before the report's own word (续建/加快建设, not a lone 加快)", async () => {
    const page = await chromium().newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/zh/places/yudu/`);
    const targets = await page.locator('.outcome dt + dd').first().innerText();
    expect(targets.split('\n')).toEqual(['续建/加快建设', '原文：“加快”']);
    await page.close();
  });
});

describe('the status counts of the promises page', () => {
  it.each(['zh', 'en'])(
    'lead without JavaScript to the list of that status (%s), and the contents bar lists the page’s own sections',
    async (lang) => {
      const page = await chromium().newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
      await page.goto(`${baseUrl}/${lang}/promises/`);
      const links = await page
        .locator('a[data-status-filter]:not([data-status-filter=""])')
        .evaluateAll((nodes) => nodes.map((a) => [(a as HTMLElement).dataset.statusFilter!, a.getAttribute('href')!]));
      expect(links.map(([status]) => status).sort()).toEqual([...new Set(ledger.map((entry) => entry.status))].sort());
      for (const [status = '', href = ''] of links) {
        expect(href).toBe(`?status=${status}#${status === 'not-reported' ? 'silent' : `status-${status}`}`);
        await expect(page.locator(`#${href.split('#')[1]!}`).count()).resolves.toBe(1);
      }
      // Each promise listed under its status leads to its card.
      for (const href of await page.locator('[data-by-status] li a').evaluateAll((nodes) => nodes.map((a) => a.getAttribute('href')!)))
        await expect(page.locator(href).count()).resolves.toBe(1);
      const sections = await page.locator('[data-page-sections] a').evaluateAll((nodes) => nodes.map((a) => a.getAttribute('href')!));
      expect(sections.length).toBeGreaterThanOrEqual(6);
      for (const href of sections) await expect(page.locator(`main ${href}`).count()).resolves.toBe(1);
      await page.close();
    },
  );

  it('filter the cards with JavaScript, keep the choice in the address, and show all again', async () => {
    const page = await chromium().newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${baseUrl}/en/promises/`);
    const visible = () =>
      page.locator('li.outcome[data-status]:visible').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.status));
    await page.locator('a[data-status-filter="not-met"]').click();
    await page.waitForURL('**/en/promises/?status=not-met');
    const notMet = await visible();
    expect(notMet).toEqual(ledger.filter((entry) => entry.status === 'not-met').map(() => 'not-met'));
    await expect(page.locator('[data-status-shown]').isVisible()).resolves.toBe(true);
    await page.locator('[data-status-shown] a').click();
    expect((await visible()).length).toBe(ledger.filter((entry) => entry.group !== 'project' || entry.status !== 'not-reported').length);
    // A shared address opens filtered.
    await page.goto(`${baseUrl}/en/promises/?status=met`);
    expect(await visible()).toEqual(ledger.filter((entry) => entry.status === 'met').map(() => 'met'));
    await page.close();
  });
});
