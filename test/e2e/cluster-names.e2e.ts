import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cluster, clusterName, clusterShortName } from '../../src/lib/commitments/commitments.ts';
import { useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

async function open(path: string): Promise<Page> {
  const context = await chromium().newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const clean = (text: string | null): string => (text ?? '').replace(/\s+/gu, ' ').trim();

// One name per cluster: a chart's bar and a promise's line show the short name recorded with the
// cluster (content/clusters.yaml), and the cluster's own page, the clusters index and the
// commitment cards its full name, all read from that one record.
describe('one name per cluster', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every cluster bar of the chart shows the cluster's recorded short name, and its page the full name`, async () => {
      const page = await open(`/${lang}/chapters/p2-s1/`);
      const bars = await page
        .locator('#chart-clusters a.chart__row')
        .evaluateAll((links) =>
          links.map((link) => ({ href: link.getAttribute('href')!, label: link.querySelector('.chart__label')!.textContent })),
        );
      expect(bars).toHaveLength(6);
      // The chart's table lists the same names, in the same order.
      await expect(
        page
          .locator('#chart-clusters table tbody th')
          .allTextContents()
          .then((names) => names.map(clean)),
      ).resolves.toEqual(bars.map((bar) => clean(bar.label)));
      const index = await open(`/${lang}/clusters/`);
      for (const bar of bars) {
        const id = /\/clusters\/([^/]+)\/$/u.exec(bar.href)?.[1];
        expect(id, bar.href).toBeDefined();
        const entry = cluster(id!);
        expect(entry.short, `${id} has a short name recorded`).not.toBeNull();
        expect(clean(bar.label)).toBe(clusterShortName(lang, entry));
        await expect(index.locator(`[data-cluster="${id}"] h3 a`).textContent().then(clean)).resolves.toBe(clusterName(lang, entry));
        const own = await open(bar.href);
        await expect(own.locator('main h1').textContent().then(clean)).resolves.toBe(clusterName(lang, entry));
        // A commitment card names its clusters as their pages do.
        const cardNames = await own.locator(`main a[href="${bar.href}"]`).allTextContents();
        expect(cardNames.map(clean).filter((name) => name !== clusterName(lang, entry))).toEqual([]);
        await own.context().close();
      }
      await index.context().close();
      await page.context().close();
    });

    it(`${lang}: the promises of the clusters name them by the same short names`, async () => {
      const page = await open(`/${lang}/promises/`);
      const labels = await page
        .locator('section:has(> h2#clusters) .outcome__label')
        .evaluateAll((headings) => headings.map((heading) => heading.firstChild?.textContent ?? ''));
      expect(labels.length).toBeGreaterThan(0);
      const shortNames = [
        'home-furnishing',
        'nonferrous-new-materials',
        'electronic-information',
        'new-energy-vehicles',
        'textiles-garments',
        'pharmaceutical-food',
      ].map((id) => clusterShortName(lang, cluster(id)));
      expect(labels.map(clean).filter((label) => !shortNames.includes(label))).toEqual([]);
      await page.context().close();
    });
  }
});
