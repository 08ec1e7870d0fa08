import type { AlignedText } from '../translate/align.ts';
import { ContentError } from '../shared/errors.ts';
import type { Annotation } from './markup.ts';
import type { Report } from '../shared/model.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

/**
 * Run-in heads (content/run-ins.yaml): the topic phrases that open the sub-topics of a long
 * paragraph ("农业稳产保供，…"), as printed. They are styling only: the text is never changed.
 */
export interface RunIns {
  zh: string[];
  en: string[];
}

/** A head's place in its paragraph's text, and the line of the YAML that names it. */
export interface RunInSpan {
  start: number;
  end: number;
  line: number | null;
}

/** Where each head stands in a paragraph's text, per language, and the file they come from. */
export interface RunInSpans {
  file: string;
  zh: Map<string, RunInSpan[]>;
  en: Map<string, RunInSpan[]>;
}

export const NO_RUN_INS: RunInSpans = { file: '', zh: new Map(), en: new Map() };

// A head opens a sentence: the paragraph's start, the end of its lead, or after 。；！ (English: . ; : !).
const opensSentence = (text: string, at: number, lang: 'zh' | 'en', leadEnd: number): boolean => {
  if (at === 0 || at === leadEnd) return true;
  if (lang === 'zh') return '。；！'.includes(text[at - 1]!);
  return /[.;:!] $/u.test(text.slice(Math.max(0, at - 2), at));
};

function sentenceStart(text: string, phrase: string, lang: 'zh' | 'en', leadEnd: number): number {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (opensSentence(text, at, lang, leadEnd)) return at;
  }
  return -1;
}

/**
 * Reads the heads and checks each against its paragraph: every phrase must open a sentence of the
 * paragraph (Chinese) or of its current English, after its lead. Fails with file:line otherwise.
 */
export function readRunIns(yaml: YamlFile, report: Report, aligned: AlignedText[]): RunInSpans {
  const paragraphs = new Map(paragraphsOf(report).map((paragraph) => [paragraph.id, paragraph]));
  const english = new Map(aligned.map((text) => [text.id, text]));
  const spans: RunInSpans = { file: yaml.file, zh: new Map(), en: new Map() };
  const root = requireRecord(yaml, yaml.data, [], 'paragraph ids mapped to { zh: [phrases], en: [phrases] }');
  for (const [id, raw] of Object.entries(root)) {
    const paragraph = paragraphs.get(id);
    if (!paragraph) yaml.fail([id], `${id} is not a paragraph of the report`);
    const entry = requireRecord(yaml, raw, [id], 'the heads of a paragraph: { zh: [phrases], en: [phrases] }');
    for (const lang of ['zh', 'en'] as const) {
      if (entry[lang] === undefined) continue;
      const translation = english.get(id);
      if (lang === 'en' && (translation?.status !== 'current' || translation.en === null)) {
        yaml.fail([id, lang], `${id}: English heads for a paragraph without a current translation`);
      }
      const text = lang === 'zh' ? paragraph.text : translation!.lead === null ? translation!.en! : `${translation!.lead} ${translation!.en}`;
      const lead = lang === 'zh' ? paragraph.lead : translation!.lead;
      const leadEnd = lead === null ? -1 : lang === 'zh' ? lead.length : lead.length + 1;
      const found = requireArray(yaml, entry[lang], [id, lang], 'the head phrases as printed').map((rawPhrase, index) => {
        const phrase = requireString(yaml, rawPhrase, [id, lang, index], 'a phrase of the paragraph');
        const start = sentenceStart(text, phrase, lang, leadEnd);
        if (start === -1) yaml.fail([id, lang, index], `${id}: "${phrase}" does not open a sentence of the ${lang === 'zh' ? 'paragraph' : 'English'}`);
        if (start < leadEnd) yaml.fail([id, lang, index], `${id}: "${phrase}" is inside the lead sentence, which is already bold`);
        return { start, end: start + phrase.length, line: yaml.lineOf([id, lang, index]) };
      });
      spans[lang].set(
        id,
        found.sort((a, b) => a.start - b.start),
      );
    }
  }
  return spans;
}

/** Fails, naming the head's line, when a head would cut through a marked figure, term or place. */
export function checkRunInsAgainst(file: string, text: string, heads: RunInSpan[], annotations: Annotation[]): void {
  for (const head of heads) {
    const cut = annotations.find((a) => (a.start < head.start && a.end > head.start) || (a.start < head.end && a.end > head.end));
    if (cut) throw new ContentError(file, head.line, `"${text.slice(head.start, head.end)}" cuts through "${text.slice(cut.start, cut.end)}" (a marked ${cut.tag}): expected a head that ends before or after it`);
  }
}
