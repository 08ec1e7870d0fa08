/**
 * Geometry of the bar charts, computed at build time. The charts' words are HTML text sized in em,
 * so they follow the reader's text size (and large-text mode) like the body text; the SVG draws only
 * the marks, in per cent of its own width, and is never scaled as a whole (no viewBox).
 */
import { scaleLinear } from 'd3';

export const LABEL_SIZE = 13;

/**
 * A conservative width estimate for the system fonts a reader may have (bold DejaVu Sans is among
 * the widest): CJK 1 em, Latin capitals, digits and % 0.72 em, other Latin 0.62 em; in bold, Latin
 * letters are wider still (DejaVu Sans Bold lowercase averages about 0.7 em): 0.8 and 0.74 em.
 */
export function textWidth(text: string, size: number, options: { bold?: boolean } = {}): number {
  const [capital, other] = options.bold ? [0.8, 0.74] : [0.72, 0.62];
  let em = 0;
  for (const char of text) {
    if (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(char)) em += 1;
    else if (char === ' ') em += 0.32;
    else if (/[A-Z0-9%²³μ]/u.test(char)) em += capital;
    else em += other;
  }
  return em * size;
}

/** Splits a label into lines no wider than `width`: at spaces in English, anywhere in Chinese. */
export function wrap(text: string, width: number, size = LABEL_SIZE): string[] {
  const units = /\p{Script=Han}/u.test(text) ? [...text] : text.split(' ').map((word, i) => (i === 0 ? word : ` ${word}`));
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line !== '' && textWidth(line + unit, size) > width) {
      lines.push(line);
      line = unit.trimStart();
    } else {
      line += unit;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Bar lengths in per cent of the track: one linear scale from zero for the rows of one measure.
 * Rows without a figure get no bar (null); a figure of zero still shows a sliver.
 */
export function barPercents(values: Array<number | null>): Array<number | null> {
  const max = Math.max(0, ...values.map((value) => value ?? 0));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, 100]);
  return values.map((value) => (value === null ? null : Math.max(0.5, Math.round(x(value) * 10) / 10)));
}
