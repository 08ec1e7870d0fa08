/**
 * The English note of a figure on an English page: the words of the translation that lead up to
 * the figure, and the figure as the English writes it. The English is what the reader has in front
 * of them, so the note shows its number and unit (52亿斤 is "2.6 million tonnes" there), with the
 * Chinese original as the source value when the two differ.
 */
import { figureWithQualifier } from './figure-text.ts';
import { englishAmount, englishRange, formatFigure, rates } from './figure-format.ts';
import type { Figure } from '../report/report.ts';
import { TRAILING_BOUND, translatedParagraph, translatedSpan } from '../report/translations.ts';

export interface EnglishNote {
  /**
   * What the figure counts in the translation's words, … standing for the figure: "build … key digital
   * economy projects", "growth of … in fixed-asset investment"; at most six words before and eight after; or null.
   */
  label: string | null;
  /** The figure as the English writes it, its qualifier once: "2.6 million tonnes or more". */
  value: string;
  /** The figure as the report prints it when the English converts it ("52亿斤以上"), else null. */
  source: string | null;
}

/** The note of a figure as its paragraph's translation renders it; null when the translation does not render it. */
export function englishNote(figure: Figure): EnglishNote | null {
  const text = translatedParagraph(figure.paragraph);
  const span = translatedSpan(figure.paragraph, figure.id);
  if (text === null || span === null) return null;
  const formatted = formatFigure('en', figure);
  const bare = formatFigure('en', { ...figure, qualifier: null });
  let value = formatted;
  let source: string | null = null;
  // The translation gives jin in tonnes at the stated rate: the note says what the English says.
  if (figure.unit === '斤' && /^\s*tonnes?\b/u.test(text.slice(span.end))) {
    const tonnes = (jin: number) => Number((jin * rates.tonnesPerJin).toPrecision(3));
    const amount =
      figure.valueMax === null ? englishAmount(tonnes(figure.value)) : englishRange(tonnes(figure.value), tonnes(figure.valueMax));
    value = formatted.replace(bare, `${amount} tonnes`);
    source = figureWithQualifier(figure);
  }
  const label = labelOf(text, span, formatted !== bare);
  // 力争 is "strive for"; a label that already says striving ("striving to train …") does not say it twice.
  if (figure.qualifier === '力争' && label !== null && /\bstriv/iu.test(label)) value = value.replace(/^strive for /u, '');
  return { label, value, source };
}

// Words that name nothing measured: a label of only these says nothing ("and", "up", "growth of").
const EMPTY_WORDS = new Set([
  'and',
  'or',
  'up',
  'down',
  'by',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'the',
  'a',
  'an',
  'we',
  'will',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'while',
  'including',
  'each',
]);
// "…to reach", "…of", and the "to" of "raise X to 280 billion".
const LINK_TO_NUMBER = /\s*\b(?:(?:to |will )?reach(?:es|ed|ing)?|of|to)$/iu;
// What the English writes right after a number that is the figure itself: its unit, its bound, a conversion in brackets.
const FIGURE_TAIL =
  /^(?:\s*(?:%|percent\b|percentage points?\b|yuan\b|mu\b|km²|km\b|kilomet(?:er|re)s?\b|square kilomet(?:er|re)s?\b|hectares?\b|tonnes?\b|head\b|μg\/m³|US dollars?\b|th\b|st\b|nd\b|rd\b|places?\b)|\s*(?:or (?:more|less|so)|and above)\b|\s*\([^)]*\))+/iu;

const lastWords = (words: string[]): string => (words.length > 6 ? `…${words.slice(-6).join(' ')}` : words.join(' '));
const firstWords = (words: string[]): string => (words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' '));
const saysSomething = (words: string[]): boolean => words.some((word) => !EMPTY_WORDS.has(word.toLowerCase().replace(/[^a-z-]/gu, '')));

/** Offsets of the marks that end an English clause: outside brackets and quotation marks, not inside a number (10,000). */
function clauseMarks(text: string): number[] {
  const marks: number[] = [];
  let depth = 0;
  let quoted = false;
  for (const match of text.matchAll(/[()"“”]|[;:]|[,.](?!\d)|(?<!\d)[,.]/gu)) {
    const mark = match[0];
    if (mark === '(') depth++;
    else if (mark === ')') depth = Math.max(0, depth - 1);
    else if (mark === '"') quoted = !quoted;
    else if (mark === '“') quoted = true;
    else if (mark === '”') quoted = false;
    else if (depth === 0 && !quoted) marks.push(match.index);
  }
  return marks;
}

function clauseStart(text: string, end: number): number {
  return (clauseMarks(text.slice(0, end)).at(-1) ?? -1) + 1;
}

/**
 * The words of the translation's clause before the figure and after it: English puts what is
 * counted after the number ("build 110 key digital economy projects"). A bound word before the
 * figure is left out when the value says it. Where the clause says nothing but "up", the clause
 * before it is taken too ("…\"gazelle\" enterprises, up").
 */
function labelOf(text: string, span: { start: number; end: number }, valueHasBound: boolean): string | null {
  const start = clauseStart(text, span.start);
  let before = text.slice(start, span.start).trim();
  if (valueHasBound) before = before.replace(TRAILING_BOUND, '').trim();
  const tail = FIGURE_TAIL.exec(text.slice(span.end))?.[0] ?? '';
  const rest = text.slice(span.end + tail.length);
  // Up to the end of the clause or the next number ("…kindergartens and 85 primary…" stops before 85).
  // A number after "of" or "over" is a threshold of the thing counted ("20 projects of 5-10 billion yuan"): it stays.
  const stop = Math.min(
    clauseMarks(rest)[0] ?? rest.length,
    ...[rest.search(/(?<!\b(?:of|over|worth|exceeding|than) )(?<=\s)\d/u)].filter((at) => at !== -1),
  );
  const after = rest
    .slice(0, stop)
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  while (after.length > 0 && EMPTY_WORDS.has(after.at(-1)!.toLowerCase())) after.pop();
  let beforeWords = before.split(/\s+/u).filter((w) => w !== '');
  if (!saysSomething([...beforeWords, ...after]) && start > 0) {
    beforeWords = text
      .slice(clauseStart(text, start - 1), span.start)
      .trim()
      .split(/\s+/u);
    if (valueHasBound) beforeWords = beforeWords.join(' ').replace(TRAILING_BOUND, '').trim().split(/\s+/u);
  }
  // A clause joined by a conjunction ("…, and strive to train") is named without it.
  while (beforeWords.length > 0 && /^(?:and|or)$/iu.test(beforeWords[0]!)) beforeWords.shift();
  if (beforeWords.length === 0 && after.length === 0) return null;
  if (after.length === 0 || !saysSomething(after)) {
    // "…revenue of the industrial cluster to reach 280 billion": where the label ends at the number,
    // the link to it says nothing, and dropping it leaves room for what is measured.
    const named = beforeWords.join(' ').replace(LINK_TO_NUMBER, '').trim().split(/\s+/u);
    return lastWords(saysSomething(named) ? named : beforeWords);
  }
  return [lastWords(beforeWords), '…', firstWords(after)].filter((part) => part !== '').join(' ');
}
