import { parseChineseNumeral } from './chinese-numerals.ts';

/** Heading shapes of Chinese government work reports. */
export type HeadingMatch =
  | { level: 'part'; number: number; marker: string; title: string }
  | { level: 'section'; number: number; marker: string; title: string };

/**
 * Some county reports print their parts without numbers, on a line of their own:
 * "2024年工作回顾", "二〇二五年主要目标任务", and then "加强政府自身建设". Such a report uses
 * 一、 for its sections and （一） inside them.
 */
const UNNUMBERED_PART = /^(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})年[^，。；：！？,;:!?]{0,12}(?:回顾|任务|安排|打算|工作)$/u;
const SELF_BUILDING_PART = /^(?:全面|切实|持续)?加强政府自身建设$/u;

/** A line that is an unnumbered part heading; `yearOnly` leaves out the self-building title, which is one only in such a report. */
export function isUnnumberedPartHeading(line: string, yearOnly = false): boolean {
  return UNNUMBERED_PART.test(line) || (!yearOnly && SELF_BUILDING_PART.test(line));
}

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
