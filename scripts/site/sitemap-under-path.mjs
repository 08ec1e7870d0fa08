// @ts-check
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @astrojs/sitemap puts every URL on the origin of `site` and drops its path (it resolves against
 * `base`, which this site leaves at "/"). For an address with a path (https://example.org/x/) this
 * moves the sitemap's URLs under it, as the pages' canonical links already are.
 * @param {string} address the public address
 * @returns {import('astro').AstroIntegration}
 */
export function sitemapUnderPath(address) {
  const site = address.endsWith('/') ? address : `${address}/`;
  const { origin, pathname } = new URL(site);
  return {
    name: 'sitemap-under-path',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (pathname === '/') return;
        const folder = fileURLToPath(dir);
        for (const name of readdirSync(folder).filter((file) => /^sitemap.*\.xml$/u.test(file))) {
          const xml = readFileSync(`${folder}/${name}`, 'utf8');
          writeFileSync(`${folder}/${name}`, xml.replaceAll(`>${origin}/`, `>${site}`).replaceAll(`"${origin}/`, `"${site}`));
        }
      },
    },
  };
}
