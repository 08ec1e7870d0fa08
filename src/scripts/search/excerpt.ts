import { queryTerms } from './core.ts';

/**
 * A window of the text around the first hit, as text pieces with `mark` set on the hits,
 * so the page can build it with text nodes (no HTML from data).
 */
export function excerpt(text: string, query: string, radius = 60): Array<{ text: string; mark: boolean }> {
  const terms = queryTerms(query).filter((term) => term.length > 0);
  const lower = text.toLowerCase();
  const hits = terms.map((term) => ({ at: lower.indexOf(term), length: term.length })).filter((hit) => hit.at !== -1);
  const first = hits.sort((a, b) => a.at - b.at)[0] ?? { at: 0, length: 0 };
  const start = Math.max(0, first.at - radius);
  const end = Math.min(text.length, first.at + first.length + radius);
  const window = text.slice(start, end);
  const pieces: Array<{ text: string; mark: boolean }> = [];
  const pattern = terms.length > 0 ? new RegExp(terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'giu') : null;
  let at = 0;
  for (const match of pattern ? window.matchAll(pattern) : []) {
    if (match.index > at) pieces.push({ text: window.slice(at, match.index), mark: false });
    pieces.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < window.length) pieces.push({ text: window.slice(at), mark: false });
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
