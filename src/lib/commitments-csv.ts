import type { Commitment } from './commitments.ts';
import { toCsv } from './csv.ts';

/** The columns of commitments.csv, in order; documented on the data page. Lists are joined by spaces. */
export const COMMITMENT_FIELDS = [
  'id',
  'paragraph',
  'role',
  'year',
  'stage',
  'stageAsWritten',
  'text',
  'en',
  'figures',
  'places',
  'clusters',
  'zones',
  'projects',
] as const;

export function commitmentsCsv(rows: Commitment[]): string {
  return toCsv(
    COMMITMENT_FIELDS,
    rows.map((row) =>
      COMMITMENT_FIELDS.map((field) => {
        if (field === 'places') return row.places.map((p) => `${p.place}:${p.via}`).join(' ');
        const value = row[field];
        return Array.isArray(value) ? value.join(' ') : value;
      }),
    ),
  );
}
