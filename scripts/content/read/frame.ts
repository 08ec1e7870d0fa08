/**
 * Stage 1a: where the report is in what was copied. A report copied from a web page carries
 * the page's own lines (下载 / 打印 / 【字号】 before the title, 来源 / 时间 / a photo caption
 * inside the title block, 相关报道 / 责任编辑 / 免责声明 / tag lists after the last words), and
 * may end with appendices (附件, 名词解释, 注释). This stage finds those lines, so that the page's
 * lines are recorded apart and never become paragraphs, and the appendices become parts of their own.
 * It works on trimmed lines, before any joining, because page lines would confuse the layout check.
 */
import { endsSentence, isUnnumberedPartHeading, matchHeading } from './headings.ts';
import type { ChromeLine } from '../shared/model.ts';

export interface Frame {
  /** Index (0-based) of the report's title line, or null when the copy has none. */
  title: number | null;
  /** The year the report is given in (the plan year): from its title or its date line. */
  year: number | null;
  /** The page's lines, by where they stand. */
  chrome: ChromeLine[];
  /** [from, to) of the report body (title block, salutation, parts, closing words). */
  body: [number, number];
  /** [from, to) of each appendix, in order; `to` of the last is the start of the page's footer. */
  appendices: Array<[number, number]>;
}

// "2026年湖南省政府工作报告", "政府工作报告", "政 府 工 作 报 告" (spaces already dropped).
const TITLE = /^.{0,20}政府工作报告$/u;
const OPENING = /^各位代表[：:]$/u;
// Page lines inside the title block: the page's source, date, author and photo captions.
const PAGE_LINE = /^(?:来源|时间|作者|发布时间|发布日期|日期|编辑|责任编辑|阅读|评论|浏览次数|字号)[：:]|记者.{0,12}摄$|摄影/u;
// Where a page's footer begins: after this, nothing is the report's.
const FOOTER = /^(?:相关报道|相关文章|相关阅读|相关新闻|相关链接|免责声明|[（(【]?责任编辑|分享到|上一篇|下一篇|【?打印(?:本页)?】?$|【?关闭(?:窗口)?】?$|扫一扫|网站地图)/u;
// "附件", "附件1", "附：名词解释", "※注释※", "名词解释": the start of an appendix, on a line of its own.
const APPENDIX = /^(?:附件\s*[0-9０-９一二三四五六七八九十]*[：:]?|附[：:].{0,20}|※?注释※?|名词解释|名词注释)$/u;
const DATE_LINE = /((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/u;

/** Finds the title, the page's lines and the appendices among the trimmed lines of a copy. */
export function frameLines(lines: string[]): Frame {
  const chrome: ChromeLine[] = [];
  const opening = lines.findIndex((line, index) => index < 60 && OPENING.test(line));
  // The title is the last title-like line before the salutation (a page also prints its own
  // title, "易县2025年政府工作报告", higher up); without a salutation, the first in the first lines.
  let title: number | null = null;
  if (opening !== -1) {
    for (let i = opening - 1; i >= Math.max(0, opening - 8); i--) {
      if (TITLE.test(lines[i]!)) {
        title = i;
        break;
      }
    }
  } else {
    const found = lines.findIndex((line, index) => index < 15 && TITLE.test(line));
    title = found === -1 ? null : found;
  }
  const bodyStart = title ?? 0;
  lines.slice(0, bodyStart).forEach((text, i) => {
    if (text !== '') chrome.push({ text, line: i + 1, where: 'before' });
  });
  const titleBlockEnd = opening === -1 ? (title === null ? 0 : title + 1) : opening;
  for (let i = bodyStart; i < titleBlockEnd; i++) {
    if (PAGE_LINE.test(lines[i]!)) chrome.push({ text: lines[i]!, line: i + 1, where: 'inside' });
  }

  const searchFrom = opening === -1 ? bodyStart : opening + 1;
  let footer = lines.findIndex((line, index) => index >= searchFrom && FOOTER.test(line));
  if (footer === -1) footer = lines.length;
  lines.slice(footer).forEach((text, i) => {
    if (text !== '') chrome.push({ text, line: footer + i + 1, where: 'after' });
  });

  const starts: number[] = [];
  for (let i = searchFrom; i < footer; i++) if (APPENDIX.test(lines[i]!) && !(starts.length > 0 && isSubtitleOf(lines, starts.at(-1)!, i))) starts.push(i);
  const unmarked = restartedNumbering(lines, searchFrom, starts[0] ?? footer);
  if (unmarked !== null) starts.unshift(unmarked);
  const appendices = starts.map((start, k): [number, number] => [start, starts[k + 1] ?? footer]);

  const titleYear = title === null ? null : /((?:19|20)\d\d)年/u.exec(lines[title]!)?.[1];
  const dateYear = lines.slice(bodyStart, Math.max(titleBlockEnd, bodyStart + 1) + 2).map((line) => DATE_LINE.exec(line)?.[1]).find(Boolean);
  const year = titleYear ?? dateYear;
  return {
    title,
    year: year === undefined ? null : Number(year),
    chrome: chrome.sort((a, b) => a.line - b.line),
    body: [bodyStart, starts[0] ?? footer],
    appendices,
  };
}

/**
 * A list numbered 一、 again after the report's parts ("2026年十件民生实事" then 一、…十、), with no
 * 附件 line: an appendix all the same, starting at its title line if it has one.
 */
function restartedNumbering(lines: string[], from: number, to: number): number | null {
  let highest = 0;
  for (let i = from; i < to; i++) {
    // A report with unnumbered parts ("2024年工作回顾") numbers its sections 一、 afresh in each.
    if (isUnnumberedPartHeading(lines[i]!)) highest = 0;
    const heading = matchHeading(lines[i]!);
    if (heading?.level !== 'part') continue;
    if (heading.number === 1 && highest >= 2) {
      const title = lines[i - 1] ?? '';
      return title !== '' && title.length <= 40 && !endsSentence(title) && matchHeading(title) === null ? i - 1 : i;
    }
    highest = Math.max(highest, heading.number);
  }
  return null;
}

/** "附件2" then "名词解释": the second line names the first, it does not open another appendix. */
function isSubtitleOf(lines: string[], start: number, index: number): boolean {
  return index === start + 1 && /^附件\s*[0-9０-９一二三四五六七八九十]*[：:]?$/u.test(lines[start]!);
}

/** Whether a line (by 0-based index) is one of the page's lines. */
export function chromeIndexes(frame: Frame): Set<number> {
  return new Set(frame.chrome.map((line) => line.line - 1));
}
