import { toCsv } from './csv.ts';
import type { LedgerEntry } from './outcomes.ts';

/** The columns of outcomes.csv, in order; documented on the data page. */
export const OUTCOME_FIELDS = [
  'id',
  'group',
  'paragraph',
  'label_zh',
  'label_en',
  'target_as_written',
  'target_value',
  'target_unit',
  'target_qualifier',
  'target_stage',
  'outcome_zh',
  'outcome_en',
  'outcome_value',
  'outcome_unit',
  'outcome_qualifier',
  'outcome_measure',
  'outcome_stage',
  'status',
  'reason_zh',
  'reason_en',
  'rule',
  'places',
  'source_title',
  'source_publisher_zh',
  'source_publisher_en',
  'source_date',
  'source_url',
  'source_kind',
  'source_quote',
] as const;

/** One row per promise, in both languages; a promise with several sources lists them in the source columns, joined by " | ". */
export function outcomesCsv(entries: LedgerEntry[]): string {
  const joinAll = (values: string[]) => values.join(' | ');
  return toCsv(
    OUTCOME_FIELDS,
    entries.map((entry) => [
      entry.id,
      entry.group,
      entry.paragraph,
      entry.label.zh,
      entry.label.en,
      entry.target.asWritten,
      entry.target.figure?.value ?? null,
      entry.target.figure?.unit ?? null,
      entry.target.figure?.qualifier ?? null,
      entry.target.stage,
      entry.outcome?.zh ?? null,
      entry.outcome?.en ?? null,
      entry.outcome?.figure?.value ?? null,
      entry.outcome?.figure?.unit ?? null,
      entry.outcome?.figure?.qualifier ?? null,
      entry.outcome?.measure ?? null,
      entry.outcome?.stage ?? null,
      entry.status,
      entry.reason?.zh ?? null,
      entry.reason?.en ?? null,
      entry.rule,
      entry.places.join(' '),
      joinAll(entry.sources.map((s) => s.title)),
      joinAll(entry.sources.map((s) => s.publisher.zh)),
      joinAll(entry.sources.map((s) => s.publisher.en)),
      joinAll(entry.sources.map((s) => s.date)),
      joinAll(entry.sources.map((s) => s.url)),
      joinAll(entry.sources.map((s) => s.kind)),
      joinAll(entry.sources.map((s) => s.quote)),
    ]),
  );
}
