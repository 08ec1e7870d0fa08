import { parseChineseNumeral } from './chinese-numerals.ts';

/** Heading shapes of Chinese government work reports. */
export type HeadingMatch =
  | { level: 'part'; number: number; marker: string; title: string }
  | { level: 'section'; number: number; marker: string; title: string };

const NUMERAL = '[一二三四五六七八九十]{1,3}';
// "二、2023年工作安排"
const PART = new RegExp(`^(${NUMERAL})、(.+)$`, 'u');
// "（三）力抓改革开放…": full- or half-width parentheses around a numeral, then the title.
// "（续）建", "（技工）院校", "（市、区）" do not match: their parentheses hold no numeral.
const SECTION = new RegExp(`^([（(](${NUMERAL})[）)])(.+)$`, 'u');

/** Classifies a line that stands at the start of a block. Returns null for body text. */
export function matchHeading(line: string): HeadingMatch | null {
  const part = PART.exec(line);
  if (part) {
    const number = parseChineseNumeral(part[1]!);
    if (number !== null) return { level: 'part', number, marker: `${part[1]}、`, title: part[2]! };
  }
  const section = SECTION.exec(line);
  if (section) {
    const number = parseChineseNumeral(section[2]!);
    if (number !== null) return { level: 'section', number, marker: section[1]!, title: section[3]! };
  }
  return null;
}

/** Characters that can end a sentence (possibly followed by a closing quote or bracket). */
const SENTENCE_END = /[。！？!?；;：:…]["”’」』）)]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
