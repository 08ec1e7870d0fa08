import type { Lang } from '../../i18n/index.ts';
import { useTranslations } from '../../i18n/index.ts';
import { toChineseNumeral } from '../../../scripts/content/read/chinese-numerals.ts';
import type { Part, Section } from './report.ts';
import { untitledTitle } from './untitled-title.ts';

/**
 * A part's name: its printed title with its printed number ("二、2023年工作安排"), or what it is
 * when the title is not in the text. English keeps the number as "2."
 */
export function partTitle(lang: Lang, part: Part): string {
  const t = useTranslations(lang);
  if (lang === 'zh' && part.title) return `${part.marker ?? ''}${part.title}`;
  const number = part.marker ? `${part.number}. ` : '';
  if (part.kind === 'review' || part.kind === 'plan') return `${number}${t(`part.${part.kind}`, { year: part.year })}`;
  return t('part.other', { number: part.number });
}

/** A section's marker ("（一）") as printed, or as inferred when its heading is on an earlier page. */
export function sectionMarker(section: Section): string | null {
  if (section.number === null) return null;
  return section.marker ?? `（${toChineseNumeral(section.number)}）`;
}

/**
 * The Chinese heading of a section; the English one comes from the translation.
 * Sections without a printed heading say so instead of inventing one.
 */
export function sectionTitleZh(section: Section): string {
  const t = useTranslations('zh');
  const untitled = untitledTitle('zh', section);
  if (untitled !== null) return untitled;
  if (section.title === null) return t('section.untitledShort', { label: toChineseNumeral(section.number ?? 0) });
  return section.title;
}
