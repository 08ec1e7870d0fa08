import type { Figure } from './report.ts';

/** The columns of figures.csv, in order; documented on the data page. */
export const FIGURE_FIELDS = ['id', 'paragraph', 'period', 'text', 'kind', 'value', 'valueMax', 'unit', 'unitAsWritten', 'qualifier', 'context'] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row; UTF-8 with a BOM so spreadsheet programs read the Chinese right. */
export function figuresCsv(figures: Figure[]): string {
  const rows = [FIGURE_FIELDS.join(','), ...figures.map((figure) => FIGURE_FIELDS.map((field) => csvCell(figure[field])).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
