import type { APIRoute } from 'astro';

// Every page may be crawled; the sitemap's address must be absolute, so it follows `site`
// (astro.config.mjs, or SITE_URL at build time).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
