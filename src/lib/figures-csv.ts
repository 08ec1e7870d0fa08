import { toCsv } from './csv.ts';
import type { Figure } from './report.ts';

/** The columns of figures.csv, in order; documented on the data page. */
export const FIGURE_FIELDS = ['id', 'paragraph', 'period', 'text', 'kind', 'value', 'valueMax', 'unit', 'unitAsWritten', 'qualifier', 'context'] as const;

export function figuresCsv(figures: Figure[]): string {
  return toCsv(FIGURE_FIELDS, figures.map((figure) => FIGURE_FIELDS.map((field) => figure[field])));
}
