/**
 * The document model every later stage and the site read.
 * Ids are derived from structure alone (part number, section number, paragraph ordinal),
 * so the same paragraph has the same id in every language: anchors and translation keys.
 */

/** Where a text came from, for error messages and provenance. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A "（上接1版）" / "（下转3版）" marker that the printed page carried. */
export interface PageJump {
  marker: string;
  line: number;
  direction: 'continued-from' | 'continues-on';
  page: number;
}

/** One logical line after normalization: a heading or a whole paragraph. */
export interface Block {
  text: string;
  /** First and last source line (1-based) the block was joined from. */
  line: number;
  endLine: number;
}

/** A line of the copy that is not the report's: the web page's own (下载, 来源：…, 相关报道：). */
export interface ChromeLine {
  text: string;
  line: number;
  /** Before the title, inside the title block, or after the last words. */
  where: 'before' | 'inside' | 'after';
}

export interface NormalizedText {
  /** 'wrapped': newspaper lines joined; 'indented': a PDF copy's lines joined at its 　　 indents; 'clean': one paragraph per line. */
  layout: 'wrapped' | 'indented' | 'clean';
  /** The report body: title block, salutation, parts, closing words. */
  blocks: Block[];
  jumps: PageJump[];
  /** The report's title line as printed, or null when the copy has none. */
  title: string | null;
  /** The year the report is given in, from its title or date line. */
  year: number | null;
  chrome: ChromeLine[];
  /** The blocks of each appendix (附件, 名词解释 …), its heading first. */
  appendices: Block[][];
}

/**
 * 'preamble': the title block and salutation before 一、.
 * 'appendix': what follows the closing words (附件, 名词解释, a list of 十件民生实事): reference, not body.
 */
export type PartKind = 'preamble' | 'review' | 'plan' | 'other' | 'appendix';

/** The years a five-year-plan part speaks of (十四五: 2021–2025, 十五五: 2026–2030). */
export interface YearSpan {
  from: number;
  to: number;
}

/** What a figure is in the report's argument: a result achieved, or a target set. */
export type FigureRole = 'result' | 'target';

export interface Paragraph {
  /** e.g. "p2-s1-3": part 2, section 1, third paragraph. */
  id: string;
  text: string;
  /** The bold lead sentence that opens a topic ("厚植产业集群优势。"), part of `text`. */
  lead: string | null;
  line: number;
  /** Set when the paragraph begins on an earlier printed page. */
  continuedFromPage: number | null;
  /** Set when the paragraph goes on on a later printed page. */
  continuesOnPage: number | null;
}

/** A run of paragraphs under one lead sentence; paragraphs without a lead form a topic of their own. */
export interface Topic {
  id: string;
  lead: string | null;
  paragraphs: Paragraph[];
}

/** 'closing': a passage opened by "各位代表！" after other text of its part (the closing words, or a turn such as the five-year review); 'appendix': the text of an appendix. */
export type SectionKind = 'numbered' | 'intro' | 'closing' | 'appendix';

export interface Section {
  /** "p2-s1" for （一） of part 2; "p2-intro" before the first numbered section; "p1-end" for the closing. */
  id: string;
  kind: SectionKind;
  number: number | null;
  /** The heading as printed, without its "（一）"; null when the heading is not in this text. */
  title: string | null;
  /** The heading's marker as printed ("（一）"), or null. */
  marker: string | null;
  /** True when the number was inferred (the heading was printed on an earlier page). */
  numberInferred: boolean;
  /** Set when a passage speaks of a five-year plan rather than its part's year (the 十四五 review inside the review of 2025). */
  span: YearSpan | null;
  line: number;
  continuedFromPage: number | null;
  continuesOnPage: number | null;
  topics: Topic[];
}

export interface Part {
  id: string;
  number: number;
  kind: PartKind;
  /** Year the part is about: 2022 for the review of 2022, 2023 for the plan for 2023; null for a five-year part. */
  year: number | null;
  /** Set instead of `year` when the part speaks of a five-year plan (十四五, 十五五) or the past five years. */
  span: YearSpan | null;
  title: string | null;
  marker: string | null;
  numberInferred: boolean;
  line: number;
  continuedFromPage: number | null;
  continuesOnPage: number | null;
  sections: Section[];
}

export interface Report {
  source: string;
  layout: NormalizedText['layout'];
  jumps: PageJump[];
  parts: Part[];
  /** The title line as printed ("2026年湖南省政府工作报告"), or null. */
  title: string | null;
  /** The year the report is given in, which its plan is for (from its title, date line or part titles). */
  year: number | null;
  /** The web page's own lines, set apart: never paragraphs. */
  chrome: ChromeLine[];
}

export type FigureKind = 'quantity' | 'percentage' | 'percentage-points' | 'rank';

export interface Figure {
  /** e.g. "p2-s1-1-f3": the third figure of paragraph p2-s1-1. */
  id: string;
  paragraph: string;
  /** The year the figure belongs to (review: achievement; plan: target); null in a five-year part, an appendix or the preamble. */
  period: number | null;
  /** 'result' in a review, 'target' in a plan; null where the report neither reports nor promises (appendix, preamble). */
  role: FigureRole | null;
  /** The years of a five-year-plan part (十四五 2021–2025, 十五五 2026–2030), else null. */
  span: YearSpan | null;
  /** The number and unit exactly as written, qualifier excluded ("2800亿元"). */
  text: string;
  kind: FigureKind;
  /** Canonical value in base units: 1700亿元 → 170000000000 (unit 元). Lower bound for a range. */
  value: number;
  /** Upper bound for a range ("2-3家"), otherwise null. */
  valueMax: number | null;
  /** Base unit of `value` ("元", "亩", "%", "个百分点", "位"). */
  unit: string;
  /** Unit as written, with its multiplier ("亿元", "万亩"). */
  unitAsWritten: string;
  /** 左右, 以上, 以内, 突破, 超, 达 …, or 力争 (strive to) when that is the only one; null when none. */
  qualifier: string | null;
  /** Every qualifier of the figure in reading order: 力争 (strive to) first, then the bound ("力争突破1000亿元" → 力争, 突破). */
  qualifiers: string[];
  /** The clause that leads up to the figure: a hint of what it measures. */
  context: string;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
}

export interface PlaceMention {
  place: string;
  paragraph: string;
  text: string;
  start: number;
  end: number;
}

/** How a clause reaches a place: by its name, by an abbreviation inside a project name, or by a scope word. */
export type PlaceVia = 'name' | 'abbreviation' | 'scope';

export interface CommitmentPlace {
  place: string;
  via: PlaceVia;
  /** The words of the clause that reach the place (于都, 寻全高速, 每个县（市、区）). */
  text: string;
  /** For a place reached by scope, the scope's id in content/places.yaml (every-county, central-city…). */
  scope: string | null;
}

/**
 * One clause of the plan (a target for 2023) or of the review (a result of 2022): who does what,
 * where, by when and how much, with the text exactly as printed.
 */
export interface Commitment {
  /** e.g. "p2-s5-1-c7": the seventh clause of paragraph p2-s5-1. */
  id: string;
  paragraph: string;
  /** Ordinal of the sentence (ended by 。；！) in the paragraph, from 1. */
  sentence: number;
  text: string;
  /** Offsets of `text` in the paragraph. */
  start: number;
  end: number;
  /** The topic's lead sentence ("厚植产业集群优势"): a heading more than a commitment. */
  lead: boolean;
  role: 'target' | 'result';
  year: number | null;
  stage: 'preparation' | 'complete' | 'start' | 'continue' | 'strive' | 'ensure' | null;
  stageAsWritten: string | null;
  /** True for a reform (改革), by the rule of reforms.ts. */
  reform: boolean;
  figures: string[];
  places: CommitmentPlace[];
  clusters: string[];
  zones: string[];
  projects: string[];
  /** What each figure measures and for whom (see measures.ts). */
  measures: Array<{ figure: string; measure: string; subject: { kind: 'place' | 'cluster'; id: string } | null }>;
  /** The span of the paragraph's English that renders this clause, or null where none is curated yet. */
  en: string | null;
  /**
   * What a card of the clause, read alone, is about, where its sentence said it earlier (this
   * site's own words, shown in brackets): "现代家居产业" / "Modern home furnishing industry".
   */
  context_zh: string | null;
  context_en: string | null;
}
