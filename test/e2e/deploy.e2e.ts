import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { commitmentFields } from '../../src/lib/data-schemas/commitments.ts';
import { figureFields } from '../../src/lib/data-schemas/figures.ts';
import { outcomeColumns } from '../../src/lib/data-schemas/outcomes.ts';
import { builtPages, useBrowser } from './browser.ts';

// What a static host and the readers of a shared link get from a build with no environment
// variables: absolute URLs on the site's origin, a sitemap, robots.txt, 404 pages, and the report
// named on every page.
const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const pages = builtPages().filter((path) => path !== '/');
const html = new Map(pages.map((path) => [path, readFileSync(`dist${path}index.html`, 'utf8')]));
const attr = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1]!.replaceAll('&amp;', '&'));
const origin = new URL(attr(readFileSync('dist/robots.txt', 'utf8'), /Sitemap: (\S+)/gu)[0]!).origin;

describe('a deployable build', () => {
  it('has absolute canonical, hreflang, og:url and og:image on every page, on one origin', () => {
    expect(origin).toMatch(/^https:\/\//u);
    const problems: string[] = [];
    for (const [path, text] of html) {
      const notFound = path.endsWith('/404/');
      const urls = {
        canonical: attr(text, /<link rel="canonical" href="([^"]+)"/gu),
        alternate: attr(text, /<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/gu),
        'og:url': attr(text, /<meta property="og:url" content="([^"]+)"/gu),
        'og:image': attr(text, /<meta property="og:image" content="([^"]+)"/gu),
      };
      const expected = notFound
        ? { canonical: 0, alternate: 0, 'og:url': 0, 'og:image': 1 }
        : { canonical: 1, alternate: 2, 'og:url': 1, 'og:image': 1 };
      for (const [name, found] of Object.entries(urls)) {
        if (found.length !== expected[name as keyof typeof expected]) problems.push(`${path}: ${found.length} ${name}`);
        for (const url of found) if (!url.startsWith(`${origin}/`)) problems.push(`${path}: ${name} ${url}`);
      }
      if (!notFound && urls.canonical[0] !== `${origin}${path}`) problems.push(`${path}: canonical ${urls.canonical[0]}`);
      if (!notFound && urls['og:url'][0] !== urls.canonical[0]) problems.push(`${path}: og:url ${urls['og:url'][0]}`);
    }
    expect(problems).toEqual([]);
  });

  it('describes each chapter and county page by itself', () => {
    const descriptions = (prefix: string) =>
      [...html]
        .filter(([path]) => path.startsWith(prefix))
        .map(([, text]) => attr(text, /<meta property="og:description" content="([^"]+)"/gu)[0]);
    for (const prefix of ['/zh/chapters/', '/en/chapters/', '/zh/places/', '/en/places/']) {
      const all = descriptions(prefix);
      expect(all.length).toBeGreaterThan(10);
      expect(new Set(all).size, prefix).toBe(all.length);
    }
  });

  it('lists every page of both editions in the sitemap, with its twin, and names it in robots.txt', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const listed = new Set(attr(sitemap, /<loc>([^<]+)<\/loc>/gu));
    const expected = pages.filter((path) => !path.endsWith('/404/')).map((path) => `${origin}${path}`);
    expect([...listed].sort()).toEqual(expected.sort());
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${origin}/en/chapters/p2-s1/"/>`);
    expect(readFileSync('dist/sitemap-index.xml', 'utf8')).toContain(`${origin}/sitemap-0.xml`);
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^User-agent: \*\nAllow: \//u);
  });

  it('names the report, who delivered it and to whom, on every page and in its metadata', () => {
    const root = readFileSync('dist/index.html', 'utf8');
    expect(root).toContain('<cite>《2023年赣州市政府工作报告》</cite>');
    expect(root).toContain('<cite>2023 Government Work Report of Ganzhou</cite>');
    for (const [path, text] of html) {
      const zh = path.startsWith('/zh/');
      expect(text, path).toContain(
        zh ? '<cite>《2023年赣州市政府工作报告》</cite>' : '<cite>2023 Government Work Report of Ganzhou</cite>',
      );
      expect(text, path).toContain(
        zh
          ? '赣州市人民政府向赣州市人民代表大会'
          : 'Ganzhou Municipal People&#39;s Government to the Ganzhou Municipal People&#39;s Congress',
      );
      const data = JSON.parse(attr(text, /<script type="application\/ld\+json">([^<]+)<\/script>/gu)[0]!) as {
        about: { name: string; author: { name: string } };
      };
      expect(data.about).toMatchObject({ name: '2023年赣州市政府工作报告', author: { name: '赣州市人民政府' } });
    }
  });

  it('has its icons as PNG files of the sizes it declares, on every page and in the web app manifest', () => {
    // PNG, never SVG: a browser draws an SVG icon on the page's main thread, shaping its character
    // with a CJK font, while the page loads (src/lib/social/icon.ts).
    const size = (path: string) => {
      const png = readFileSync(`dist${path}`);
      return png.subarray(1, 4).toString() === 'PNG' ? `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}` : 'not a PNG';
    };
    const problems: string[] = [];
    const everyPage: Array<[string, string]> = [
      ['/', readFileSync('dist/index.html', 'utf8')],
      ['/404.html', readFileSync('dist/404.html', 'utf8')],
      ...html,
    ];
    for (const [path, text] of everyPage) {
      const icons = [...text.matchAll(/<link rel="(icon|apple-touch-icon)"([^>]*)>/gu)].map((m) => ({
        rel: m[1]!,
        href: /href="([^"]+)"/u.exec(m[2]!)?.[1] ?? '',
        sizes: /sizes="([^"]+)"/u.exec(m[2]!)?.[1] ?? '180x180', // iOS draws a touch icon at 180 px
      }));
      if (icons.map((icon) => icon.rel).join() !== 'icon,apple-touch-icon')
        problems.push(`${path}: icons ${icons.map((icon) => icon.rel).join()}`);
      for (const icon of icons)
        if (!existsSync(`dist${icon.href}`) || size(icon.href) !== icon.sizes) problems.push(`${path}: ${icon.href} is not ${icon.sizes}`);
    }
    expect(problems).toEqual([]);
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as {
      icons: Array<{ src: string; sizes: string; type: string }>;
    };
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) expect([icon.src, icon.type, size(icon.src)]).toEqual([icon.src, 'image/png', icon.sizes]);
  });

  it('gives static hosts that read _headers cache rules for files the build has', () => {
    const rules = readFileSync('dist/_headers', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const prefix = rule.replace(/\*$/u, '');
      expect(
        readdirSync('dist', { recursive: true })
          .map((file) => `/${String(file)}`)
          .some((file) => file.startsWith(prefix)),
        rule,
      ).toBe(true);
    }
  });

  it('has a 404 page per language and a root 404.html in both, each with search and the way home', () => {
    expect(existsSync('dist/404.html')).toBe(true);
    const root = readFileSync('dist/404.html', 'utf8');
    for (const lang of ['zh', 'en']) {
      expect(root).toContain(`action="/${lang}/search/"`);
      expect(root).toContain(`href="/${lang}/"`);
      const page = html.get(`/${lang}/404/`)!;
      expect(page).toContain(`action="/${lang}/search/"`);
      expect(page).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('serves the 404 page for a missing address, and its search box finds without JavaScript', async () => {
    const context = await chromium().newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/zh/no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.locator('#q-en').fill('Yudu');
    await page.locator('#q-en').press('Enter');
    await page.waitForURL('**/en/search/?q=Yudu');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('publishes datapackage.json with every file and schema it lists, linked from both data pages with the declared field descriptions', () => {
    const descriptor = JSON.parse(readFileSync('dist/data/datapackage.json', 'utf8')) as {
      homepage: string;
      licenses: Array<{ path: string }>;
      resources: Array<{ path: string; schema: unknown }>;
    };
    expect(descriptor.homepage).toBe(`${origin}/en/data/`);
    expect(descriptor.licenses[0]!.path).toBe(`${origin}/en/data/#licence`);
    const listed = descriptor.resources.flatMap((resource) => [
      resource.path,
      ...(typeof resource.schema === 'string' ? [resource.schema] : []),
    ]);
    expect(listed.filter((path) => !existsSync(`dist/data/${path}`))).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      const page = html.get(`/${lang}/data/`)!;
      expect(page).toContain('href="/data/datapackage.json"');
      expect(page).toContain('href="/data/schemas/commitments.schema.json"');
      expect(page).toContain('id="licence"');
      for (const field of [figureFields.role, commitmentFields.places, outcomeColumns.status])
        expect(page).toContain(field.description[lang].replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
    }
  });
});
