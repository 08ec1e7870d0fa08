/** The English of each paragraph and title, as checked by the pipeline's align stage. */
import translationsJson from '../generated/translations.en.json';

interface TranslatedText {
  status: 'current' | 'missing';
  lead: string | null;
  en: string | null;
}

const translations = translationsJson as unknown as Record<string, TranslatedText>;

export function translatedTitle(id: string): string | null {
  return translations[id]?.en ?? null;
}

export function isTranslated(id: string): boolean {
  return translations[id]?.status === 'current';
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
