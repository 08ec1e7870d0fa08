import { endsSentence, matchHeading } from './headings.ts';
import { chromeIndexes, frameLines } from './frame.ts';
import type { Block, NormalizedText, PageJump } from '../shared/model.ts';

/**
 * Stage 1: printed text → blocks (headings and whole paragraphs).
 * Strips and records page-jump markers, sets the page's own lines and the appendices apart
 * (frame.ts), joins hard-wrapped lines and column breaks (newspaper or PDF copies), and drops
 * typesetting whitespace. Every other character is kept, in order.
 */
export function normalize(text: string): NormalizedText {
  const jumps: PageJump[] = [];
  const raw = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const lines = raw.map((line, index) => compactWhitespace(stripJumps(line, index + 1, jumps)));
  // A PDF copy opens each paragraph with a full-width indent; trimming would lose that, so note it first.
  const indented = raw.map((line, index) => lines[index] !== '' && /^(?:\u3000|[ \t\u00A0]{2,})/u.test(line));

  const frame = frameLines(lines);
  const page = chromeIndexes(frame);
  // Lines outside a range (and the page's own lines) read as blank, so line numbers stay those of the file.
  const only = ([from, to]: [number, number]): string[] => lines.map((line, i) => (i >= from && i < to && !page.has(i) ? line : ''));

  const body = only(frame.body);
  const layout = detectLayout(body, indented);
  const join = (range: string[]): Block[] => (layout === 'wrapped' ? joinWrapped(range) : layout === 'indented' ? joinIndented(range, indented) : splitClean(range));
  return {
    layout,
    blocks: join(body),
    jumps,
    title: frame.title === null ? null : lines[frame.title]!,
    year: frame.year,
    chrome: frame.chrome,
    appendices: frame.appendices.map((range) => join(only(range))),
  };
}

// "（上接1版）", "(下转3版)", "（接第2版）": the newspaper's page jumps.
const JUMP = /[（(]\s*(上接|下转|接|转)\s*第?\s*(\d+)\s*版\s*[）)]/gu;

function stripJumps(line: string, lineNumber: number, jumps: PageJump[]): string {
  return line.replace(JUMP, (marker, verb: string, page: string) => {
    jumps.push({
      marker,
      line: lineNumber,
      direction: verb.includes('上') || verb === '接' ? 'continued-from' : 'continues-on',
      page: Number(page),
    });
    return '';
  });
}

/**
 * Typesetting spaces ("564 家", "突破 1700 亿元") carry no meaning in Chinese text;
 * only a space between two Latin letters ("Hong Kong") is a real word break.
 */
export function compactWhitespace(line: string): string {
  return line
    .trim()
    .replace(/[\s\u3000\u00A0]+/gu, (space, offset: number, whole: string) =>
      /[A-Za-z]/u.test(whole[offset - 1] ?? '') && /[A-Za-z]/u.test(whole[offset + space.length] ?? '') ? ' ' : '',
    );
}

/**
 * A newspaper column wraps every ~20 characters, so most of its lines end mid-sentence.
 * A clean file has one paragraph per line, so nearly every line ends a sentence or is a heading.
 */
function detectLayout(lines: string[], indented: boolean[]): NormalizedText['layout'] {
  const nonEmpty = lines.flatMap((line, index) => (line === '' ? [] : [index]));
  const body = nonEmpty.filter((index) => matchHeading(lines[index]!) === null);
  if (body.length === 0) return 'clean';
  const open = body.filter((index) => !endsSentence(lines[index]!)).length;
  if (open / body.length <= 0.3) return 'clean';
  // Hard-wrapped either way: a PDF copy marks each paragraph's first line with an indent, so its
  // indented lines follow finished sentences (long paragraphs make them few: count where they stand).
  const opened = nonEmpty.flatMap((index, k) => (indented[index] ? [k] : []));
  const atBreaks = opened.filter((k) => {
    const previous = k === 0 ? undefined : lines[nonEmpty[k - 1]!]!;
    return previous === undefined || endsSentence(previous) || matchHeading(previous) !== null;
  });
  return opened.length >= 3 && atBreaks.length >= opened.length * 0.6 ? 'indented' : 'wrapped';
}

/**
 * One paragraph per line, as a web page gives it, except where the page's inline markup split a
 * sentence over lines: "…PM" / "2.5" / "年平均浓度…" (a subscript), "…发展的" / "主要目标" / "是：…"
 * (bold words). Such a line continues the one before it.
 */
function splitClean(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let previousLine = '';
  lines.forEach((text, index) => {
    if (text === '') {
      previousLine = '';
      return;
    }
    const last = blocks.at(-1);
    if (last && previousLine !== '' && continuesLine(previousLine, text)) {
      last.text += text;
      last.endLine = index + 1;
    } else {
      blocks.push({ text, line: index + 1, endLine: index + 1 });
    }
    previousLine = text;
  });
  return blocks;
}

function continuesLine(previous: string, line: string): boolean {
  if (endsSentence(previous) || matchHeading(previous) !== null || matchHeading(line) !== null) return false;
  return (
    (/[A-Za-z_]$/u.test(previous) && /^\d/u.test(line)) || // PM / 2.5
    /^[\d.．]+$/u.test(previous) || // 2.5 / 年平均浓度
    /^(?:[，。、；：）》”！？]|是[：:])/u.test(line) || // 主要目标 / 是：
    /的$/u.test(previous) || // 发展的 / 主要目标
    (/^——/u.test(previous) && !/会议上$/u.test(previous) && /会议上$/u.test(line)) // a date line broken in two
  );
}

/**
 * A PDF copy: hard-wrapped lines, each paragraph opened by a full-width indent (　　), often no
 * blank lines. A paragraph starts at an indented line (a heading is indented too) or, where an
 * indent was lost, at a heading after a finished sentence.
 */
function joinIndented(lines: string[], indented: boolean[]): Block[] {
  const blocks: Block[] = [];
  let previousLine = '';
  lines.forEach((text, index) => {
    if (text === '') return;
    const last = blocks.at(-1);
    // An indent the markup put mid-sentence ("…发展的" / "　　主要目标") does not open a paragraph.
    const startsBlock = !last || (indented[index] && !continuesLine(previousLine, text)) || (endsSentence(last.text) && matchHeading(text) !== null);
    previousLine = text;
    if (startsBlock) blocks.push({ text, line: index + 1, endLine: index + 1 });
    else {
      last.text += text;
      last.endLine = index + 1;
    }
  });
  return blocks;
}

/**
 * Wrapped text: a block ends at a blank line that follows the end of a sentence, or at a heading.
 * A blank line after an unfinished sentence ("市肿瘤" / blank / "医院门诊…") is a column break: keep joining.
 */
function joinWrapped(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let lastText = '';
  let sawBlank = true;

  const close = (): void => {
    if (current) blocks.push(current);
    current = null;
  };

  lines.forEach((text, index) => {
    const line = index + 1;
    if (text === '') {
      if (current && endsSentence(current.text)) close();
      sawBlank = true;
      return;
    }
    const startsBlock = sawBlank || endsSentence(lastText) || lastText === '';
    if (startsBlock && matchHeading(text)) {
      close();
      // A heading stands on its own line: the body starts on the next one.
      blocks.push({ text, line, endLine: line });
    } else if (current) {
      current.text += text;
      current.endLine = line;
    } else {
      current = { text, line, endLine: line };
    }
    lastText = text;
    sawBlank = false;
  });
  close();
  return blocks;
}
