import { ContentError } from '../shared/errors.ts';
import type { YamlFile } from '../shared/yaml-file.ts';
import { renderings, termOccurrences, unquoted, type TermEntry } from './terms.ts';

/**
 * The English built on the paragraphs (clause cards, summaries, chart words, the ledger's lines,
 * the home pages' doors, the glossary) is held to what the paragraphs are held to: the fixed
 * renderings of terms, the words for qualifiers, and tense by role. Each layer lists its texts
 * (with the file and line they are written at); the first fault fails the build there.
 */
export interface DerivedText {
  file: string;
  line: number | null;
  /** What the text is, for the message: "clause p2-s1-1-c12", "summary p1-s4, point 2". */
  what: string;
  /** The Chinese the English renders (or stands beside, for a summary point). */
  zh: string;
  en: string;
  /** A 2022 result is told in the past, a 2023 target as a plan; null where neither applies (a label). */
  role: 'result' | 'target' | null;
  /** A card read on its own (a clause): it may not open on a connective. */
  standsAlone?: boolean;
}

/**
 * The words each qualifier of the report is rendered with. 以上 is "or more"/"at least", not
 * "over" (which leaves the figure itself out); 以内/以下 "or less"/"at most"/"within"; 左右
 * "about"/"around"; 力争 "strive". A qualifier counts only right after a figure (规模以上 is a name).
 */
const QUALIFIERS: Array<{ zh: RegExp; en: RegExp; expected: string }> = [
  { zh: /[0-9０-９][^，。；、\s]{0,8}?左右/u, en: /\b(?:about|around|approximately|roughly)\b|\bor so\b/iu, expected: '"about" or "around"' },
  { zh: /[0-9０-９][^，。；、\s]{0,8}?以上/u, en: /\bor (?:more|above)\b|\bat least\b|\band above\b/iu, expected: '"or more" or "at least"' },
  { zh: /[0-9０-９][^，。；、\s]{0,8}?(?:以内|以下)/u, en: /\bor (?:less|fewer|below)\b|\bat most\b|\bwithin\b|\bno more than\b|\bunder\b|\bbelow\b/iu, expected: '"or less", "at most" or "within"' },
  { zh: /力争/u, en: /\bstriv(?:e|es|ing)\b|\bstrove\b/iu, expected: '"strive"' },
];

/** Connectives that leave a card leaning on a sentence the reader does not see. */
const CONNECTIVE = /^(?:with|and|while|which|including|as well as|along with|but|or|whereas|where)\b/iu;

// "will" plans; a result is told in the past. A plan told as done ("was completed") misleads as much.
const PLAN_WORDS = /\bwill\b/iu;
const DONE_WORDS = /\b(?:was|were|had been|has been|have been)\b/iu;

export interface DerivedFault {
  text: DerivedText;
  fault: string;
}

/** Every fault of the texts, in order: terms, qualifiers, tense, and a card's opening. */
export function derivedEnglishFaults(texts: DerivedText[], terms: TermEntry[]): DerivedFault[] {
  const faults: DerivedFault[] = [];
  for (const text of texts) {
    const fault = firstFault(text, terms);
    if (fault !== null) faults.push({ text, fault });
  }
  return faults;
}

function firstFault(text: DerivedText, terms: TermEntry[]): string | null {
  const chinese = unquoted(text.zh);
  const english = text.en.replace(/\s+/gu, ' ');
  if (text.standsAlone && CONNECTIVE.test(english)) {
    return `the card opens with "${CONNECTIVE.exec(english)![0]}", leaning on a sentence the reader does not see: expected it to say who does what (revise the paragraph's English, or give the clause a context:)`;
  }
  for (const term of terms) {
    // Labels and names are often title-cased ("Gannan Navel Orange Chain"): case is not compared here.
    if (termOccurrences(chinese, term) > 0 && renderings(english.toLowerCase(), term.en.toLowerCase()) === 0) {
      return `“${term.zh.join('/')}” is rendered otherwise: expected "${term.en}" (content/translations/terms.yaml)`;
    }
  }
  for (const qualifier of QUALIFIERS) {
    if (qualifier.zh.test(chinese) && !qualifier.en.test(english)) {
      return `the Chinese says “${qualifier.zh.exec(chinese)![0]}”: expected ${qualifier.expected} in the English`;
    }
  }
  if (text.role === 'result' && PLAN_WORDS.test(english)) return `a 2022 result told as a plan ("${PLAN_WORDS.exec(english)![0]}"): expected the past tense`;
  if (text.role === 'target' && DONE_WORDS.test(english) && !PLAN_WORDS.test(english)) {
    return `a 2023 target told as done ("${DONE_WORDS.exec(english)![0]}"): expected a plan ("will", or the imperative)`;
  }
  return null;
}

/** Fails the build at the first fault, naming its file and line. */
export function checkDerivedEnglish(texts: DerivedText[], terms: TermEntry[]): void {
  const [first, ...more] = derivedEnglishFaults(texts, terms);
  if (first) {
    const others = more.length === 0 ? '' : ` (and ${more.length} more: ${more.map((fault) => `${fault.text.file}:${fault.text.line ?? ''}`).join(', ')})`;
    throw new ContentError(first.text.file, first.text.line, `${first.text.what}: ${first.fault}${others}`);
  }
}

/**
 * Every { zh, en } pair of a curated YAML file (labels, measures, wordings, explanations, the
 * ledger's lines), at the line of its `en:`. `roleOf` says which pairs tell a result or a plan;
 * `skip`, which are not English built on the report (a glossary's quoted term and its rendering,
 * which the glossary check holds to the paragraphs).
 */
export function bilingualTexts(
  yaml: YamlFile,
  roleOf: (path: ReadonlyArray<string | number>) => DerivedText['role'] = () => null,
  skip: (path: ReadonlyArray<string | number>) => boolean = () => false,
): DerivedText[] {
  const texts: DerivedText[] = [];
  const visit = (value: unknown, path: Array<string | number>): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['zh'] === 'string' && typeof record['en'] === 'string' && !skip(path)) {
      texts.push({ file: yaml.file, line: yaml.lineOf([...path, 'en']), what: `${path.join('.') || 'the entry'} (en)`, zh: record['zh'], en: record['en'], role: roleOf(path) });
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(yaml.data, []);
  return texts;
}
