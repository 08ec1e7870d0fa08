/**
 * How a query term meets the text. Chinese has no spaces between words, so a Chinese term is
 * found as a substring. A Latin term is found as a whole word (or phrase), with an optional plural
 * ending, so "Gree" finds Gree and not green, and "orange" finds oranges.
 */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

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

export function countTerm(text: string, term: string): number {
  return [...text.matchAll(termPattern(term))].length;
}

/** A Latin word reduced to a rough stem: "greening" and "greened" → "green"; for partial matches only. */
export function roughStem(word: string): string {
  return word.length > 5 ? word.replace(/(?:ations?|ings?|ments?|ed|es|s|ly)$/u, '') : word;
}
