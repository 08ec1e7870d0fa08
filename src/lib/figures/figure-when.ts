import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { Figure } from '../report/report.ts';

/**
 * "2023年目标" / "2022 result" / "2021–2025年成绩": what a figure is and for when, from the role and
 * year the pipeline decided (a five-year part has a span, not a year); null where the report
 * neither reports nor promises (an appendix, the preamble).
 */
export function figureWhen(lang: Lang, figure: Pick<Figure, 'role' | 'period' | 'span'>): string | null {
  if (figure.role === null) return null;
  const t = useTranslations(lang);
  if (figure.period !== null) return t(`figure.${figure.role}`, { year: figure.period });
  if (figure.span !== null) return t(`figure.${figure.role}Span`, { from: figure.span.from, to: figure.span.to });
  return null;
}
