import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it, vi } from 'vitest';
import { identity } from '../../../../src/lib/layers/identity.ts';
import { cached } from '../../../../src/lib/social/cache.ts';
import { socialCards } from '../../../../src/lib/social/cards.ts';
import { FULL_FONTS, fontsFor } from '../../../../src/lib/social/fonts.ts';
import { cardSvg, renderCard } from '../../../../src/lib/social/image.ts';

describe('social images', () => {
  it("draw the same pixels with the fonts cut to the cards' characters as with the whole fonts", { timeout: 60_000 }, async () => {
    const site = identity('zh');
    const card = socialCards('zh').find((c) => c.route === 'chapters/p2-s1/')!;
    const svg = cardSvg(card, site.shortTitle, site.socialSource);
    const fonts = await fontsFor(() =>
      [card.title, card.subtitle, card.figure?.value, card.figure?.label, site.shortTitle, site.socialSource].join(''),
    );
    const whole = new Resvg(svg, {
      font: { fontFiles: FULL_FONTS, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
      fitTo: { mode: 'width', value: 1200 },
    }).render();
    const cut = new Resvg(svg, {
      font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
      fitTo: { mode: 'width', value: 1200 },
    }).render();
    expect(Buffer.compare(cut.pixels, whole.pixels)).toBe(0);
    expect(renderCard(svg, fonts).subarray(1, 4).toString()).toBe('PNG');
  });

  it('are drawn again only when what draws them changes', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><!-- ${Date.now()}-${Math.random()} --></svg>`;
    const draw = vi.fn(() => new Uint8Array([1, 2, 3]));
    expect([...cached(svg, 'fonts-a', draw)]).toEqual([1, 2, 3]);
    expect([...cached(svg, 'fonts-a', draw)]).toEqual([1, 2, 3]);
    expect(draw).toHaveBeenCalledTimes(1);
    cached(svg, 'fonts-b', draw);
    cached(`${svg} `, 'fonts-a', draw);
    expect(draw).toHaveBeenCalledTimes(3);
  });
});
