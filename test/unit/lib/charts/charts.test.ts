import { describe, expect, it } from 'vitest';
import { readCharts, readComparisons } from '../../../../scripts/content/layers/charts.ts';
import { readClusters } from '../../../../scripts/content/layers/clusters.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { chartCsv, chartJson } from '../../../../src/lib/charts/csv.ts';
import { barPercents, textWidth, wrap } from '../../../../src/lib/charts/layout.ts';
import { barChart, comparisonsChart } from '../../../../src/lib/charts/specs.ts';
import { cluster, clusterName, clusterShortName } from '../../../../src/lib/commitments/commitments.ts';
import { gazetteer, realReport } from '../../../helpers.ts';

const { figures } = realReport();
const clusters = readClusters(readYamlFile('content/clusters.yaml'));

describe('chart data', () => {
  it('reads the charts of the real report, every number from a figure', () => {
    const charts = readCharts(readYamlFile('content/charts.yaml'), figures, gazetteer(), clusters);
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

  it('names every cluster bar by the short name recorded with the cluster, which shortens its name', () => {
    const rows = barChart('clusters').rows;
    expect(rows.map((row) => row.entity?.kind)).toEqual(rows.map(() => 'cluster'));
    for (const row of rows) {
      const entry = cluster(row.entity!.id);
      expect(row.label).toEqual({ zh: clusterShortName('zh', entry), en: clusterShortName('en', entry) });
      expect(clusterName('zh', entry)).toContain(row.label.zh);
    }
    expect(rows.find((row) => row.entity!.id === 'new-energy-vehicles')!.label.en).toBe('New energy and new energy vehicles');
  });

  it('refuses a cluster bar with a label of its own, or for a cluster without a short name, naming file and line', () => {
    const yaml = (item: string) =>
      parseYaml(
        'charts.yaml',
        `targets: { title: { zh: 目标, en: Targets }, paragraph: p2-intro-2, items: [] }\nzones: { title: { zh: 开发区, en: Zones }, paragraph: p2-s1-3, items: [] }\nclusters:\n  title: { zh: 集群, en: Clusters }\n  paragraph: p2-s1-1\n  items:\n    - cluster: pharmaceutical-food\n      measure: { zh: 规上工业营收, en: revenue }\n      figure: { id: p2-s1-1-f6, text: 350亿元 }\n${item}`,
      );
    expect(() => readCharts(yaml('      label: { zh: 医药, en: Medicine and food }\n'), figures, gazetteer(), clusters)).toThrow(
      "charts.yaml:10: clusters item 1: a cluster's bar takes its label from content/clusters.yaml: remove label:",
    );
    const withoutShort = clusters.map((entry) => ({ ...entry, short: null }));
    expect(() => readCharts(yaml(''), figures, gazetteer(), withoutShort)).toThrow(
      'charts.yaml:7: cluster "pharmaceutical-food" has no short name',
    );
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

  it('refuses a bar whose figure does not say what it measures, naming file and line', () => {
    const yaml = (zones: string) =>
      parseYaml(
        'charts.yaml',
        `targets: { title: { zh: 目标, en: Targets }, paragraph: p2-intro-2, items: [] }\nclusters: { title: { zh: 集群, en: Clusters }, paragraph: p2-s1-1, items: [] }\nzones:\n  title: { zh: 开发区, en: Zones }\n  paragraph: p2-s1-3\n  items:\n${zones}`,
      );
    const bar = '    - place: longnan-etdz\n      figure: { id: p2-s1-3-f2, text: 580亿元 }\n';
    expect(() => readCharts(yaml(bar), figures, gazetteer(), clusters)).toThrow(
      'charts.yaml:7: zones item 1: a figure without measure: expected measure: { zh, en }',
    );
    const measured = readCharts(yaml(`${bar}      measure: { zh: 营收, en: revenue }\n`), figures, gazetteer(), clusters);
    expect(measured.zones.items[0]!.measure).toEqual({ zh: '营收', en: 'revenue' });
  });

  it('names the measure of every row of every bar chart, zones included (zones.json: measure_zh, measure_en)', () => {
    for (const chart of ['targets', 'clusters', 'zones'] as const) {
      const rows = JSON.parse(chartJson(chart)) as Array<{ form: string; measure_zh: string | null; measure_en: string | null }>;
      expect(rows.filter((row) => row.form === 'bar' && (row.measure_zh === null || row.measure_en === null))).toEqual([]);
    }
  });

  it('reads a limit "of about X" (控制在3%左右) as held at about X, never as a ceiling to stay under', () => {
    const rows = barChart('targets').rows.filter((row) => row.form === 'ceiling');
    const about = rows.filter((row) => row.qualifier === '左右');
    expect(about.map((row) => row.figure)).toEqual(['p2-intro-2-f10']);
    for (const row of about) {
      expect(`${row.label.en} ${row.measure?.en ?? ''}`).not.toMatch(/ceiling|stay under/iu);
      expect(row.measure?.en).toMatch(/\babout\b/u);
      expect(row.display.en).toMatch(/\b(?:about|around)\b/u);
    }
    // A limit "within X" (以内) is a ceiling.
    expect(rows.filter((row) => row.qualifier === '以内').map((row) => row.measure?.en)).toEqual([
      'ceiling, %: to be kept within this level, not a growth target',
    ]);
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
      'ganzhou-etdz,bar,赣州经开区,Ganzhou Economic and Technological Development Zone,营收,revenue,160000000000,,元,突破,突破1600亿元,over 160 billion yuan,p2-s1-3-f1,p2-s1-3',
    );
  });

  it('gives each row its measure, and keeps rows of one measure together, as the chart draws them', () => {
    const rows = JSON.parse(chartJson('clusters')) as Array<{ key: string; measure_en: string; measure_zh: string }>;
    expect(rows.map((row) => row.measure_en)).toEqual([
      'industrial cluster revenue',
      'industrial cluster revenue',
      'revenue of industry above designated size',
      'revenue of industry above designated size',
      'revenue of industry above designated size',
      'revenue of industry above designated size',
    ]);
    expect(rows.every((row) => row.measure_zh !== null && row.measure_zh !== '')).toBe(true);
  });
});

describe('main targets by form', () => {
  it('draws growth targets as bars on one scale, then limits, then targets in words, each group named by its measure', () => {
    const rows = barChart('targets').rows;
    expect(rows.map((row) => row.form)).toEqual([...Array<string>(8).fill('bar'), 'ceiling', 'ceiling', 'words', 'words', 'words']);
    // The two limits measure differently: prices held at about 3%, unemployment kept within 5.5%.
    for (const [form, count] of [
      ['bar', 1],
      ['ceiling', 2],
      ['words', 1],
    ] as const) {
      const measures = new Set(rows.filter((row) => row.form === form).map((row) => row.measure?.en));
      expect([form, measures.size]).toEqual([form, count]);
    }
    expect(rows.filter((row) => row.form === 'ceiling').map((row) => row.display.zh)).toEqual(['3%左右', '5.5%以内']);
    expect(rows.filter((row) => row.form === 'words').map((row) => row.value)).toEqual([null, null, null]);
  });

  it('writes each row of the targets data with its form and the measure of its group', () => {
    const rows = JSON.parse(chartJson('targets')) as Array<{ form: string; measure_zh: string; measure_en: string; label_zh: string }>;
    const ceilings = rows.filter((row) => row.form === 'ceiling');
    expect(ceilings.map((row) => [row.label_zh, row.measure_en.split(',')[0]])).toEqual([
      ['居民消费价格涨幅（控制目标）', 'limit'],
      ['城镇调查失业率（上限）', 'ceiling'],
    ]);
    expect(new Set(rows.map((row) => row.measure_en)).size).toBe(4);
  });
});

describe('2022 results beside 2023 targets', () => {
  it('shows the change where both years count the same thing, and says when 2023 aims below 2022', () => {
    const rows = new Map(comparisonsChart().rows.map((row) => [row.key, row]));
    expect(rows.get('farmland')).toMatchObject({ different: null, changePercent: -12.7, below2022: true });
    expect(rows.get('shanty-towns')).toMatchObject({ different: null, changePercent: 96.3, below2022: false });
    expect(rows.get('hogs')).toMatchObject({ different: null, changePercent: 0, below2022: false });
  });

  it('shows no change for a pair that counts different things, and says how they differ', () => {
    const different = comparisonsChart().rows.filter((row) => row.different !== null);
    expect(different.map((row) => row.key)).toEqual([
      'rental-housing',
      'facility-vegetables',
      'unicorns-gazelles',
      'agri-processing-projects',
    ]);
    for (const row of different) expect([row.key, row.changePercent, row.below2022]).toEqual([row.key, null, false]);
    expect(different[0]!.different!.zh).toContain('筹集');
    const json = JSON.parse(chartJson('comparisons')) as Array<{ key: string; same_measure: boolean; change_percent: number | null }>;
    expect(json.find((row) => row.key === 'rental-housing')).toMatchObject({ same_measure: false, change_percent: null });
    expect(json.find((row) => row.key === 'farmland')).toMatchObject({ same_measure: true, change_percent: -12.7 });
  });

  it('reads how two measures differ, in both languages', () => {
    const yaml = parseYaml(
      'c.yaml',
      '- id: x\n  label: { zh: 甲, en: a }\n  from: { id: p1-s2-1-f7, text: 63.2万亩 }\n  to: { id: p2-s4-2-f2, text: 55.2万亩 }\n  different: { zh: 乙 }\n',
    );
    expect(() => readComparisons(yaml, figures)).toThrow('how the two measures differ in English');
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

  it('scales the bars of one measure from zero, in per cent of the track, with no bar for a row without a figure', () => {
    expect(barPercents([10, 5, null, 0])).toEqual([100, 50, null, 0.5]);
    expect(barPercents([7.5, 10])).toEqual([75, 100]);
  });

  it('estimates bold Latin text wider than regular, so a tile map name sized by it fits its tile', () => {
    expect(textWidth('Shangyou', 10, { bold: true })).toBeGreaterThan(textWidth('Shangyou', 10));
    // DejaVu Sans Bold, among the widest system fonts, sets "Shangyou" about 5.6 em wide.
    expect(textWidth('Shangyou', 1, { bold: true })).toBeGreaterThanOrEqual(5.6);
    expect(textWidth('章贡', 10, { bold: true })).toBe(20);
  });
});
