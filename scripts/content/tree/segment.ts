import { toChineseNumeral } from '../read/chinese-numerals.ts';
import { ContentError } from '../shared/errors.ts';
import { endsSentence, isUnnumberedPartHeading, matchHeading } from '../read/headings.ts';
import type { Block, NormalizedText, Paragraph, Part, Report, Section } from '../shared/model.ts';
import { classifyParts, titleYear } from './periods.ts';
import { checkUniqueIds } from './unique-ids.ts';

/**
 * Stage 2: blocks → the document tree part › section › topic › paragraph.
 * Text that precedes the first heading continues a part (and a section) printed on an earlier
 * page: it gets the number that comes before the first heading found, marked as inferred.
 * Appendices become parts of their own (a1, a2 …) after the report's parts; each part and
 * passage learns which year it speaks of (periods.ts). No two nodes share an id.
 */
export function segment(normalized: NormalizedText, file: string): Report {
  const { blocks, jumps } = normalized;
  if (blocks.length === 0) throw new ContentError(file, 1, 'the report is empty: expected its text, with headings such as 一、… and （一）…');

  // A report whose parts are unnumbered ("2024年工作回顾") numbers its sections 一、 and what is inside them （一）.
  const unnumberedParts = blocks.some((block) => isUnnumberedPartHeading(block.text, true));
  const sectionsByNumeral = unnumberedParts && blocks.some((block) => matchHeading(block.text)?.level === 'part');
  const headings = blocks.map((block) => headingOf(block.text, unnumberedParts, sectionsByNumeral));
  const firstHeading = headings.findIndex((heading) => heading !== null);
  if (firstHeading === -1) {
    throw new ContentError(file, blocks[0]!.line, 'no headings found: expected part headings such as "二、2023年工作安排" or section headings such as "（一）…" on lines of their own');
  }

  const startJump = jumps.find((jump) => jump.direction === 'continued-from' && jump.line <= blocks[0]!.line);
  const endJump = jumps.find((jump) => jump.direction === 'continues-on' && jump.line >= blocks.at(-1)!.endLine);

  const parts: Part[] = [];
  let part: Part | null = null;
  let section: Section | null = null;
  // Numbering of sections may restart at （一） inside a part (a county report's "两项行动" then "五条赛道"): each run gets its own ids.
  let run = 1;

  const firstPartHeading = headings.find((heading) => heading?.level === 'part');
  const firstSectionHeading = headings.find((heading) => heading?.level === 'section');

  blocks.forEach((block, index) => {
    const heading = headings[index] ?? null;
    if (heading?.level === 'part') {
      const number = heading.number ?? (part ? part.number + 1 : 1);
      if (part && heading.number !== null && part.marker !== null && heading.number !== part.number + 1) {
        throw new ContentError(file, block.line, `part "${heading.marker}" follows part ${toChineseNumeral(part.number)}、: expected ${toChineseNumeral(part.number + 1)}、`);
      }
      part = newPart(number, heading, block, false);
      parts.push(part);
      section = null;
      run = 1;
      return;
    }
    if (!part) {
      // Text before any part heading. Before 一、 it is the preamble (title block, "各位代表：");
      // before a later part it continues a part that began on an earlier page.
      const number = firstPartHeading ? (firstPartHeading.number ?? 1) - 1 : 1;
      part = newPart(number, null, block, firstPartHeading !== undefined && number > 0);
      if (number === 0) part.kind = 'preamble';
      else part.continuedFromPage = startJump?.page ?? null;
      parts.push(part);
    }
    if (heading?.level === 'section') {
      const previous = [...part.sections].reverse().find((candidate) => candidate.kind === 'numbered');
      if (previous && heading.number === 1 && previous.number! >= 1) run += 1;
      else if (previous && heading.number !== previous.number! + 1) {
        throw new ContentError(file, block.line, `section "${heading.marker}" follows （${toChineseNumeral(previous.number!)}）: expected （${toChineseNumeral(previous.number! + 1)}）`);
      }
      const { title, rest } = splitInlineHeading(heading.title);
      section = newSection(part, 'numbered', heading.number, title, heading.marker, block.line, false, run);
      part.sections.push(section);
      if (rest) addParagraph(section, { ...block, text: rest });
      return;
    }
    // "各位代表！…" after something else of the part opens a passage of its own: the closing words,
    // or a turn such as the review of the five-year plan. A report may say it many times.
    if (section && part.kind !== 'preamble' && isAddress(block.text)) {
      section = newSection(part, 'closing', null, null, null, block.line, false);
      part.sections.push(section);
    } else if (!section) {
      if (part.title === null && part.sections.length === 0 && firstSectionHeading && (firstSectionHeading.number ?? 1) > 1 && index < firstHeading) {
        // Body text before the first section heading of a part that began on an earlier page.
        section = newSection(part, 'numbered', firstSectionHeading.number! - 1, null, null, block.line, true);
        section.continuedFromPage = startJump?.page ?? null;
      } else {
        section = newSection(part, 'intro', null, null, null, block.line, false);
      }
      part.sections.push(section);
    }
    addParagraph(section, block);
  });

  parts.push(...normalized.appendices.map((appendix, index) => appendixPart(appendix, index + 1)));
  markContinuations(parts, startJump?.page ?? null, endJump?.page ?? null);
  const year = normalized.year ?? latestTitleYear(parts);
  classifyParts(parts, year);
  const report: Report = { source: file, layout: normalized.layout, jumps, parts, title: normalized.title, year, chrome: normalized.chrome };
  checkUniqueIds(report, file);
  return report;
}

/** A heading of this report's scheme, or null for body text. */
interface Heading {
  level: 'part' | 'section';
  /** Null for an unnumbered part heading. */
  number: number | null;
  marker: string | null;
  title: string;
}

function headingOf(text: string, unnumberedParts: boolean, sectionsByNumeral: boolean): Heading | null {
  if (unnumberedParts && isUnnumberedPartHeading(text)) return { level: 'part', number: null, marker: null, title: text };
  const match = matchHeading(text);
  // With unnumbered parts, 一、 heads a section and （一） a paragraph inside it (keeping its marker
  // as its lead); where such a report has no 一、, its （一） are the sections.
  if (sectionsByNumeral) return match?.level === 'part' ? { ...match, level: 'section' } : null;
  if (unnumberedParts && match?.level === 'part') return null;
  return match;
}

/** An appendix: its heading ("附件1", "附：名词解释", "※注释※"), a title line if one follows, then its entries. */
function appendixPart(blocks: Block[], number: number): Part {
  const [heading, ...rest] = blocks;
  const second = rest[0];
  const titled = second !== undefined && /^附件/u.test(heading!.text) && second.text.length <= 40 && !endsSentence(second.text);
  const title = titled ? second.text : heading!.text;
  const part: Part = {
    id: `a${number}`,
    number,
    kind: 'appendix',
    year: null,
    span: null,
    title,
    marker: titled ? heading!.text : null,
    numberInferred: false,
    line: heading!.line,
    continuedFromPage: null,
    continuesOnPage: null,
    sections: [],
  };
  const section: Section = { ...newSection(part, 'appendix', null, title, null, heading!.line, false), id: `a${number}-body` };
  part.sections.push(section);
  for (const block of titled ? rest.slice(1) : rest) addParagraph(section, block);
  return part;
}

/** The latest year a part title names: the plan's year when the copy has no title or date line. */
function latestTitleYear(parts: Part[]): number | null {
  const years = parts.flatMap((part) => (part.title ? [titleYear(part.title)].filter((year): year is number => year !== null) : []));
  return years.length === 0 ? null : Math.max(...years);
}

function newPart(number: number, heading: Heading | null, block: Block, inferred: boolean): Part {
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

function newSection(part: Part, kind: Section['kind'], number: number | null, title: string | null, marker: string | null, line: number, inferred: boolean, run = 1): Section {
  // The first closing passage of a part is "pN-end" (as in the Ganzhou report), later ones "pN-end2", "pN-end3".
  const closings = part.sections.filter((section) => section.kind === 'closing').length;
  const suffix = kind === 'numbered' ? `${run > 1 ? `r${run}-` : ''}s${number}` : kind === 'intro' ? 'intro' : kind === 'closing' ? `end${closings === 0 ? '' : closings + 1}` : 'body';
  return { id: `${part.id}-${suffix}`, kind, number, title, marker, numberInferred: inferred, span: null, line, continuedFromPage: null, continuesOnPage: null, topics: [] };
}

/** "各位代表！回顾一年的工作…", "各位代表，实践中…": the report turns to the deputies. */
function isAddress(text: string): boolean {
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
    if (firstSection.title === null) firstSection.continuedFromPage = fromPage;
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

/** All paragraphs in reading order. */
export function paragraphsOf(report: Report): Paragraph[] {
  return report.parts.flatMap((part) => part.sections.flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs)));
}
