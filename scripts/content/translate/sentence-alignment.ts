/**
 * Pairs the sentences of a Chinese paragraph with the sentences of its English, so that a
 * figure can be checked to stand in the English of its own sentence, not just anywhere in the
 * paragraph. Translators split and merge sentences, so the pairing is by groups: one to four
 * Chinese sentences with one to four English ones, in order, chosen by length alone (Gale and
 * Church's method). Length alone, on purpose: if the figures themselves steered the pairing, a
 * figure moved into the wrong sentence could pull the pairing along with it.
 */

export interface Span {
  start: number;
  end: number;
}

/** A group of Chinese sentences and the English sentences that translate them. */
export interface SentenceGroup {
  zh: Span;
  en: Span;
}

const ZH_END = /[。！？][”’」』）]*/gu;
// A full stop, question or exclamation mark followed by a space or the end: not "84.908", not "No. 5".
const EN_END = /(?<!\b(?:No|e\.g|i\.e|etc|Co|Mr|Ms|Dr|St|vs))[.!?]["”’)\]]*(?=\s|$)/gu;

function spans(text: string, end: RegExp): Span[] {
  const result: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (text.slice(start, stop).trim() !== '') result.push({ start, end: stop });
    start = stop;
  }
  if (text.slice(start).trim() !== '') result.push({ start, end: text.length });
  return result;
}

export const chineseSentences = (text: string): Span[] => spans(text, ZH_END);
export const englishSentences = (text: string): Span[] => spans(text, EN_END);

// Group shapes allowed (Chinese sentences, English sentences) and what each costs beyond length.
const SHAPES: Array<[number, number, number]> = [
  [1, 1, 0], [1, 2, 1.5], [2, 1, 1.5], [1, 3, 3], [3, 1, 3], [2, 2, 3], [1, 4, 4.5], [4, 1, 4.5], [2, 3, 4.5], [3, 2, 4.5],
];
// Variance of English length per Chinese character, relative to the mean ratio (measured on
// this site's translations: English runs about 3.3 characters per Chinese one, loosely).
const VARIANCE = 1.2;

/** Sentence groups of a Chinese text and its English, in order, covering both texts. */
export function alignSentences(zh: string, en: string): SentenceGroup[] {
  const zs = chineseSentences(zh);
  const es = englishSentences(en);
  if (zs.length === 0 || es.length === 0) return [{ zh: { start: 0, end: zh.length }, en: { start: 0, end: en.length } }];
  const length = (list: Span[], from: number, to: number): number => list.slice(from, to).reduce((sum, s) => sum + s.end - s.start, 0);
  const ratio = length(es, 0, es.length) / length(zs, 0, zs.length);

  const cost: number[][] = Array.from({ length: zs.length + 1 }, () => new Array<number>(es.length + 1).fill(Infinity));
  const step: Array<Array<[number, number] | null>> = Array.from({ length: zs.length + 1 }, () => new Array<[number, number] | null>(es.length + 1).fill(null));
  cost[0]![0] = 0;
  for (let i = 0; i <= zs.length; i++) {
    for (let j = 0; j <= es.length; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      for (const [a, b, penalty] of SHAPES) {
        if (i + a > zs.length || j + b > es.length) continue;
        const lz = length(zs, i, i + a);
        const le = length(es, j, j + b);
        const delta = (le - ratio * lz) / Math.sqrt(ratio * lz * VARIANCE * 40);
        const total = here + (delta * delta) / 2 + penalty;
        if (total < cost[i + a]![j + b]!) {
          cost[i + a]![j + b] = total;
          step[i + a]![j + b] = [a, b];
        }
      }
    }
  }
  if (cost[zs.length]![es.length] === Infinity) return [{ zh: { start: 0, end: zh.length }, en: { start: 0, end: en.length } }];
  const groups: SentenceGroup[] = [];
  for (let i = zs.length, j = es.length; i > 0 || j > 0; ) {
    const [a, b] = step[i]![j]!;
    groups.unshift({ zh: { start: zs[i - a]!.start, end: zs[i - 1]!.end }, en: { start: es[j - b]!.start, end: es[j - 1]!.end } });
    i -= a;
    j -= b;
  }
  return groups;
}
