import { useTranslations, type Lang } from '../../i18n/index.ts';
import { sectionMarker, sectionTitleZh } from './labels.ts';
import type { Section } from './report.ts';
import { translatedTitle } from './translations.ts';
import { untitledTitle } from './untitled-title.ts';

/** "（一）坚定不移推动工业倍增升级" / "1. Unswervingly drive …": the name a chapter goes by. */
export function chapterTitle(lang: Lang, section: Section): string {
  const marker = sectionMarker(section);
  // An untitled section's Chinese name already carries its (inferred) number: "（二）续上文".
  if (lang === 'zh') return section.title === null ? sectionTitleZh(section) : `${marker ?? ''}${sectionTitleZh(section)}`;
  const t = useTranslations('en');
  const number = section.number === null ? '' : `${section.number}. `;
  const untitled = untitledTitle('en', section);
  if (untitled !== null) return untitled;
  if (section.title === null) return t('section.untitledShort', { label: String(section.number) });
  return `${number}${translatedTitle(section.id) ?? section.title}`;
}
