import { toCsv, type CsvCell } from './csv.ts';
import type { Figure } from './report.ts';

/** The columns of figures.csv, in order; documented on the data page. */
export const FIGURE_FIELDS = [
  'id',
  'paragraph',
  'period',
  'role',
  'span',
  'text',
  'kind',
  'value',
  'valueMax',
  'unit',
  'unitAsWritten',
  'qualifier',
  'qualifiers',
  'context',
] as const;

/** A cell for each field: a span as "2026-2030", all qualifiers as "力争、突破". */
function cellOf(figure: Figure, field: (typeof FIGURE_FIELDS)[number]): CsvCell {
  if (field === 'span') return figure.span === null ? null : `${figure.span.from}-${figure.span.to}`;
  if (field === 'qualifiers') return figure.qualifiers.join('、');
  return figure[field];
}

export function figuresCsv(figures: Figure[]): string {
  return toCsv(
    FIGURE_FIELDS,
    figures.map((figure) => FIGURE_FIELDS.map((field) => cellOf(figure, field))),
  );
}
