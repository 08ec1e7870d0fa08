/**
 * Draws a social card as a 1200×630 PNG: an SVG laid out here, rendered by resvg with Noto Sans SC
 * from the npm registry (never the machine's fonts, so every build draws the same pixels), cut
 * down once per build to the cards' characters (fonts.ts) and kept in the build cache (cache.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { wrap } from '../charts/layout.ts';
import { cached } from './cache.ts';
import type { SocialCard } from './cards.ts';

const escape = (text: string): string => text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function lines(text: string, width: number, size: number, max: number): string[] {
  const wrapped = wrap(text, width, size);
  return wrapped.length <= max ? wrapped : [...wrapped.slice(0, max - 1), `${wrapped[max - 1]}…`];
}

export function cardSvg(card: SocialCard, siteName: string, source: string): string {
  const title = lines(card.title, 1040, 64, 3);
  const subtitle = lines(card.subtitle, 1040, 30, 2);
  let y = 170;
  const text: string[] = [];
  for (const line of title) {
    text.push(`<text x="80" y="${y}" font-size="64" font-weight="700" fill="#1d1d1f">${escape(line)}</text>`);
    y += 80;
  }
  y += 10;
  for (const line of subtitle) {
    text.push(`<text x="80" y="${y}" font-size="30" fill="#5c5c66">${escape(line)}</text>`);
    y += 42;
  }
  // A county's card lists its top commitments, a bullet each, two lines at most.
  if (card.points && card.points.length > 0) {
    y += 20;
    for (const point of card.points) {
      if (y > 480) break; // the source line stands at 590
      lines(point.charAt(0).toUpperCase() + point.slice(1), 1000, 28, 2).forEach((line, i) => {
        text.push(`<text x="${i === 0 ? 80 : 120}" y="${y}" font-size="28" fill="#1d1d1f">${i === 0 ? '• ' : ''}${escape(line)}</text>`);
        y += 38;
      });
      y += 8;
    }
  } else if (card.figure) {
    text.push(
      `<text x="80" y="${Math.max(y + 70, 470)}" font-size="56" font-weight="700" fill="#a4161a">${escape(card.figure.value)}</text>`,
    );
    const label = lines(card.figure.label, 1040, 26, 1)[0] ?? '';
    text.push(`<text x="80" y="${Math.max(y + 110, 510)}" font-size="26" fill="#5c5c66">${escape(label)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fffdf8"/><rect width="1200" height="16" fill="#a4161a"/>
<text x="80" y="80" font-size="28" font-weight="700" fill="#a4161a">${escape(siteName)}</text>
${text.join('\n')}
<text x="80" y="590" font-size="22" fill="#5c5c66">${escape(source)}</text>
</svg>`;
}

/** An SVG drawn as a PNG `width` pixels wide, with the given font files only (fonts.ts), never the machine's. */
export function drawPng(svg: string, width: number, fonts: { files: string[] }): Uint8Array {
  return new Resvg(svg, {
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
    fitTo: { mode: 'width', value: width },
  })
    .render()
    .asPng();
}

/** The PNG of a card's SVG, drawn with the given font files (fonts.ts), from the cache when it has it. */
export function renderCard(svg: string, fonts: { files: string[]; key: string }): Uint8Array {
  return cached(svg, fonts.key, () => drawPng(svg, 1200, fonts));
}
