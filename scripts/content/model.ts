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

export interface NormalizedText {
  /** 'wrapped': newspaper lines joined; 'clean': one paragraph per line. */
  layout: 'wrapped' | 'clean';
  blocks: Block[];
  jumps: PageJump[];
}

/** 'preamble': the title block and salutation before 一、. */
export type PartKind = 'preamble' | 'review' | 'plan' | 'other';

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

export type SectionKind = 'numbered' | 'intro' | 'closing';

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
  line: number;
  continuedFromPage: number | null;
  continuesOnPage: number | null;
  topics: Topic[];
}

export interface Part {
  id: string;
  number: number;
  kind: PartKind;
  /** Year the part is about: 2022 for the review of 2022, 2023 for the plan for 2023. */
  year: number | null;
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
}

export type FigureKind = 'quantity' | 'percentage' | 'percentage-points' | 'rank';

export interface Figure {
  /** e.g. "p2-s1-1-f3": the third figure of paragraph p2-s1-1. */
  id: string;
  paragraph: string;
  /** The report year the figure belongs to (review: achievement; plan: target). */
  period: number | null;
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
  /** 左右, 以上, 以内, 突破, 超, 达 … or null. */
  qualifier: string | null;
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
  figures: string[];
  places: CommitmentPlace[];
  clusters: string[];
  zones: string[];
  projects: string[];
  /** What each figure measures and for whom (see measures.ts). */
  measures: Array<{ figure: string; measure: string; subject: { kind: 'place' | 'cluster'; id: string } | null }>;
  /** The span of the paragraph's English that renders this clause, or null where none is curated yet. */
  en: string | null;
}
