/**
 * The commitment tier of search: clauses that answer a query about a place or a project in one
 * line ("寻乌" → 开工寻全高速西延…; "Foxconn" → complete and put into production projects such as
 * Foxconn…), shown above whole paragraphs. A clause matches when the query names one of its places
 * (also by abbreviation: 寻全高速 reaches 寻乌) or projects, or when its text holds every term.
 * Kept apart from core.ts: it reads only documents.commitments.
 */
import type { SearchCommitment, SearchDocuments } from '../../lib/search/documents.ts';
import { queryTerms, stem } from './core.ts';

const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Matching clauses, those whose place or project the query names first, then in reading order; at most `limit`. */
export function matchCommitments(documents: SearchDocuments, query: string, limit = 8): SearchCommitment[] {
  const terms = queryTerms(query).map(stem);
  const whole = queryTerms(query).join(' ');
  if (whole === '' || (!hasHan(whole) && whole.length < 3)) return [];
  const names = (alias: string): boolean =>
    hasHan(whole)
      ? alias === whole || (whole.length >= 2 && alias.includes(whole)) || (hasHan(alias) && alias.length >= 2 && whole.includes(alias))
      : new RegExp(`(^|[\\s-])${escapeRegExp(whole)}`, 'u').test(alias);
  return documents.commitments
    .map((commitment, order) => {
      const byName = commitment.aliases.some(names);
      const text = commitment.text.toLowerCase();
      const byText = terms.every((term) => text.includes(term));
      return { commitment, order, rank: byName ? 0 : byText ? 1 : -1 };
    })
    .filter(({ rank }) => rank !== -1)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ commitment }) => commitment);
}
