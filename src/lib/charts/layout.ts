/**
 * Geometry of the bar charts, computed at build time. Labels sit on their own line above each
 * bar and value labels in space reserved at the right, so nothing can overlap at any width:
 * the SVG scales as a whole (viewBox), and the layout is the same on a phone and a desktop.
 */
import { scaleLinear } from 'd3';

export const CHART_WIDTH = 340;
export const LABEL_SIZE = 13;
export const VALUE_SIZE = 12;
const LINE_HEIGHT = 17;
const BAR_HEIGHT = 16;
const ROW_GAP = 12;
/** Height of the heading line above a group of bars that share one measure and one scale. */
export const GROUP_HEADING = 24;

/**
 * A conservative width estimate for the system fonts a reader may have (bold DejaVu Sans is among
 * the widest): CJK 1 em, Latin capitals, digits and % 0.72 em, other Latin 0.62 em.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    if (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(char)) em += 1;
    else if (char === ' ') em += 0.32;
    else if (/[A-Z0-9%²³μ]/u.test(char)) em += 0.72;
    else em += 0.62;
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

export interface BarGeometry {
  /** The whole row, label to bar: the link's tap target (at least 24 px tall on a phone). */
  row: { y: number; height: number };
  labelLines: Array<{ text: string; y: number }>;
  bar: { x: number; y: number; width: number; height: number } | null;
  value: { text: string; x: number; y: number };
}

export interface BarInput {
  label: string;
  value: number | null;
  display: string;
  lead?: string;
}

/**
 * One bar per row. `lead` is a short text before the bar (the year in a pair); bars start after it.
 * Returns the rows' geometry and the chart's height.
 */
export function layoutBars(
  rows: BarInput[],
  options: { max?: number; leadWidth?: number; y?: number } = {},
): { rows: BarGeometry[]; height: number } {
  const leadWidth = options.leadWidth ?? 0;
  const valueWidth = Math.max(...rows.map((row) => textWidth(row.display, VALUE_SIZE)));
  const max = options.max ?? Math.max(...rows.map((row) => row.value ?? 0));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, CHART_WIDTH - leadWidth - valueWidth - 12]);
  let y = options.y ?? 0;
  const geometry = rows.map((row): BarGeometry => {
    const rowTop = y;
    const labelLines =
      row.label === ''
        ? []
        : wrap(row.label, CHART_WIDTH).map((text) => {
            y += LINE_HEIGHT;
            return { text, y: y - 4 };
          });
    const barY = y + 2;
    const bar = row.value === null ? null : { x: leadWidth, y: barY, width: Math.max(1, x(row.value)), height: BAR_HEIGHT };
    const valueX = bar ? leadWidth + bar.width + 4 : leadWidth;
    y = barY + BAR_HEIGHT + ROW_GAP;
    return {
      row: { y: rowTop, height: barY + BAR_HEIGHT + ROW_GAP / 2 - rowTop },
      labelLines,
      bar,
      value: { text: row.display, x: valueX, y: barY + BAR_HEIGHT - 4 },
    };
  });
  return { rows: geometry, height: y };
}
