import { PREFIX_QUALIFIERS } from '../../../scripts/content/extract/figures.ts';
import type { Figure } from '../report/report.ts';

/** The figure with its qualifier where the report puts it: 突破1700亿元, 660万头以上. */
export function figureWithQualifier(figure: Pick<Figure, 'text' | 'qualifier'>): string {
  if (figure.qualifier === null) return figure.text;
  return PREFIX_QUALIFIERS.includes(figure.qualifier) ? `${figure.qualifier}${figure.text}` : `${figure.text}${figure.qualifier}`;
}
