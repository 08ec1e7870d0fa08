import { toCsv } from './csv.ts';
import { OUTCOME_FIELDS } from '../data-schemas/outcomes.ts';
import type { LedgerEntry } from '../ledger/outcomes.ts';

// The columns, in order, and what each holds: declared once in data-schemas/outcomes.ts.
export { OUTCOME_FIELDS };

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
