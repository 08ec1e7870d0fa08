import { describe, expect, it } from 'vitest';
import { readCharts, readComparisons } from '../../scripts/content/charts.ts';
import { parseYaml, readYamlFile } from '../../scripts/content/yaml-file.ts';
import { chartCsv, chartJson } from '../../src/lib/charts/csv.ts';
import { layoutBars, textWidth, wrap } from '../../src/lib/charts/layout.ts';
import { barChart, comparisonsChart } from '../../src/lib/charts/specs.ts';
import { gazetteer, realReport } from '../helpers.ts';

const { figures } = realReport();

describe('chart data', () => {
  it('reads the charts of the real report, every number from a figure', () => {
    const charts = readCharts(readYamlFile('content/charts.yaml'), figures, gazetteer());
    expect(charts.targets.items).toHaveLength(13);
    expect(charts.targets.items.filter((item) => item.figure)).toHaveLength(10);
    // Cluster revenue (home furnishing, textiles) first, then revenue of industry above designated size.
    expect(barChart('clusters').rows.map((row) => row.value)).toEqual([280e9, 130e9, 230e9, 200e9, 100e9, 35e9]);
    expect(barChart('zones').rows.map((row) => [row.key, row.display.en])).toEqual([
      ['ganzhou-etdz', 'over 160 billion yuan'],
      ['longnan-etdz', '58 billion yuan'],
      ['ganzhou-hidz', 'over 50 billion yuan'],
      ['ruijin-etdz', '36 billion yuan'],
    ]);
  });

  it('pairs 2022 results with 2023 targets of the same unit', () => {
    const comparisons = readComparisons(readYamlFile('content/comparisons.yaml'), figures);
    expect(comparisons.find((c) => c.id === 'farmland')).toMatchObject({ from: { text: '63.2万亩' }, to: { text: '55.2万亩' } });
    expect(comparisonsChart().rows.find((row) => row.key === 'shanty-towns')).toMatchObject({
      from: { value: 18_800 },
      to: { value: 36_900 },
    });
  });

  it('fails when a named figure no longer has its text, naming file and line', () => {
    const yaml = parseYaml(
      'c.yaml',
      '- id: x\n  label: { zh: 甲, en: a }\n  from: { id: p1-s2-1-f7, text: 63.3万亩 }\n  to: { id: p2-s4-2-f2, text: 55.2万亩 }\n',
    );
    expect(() => readComparisons(yaml, figures)).toThrow('c.yaml:3: figure p1-s2-1-f7 is "63.2万亩", not "63.3万亩"');
  });

  it('fails on a comparison of different units or the wrong order', () => {
    const units = parseYaml(
      'c.yaml',
      '- id: x\n  label: { zh: 甲, en: a }\n  from: { id: p1-s2-1-f7, text: 63.2万亩 }\n  to: { id: p2-s5-2-f1, text: 9条 }\n',
    );
    expect(() => readComparisons(units, figures)).toThrow('x: units differ (亩 and 条)');
    const order = parseYaml(
      'c.yaml',
      '- id: x\n  label: { zh: 甲, en: a }\n  from: { id: p2-s4-2-f2, text: 55.2万亩 }\n  to: { id: p1-s2-1-f7, text: 63.2万亩 }\n',
    );
    expect(() => readComparisons(order, figures)).toThrow('x: expected from: a 2022 result');
  });

  it('writes CSV rows of exactly the chart data', () => {
    const lines = chartCsv('zones')
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(
      'ganzhou-etdz,赣州经开区,Ganzhou Economic and Technological Development Zone,,,160000000000,,元,突破,突破1600亿元,over 160 billion yuan,p2-s1-3-f1,p2-s1-3',
    );
  });

  it('gives each row its measure, and keeps rows of one measure together, as the chart draws them', () => {
    const rows = JSON.parse(chartJson('clusters')) as Array<{ key: string; measure_en: string; measure_zh: string }>;
    expect(rows.map((row) => row.measure_en)).toEqual([
      'cluster revenue',
      'cluster revenue',
      'revenue of industry above designated size',
      'revenue of industry above designated size',
      'revenue of industry above designated size',
      'revenue of industry above designated size',
    ]);
    expect(rows.every((row) => row.measure_zh !== null && row.measure_zh !== '')).toBe(true);
  });
});

describe('chart layout', () => {
  it('wraps English at spaces and Chinese anywhere, within the width', () => {
    const english = wrap('Growth in funds from outside the province', 120);
    expect(english.join(' ')).toBe('Growth in funds from outside the province');
    expect(english.length).toBeGreaterThan(1);
    for (const line of english) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(wrap('实际利用省外项目资金增长', 60)).toEqual(['实际利用', '省外项目', '资金增长']);
  });

  it('keeps each bar below its label and its value to the right of the bar', () => {
    const { rows } = layoutBars([
      { label: 'A', value: 10, display: '10%' },
      { label: 'B', value: 5, display: '5%' },
    ]);
    for (const row of rows) {
      expect(row.bar!.y).toBeGreaterThan(row.labelLines.at(-1)!.y);
      expect(row.value.x).toBeGreaterThan(row.bar!.x + row.bar!.width);
    }
    expect(rows[1]!.labelLines[0]!.y).toBeGreaterThan(rows[0]!.bar!.y + rows[0]!.bar!.height);
  });
});
