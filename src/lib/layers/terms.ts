/** The agreed English of recurring terms that are not quoted (content/translations/terms.yaml), as checked by scripts/content. */
import termsJson from '../../generated/terms.json';

export interface AgreedTerm {
  /** The Chinese forms of the term (棚户区, 棚改). */
  zh: string[];
  /** A substring of every English rendering ("shantytown"). */
  en: string;
}

export const agreedTerms = termsJson as unknown as AgreedTerm[];

/** The agreed English of a Chinese word, or null when the list has none. */
export function agreedEnglish(zh: string): string | null {
  return agreedTerms.find((term) => term.zh.includes(zh))?.en ?? null;
}
