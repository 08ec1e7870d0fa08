import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/site/public-url.ts';

// Every page may be crawled. The sitemap's address must be absolute, so it follows `site`
// (astro.config.mjs, or SITE_URL at build time); a build without an address has no sitemap.
export const GET: APIRoute = ({ site }) => {
  const sitemap = publicUrl(site, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
