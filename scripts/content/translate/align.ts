import { englishNumbers, type EnglishNumber } from './english-numbers.ts';
import { chineseBound, chineseUnit, englishBound, englishUnit, type Bound } from './figure-words.ts';
import { ContentError } from '../shared/errors.ts';
import { groupBy } from '../shared/group-by.ts';
import { textHash } from '../shared/hash.ts';
import type { Figure, Report } from '../shared/model.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { alignSentences, chineseSentences, type Span } from './sentence-alignment.ts';
import type { TranslationEntry } from './translations.ts';

/** The English of one paragraph or title, checked against the Chinese. */
export interface AlignedText {
  id: string;
  status: 'current' | 'missing';
  lead: string | null;
  en: string | null;
  /** Where each Chinese figure stands in the English (offsets in lead + " " + en). */
  figures: Array<{ figure: string; start: number; end: number }>;
}

/** Values under which a Chinese figure may appear in English: its own, or converted (斤 → tonnes). */
function acceptedValues(figure: Figure): number[] {
  const values = [figure.value];
  if (figure.unit === '斤') values.push(Number((figure.value * 0.0005).toPrecision(12)));
  return values;
}

function matches(figure: Figure, number: EnglishNumber): boolean {
  const accepted = acceptedValues(figure);
  if (figure.valueMax === null) return number.valueMax === null && accepted.includes(number.value);
  const scale = number.value / figure.value;
  return number.valueMax !== null && accepted.includes(number.value) && Math.abs(number.valueMax - figure.valueMax * scale) < 1e-9 * figure.valueMax;
}

/** Why a figure of the Chinese is not faithfully in the English. */
export interface FigureProblem {
  figure: Figure;
  problem: 'missing' | 'elsewhere' | 'order' | 'qualifier' | 'unit';
  /** What the English says instead, for the message. */
  detail: string;
}

const BOUND_WORDS: Record<Bound, string> = { min: 'at least / over', max: 'at most / within', about: 'about' };

/** The English number(s) standing for a figure: one number, or a range written as two. */
interface Location {
  indexes: number[];
  start: number;
  end: number;
}

/**
 * How well an English number of the right value renders a figure: the unit written at it agrees
 * (3% is the "3" of "around 3%", not the "three" of "three zones"), then the bound does
 * ("at least one", not a bare "one" before it). Higher is better.
 */
function fit(figure: Figure, english: string, number: EnglishNumber): number {
  const unit = chineseUnit(figure);
  const unitHere = englishUnit(english, number.start, number.end);
  const unitScore = unit === null ? (unitHere === null ? 2 : 1) : unitHere === unit ? 2 : unitHere === null ? 0 : -1;
  const bound = chineseBound(figure);
  const boundHere = englishBound(english, number.start, number.end);
  return unitScore * 2 + (boundHere === bound ? 1 : 0);
}

function find(figure: Figure, numbers: EnglishNumber[], used: Set<number>, within: Span, english: string): Location | null {
  const inside = (i: number): boolean => !used.has(i) && numbers[i]!.start >= within.start && numbers[i]!.end <= within.end;
  let index = -1;
  numbers.forEach((number, i) => {
    if (inside(i) && matches(figure, number) && (index === -1 || fit(figure, english, number) > fit(figure, english, numbers[index]!))) index = i;
  });
  if (index !== -1) return { indexes: [index], start: numbers[index]!.start, end: numbers[index]!.end };
  if (figure.valueMax !== null) {
    const low = numbers.findIndex((n, i) => inside(i) && n.valueMax === null && acceptedValues(figure).includes(n.value));
    const high = numbers.findIndex((n, i) => inside(i) && i > low && n.valueMax === null && n.value === figure.valueMax);
    if (low !== -1 && high !== -1) return { indexes: [low, high], start: numbers[low]!.start, end: numbers[high]!.end };
  }
  return null;
}

/**
 * Finds each Chinese figure in the English and checks it is faithful there: in the English of
 * its own sentence (sentence-alignment.ts), after the figures of earlier sentences, with the
 * same unit (yuan is not US dollars) and a qualifier bounding it the same way ("over" is not
 * "less than"). Each English number is used once. A range may also be written as two numbers
 * ("5 billion to 10 billion yuan").
 */
export function locateFigures(figures: Figure[], english: string, chinese: string): { found: AlignedText['figures']; missing: Figure[]; problems: FigureProblem[] } {
  const numbers = englishNumbers(english);
  const groups = alignSentences(chinese, english);
  const zhSentences = chineseSentences(chinese);
  const used = new Set<number>();
  const found: AlignedText['figures'] = [];
  const problems: FigureProblem[] = [];
  // The furthest English position reached by the figures of each earlier Chinese sentence of a group.
  let previous: { group: number; sentence: number; end: number } | null = null;
  for (const figure of figures) {
    const groupIndex = groups.findIndex((g) => figure.start >= g.zh.start && figure.start < g.zh.end);
    const group = groups[groupIndex] ?? { zh: { start: 0, end: chinese.length }, en: { start: 0, end: english.length } };
    const location = find(figure, numbers, used, group.en, english);
    if (location === null) {
      const anywhere = find(figure, numbers, used, { start: 0, end: english.length }, english);
      problems.push(anywhere === null
        ? { figure, problem: 'missing', detail: 'not in the English' }
        : { figure, problem: 'elsewhere', detail: `in the English "…${excerpt(english, anywhere)}…", not in the sentence that translates its own: "${english.slice(group.en.start, group.en.end).trim().slice(0, 80)}…"` });
      continue;
    }
    for (const index of location.indexes) used.add(index);
    const sentence = zhSentences.findIndex((s) => figure.start >= s.start && figure.start < s.end);
    if (previous && previous.group === groupIndex && previous.sentence < sentence && location.start < previous.end) {
      problems.push({ figure, problem: 'order', detail: `"${excerpt(english, location)}" comes before the figures of the Chinese sentence before it: figures swapped between sentences?` });
      continue;
    }
    if (!previous || previous.group !== groupIndex || previous.sentence !== sentence) previous = { group: groupIndex, sentence, end: location.end };
    else previous.end = Math.max(previous.end, location.end);

    const unit = chineseUnit(figure);
    const englishUnitHere = englishUnit(english, location.start, location.end);
    if (unit !== null && englishUnitHere !== null && unit !== englishUnitHere && !(unit === 'tonne' && figure.unit === '斤')) {
      problems.push({ figure, problem: 'unit', detail: `the English gives it in ${englishUnitHere}: "${excerpt(english, location)}"` });
      continue;
    }
    const bound = chineseBound(figure);
    const englishBoundHere = englishBound(english, location.start, location.end);
    if (englishBoundHere !== null && englishBoundHere !== bound && (englishBoundHere !== 'about' || bound !== null)) {
      problems.push({ figure, problem: 'qualifier', detail: `the English says ${BOUND_WORDS[englishBoundHere]}${bound ? `, the Chinese ${BOUND_WORDS[bound]}` : ', the Chinese has no such qualifier'}: "${excerpt(english, location)}"` });
      continue;
    }
    found.push({ figure: figure.id, start: location.start, end: location.end });
  }
  return { found, missing: problems.map((p) => p.figure), problems };
}

/** A few words around a located number, for messages. */
function excerpt(english: string, location: { start: number; end: number }): string {
  return english.slice(Math.max(0, location.start - 25), Math.min(english.length, location.end + 20)).replace(/\s+/gu, ' ').trim();
}

export interface AlignOptions {
  /** When false (a report nobody has translated yet), missing translations are shown as such instead of failing. */
  requireAll: boolean;
  translationsDir: string;
}

/** Every translatable text of the report: part titles, section titles, paragraphs. */
export function translatableTexts(report: Report): Array<{ id: string; zh: string; kind: 'title' | 'paragraph'; lead: string | null }> {
  const texts: Array<{ id: string; zh: string; kind: 'title' | 'paragraph'; lead: string | null }> = [];
  for (const part of report.parts) {
    if (part.title) texts.push({ id: part.id, zh: part.title, kind: 'title', lead: null });
    for (const section of part.sections) {
      if (section.title) texts.push({ id: section.id, zh: section.title, kind: 'title', lead: null });
    }
  }
  for (const paragraph of paragraphsOf(report)) texts.push({ id: paragraph.id, zh: paragraph.text, kind: 'paragraph', lead: paragraph.lead });
  return texts;
}

const PROBLEMS: Record<FigureProblem['problem'], string> = {
  missing: 'missing',
  elsewhere: 'in the wrong sentence',
  order: 'out of order',
  qualifier: 'qualifier changed',
  unit: 'unit changed',
};

/**
 * Stage "align": pairs each Chinese text with its English and checks it is there, current
 * (its recorded hash is the hash of today's Chinese) and carries every figure of the Chinese.
 */
export function align(report: Report, figures: Figure[], translations: Map<string, TranslationEntry>, options: AlignOptions): AlignedText[] {
  const texts = translatableTexts(report);
  const known = new Set(texts.map((text) => text.id));
  for (const entry of translations.values()) {
    if (!known.has(entry.id)) throw new ContentError(entry.file, entry.line, `${entry.id}: no such paragraph or title in the report: expected one of the pipeline's ids`);
  }
  const figuresByParagraph = groupBy(figures, (figure) => figure.paragraph);
  return texts.map(({ id, zh, kind, lead }) => {
    const entry = translations.get(id);
    if (!entry) {
      if (options.requireAll) throw new ContentError(`${options.translationsDir}`, null, `${id} has no English translation: expected an entry "${id}:" with source: ${textHash(zh)} in one of the files`);
      return { id, status: 'missing', lead: null, en: null, figures: [] };
    }
    if (entry.source !== textHash(zh)) {
      throw new ContentError(entry.file, entry.line, `${id} is stale: it translates Chinese with hash ${entry.source}, but the Chinese now hashes to ${textHash(zh)}; check the English against the new Chinese, then update source:`);
    }
    if ((lead !== null) !== (entry.lead !== null) && kind === 'paragraph') {
      throw new ContentError(entry.file, entry.line, `${id}: the Chinese ${lead ? `opens with the lead sentence "${lead}": expected a lead: field` : 'has no lead sentence: expected no lead: field'}`);
    }
    const english = entry.lead === null ? entry.en : `${entry.lead} ${entry.en}`;
    const { found, problems } = locateFigures(figuresByParagraph.get(id) ?? [], english, zh);
    const missing = problems.filter((p) => p.problem === 'missing');
    if (missing.length > 0) {
      const list = missing.map(({ figure }) => `${figure.text}${figure.qualifier ? ` (${figure.qualifier})` : ''}`).join(', ');
      throw new ContentError(entry.file, entry.line, `${id}: figures of the Chinese not found in the English: ${list}; expected each value written out (e.g. 1700亿元 as "170 billion")`);
    }
    if (problems.length > 0) {
      const list = problems.map(({ figure, problem, detail }) => `${figure.text}${figure.qualifier ? ` (${figure.qualifier})` : ''}: ${PROBLEMS[problem]}, ${detail}`).join('; ');
      throw new ContentError(entry.file, entry.line, `${id}: figures of the Chinese not faithfully in the English: ${list}`);
    }
    return { id, status: 'current', lead: entry.lead, en: entry.en, figures: found };
  });
}
