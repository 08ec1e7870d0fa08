import { useTranslations, type Lang } from '../../i18n/index.ts';
import { partTitle, sectionMarker } from './labels.ts';
import { chapterOfParagraph, paragraphNumber } from './report.ts';

/**
 * What readers call a paragraph: "二、2023年工作安排（一）第2段" / "2. Work for 2023, section 1,
 * paragraph 2". Internal ids (p2-s1-2) stay in URLs and data, never in what people read.
 */
export function paragraphLabel(lang: Lang, paragraphId: string): string {
  const t = useTranslations(lang);
  const { part, section } = chapterOfParagraph(paragraphId);
  const number = paragraphNumber(paragraphId);
  const where =
    section.kind === 'intro'
      ? t('paragraph.where.intro')
      : section.kind === 'closing'
        ? t('paragraph.where.closing')
        : lang === 'zh'
          ? (sectionMarker(section) ?? '')
          : t('paragraph.where.section', { number: section.number });
  return t('paragraph.label', { part: partTitle(lang, part), where, number });
}
