/**
 * The commitment tier of search: clauses that answer a query about a place or a project in one
 * line ("寻乌" → 开工寻全高速西延…; "Foxconn" → complete and put into production projects such as
 * Foxconn…), shown above whole paragraphs. A clause matches when the query, or another name for
 * what it names (稀土 ↔ rare earth), names one of its places (also by abbreviation: 寻全高速
 * reaches 寻乌) or projects (寻全高速 also by its pinyin, xunquan), or when its text holds every
 * term (Latin as whole words: "Gree" is not "green").
 * Kept apart from core.ts: it reads only documents.commitments.
 */
import type { SearchCommitment, SearchDocuments } from '../../lib/search/documents.ts';
import { queryAlternatives, queryTerms } from './core.ts';
import { countTerm, escapeRegExp, hasHan } from './words.ts';

const patterns = new Map<string, RegExp>();
/** A Latin reading as whole words of a name ("xunwu" in "xunwu county"), made once per reading. */
function wholeWords(reading: string): RegExp {
  let pattern = patterns.get(reading);
  if (!pattern) {
    pattern = new RegExp(`(^|[\\s-])${escapeRegExp(reading)}($|[\\s-])`, 'u');
    patterns.set(reading, pattern);
  }
  return pattern;
}

/** Matching clauses, those whose place or project the query names first, then in reading order; at most `limit`. */
export function matchCommitments(documents: SearchDocuments, query: string, limit = 8): SearchCommitment[] {
  const whole = queryTerms(query).join(' ');
  if (whole === '' || (!hasHan(whole) && whole.length < 3)) return [];
  const readings = queryAlternatives(documents, query);
  const names = (alias: string, reading: string): boolean =>
    hasHan(reading)
      ? alias === reading ||
        (reading.length >= 2 && alias.includes(reading)) ||
        (hasHan(alias) && alias.length >= 2 && reading.includes(alias))
      : wholeWords(reading).test(alias);
  return documents.commitments
    .map((commitment, order) => {
      const byName = commitment.aliases.some((alias) => readings.some((terms) => names(alias, terms.join(' '))));
      const text = commitment.text.toLowerCase();
      const byText = readings.some((terms) => terms.every((term) => countTerm(text, term) > 0));
      return { commitment, order, rank: byName ? 0 : byText ? 1 : -1 };
    })
    .filter(({ rank }) => rank !== -1)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ commitment }) => commitment);
}
