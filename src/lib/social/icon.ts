/**
 * The site's icon: the first Han character of its short name (赣 for Ganzhou, 湖 for 湖南省…),
 * white on the site's red, drawn at build time as PNG files.
 *
 * PNG, not SVG: a browser draws an SVG icon by opening a small document of its own on the page's
 * main thread, and one with a character in it shapes that character with a CJK font first. On a
 * chapter page that cost 20–30 ms of main-thread work per icon, twice, while the page was loading
 * (Chromium 156 trace); a PNG is decoded off the page's work in a fraction of a millisecond.
 */
import { drawPng } from './image.ts';

/** Every size drawn, in pixels: the tab (32), the home screen of iOS (180) and of the web app manifest (192, 512). */
export const ICON_SIZES = { tab: 32, touch: 180, app: [192, 512] } as const;
export const iconSizes = (): number[] => [ICON_SIZES.tab, ICON_SIZES.touch, ...ICON_SIZES.app];
export const iconPath = (size: number): string => `/icon-${size}.png`;

/** What a report is called without a Han character (a file name) still gets a character: 政, of 政府工作报告. */
const FALLBACK = '政';

export function iconCharacter(shortTitle: string): string {
  // A year's 年 names no place ("2025年博野县…" is 博).
  return /\p{Script=Han}/u.exec(shortTitle.replace(/\d+年/gu, ''))?.[0] ?? FALLBACK;
}

export function iconSvg(character: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a4161a"/><text x="16" y="23" font-size="18" font-weight="700" text-anchor="middle" fill="#fff">${character}</text></svg>`;
}

/** The icon at `size` pixels square, drawn with the social images' fonts (fonts.ts). */
export function renderIcon(character: string, size: number, fonts: { files: string[] }): Uint8Array {
  return drawPng(iconSvg(character), size, fonts);
}
