import { describe, expect, it } from 'vitest';
import { figuresCsv } from '../../../../src/lib/data/figures-csv.ts';
import { realReport } from '../../../helpers.ts';

describe('figures.csv', () => {
  const { figures } = realReport();
  const csv = figuresCsv(figures);
  const lines = csv
    .replace(/^\uFEFF/u, '')
    .trimEnd()
    .split('\r\n');

  it('has a header and one row per figure', () => {
    expect(lines[0]).toBe('id,paragraph,period,role,span,text,kind,value,valueMax,unit,unitAsWritten,qualifier,qualifiers,context');
    expect(lines).toHaveLength(figures.length + 1);
  });

  it('writes values in full and ranges with their upper bound', () => {
    expect(lines).toContain('p1-s2-1-f4,p1-s2-1,2022,result,,1700亿元,quantity,170000000000,,元,亿元,突破,突破,数字经济增加值有望突破');
    expect(lines.find((line) => line.startsWith('p2-s1-2-f7,'))).toBe(
      'p2-s1-2-f7,p2-s1-2,2023,target,,50亿-100亿元,quantity,5000000000,10000000000,元,亿元,,,新培育营收',
    );
  });

  it('writes a five-year span and every qualifier', () => {
    const row = figuresCsv([
      { ...figures[0]!, period: null, role: 'target', span: { from: 2026, to: 2030 }, qualifier: '突破', qualifiers: ['力争', '突破'] },
    ]).split('\r\n')[1]!;
    expect(row.split(',').slice(2, 5)).toEqual(['', 'target', '2026-2030']);
    expect(row.split(',')[12]).toBe('力争、突破');
  });

  it('quotes cells that hold commas or quotes', () => {
    const tricky = figuresCsv([{ ...figures[0]!, context: '他说"好",是' }]);
    expect(tricky).toContain(',"他说""好"",是"\r\n');
  });
});
