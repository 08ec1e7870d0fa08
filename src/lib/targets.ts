import type { Lang } from '../i18n/index.ts';
import type { Paragraph } from './report.ts';
import translationsJson from '../generated/translations.en.json';

/**
 * The main targets as a list: the paragraph "主要预期目标是：A，B，…，M。" split at its commas.
 * In English the translation is split the same way at its semicolons or commas.
 */
export function targetItems(lang: Lang, paragraph: Paragraph): string[] {
  if (lang === 'zh') {
    const body = paragraph.text.slice(paragraph.text.indexOf('：') + 1).replace(/。$/u, '');
    return body.split('，');
  }
  const english = (translationsJson as Record<string, { en: string | null }>)[paragraph.id]?.en ?? '';
  const body = english.slice(english.indexOf(':') + 1).trim().replace(/\.$/u, '');
  return body.split(/;\s*(?:and\s+)?/u);
}
