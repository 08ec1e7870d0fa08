import { mayHold, termPattern, wordBeginningPattern } from './words.ts';

/**
 * A window of the text around the first hit, as text pieces with `mark` set on the hits,
 * so the page can build it with text nodes (no HTML from data). `terms` are every term of every
 * reading of the query (its synonyms and written-out abbreviations too), matched as search
 * matches them: Latin as whole words, Chinese as substrings. For a partial match (`partial`), as
 * partial matches meet them: a Latin term marks the whole words it begins ("shanty" marks
 * shantytown), a Chinese one the pairs of its characters found.
 */
export function excerpt(text: string, terms: string[], radius = 60, partial = false): Array<{ text: string; mark: boolean }> {
  const pattern = partial ? wordBeginningPattern : termPattern;
  // Terms the text cannot hold are left out before any pattern runs.
  const lower = text.toLowerCase();
  const held = partial ? terms : terms.filter((term) => mayHold(lower, term));
  const hitsIn = (part: string) =>
    held
      .flatMap((term) => [...part.matchAll(pattern(term))].map((match) => ({ at: match.index, length: match[0].length })))
      .sort((a, b) => a.at - b.at || b.length - a.length);
  const first = hitsIn(text)[0] ?? { at: 0, length: 0 };
  const start = Math.max(0, first.at - radius);
  const end = Math.min(text.length, first.at + first.length + radius);
  const window = text.slice(start, end);
  const pieces: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  let markedFrom = 0;
  for (const hit of hitsIn(window)) {
    const hitEnd = hit.at + hit.length;
    // Hits that touch or overlap are one mark: 均安 and 牛仔 of 均安牛仔 (with 安牛 between).
    if (hit.at <= at && pieces.at(-1)?.mark) {
      if (hitEnd > at) {
        pieces[pieces.length - 1] = { text: window.slice(markedFrom, hitEnd), mark: true };
        at = hitEnd;
      }
      continue;
    }
    if (hit.at < at) continue;
    if (hit.at > at) pieces.push({ text: window.slice(at, hit.at), mark: false });
    pieces.push({ text: window.slice(hit.at, hitEnd), mark: true });
    markedFrom = hit.at;
    at = hitEnd;
  }
  if (at < window.length) pieces.push({ text: window.slice(at), mark: false });
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
