/**
 * The two years a report's results and targets are of: the year its review reports on and the
 * year its plan is for (2022 and 2023 in the site's own report, 2025 and 2026 in a 2026 report).
 * Descriptions of the data say these, never another report's.
 */
import type { Lang } from '../../i18n/index.ts';
import { report } from './report.ts';

const partYear = (kind: 'review' | 'plan') => report.parts.find((part) => part.kind === kind && part.year !== null)?.year ?? null;

export const targetYear: number | null = partYear('plan') ?? report.year;
export const resultYear: number | null = partYear('review') ?? (targetYear === null ? null : targetYear - 1);

/** "2023年" / "2023", or words for the year when the report gives none. */
export function yearWord(lang: Lang, role: 'result' | 'target'): string {
  const year = role === 'result' ? resultYear : targetYear;
  if (year !== null) return lang === 'zh' ? `${year}年` : String(year);
  if (lang === 'zh') return role === 'result' ? '上年' : '本年';
  return role === 'result' ? 'the year reviewed' : 'the year planned';
}
