import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { Part, Section } from './report.ts';

/** Longest opening sentence kept whole as a name; a longer one is cut and marked "…". */
const MAX_CHARS = 20;

/**
 * The name of an opening section the report prints without a heading, from what it holds, never
 * from another report's structure: the preamble is the report's opening ("开篇"); an opening
 * that states the overall requirements and the main targets is named so; any other goes by its
 * first sentence, shortened ("过去的一年，极不寻常、很不容易"). English has no first sentence of
 * its own until a translation gives one, so it names the part it opens.
 */
export function introTitle(lang: Lang, section: Section, part: Pick<Part, 'kind' | 'number'>): string {
  const t = useTranslations(lang);
  if (part.kind === 'preamble') return t('section.opening');
  const text = section.topics.flatMap((topic) => topic.paragraphs.map((paragraph) => paragraph.text)).join('');
  if (/总体要求/u.test(text) && /主要(预期)?目标/u.test(text)) return t('section.intro');
  if (lang === 'en') return t('section.openingOf', { number: part.number });
  return firstSentence(text) ?? t('section.openingOf', { number: part.number });
}

/** The first sentence, or as much of it as reads as a name; null for a section with no text. */
export function firstSentence(text: string): string | null {
  const sentence = text
    .trim()
    .split(/[。！？；：!?;:]/u)[0]!
    .trim();
  if (sentence === '') return null;
  if ([...sentence].length <= MAX_CHARS) return sentence;
  // A first clause short enough stands for the sentence; otherwise cut where the name must end.
  const clause = sentence.split(/[，,]/u)[0]!;
  if ([...clause].length >= 6 && [...clause].length <= MAX_CHARS) return `${clause}…`;
  return `${[...sentence].slice(0, MAX_CHARS - 1).join('')}…`;
}
