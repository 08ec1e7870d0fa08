import type { AlignedText } from '../translate/align.ts';
import { ContentError } from '../shared/errors.ts';
import { textHash } from '../shared/hash.ts';
import type { Report } from '../shared/model.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { requireArray, requireRecord, requireString, requireText, type YamlFile } from '../shared/yaml-file.ts';

/** A quoted term of the report (“放管服”) with its English rendering and plain explanations. */
export interface GlossaryEntry {
  /** Stable anchor: derived from the Chinese term, the same in both languages. */
  id: string;
  zh: string;
  en: string;
  explain: { zh: string; en: string };
  line: number | null;
}

export function glossaryId(term: string): string {
  return `term-${textHash(term).slice(0, 8)}`;
}

export function readGlossary(yaml: YamlFile): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  requireArray(yaml, yaml.data, [], 'a list of terms').forEach((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'a term: { zh, en, explain: { zh, en } }');
    const zh = requireText(yaml, entry.zh, [index, 'zh'], 'the term as quoted in the report');
    const explain = requireRecord(yaml, entry.explain, [index, 'explain'], `the explanations of “${zh}”: { zh, en }`);
    if (entries.some((other) => other.zh === zh)) yaml.fail([index, 'zh'], `“${zh}” has two entries`);
    entries.push({
      id: glossaryId(zh),
      zh,
      en: requireText(yaml, entry.en, [index, 'en'], `the English rendering of “${zh}”`),
      explain: {
        zh: requireString(yaml, explain.zh, [index, 'explain', 'zh'], `the Chinese explanation of “${zh}”`),
        en: requireString(yaml, explain.en, [index, 'explain', 'en'], `the English explanation of “${zh}”`),
      },
      line: yaml.lineOf([index]),
    });
  });
  return entries;
}

/** Every “…” of a text, with the offsets of the term inside the quotation marks. */
export function quotedTerms(text: string): Array<{ term: string; start: number; end: number }> {
  return [...text.matchAll(/“([^”]+)”/gu)].map((match) => ({ term: match[1]!, start: match.index + 1, end: match.index + 1 + match[1]!.length }));
}

/** Where a term's English rendering stands in an English text (case-insensitive), or -1. */
export function findRendering(english: string, rendering: string): number {
  return english.toLowerCase().indexOf(rendering.toLowerCase());
}

/**
 * The glossary covers exactly the quoted terms of the report, and each English paragraph
 * uses the glossary's rendering of every quoted term of its Chinese (one rendering everywhere).
 */
export function checkGlossary(report: Report, glossary: GlossaryEntry[], aligned: AlignedText[], file: string): void {
  const byTerm = new Map(glossary.map((entry) => [entry.zh, entry]));
  const used = new Set<string>();
  const english = new Map(aligned.map((text) => [text.id, text]));
  for (const paragraph of paragraphsOf(report)) {
    for (const { term } of quotedTerms(paragraph.text)) {
      const entry = byTerm.get(term);
      if (!entry) throw new ContentError(file, null, `“${term}” (in ${paragraph.id}) has no glossary entry: expected an entry with zh: ${term}`);
      used.add(term);
      const translation = english.get(paragraph.id);
      if (translation?.status === 'current' && findRendering(`${translation.lead ?? ''} ${translation.en}`, entry.en) === -1) {
        throw new ContentError(file, entry.line, `${paragraph.id}: its English does not use the glossary's rendering of “${term}”: expected "${entry.en}"`);
      }
    }
  }
  for (const entry of glossary) {
    if (!used.has(entry.zh)) throw new ContentError(file, entry.line, `glossary term “${entry.zh}” occurs nowhere in the report: expected a term quoted as “…” in the text`);
  }
}
