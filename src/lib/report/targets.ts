import type { Lang } from '../../i18n/index.ts';
import type { Paragraph } from './report.ts';
import { translatedParagraph } from './translations.ts';

/**
 * The main targets as a list: the paragraph "主要预期目标是：A，B，…，M。" split at its commas.
 * In English the translation is split the same way at its semicolons.
 */
export function targetItems(lang: Lang, paragraph: Paragraph): string[] {
  if (lang === 'zh') {
    const body = paragraph.text.slice(paragraph.text.indexOf('：') + 1).replace(/。$/u, '');
    return body.split('，');
  }
  const english = translatedParagraph(paragraph.id) ?? '';
  const body = english
    .slice(english.indexOf(':') + 1)
    .trim()
    .replace(/\.$/u, '');
  return body.split(/;\s*(?:and\s+)?/u);
}
