/** The English of each paragraph and title, as checked by the pipeline's align stage. */
import translationsJson from '../generated/translations.en.json';

interface TranslatedText {
  status: 'current' | 'missing';
  lead: string | null;
  en: string | null;
  /** Where each Chinese figure stands in lead + " " + en. */
  figures: Array<{ figure: string; start: number; end: number }>;
}

const translations = translationsJson as unknown as Record<string, TranslatedText>;

/** True when any paragraph or title has an English translation. */
export const hasTranslations = Object.values(translations).some((text) => text.status === 'current');

export function translatedTitle(id: string): string | null {
  return translations[id]?.en ?? null;
}

/** The English of a paragraph's lead sentence, where it has one. */
export function translatedLead(paragraphId: string): string | null {
  return translations[paragraphId]?.lead ?? null;
}

/** A paragraph's whole English text (lead and body), or null when it is not translated. */
export function translatedParagraph(paragraphId: string): string | null {
  const entry = translations[paragraphId];
  if (entry?.status !== 'current' || entry.en === null) return null;
  return entry.lead === null ? entry.en : `${entry.lead} ${entry.en}`;
}

/** Where the translation renders a figure (offsets in the paragraph's whole English), or null. */
export function translatedSpan(paragraphId: string, figureId: string): { start: number; end: number } | null {
  const span = translations[paragraphId]?.figures?.find((f) => f.figure === figureId);
  return span ? { start: span.start, end: span.end } : null;
}

// Clause marks of the English; a comma or point between digits (10,000, 2.6) belongs to a number.
const CLAUSE_MARK = /[;:]|[,.](?!\d)|(?<!\d)[,.]/gu;
// Words that bound the number after them ("to exceed", "around", "at least"): a note whose value says its qualifier drops them.
export const TRAILING_BOUND =
  /\s*\b(?:(?:to |will )?(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)|more than|over|above|at least|at most|no (?:less|more|fewer) than|not (?:less|more) than|up to|within|about|around|approximately|roughly|nearly|almost|close to|strive for|striving for)$/iu;

/**
 * The English clause that leads up to a figure ("…target revenue of"), taken from the
 * translation where the pipeline located the figure; null when it is not there. The clause never
 * starts inside a number ("10,000"). With `withoutBound`, a bound word right before the figure is
 * left out, for notes whose value carries the qualifier ("to exceed" + "over 200 billion yuan").
 */
export function englishContext(paragraphId: string, figureId: string, withoutBound = false): string | null {
  const text = translatedParagraph(paragraphId);
  const span = translatedSpan(paragraphId, figureId);
  if (!text || !span) return null;
  const before = text.slice(0, span.start);
  let clauseStart = 0;
  for (const match of before.matchAll(CLAUSE_MARK)) clauseStart = match.index + 1;
  let clause = before.slice(clauseStart).trim();
  if (withoutBound) clause = clause.replace(TRAILING_BOUND, '').trim();
  // A long clause is cut to its last words: the note names the figure, it does not repeat the text.
  const words = clause.split(/\s+/u);
  return clause === '' ? null : words.length > 8 ? `…${words.slice(-8).join(' ')}` : clause;
}
