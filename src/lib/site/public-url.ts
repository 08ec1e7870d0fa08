/**
 * Absolute URLs on the site's public address (`site` in astro.config.mjs, which may hold a path:
 * https://example.org/reports/), or null when the build has none (`npm run site` without
 * --site-url): then a page says nothing absolute rather than something wrong.
 */
export function publicUrl(site: URL | undefined, path: string): string | null {
  if (site === undefined) return null;
  const base = site.href.endsWith('/') ? site.href : `${site.href}/`;
  return new URL(path.replace(/^\/+/u, ''), base).href;
}
