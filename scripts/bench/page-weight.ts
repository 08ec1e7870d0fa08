import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  path: string;
  /** Raw and gzip bytes by kind, for everything loaded before any interaction. */
  bytes: Record<'html' | 'css' | 'js' | 'font' | 'image' | 'other', { raw: number; gzip: number }>;
}

function kindOf(contentType: string, url: string): keyof PageWeight['bytes'] {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js')) return 'js';
  if (contentType.includes('font') || /\.(woff2?|ttf|otf)$/u.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

/** Loads a page in Chromium and adds up what it fetched until the network is idle. */
export async function measurePage(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const bytes: PageWeight['bytes'] = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    image: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
        let counted = body;
        if (kind === 'html') {
          // Scripts inlined in the page are JavaScript shipped to the browser: count them as JS.
          const inline = [...body.toString('utf8').matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)]
            .map((m) => m[1]!)
            .join('\n');
          const js = Buffer.from(inline, 'utf8');
          bytes.js.raw += js.length;
          bytes.js.gzip += js.length > 0 ? gzipSync(js).length : 0;
          counted = Buffer.from(body.toString('utf8').replace(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/gu, ''), 'utf8');
        }
        bytes[kind].raw += counted.length;
        bytes[kind].gzip += gzipSync(counted).length;
      })(),
    );
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return { path, bytes };
}

/**
 * Bytes fetched beyond the page (after it loaded, with its search data) and milliseconds from
 * pressing Enter to results, for a first query on the search page. With `pagefind`, the query is
 * one the site's own data cannot answer, and the time runs until Pagefind's answer is shown.
 */
export async function measureSearch(
  browser: Browser,
  baseUrl: string,
  lang: 'zh' | 'en',
  query: string,
  pagefind = false,
): Promise<{ bytes: number; gzip: number; ms: number }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${lang}/search/`, { waitUntil: 'networkidle' });
  await page.locator('[data-search][data-ready]').waitFor();
  let bytes = 0;
  let gzip = 0;
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          bytes += body.length;
          gzip += gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  await page.locator('#search-q').fill(query);
  // Timed in the page, from the Enter keydown to the results being in place (the attribute the
  // page sets), so the driver's own round trips are not counted.
  const attribute = pagefind ? 'data-pagefind' : 'data-searched';
  const timing = page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const container = document.querySelector('[data-search]')!;
        let started = 0;
        document.addEventListener(
          'keydown',
          (event) => {
            if (event.key === 'Enter') started = performance.now();
          },
          { capture: true, once: true },
        );
        new MutationObserver((_, observer) => {
          if (started > 0 && container.getAttribute(name) && (name !== 'data-pagefind' || container.getAttribute(name) === 'done')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        }).observe(container, { attributes: true, attributeFilter: [name] });
      }),
    attribute,
  );
  await page.locator('#search-q').press('Enter');
  const ms = await timing;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { bytes, gzip, ms };
}
