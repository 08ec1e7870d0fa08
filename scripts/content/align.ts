import { englishNumbers, type EnglishNumber } from './english-numbers.ts';
import { ContentError } from './errors.ts';
import { groupBy } from './group-by.ts';
import { textHash } from './hash.ts';
import type { Figure, Report } from './model.ts';
import { paragraphsOf } from './segment.ts';
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

/**
 * Finds each Chinese figure in the English, in order of the Chinese, each English number used once.
 * A range may also be written as two numbers ("5 billion to 10 billion yuan").
 */
export function locateFigures(figures: Figure[], english: string): { found: AlignedText['figures']; missing: Figure[] } {
  const numbers = englishNumbers(english);
  const used = new Set<number>();
  const found: AlignedText['figures'] = [];
  const missing: Figure[] = [];
  for (const figure of figures) {
    const index = numbers.findIndex((number, i) => !used.has(i) && matches(figure, number));
    if (index !== -1) {
      used.add(index);
      found.push({ figure: figure.id, start: numbers[index]!.start, end: numbers[index]!.end });
      continue;
    }
    if (figure.valueMax !== null) {
      const low = numbers.findIndex((n, i) => !used.has(i) && n.valueMax === null && acceptedValues(figure).includes(n.value));
      const high = numbers.findIndex((n, i) => !used.has(i) && i !== low && n.valueMax === null && n.value === figure.valueMax);
      if (low !== -1 && high !== -1) {
        used.add(low).add(high);
        found.push({ figure: figure.id, start: numbers[low]!.start, end: numbers[high]!.end });
        continue;
      }
    }
    missing.push(figure);
  }
  return { found, missing };
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
    const { found, missing } = locateFigures(figuresByParagraph.get(id) ?? [], english);
    if (missing.length > 0) {
      const list = missing.map((figure) => `${figure.text}${figure.qualifier ? ` (${figure.qualifier})` : ''}`).join(', ');
      throw new ContentError(entry.file, entry.line, `${id}: figures of the Chinese not found in the English: ${list}; expected each value written out (e.g. 1700亿元 as "170 billion")`);
    }
    return { id, status: 'current', lead: entry.lead, en: entry.en, figures: found };
  });
}
