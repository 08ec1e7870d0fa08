import type { AlignedText } from './align.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

/**
 * A recurring term of the report that is not quoted (so not in the glossary) but has one fixed
 * English rendering everywhere (content/translations/terms.yaml): 高标准农田 → "high-standard farmland".
 */
export interface TermEntry {
  /** The Chinese forms of the term (棚户区, 棚改): each occurrence of any of them needs the rendering. */
  zh: string[];
  /**
   * A substring every English rendering of the term contains ("shantytown"). A rendering with a
   * capital is a name and must stand exactly so; an all-lowercase one may also begin a sentence or
   * stand in a title-cased name ("Oil-tea Camellia Culture Festival"), so its case is not compared.
   */
  en: string;
  /**
   * Once is enough: the English may gather repeats of the term into one ("revenue of 58, 50 and 36
   * billion yuan" for three 营收). Otherwise the English needs the rendering as often as the Chinese has the term.
   */
  once: boolean;
  /** Longer words in which a form is not the term (建成区, a built-up area, is not 建成, to complete). */
  notWithin: string[];
  /**
   * A construction stage (开工, 建成, 合龙…): one rendering across paragraphs, cards, the projects
   * index and the ledger, with `note` saying what it does and does not mean. A stage may be listed
   * before the report uses it, for the ledger's later reports.
   */
  stage: boolean;
  note: string | null;
  line: number | null;
}

export function readTerms(yaml: YamlFile): TermEntry[] {
  const entries: TermEntry[] = [];
  requireArray(yaml, yaml.data, [], 'a list of terms: { zh, en }').forEach((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'a term: { zh, en }');
    const forms = Array.isArray(entry.zh) ? entry.zh : [entry.zh];
    const zh = forms.map((form, i) => requireString(yaml, form, Array.isArray(entry.zh) ? [index, 'zh', i] : [index, 'zh'], 'the term as printed in the report'));
    if (zh.length === 0) yaml.fail([index, 'zh'], 'expected at least one Chinese form of the term');
    for (const form of zh) {
      if (entries.some((other) => other.zh.includes(form))) yaml.fail([index, 'zh'], `“${form}” has two entries`);
    }
    for (const key of Object.keys(entry)) {
      if (!['zh', 'en', 'once', 'notWithin', 'stage', 'note'].includes(key)) yaml.fail([index, key], `unknown field "${key}": expected zh, en and (optionally) once, notWithin, stage, note`);
    }
    for (const flag of ['once', 'stage']) if (entry[flag] !== undefined && typeof entry[flag] !== 'boolean') yaml.fail([index, flag], 'expected true or false');
    const notWithin = requireArray(yaml, entry.notWithin ?? [], [index, 'notWithin'], 'longer words in which the term is not meant').map((word, i) =>
      requireString(yaml, word, [index, 'notWithin', i], 'a longer word'),
    );
    if (entry.stage === true && typeof entry.note !== 'string') yaml.fail([index], `the stage “${zh[0]}”: expected note:, what it does and does not mean`);
    entries.push({
      zh,
      en: requireString(yaml, entry.en, [index, 'en'], `the English rendering of “${zh[0]}”`),
      once: entry.once === true,
      notWithin,
      stage: entry.stage === true,
      note: entry.note === undefined ? null : requireString(yaml, entry.note, [index, 'note'], 'what the stage does and does not mean'),
      line: yaml.lineOf([index]),
    });
  });
  return entries;
}

/** How many times `needle` stands in `text`, without overlaps. */
export function occurrences(text: string, needle: string): number {
  return needle === '' ? 0 : text.split(needle).length - 1;
}

/** How many times the term stands in a Chinese text, leaving out the longer words it is not meant in. */
export function termOccurrences(chinese: string, term: Pick<TermEntry, 'zh' | 'notWithin'>): number {
  const cleared = term.notWithin.reduce((text, word) => text.replaceAll(word, '□'), chinese);
  return term.zh.reduce((sum, form) => sum + occurrences(cleared, form), 0);
}

/** How many times a term's rendering stands in an English text (see TermEntry.en on case). */
export function renderings(english: string, rendering: string): number {
  return rendering === rendering.toLowerCase() ? occurrences(english.toLowerCase(), rendering) : occurrences(english, rendering);
}

/** The text without its quoted terms (“…”): those are the glossary's to check. */
export function unquoted(text: string): string {
  return text.replace(/“[^”]*”/gu, '“”');
}

/** A paragraph (or title) whose English renders a listed term fewer times than its Chinese has it. */
export interface TermOffender {
  id: string;
  term: string;
  en: string;
  /** Unquoted occurrences of the term in the Chinese. */
  zh: number;
  /** Occurrences the English needs: as many, or one for a term marked once. */
  needed: number;
  /** Occurrences of the rendering in the English (lead + en). */
  found: number;
}

/**
 * Every text whose Chinese uses a listed term outside quotation marks while its English has the
 * term's rendering fewer times than needed: as often as the Chinese has the term (once for a term
 * marked once).
 */
export function termOffenders(texts: Array<{ id: string; zh: string }>, aligned: AlignedText[], terms: TermEntry[]): TermOffender[] {
  const english = new Map(aligned.map((text) => [text.id, text]));
  const offenders: TermOffender[] = [];
  for (const { id, zh } of texts) {
    const translation = english.get(id);
    if (translation?.status !== 'current') continue;
    const chinese = unquoted(zh);
    const en = `${translation.lead ?? ''} ${translation.en ?? ''}`.replace(/\s+/gu, ' ');
    for (const term of terms) {
      const inChinese = termOccurrences(chinese, term);
      if (inChinese === 0) continue;
      const needed = term.once ? 1 : inChinese;
      const found = renderings(en, term.en);
      if (found < needed) offenders.push({ id, term: term.zh.join('/'), en: term.en, zh: inChinese, needed, found });
    }
  }
  return offenders;
}

/** One line per offender, for a failure message. */
export function describeOffenders(offenders: TermOffender[]): string {
  return offenders.map((o) => `${o.id}: “${o.term}” ×${o.zh}: expected "${o.en}" ×${o.needed}, found ×${o.found}`).join('\n');
}
