import type { Paragraph } from '../shared/model.ts';

/**
 * Stage "clauses": a paragraph cut into the units a reader asks about, one who-does-what each.
 *
 * The rule, applied left to right outside brackets, quotation marks and book-title marks:
 * - 。；！ end a sentence and a clause;
 * - ， ends a clause, because the report lists coordinated actions with it
 *   ("开工…等312个项目，续建…等130个项目，竣工投产…等208个项目"),
 * - except when what follows only goes on about what precedes it: it opens with a word that has
 *   no subject of its own (增长37%, 占…82.6%, 前移4位, 其中…, 分别…); then it stays in the clause,
 *   so that "冬播油菜42万亩，增长37%" is one clause and its 37% keeps its subject.
 * 、 never splits: it joins items of one action ("建成瑞金机场、信雄高速、五云码头").
 * A clause's text is exactly as printed; between two clauses stands only the mark that ended the
 * first, so the clauses and their marks give back the paragraph character for character.
 */

export interface ClauseSpan {
  /** Ordinal in the paragraph, from 1. */
  index: number;
  /** Ordinal of the sentence (。；！) the clause belongs to, from 1. */
  sentence: number;
  text: string;
  start: number;
  end: number;
  /** True for the bold lead sentence that opens a topic ("厚植产业集群优势"). */
  lead: boolean;
}

export const SENTENCE_MARKS = ['。', '；', '！'];
export const CLAUSE_MARK = '，';

/** Openings that continue the previous clause's subject instead of starting an action. */
export const CONTINUATIONS = ['增长', '下降', '增加', '减少', '前移', '前进', '占', '其中', '分别', '均居', '均', '同比', '较上年'];

/** Change words continue the clause only with an amount (，增加1.2万人); without one they start an action (，增加低收入者收入). */
const CHANGE_WORDS = ['增长', '下降', '增加', '减少'];
const AMOUNT = /^[\d０-９.一二三四五六七八九十百千万两半]/u;

function continuesClause(text: string, at: number): boolean {
  const word = CONTINUATIONS.find((candidate) => text.startsWith(candidate, at));
  if (word === undefined) return false;
  return !CHANGE_WORDS.includes(word) || AMOUNT.test(text.slice(at + word.length));
}

const OPENERS = new Set(['（', '(', '“', '《', '‘', '【']);
const CLOSERS = new Set(['）', ')', '”', '》', '’', '】']);

export function splitClauses(paragraph: Paragraph): ClauseSpan[] {
  const { text } = paragraph;
  const cuts: Array<{ at: number; sentenceEnd: boolean }> = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENERS.has(char)) depth++;
    else if (CLOSERS.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_MARKS.includes(char)) cuts.push({ at: i, sentenceEnd: true });
    else if (depth === 0 && char === CLAUSE_MARK && !continuesClause(text, i + 1)) cuts.push({ at: i, sentenceEnd: false });
  }
  const spans: ClauseSpan[] = [];
  let start = 0;
  let sentence = 1;
  const push = (end: number, sentenceEnd: boolean) => {
    if (end > start) {
      spans.push({ index: spans.length + 1, sentence, text: text.slice(start, end), start, end, lead: paragraph.lead !== null && start === 0 && end === paragraph.lead.length - 1 });
    }
    if (sentenceEnd) sentence++;
  };
  for (const cut of cuts) {
    push(cut.at, cut.sentenceEnd);
    start = cut.at + 1;
  }
  push(text.length, true);
  return spans;
}
