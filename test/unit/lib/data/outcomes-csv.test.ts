import { describe, expect, it } from 'vitest';
import { ledger } from '../../../../src/lib/ledger/outcomes.ts';
import { OUTCOME_FIELDS, outcomesCsv } from '../../../../src/lib/data/outcomes-csv.ts';

describe('outcomes.csv', () => {
  const lines = outcomesCsv(ledger)
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n');
  /** The cells of one line, quotes undone (the rule column holds commas). */
  const cells = (line: string): string[] =>
    [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/gu)].map((m) => m[1]!.replace(/^"|"$/gu, '').replaceAll('""', '"'));
  const row = (id: string) => {
    const line = lines.find((candidate) => candidate.startsWith(`${id},`))!;
    return Object.fromEntries(OUTCOME_FIELDS.map((field, index) => [field, cells(line)[index]]));
  };

  it('has a header and one row per tracked promise', () => {
    expect(cells(lines[0]!)).toEqual([...OUTCOME_FIELDS]);
    for (const line of lines) expect(cells(line)).toHaveLength(OUTCOME_FIELDS.length);
    expect(lines).toHaveLength(ledger.length + 1);
  });

  it('gives target, outcome, status and source of a reported promise in both languages', () => {
    expect(row('p2-intro-2-f1')).toMatchObject({
      group: 'target',
      target_value: '7.5',
      target_qualifier: '左右',
      outcome_value: '5.3',
      outcome_qualifier: '左右',
      status: 'not-met',
      outcome_en: 'GDP grew by about 5.3%',
      source_publisher_zh: '客家新闻网',
      source_date: '2024-01-17',
      source_kind: 'press',
    });
  });

  it('leaves the outcome and source of a promise nobody reported on empty', () => {
    expect(row('p2-intro-2-f4')).toMatchObject({ status: 'not-reported', outcome_zh: '', outcome_value: '', source_url: '' });
  });
});
