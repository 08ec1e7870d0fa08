/** The glossary of the report's quoted terms, as checked and written by scripts/content. */
import type { Lang } from '../../i18n/index.ts';
import glossaryJson from '../../generated/glossary.json';

export interface Term {
  id: string;
  zh: string;
  en: string;
  explain: { zh: string; en: string };
  paragraphs: string[];
}

export const glossary = glossaryJson as unknown as Term[];

export function term(id: string): Term {
  const found = glossary.find((entry) => entry.id === id);
  if (!found) throw new Error(`no glossary term ${id}`);
  return found;
}

/** Chinese entries in pinyin order (ICU's pinyin collation), English ones alphabetically. */
export function sortedGlossary(lang: Lang): Term[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en', { sensitivity: 'base', numeric: true });
  return [...glossary].sort((a, b) => collator.compare(a[lang], b[lang]));
}
