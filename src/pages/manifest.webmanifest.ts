import type { APIRoute } from 'astro';
import { identity } from '../lib/layers/identity.ts';
import { ICON_SIZES, iconPath } from '../lib/social/icon.ts';

// The web app manifest names the site after its report (content/site.yaml, or another report's title).
export const GET: APIRoute = () => {
  const zh = identity('zh');
  const en = identity('en');
  const manifest = {
    name: `${zh.title} · ${en.title}`,
    short_name: zh.shortTitle,
    lang: 'zh-CN',
    start_url: '/zh/',
    scope: '/',
    display: 'standalone',
    background_color: '#fffdf8',
    theme_color: '#a4161a',
    icons: ICON_SIZES.app.map((size) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
