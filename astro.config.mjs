// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { sitemapUnderPath } from './scripts/site/sitemap-under-path.mjs';

/** Where the site is published unless SITE_URL says otherwise (README, "Deploying"). */
const DEFAULT_SITE = 'https://ganzhou-2023-report.example/';
/**
 * An empty SITE_URL builds a site without a public address (`npm run site` without --site-url):
 * canonical links and alternates are then relative, and og:url, og:image and the sitemap left out.
 */
const site = process.env.SITE_URL === '' ? undefined : (process.env.SITE_URL ?? DEFAULT_SITE);

// Routes carry the language themselves (/zh/…, /en/…): see src/pages/[lang].
export default defineConfig({
  // The public origin: canonical, hreflang, og:url, og:image and the sitemap are absolute URLs on
  // it, as search engines and link previews need. A deployment at another address sets SITE_URL
  // (see README, "Deploying"); the default is the address this repository documents.
  ...(site === undefined ? {} : { site }),
  // `npm run site` builds another report in a scratch copy that shares this project's
  // node_modules: it gives the copy a cache of its own, or the content layer would mix two reports.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // One sitemap for both editions, each page listing its twin as an hreflang alternate. Only
    // pages of the two editions: not the root language chooser (the sitemap would take it for the
    // Chinese edition), the social images, data files or 404 pages. Its URLs must be absolute:
    // without an address there is none.
    ...(site === undefined
      ? []
      : [
          sitemap({
            i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
            filter: (page) => /\/(zh|en)\//u.test(page) && !/\.(png|json|csv)$|\/404\/?$/u.test(page),
          }),
          sitemapUnderPath(new URL(site).href),
        ]),
  ],
  // The report has no code: no syntax highlighter (Shiki's inline styles would need 'unsafe-inline').
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the inline scripts and styles it
  // emits; everything else must come from this origin. Pagefind needs WebAssembly and a worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The site ships no client framework; the few scripts are inlined per component.
  devToolbar: { enabled: false },
});
