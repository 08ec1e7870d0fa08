// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Routes carry the language themselves (/zh/…, /en/…): see src/pages/[lang].
export default defineConfig({
  // The public origin, when the site is deployed: hreflang alternates and canonical links must be
  // absolute URLs. Without SITE_URL (a local build) they stay root-relative.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // `npm run site` builds another report in a scratch copy that shares this project's
  // node_modules: it gives the copy a cache of its own, or the content layer would mix two reports.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
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
