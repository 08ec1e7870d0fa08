import { toCsv, type CsvCell } from './csv.ts';
import { FIGURE_FIELDS } from '../data-schemas/figures.ts';
import type { Figure } from '../report/report.ts';

// The columns, in order, and what each holds: declared once in data-schemas/figures.ts.
export { FIGURE_FIELDS };

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
