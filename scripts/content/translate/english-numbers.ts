/** A number as written in English text, with its position. */
export interface EnglishNumber {
  value: number;
  /** Upper end of "5-10 billion", else null. */
  valueMax: number | null;
  start: number;
  end: number;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER = new RegExp(
  String.raw`(?<![\w.,])(?<low>${DIGITS})(?:\s*(?:-|–|to)\s*(?<high>${DIGITS}))?(?:\s+(?<scale>thousand|million|billion|trillion)\b)?` +
    // A number word is a whole word: not the "one" of all-in-one or one-stop.
    String.raw`|(?<![\w-])(?<word>${Object.keys(WORDS).join('|')})(?![\w-])`,
  'giu',
);

const parse = (digits: string): number => Number(digits.replaceAll(',', ''));
const round = (value: number): number => Number(value.toPrecision(12));

/** Every number of an English text: digits with separators and scales ("84.908 billion"), ranges ("2-3"), and one…twenty. */
export function englishNumbers(text: string): EnglishNumber[] {
  const found: EnglishNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const { low, high, scale, word } = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (word) {
      found.push({ value: WORDS[word.toLowerCase()]!, valueMax: null, start, end });
      continue;
    }
    const multiplier = scale ? SCALES[scale.toLowerCase()]! : 1;
    found.push({ value: round(parse(low!) * multiplier), valueMax: high === undefined ? null : round(parse(high) * multiplier), start, end });
  }
  return found;
}
