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

/**
 * The English clause that leads up to a figure ("…target revenue of"), taken from the
 * translation where the pipeline located the figure; null when it is not there.
 */
export function englishContext(paragraphId: string, figureId: string): string | null {
  const entry = translations[paragraphId];
  const text = translatedParagraph(paragraphId);
  const span = entry?.figures?.find((f) => f.figure === figureId);
  if (!text || !span) return null;
  const before = text.slice(0, span.start);
  const clauseStart = Math.max(...[',', ';', ':', '.'].map((mark) => before.lastIndexOf(mark))) + 1;
  const clause = before.slice(clauseStart).trim();
  // A long clause is cut to its last words: the note names the figure, it does not repeat the text.
  const words = clause.split(/\s+/u);
  return clause === '' ? null : words.length > 8 ? `…${words.slice(-8).join(' ')}` : clause;
}
