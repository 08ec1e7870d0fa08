import { locateFigures, type AlignedText } from '../translate/align.ts';
import { ContentError } from '../shared/errors.ts';
import type { Commitment, Figure } from '../shared/model.ts';
import { readYamlEntries, requireRecord, requireString } from '../shared/yaml-file.ts';
import type { DerivedText } from '../translate/derived-english.ts';

/**
 * The English of one clause: the span of its paragraph's English that renders it
 * (content/translations/clauses/en/*.yaml). Being a span of the paragraph translation, clause and
 * paragraph cannot disagree; `zh` repeats the clause so a re-cut clause is noticed, not misread.
 */
export interface ClauseTranslation {
  id: string;
  zh: string;
  en: string;
  /** The site's own words for what the clause is about, where its span cannot say it: { zh, en }. */
  context: { zh: string; en: string } | null;
  file: string;
  /** Lines of the entry's id, its zh: and its en:, so an error points at what is wrong. */
  line: number | null;
  zhLine: number | null;
  enLine: number | null;
}

export function readClauseTranslations(dir: string): Map<string, ClauseTranslation> {
  return readYamlEntries(dir, { root: 'clause ids mapped to { zh, en }', twice: 'is translated twice' }, (yaml, id, raw) => {
    const entry = requireRecord(yaml, raw, [id], `the English of clause ${id}: { zh, en }`);
    for (const key of Object.keys(entry)) if (!['zh', 'en', 'context'].includes(key)) yaml.fail([id, key], `${id}: unknown field "${key}": expected zh, en and (optionally) context`);
    let context: ClauseTranslation['context'] = null;
    if (entry.context !== undefined) {
      const raw = requireRecord(yaml, entry.context, [id, 'context'], `what a card of ${id} is about, in the site's own words: { zh, en }`);
      context = {
        zh: requireString(yaml, raw.zh, [id, 'context', 'zh'], 'the context in Chinese'),
        en: requireString(yaml, raw.en, [id, 'context', 'en'], 'the context in English'),
      };
    }
    return {
      context,
      id,
      zh: requireString(yaml, entry.zh, [id, 'zh'], `the Chinese of clause ${id}, exactly as printed`),
      en: requireString(yaml, entry.en, [id, 'en'], `the span of the paragraph's English that renders ${id}`)
        .replace(/\s+/gu, ' ')
        .trim(),
      file: yaml.file,
      line: yaml.lineOf([id]),
      zhLine: yaml.lineOf([id, 'zh']),
      enLine: yaml.lineOf([id, 'en']),
    };
  });
}

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Stage "align clauses": each clause gets its English where one is curated, checked to be the
 * clause it claims (same Chinese), a span of the current paragraph translation, and to carry
 * every figure of the clause. A clause nobody has rendered yet has en: null.
 */
export function alignClauses(commitments: Commitment[], aligned: AlignedText[], figures: Figure[], translations: Map<string, ClauseTranslation>): Commitment[] {
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const english = new Map(aligned.map((text) => [text.id, text]));
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));
  for (const entry of translations.values()) {
    const commitment = byId.get(entry.id);
    if (!commitment) throw new ContentError(entry.file, entry.line, `${entry.id}: no such clause: expected an id of /data/commitments.json`);
    if (entry.zh !== commitment.text) throw new ContentError(entry.file, entry.zhLine, `${entry.id} is stale: the clause now reads “${commitment.text}”: check the English against it, then copy it into zh:`);
    const paragraph = english.get(commitment.paragraph);
    const paragraphEnglish = paragraph?.status === 'current' ? squash(`${paragraph.lead ?? ''} ${paragraph.en ?? ''}`) : null;
    if (paragraphEnglish === null || !paragraphEnglish.includes(entry.en)) {
      throw new ContentError(entry.file, entry.enLine, `${entry.id}: the English is not a span of the current translation of ${commitment.paragraph}: expected words copied from it`);
    }
    // Figures are located as in a paragraph, with their offsets taken from the clause's start.
    const figures = commitment.figures.map((id) => figureById.get(id)!).map((f) => ({ ...f, start: f.start - commitment.start, end: f.end - commitment.start }));
    const { problems } = locateFigures(figures, entry.en, commitment.text);
    if (problems.length > 0) {
      const list = problems.map((p) => `${p.figure.text}${p.problem === 'missing' ? '' : ` (${p.detail})`}`).join(', ');
      throw new ContentError(entry.file, entry.enLine, `${entry.id}: figures of the clause not rendered in its English: ${list}`);
    }
  }
  return commitments.map((commitment) => {
    const entry = translations.get(commitment.id);
    return { ...commitment, en: entry?.en ?? null, context_zh: entry?.context?.zh ?? null, context_en: entry?.context?.en ?? null };
  });
}

/** A clause card's English as a reader sees it alone: its context, then its span. */
export const cardEnglish = (commitment: Pick<Commitment, 'en' | 'context_en'>): string => `${commitment.context_en === null ? '' : `[${commitment.context_en}] `}${commitment.en ?? ''}`;

/** The clause cards, for the checks every derived English gets (translate/derived-english.ts). */
export function clauseTexts(commitments: Commitment[], translations: Map<string, ClauseTranslation>): DerivedText[] {
  return commitments.flatMap((commitment) => {
    const entry = translations.get(commitment.id);
    if (entry === undefined || commitment.en === null) return [];
    const zh = `${commitment.context_zh ?? ''}${commitment.text}`;
    return [{ file: entry.file, line: entry.enLine, what: `clause ${commitment.id}`, zh, en: cardEnglish(commitment), role: commitment.role, standsAlone: commitment.context_en === null }];
  });
}

/**
 * A card that gives an amount names whom it is for: the place or cluster its measure belongs to
 * (measures.ts) stands in its English or its context, or a reader takes a cluster's target for the
 * city's. Names are matched without their last word (industry, county…), in any case.
 */
export function checkClauseSubjects(commitments: Commitment[], translations: Map<string, ClauseTranslation>, namesOf: (subject: { kind: 'place' | 'cluster'; id: string }) => string[]): void {
  for (const commitment of commitments) {
    const entry = translations.get(commitment.id);
    if (entry === undefined || commitment.en === null) continue;
    const english = cardEnglish(commitment).toLowerCase();
    for (const { figure, subject } of commitment.measures) {
      if (subject === null) continue;
      const names = namesOf(subject).map((name) => name.replace(/\s+(?:industry|cluster|county|district|city)$/iu, '').toLowerCase());
      if (!names.some((name) => english.includes(name))) {
        throw new ContentError(entry.file, entry.enLine, `${commitment.id}: the card gives ${figure} without naming whom it is for (${names.join(' / ')}): expected the name in its English, or a context: { zh, en }`);
      }
    }
  }
}
