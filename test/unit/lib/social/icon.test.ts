import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fontsFor } from '../../../../src/lib/social/fonts.ts';
import { iconCharacter, iconSizes, iconSvg, renderIcon } from '../../../../src/lib/social/icon.ts';

/** Width and height from a PNG's header (IHDR). */
const pngSize = (png: Uint8Array): [number, number] => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};

describe("the site's icon", () => {
  it("takes the first Han character of the report's short name, and 政 when it has none", () => {
    expect(iconCharacter('赣州报告解读')).toBe('赣');
    expect(iconCharacter('湖南省2024年政府工作报告')).toBe('湖');
    expect(iconCharacter('2025年博野县政府工作报告')).toBe('博');
    expect(iconCharacter('hebei-province-2023')).toBe('政');
  });

  it('is drawn at every size it is linked at, with its character in it', { timeout: 60_000 }, async () => {
    const fonts = await fontsFor(() => '赣湖');
    for (const size of iconSizes()) expect(pngSize(renderIcon('赣', size, fonts))).toEqual([size, size]);
    const pixels = (svg: string) =>
      new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render().pixels;
    const blank = pixels(iconSvg(''));
    // A font without the character would leave the square blank: each character draws, and differently.
    expect(Buffer.compare(pixels(iconSvg('赣')), blank)).not.toBe(0);
    expect(Buffer.compare(pixels(iconSvg('湖')), blank)).not.toBe(0);
    expect(Buffer.compare(pixels(iconSvg('赣')), pixels(iconSvg('湖')))).not.toBe(0);
  });
});
