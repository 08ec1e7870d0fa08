/**
 * A text cut into runs, some of them marked: the words by which a clause or paragraph concerns the
 * place a page is about (于都, 寻全高速, 每个县（市、区）). Overlapping spans are merged.
 */
export interface Run {
  text: string;
  mark: boolean;
}

export function markRuns(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Run[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const runs: Run[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) runs.push({ text: text.slice(at, start), mark: false });
    runs.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: false });
  return runs;
}

/** Every occurrence of each word (case-sensitive), as spans. */
export function spansOf(text: string, words: ReadonlyArray<string>): Array<{ start: number; end: number }> {
  return words
    .filter((word) => word !== '')
    .flatMap((word) => {
      const spans: Array<{ start: number; end: number }> = [];
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
        spans.push({ start: at, end: at + word.length });
      return spans;
    });
}
