/**
 * How a query term meets the text. Chinese has no spaces between words, so a Chinese term is
 * found as a substring. A Latin term is found as a whole word (or phrase), with an optional plural
 * ending, so "Gree" finds Gree and not green, and "orange" finds oranges.
 */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/** Query terms: quotes and punctuation dropped, lower-cased; Chinese terms split only at spaces. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[“”"'‘’「」『』《》()（）,，。.!！?？;；:：、]/gu, ' ')
    .split(/\s+/u)
    .filter((term) => term !== '');
}

/** A text as a query of it reads: "Fellow Deputies," → "fellow deputies". */
export const readAsQuery = (text: string): string => queryTerms(text).join(' ');

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A Latin word without its plural ending, so "oranges" finds "orange"; Chinese is left whole. */
export function stem(term: string): string {
  return /^[a-z]{5,}$/u.test(term) ? term.replace(/(?:es|s)$/u, '') : term;
}

const patterns = new Map<string, RegExp>();

/** The pattern of one term; a phrase's words may be split by any spacing or a hyphen. */
export function termPattern(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    // "oranges" → orange(s), "churches" → church(es): the term, less an "s" or "es", plus either.
    const forms = [...new Set([term, term.length >= 4 ? term.replace(/s$/u, '') : term, stem(term)])].filter((form) => form.length > 0);
    const body = `(?:${forms
      .map((form) =>
        form
          .split(/[\s-]+/u)
          .map(escapeRegExp)
          .join('[\\s-]+'),
      )
      .join('|')})`;
    pattern = hasHan(term)
      ? new RegExp(escapeRegExp(term), 'gu')
      : new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(term, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * The pattern of a term as partial matches meet it, so an excerpt shows what was found: a Latin
 * term or its rough stem as the beginning of a word, the whole word matched ("shanty" →
 * shantytown); a Chinese term as any pair of its characters (均安牛仔园 → 均安, 牛仔).
 */
export function wordBeginningPattern(term: string): RegExp {
  if (hasHan(term)) {
    const chars = [...term];
    const pairs = chars.length < 2 ? [term] : chars.slice(1).map((char, i) => `${chars[i]}${char}`);
    return new RegExp(pairs.map(escapeRegExp).join('|'), 'gu');
  }
  const forms = [...new Set([term, roughStem(term)])].map((form) =>
    form
      .split(/[\s-]+/u)
      .map(escapeRegExp)
      .join('[\\s-]+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/**
 * False when a lower-cased text cannot hold the term in any form: a plain substring test, much
 * cheaper than running (and first compiling) the term's pattern over every paragraph and clause.
 * Every form begins with the term's first word, less at most a plural ending.
 */
export function mayHold(lowerText: string, term: string): boolean {
  if (hasHan(term)) return lowerText.includes(term);
  const first = term.split(/[\s-]+/u)[0] ?? term;
  return lowerText.includes(first.length > 4 ? first.slice(0, -2) : first.slice(0, 3));
}

/** How often a lower-cased text holds the term. */
export function countTerm(text: string, term: string): number {
  return mayHold(text, term) ? [...text.matchAll(termPattern(term))].length : 0;
}

/** A Latin word reduced to a rough stem: "greening" and "greened" → "green"; for partial matches only. */
export function roughStem(word: string): string {
  return word.length > 5 ? word.replace(/(?:ations?|ings?|ments?|ed|es|s|ly)$/u, '') : word;
}
