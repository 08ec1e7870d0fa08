import { useTranslations, type Lang } from '../../i18n/index.ts';
import { chapterById, report, type Part, type Section } from './report.ts';

/** Longest opening sentence kept whole as a name; a longer one is cut and marked "…". */
const MAX_CHARS = 20;
/** The address that opens a passage of its own ("各位代表！"): not what the passage is about. */
const ADDRESS = /^各位代表[！!，,：:]?/u;

const textOf = (section: Section) => section.topics.flatMap((topic) => topic.paragraphs.map((paragraph) => paragraph.text.trim())).join('');

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
  const text = textOf(section);
  if (/总体要求/u.test(text) && /主要(预期)?目标/u.test(text)) return t('section.intro');
  if (lang === 'en') return t('section.openingOf', { number: part.number });
  return firstSentence(text) ?? t('section.openingOf', { number: part.number });
}

/**
 * A passage opened by "各位代表！": the closing words when it is in the report's last part;
 * elsewhere a turn within a part (the five-year review after the year's), named by its first
 * sentence after the address, like an opening.
 */
export function passageTitle(lang: Lang, section: Section, part: Pick<Part, 'number'>, inLastPart: boolean): string {
  const t = useTranslations(lang);
  if (inLastPart) return t('section.closing');
  if (lang === 'en') return t('section.passageOf', { number: part.number });
  return firstSentence(textOf(section).replace(ADDRESS, '')) ?? t('section.passageOf', { number: part.number });
}

/** The first sentence, or as much of it as reads as a name; null for a section with no text. */
export function firstSentence(text: string): string | null {
  const sentence = text
    .trim()
    .split(/[。！？；：!?;:]/u)[0]!
    .trim();
  if (sentence === '') return null;
  if ([...sentence].length <= MAX_CHARS) return sentence;
  // As many whole clauses as fit stand for the sentence; a first clause too long is cut.
  let kept = '';
  for (const clause of sentence.split(/(?<=[，,])/u)) {
    if ([...kept].length + [...clause].length - 1 > MAX_CHARS) break;
    kept += clause;
  }
  kept = kept.replace(/[，,]$/u, '');
  return `${[...kept].length >= 4 ? kept : [...sentence].slice(0, MAX_CHARS - 1).join('')}…`;
}

/** The name of an opening or "各位代表！" passage of this report; null for a section with a heading. */
export function untitledTitle(lang: Lang, section: Section): string | null {
  if (section.kind !== 'intro' && section.kind !== 'closing') return null;
  const { part } = chapterById(section.id);
  if (section.kind === 'intro') return introTitle(lang, section, part);
  const lastPart = report.parts.filter((candidate) => candidate.kind !== 'appendix').at(-1);
  return passageTitle(lang, section, part, part.number === lastPart?.number);
}
