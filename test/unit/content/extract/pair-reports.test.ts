import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { PAIR_CHECKED_FIGURES } from '../../../fixtures/pairs/figures.checked.ts';

/**
 * The consecutive reports of test/fixtures/pairs/ (sources in its SOURCES.md): 30 figures of each,
 * read by hand for value, unit, qualifier, role and year or five-year span, pinned.
 */
describe.each(Object.keys(PAIR_CHECKED_FIGURES))('the pair report %s', (name) => {
  const file = `test/fixtures/pairs/${name}.zh.txt`;
  const { figures } = buildReportData(readFileSync(file, 'utf8'), file, []);

  it('reads the 30 figures checked by hand', () => {
    const checked = PAIR_CHECKED_FIGURES[name]!;
    expect(checked).toHaveLength(30);
    const wrong = checked.flatMap(([paragraph, figureText, value, valueMax, unit, qualifier, role, when]) => {
      const figure = figures.find((f) => f.paragraph === paragraph && f.text === figureText);
      if (!figure) return [`${paragraph} ${figureText}: not found`];
      const span = figure.span ? `${figure.span.from}-${figure.span.to}` : figure.period;
      const read = [figure.value, figure.valueMax, figure.unit, figure.qualifier, figure.role, span];
      const expected = [value, valueMax, unit, qualifier, role, when];
      return JSON.stringify(read) === JSON.stringify(expected) ? [] : [`${paragraph} ${figureText}: read ${JSON.stringify(read)}, expected ${JSON.stringify(expected)}`];
    });
    expect(wrong).toEqual([]);
  });
});
