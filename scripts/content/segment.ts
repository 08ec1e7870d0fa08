import { toChineseNumeral } from './chinese-numerals.ts';
import { ContentError } from './errors.ts';
import { matchHeading, type HeadingMatch } from './headings.ts';
import type { Block, NormalizedText, Paragraph, Part, Report, Section } from './model.ts';

/**
 * Stage 2: blocks → the document tree part › section › topic › paragraph.
 * Text that precedes the first heading continues a part (and a section) printed on an earlier
 * page: it gets the number that comes before the first heading found, marked as inferred.
 */
export function segment(normalized: NormalizedText, file: string): Report {
  const { blocks, jumps } = normalized;
  if (blocks.length === 0) throw new ContentError(file, 1, 'the report is empty: expected its text, with headings such as 一、… and （一）…');

  const headings = blocks.map((block) => matchHeading(block.text));
  const firstHeading = headings.findIndex((heading) => heading !== null);
  if (firstHeading === -1) {
    throw new ContentError(file, blocks[0]!.line, 'no headings found: expected part headings such as "二、2023年工作安排" or section headings such as "（一）…" on lines of their own');
  }

  const startJump = jumps.find((jump) => jump.direction === 'continued-from' && jump.line <= blocks[0]!.line);
  const endJump = jumps.find((jump) => jump.direction === 'continues-on' && jump.line >= blocks.at(-1)!.endLine);

  const parts: Part[] = [];
  let part: Part | null = null;
  let section: Section | null = null;

  const firstPartHeading = headings.find((heading) => heading?.level === 'part');
  const firstSectionHeading = headings.find((heading) => heading?.level === 'section');

  blocks.forEach((block, index) => {
    const heading = headings[index] ?? null;
    if (heading?.level === 'part') {
      if (part && heading.number !== part.number + 1) {
        throw new ContentError(file, block.line, `part "${heading.marker}" follows part ${toChineseNumeral(part.number)}、: expected ${toChineseNumeral(part.number + 1)}、`);
      }
      part = newPart(heading.number, heading, block, false);
      parts.push(part);
      section = null;
      return;
    }
    if (!part) {
      // Text before any part heading. Before 一、 it is the preamble (title block, "各位代表：");
      // before a later part it continues a part that began on an earlier page.
      const number = firstPartHeading ? firstPartHeading.number - 1 : 1;
      part = newPart(number, null, block, firstPartHeading !== undefined && number > 0);
      if (number === 0) part.kind = 'preamble';
      else part.continuedFromPage = startJump?.page ?? null;
      parts.push(part);
    }
    if (heading?.level === 'section') {
      const previous = [...part.sections].reverse().find((candidate) => candidate.kind === 'numbered');
      if (previous && heading.number !== previous.number! + 1) {
        throw new ContentError(file, block.line, `section "${heading.marker}" follows （${toChineseNumeral(previous.number!)}）: expected （${toChineseNumeral(previous.number! + 1)}）`);
      }
      const { title, rest } = splitInlineHeading(heading.title);
      section = newSection(part, 'numbered', heading.number, title, heading.marker, block.line, false);
      part.sections.push(section);
      if (rest) addParagraph(section, { ...block, text: rest });
      return;
    }
    if (!section || (section.kind === 'numbered' && isClosing(block.text))) {
      if (section && isClosing(block.text)) {
        section = newSection(part, 'closing', null, null, null, block.line, false);
      } else if (part.title === null && part.sections.length === 0 && firstSectionHeading && firstSectionHeading.number > 1 && index < firstHeading) {
        // Body text before the first section heading of a part that began on an earlier page.
        section = newSection(part, 'numbered', firstSectionHeading.number - 1, null, null, block.line, true);
        section.continuedFromPage = startJump?.page ?? null;
      } else {
        section = newSection(part, 'intro', null, null, null, block.line, false);
      }
      part.sections.push(section);
    }
    addParagraph(section, block);
  });

  markContinuations(parts, startJump?.page ?? null, endJump?.page ?? null);
  classifyParts(parts);
  return { source: file, layout: normalized.layout, jumps, parts };
}

function newPart(number: number, heading: HeadingMatch | null, block: Block, inferred: boolean): Part {
  return {
    id: `p${number}`,
    number,
    kind: 'other',
    year: null,
    span: null,
    title: heading?.title ?? null,
    marker: heading?.marker ?? null,
    numberInferred: inferred,
    line: block.line,
    continuedFromPage: null,
    continuesOnPage: null,
    sections: [],
  };
}

function newSection(part: Part, kind: Section['kind'], number: number | null, title: string | null, marker: string | null, line: number, inferred: boolean): Section {
  const suffix = kind === 'numbered' ? `s${number}` : kind === 'intro' ? 'intro' : 'end';
  return { id: `${part.id}-${suffix}`, kind, number, title, marker, numberInferred: inferred, line, continuedFromPage: null, continuesOnPage: null, topics: [] };
}

/** "各位代表！回顾一年的工作…" opens the closing words of a part. */
function isClosing(text: string): boolean {
  return /^各位代表[！!，,]/u.test(text);
}

/** Some reports run the section's first paragraph on the heading line: "（一）着力稳住经济大盘。全年…". */
function splitInlineHeading(title: string): { title: string; rest: string } {
  const end = title.search(/[。！？]/u);
  if (end === -1 || end === title.length - 1) return { title, rest: '' };
  return { title: title.slice(0, end + 1), rest: title.slice(end + 1) };
}

/**
 * A topic opens with a short bold lead sentence ("厚植产业集群优势。") or an ordinal ("一是…").
 * Anything longer, or with a comma inside, is ordinary body text.
 */
export function findLead(text: string): string | null {
  const ordinal = /^[一二三四五六七八九十]+是[^，。；：]{1,30}[，。；：]/u.exec(text);
  if (ordinal) return ordinal[0];
  const sentence = /^[^，、；：。！？“”（）]{2,20}。/u.exec(text);
  if (sentence && sentence[0].length < text.length) return sentence[0];
  return null;
}

function addParagraph(section: Section, block: Block): void {
  const index = section.topics.reduce((count, topic) => count + topic.paragraphs.length, 0) + 1;
  const lead = findLead(block.text);
  const paragraph: Paragraph = {
    id: `${section.id}-${index}`,
    text: block.text,
    lead,
    line: block.line,
    continuedFromPage: null,
    continuesOnPage: null,
  };
  // A lead sentence opens a topic; a paragraph without one belongs to the topic before it.
  const lastTopic = section.topics.at(-1);
  if (lead === null && lastTopic) lastTopic.paragraphs.push(paragraph);
  else section.topics.push({ id: `${section.id}-t${section.topics.length + 1}`, lead, paragraphs: [paragraph] });
}

/** The first paragraph may begin on an earlier page, the last may go on on a later one. */
function markContinuations(parts: Part[], fromPage: number | null, toPage: number | null): void {
  const first = parts[0];
  const firstSection = first?.sections[0];
  const firstParagraph = firstSection?.topics[0]?.paragraphs[0];
  if (fromPage !== null && firstParagraph && first!.title === null) {
    first!.continuedFromPage = fromPage;
    if (firstSection!.title === null) firstSection!.continuedFromPage = fromPage;
    firstParagraph.continuedFromPage = fromPage;
  }
  const last = parts.at(-1);
  const lastSection = last?.sections.at(-1);
  const lastParagraph = lastSection?.topics.at(-1)?.paragraphs.at(-1);
  if (toPage !== null && lastParagraph) {
    last!.continuesOnPage = toPage;
    lastSection!.continuesOnPage = toPage;
    lastParagraph.continuesOnPage = toPage;
  }
}

/**
 * "二、2023年工作安排" is the plan for 2023; "一、2022年工作回顾" the review of 2022.
 * A part without a title before a plan is that plan's review of the year before.
 */
function classifyParts(parts: Part[]): void {
  for (const part of parts) {
    if (part.kind === 'preamble') continue;
    const title = part.title ?? '';
    const year = /((?:19|20)\d\d)年/u.exec(title);
    part.year = year ? Number(year[1]) : null;
    part.kind = /回顾|过去|成绩/u.test(title) ? 'review' : /安排|任务|目标|打算/u.test(title) ? 'plan' : 'other';
  }
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    if (part.title === null && part.kind !== 'preamble' && next?.kind === 'plan') {
      part.kind = 'review';
      part.year = next.year === null ? null : next.year - 1;
    }
    const previous = parts[index - 1];
    if (part.kind === 'plan' && part.year === null && previous?.kind === 'review' && previous.year !== null) part.year = previous.year + 1;
    if (part.kind === 'review' && part.year === null && next?.kind === 'plan' && next.year !== null) part.year = next.year - 1;
  });
}

/** All paragraphs in reading order. */
export function paragraphsOf(report: Report): Paragraph[] {
  return report.parts.flatMap((part) => part.sections.flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs)));
}
