import { termPattern } from './words.ts';

/**
 * A window of the text around the first hit, as text pieces with `mark` set on the hits,
 * so the page can build it with text nodes (no HTML from data). `terms` are every term of every
 * reading of the query (its synonyms and written-out abbreviations too), matched as search
 * matches them: Latin as whole words, Chinese as substrings.
 */
export function excerpt(text: string, terms: string[], radius = 60): Array<{ text: string; mark: boolean }> {
  const hitsIn = (part: string) =>
    terms
      .flatMap((term) => [...part.matchAll(termPattern(term))].map((match) => ({ at: match.index, length: match[0].length })))
      .sort((a, b) => a.at - b.at || b.length - a.length);
  const first = hitsIn(text)[0] ?? { at: 0, length: 0 };
  const start = Math.max(0, first.at - radius);
  const end = Math.min(text.length, first.at + first.length + radius);
  const window = text.slice(start, end);
  const pieces: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const hit of hitsIn(window)) {
    if (hit.at < at) continue;
    if (hit.at > at) pieces.push({ text: window.slice(at, hit.at), mark: false });
    pieces.push({ text: window.slice(hit.at, hit.at + hit.length), mark: true });
    at = hit.at + hit.length;
  }
  if (at < window.length) pieces.push({ text: window.slice(at), mark: false });
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
