/** The English of each paragraph and title, as checked by the pipeline's align stage. */
import translationsJson from '../../generated/translations.en.json';

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

// Words that bound the number after them ("to exceed", "around", "at least"): a note whose value says its qualifier drops them.
export const TRAILING_BOUND =
  /\s*\b(?:(?:to |will )?(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)|more than|over|above|at least|at most|no (?:less|more|fewer) than|not (?:less|more) than|up to|within|about|around|approximately|roughly|nearly|almost|close to|strive for|striving for)$/iu;
