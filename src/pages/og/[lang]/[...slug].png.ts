import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../../i18n/index.ts';
import { identity } from '../../../lib/layers/identity.ts';
import { cardSlug, socialCards, socialText, type SocialCard } from '../../../lib/social/cards.ts';
import { fontsFor } from '../../../lib/social/fonts.ts';
import { cardSvg, renderCard } from '../../../lib/social/image.ts';

export const getStaticPaths: GetStaticPaths = () =>
  languages.flatMap((lang) => socialCards(lang).map((card) => ({ params: { lang, slug: cardSlug(card.route) }, props: { card } })));

// The Open Graph image of one page, drawn at build time from the page's own data.
export const GET: APIRoute = async ({ params, props }) => {
  const site = identity(params.lang as Lang);
  const png = renderCard(cardSvg(props.card as SocialCard, site.shortTitle, site.socialSource), await fontsFor(socialText));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
