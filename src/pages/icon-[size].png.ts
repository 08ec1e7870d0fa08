import type { APIRoute, GetStaticPaths } from 'astro';
import { identity } from '../lib/layers/identity.ts';
import { socialText } from '../lib/social/cards.ts';
import { fontsFor } from '../lib/social/fonts.ts';
import { iconCharacter, iconSizes, renderIcon } from '../lib/social/icon.ts';

export const getStaticPaths: GetStaticPaths = () => iconSizes().map((size) => ({ params: { size: String(size) } }));

// The site's icon at one size (src/lib/social/icon.ts), drawn at build time from the report's short name.
export const GET: APIRoute = async ({ params }) => {
  const png = renderIcon(iconCharacter(identity('zh').shortTitle), Number(params.size), await fontsFor(socialText));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
