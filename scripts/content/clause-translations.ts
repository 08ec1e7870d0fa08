import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { locateFigures, type AlignedText } from './align.ts';
import { ContentError } from './errors.ts';
import type { Commitment, Figure } from './model.ts';
import { readYamlFile, requireRecord, requireString } from './yaml-file.ts';

/**
 * The English of one clause: the span of its paragraph's English that renders it
 * (content/translations/clauses/en/*.yaml). Being a span of the paragraph translation, clause and
 * paragraph cannot disagree; `zh` repeats the clause so a re-cut clause is noticed, not misread.
 */
export interface ClauseTranslation {
  id: string;
  zh: string;
  en: string;
  file: string;
  line: number | null;
}

export function readClauseTranslations(dir: string): Map<string, ClauseTranslation> {
  const entries = new Map<string, ClauseTranslation>();
  if (!existsSync(dir)) return entries;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const yaml = readYamlFile(file);
    if (yaml.data === null || yaml.data === undefined) continue;
    for (const [id, raw] of Object.entries(requireRecord(yaml, yaml.data, [], 'clause ids mapped to { zh, en }'))) {
      const entry = requireRecord(yaml, raw, [id], `the English of clause ${id}: { zh, en }`);
      const previous = entries.get(id);
      if (previous) throw new ContentError(file, yaml.lineOf([id]), `${id} is translated twice: also in ${previous.file}:${previous.line}`);
      for (const key of Object.keys(entry)) if (!['zh', 'en'].includes(key)) yaml.fail([id, key], `${id}: unknown field "${key}": expected zh and en`);
      entries.set(id, {
        id,
        zh: requireString(yaml, entry.zh, [id, 'zh'], `the Chinese of clause ${id}, exactly as printed`),
        en: requireString(yaml, entry.en, [id, 'en'], `the span of the paragraph's English that renders ${id}`).replace(/\s+/gu, ' ').trim(),
        file,
        line: yaml.lineOf([id]),
      });
    }
  }
  return entries;
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
    if (entry.zh !== commitment.text) throw new ContentError(entry.file, entry.line, `${entry.id} is stale: the clause now reads “${commitment.text}”: check the English against it, then copy it into zh:`);
    const paragraph = english.get(commitment.paragraph);
    const paragraphEnglish = paragraph?.status === 'current' ? squash(`${paragraph.lead ?? ''} ${paragraph.en ?? ''}`) : null;
    if (paragraphEnglish === null || !paragraphEnglish.includes(entry.en)) {
      throw new ContentError(entry.file, entry.line, `${entry.id}: the English is not a span of the current translation of ${commitment.paragraph}: expected words copied from it`);
    }
    // Figures are located as in a paragraph, with their offsets taken from the clause's start.
    const figures = commitment.figures.map((id) => figureById.get(id)!).map((f) => ({ ...f, start: f.start - commitment.start, end: f.end - commitment.start }));
    const { problems } = locateFigures(figures, entry.en, commitment.text);
    if (problems.length > 0) {
      const list = problems.map((p) => `${p.figure.text}${p.problem === 'missing' ? '' : ` (${p.detail})`}`).join(', ');
      throw new ContentError(entry.file, entry.line, `${entry.id}: figures of the clause not rendered in its English: ${list}`);
    }
  }
  return commitments.map((commitment) => ({ ...commitment, en: translations.get(commitment.id)?.en ?? null }));
}
