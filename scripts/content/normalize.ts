import { endsSentence, matchHeading } from './headings.ts';
import type { Block, NormalizedText, PageJump } from './model.ts';

/**
 * Stage 1: printed text → blocks (headings and whole paragraphs).
 * Strips and records page-jump markers, joins hard-wrapped lines and column breaks,
 * and drops typesetting whitespace. Every other character is kept, in order.
 */
export function normalize(text: string): NormalizedText {
  const jumps: PageJump[] = [];
  const lines = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, index) => compactWhitespace(stripJumps(raw, index + 1, jumps)));

  const layout = detectLayout(lines);
  const blocks = layout === 'wrapped' ? joinWrapped(lines) : splitClean(lines);
  return { layout, blocks, jumps };
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
function detectLayout(lines: string[]): NormalizedText['layout'] {
  const body = lines.filter((line) => line !== '' && matchHeading(line) === null);
  if (body.length === 0) return 'clean';
  const open = body.filter((line) => !endsSentence(line)).length;
  return open / body.length > 0.3 ? 'wrapped' : 'clean';
}

function splitClean(lines: string[]): Block[] {
  return lines.flatMap((text, index) => (text === '' ? [] : [{ text, line: index + 1, endLine: index + 1 }]));
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
