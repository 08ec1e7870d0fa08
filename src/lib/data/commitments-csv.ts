import type { Commitment } from '../commitments/commitments.ts';
import { toCsv } from './csv.ts';
import { COMMITMENT_FIELDS } from '../data-schemas/commitments.ts';

// The columns, in order, and what each holds: declared once in data-schemas/commitments.ts.
export { COMMITMENT_FIELDS };

export function commitmentsCsv(rows: Commitment[]): string {
  return toCsv(
    COMMITMENT_FIELDS,
    rows.map((row) =>
      COMMITMENT_FIELDS.map((field) => {
        if (field === 'places') return row.places.map((p) => `${p.place}:${p.via}`).join(' ');
        // The CSV's columns are scalars and lists of ids (the JSON-only fields are not columns).
        const value = row[field] as string | number | boolean | string[] | null;
        return Array.isArray(value) ? value.join(' ') : value;
      }),
    ),
  );
}
