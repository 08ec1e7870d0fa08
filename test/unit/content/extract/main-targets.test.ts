import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { readIndicators } from '../../../../scripts/content/extract/indicators.ts';
import { findMainTargets, targetItems, targetParagraphs, type MainTarget } from '../../../../scripts/content/extract/main-targets.ts';
import { readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';

/**
 * The main targets (主要预期目标) of the eight real reports of test/fixtures/real/ and of the site's
 * own report, read by hand from each paragraph of targets: which paragraph, which indicators in
 * which order, which figure and kind.
 */
const indicators = readIndicators(readYamlFile('content/indicators.yaml'));

const targetsOf = (file: string): MainTarget[] => {
  const data = buildReportData(readFileSync(file, 'utf8'), file, []);
  return findMainTargets(data.report, data.figures, indicators);
};
/** indicator (or the Chinese name of an unknown one), the figure as printed with its qualifier, and the kind. */
const rows = (targets: MainTarget[]) => targets.map((target) => `${target.indicator ?? `?${target.indicatorZh}`} ${target.text === null ? '—' : `${target.text}${target.qualifier ?? ''}`} ${target.kind}`);

describe('main targets of the real reports', () => {
  const cases: Array<[file: string, paragraph: string, year: number, expected: string[]]> = [
    ['baoding-city-2025', 'p2-intro-3', 2025, [
      'gdp 6%左右 growth', 'public-budget-revenue 3%左右 growth', 'industrial-value-added 7%左右 growth', 'fixed-asset-investment 7.5%左右 growth',
      'retail-sales 6%左右 growth', 'resident-income 6%左右 growth', 'cpi 2%左右 ceiling',
    ]],
    ['fujian-province-2026', 'p3-intro-2', 2026, [
      'gdp 5%左右 growth', 'unemployment 5%左右 ceiling', 'new-urban-jobs 50万人 level', 'cpi 2%左右 ceiling', 'resident-income — words',
      'grain-output 513万吨以上 level', 'carbon-intensity — words',
    ]],
    ['gaotang-county-2025', 'p2-intro-2', 2025, [
      'gdp 6%以上 growth', 'public-budget-revenue 3.5% growth', 'fixed-asset-investment 7% growth', 'retail-sales 6.5%以上 growth',
      'imports-exports — words', 'resident-income — words',
    ]],
    ['guangdong-province-2026', 'p3-intro-1', 2026, ['gdp 4.5%—5% growth', 'public-budget-revenue 3%左右 growth', 'resident-income — words']],
    ['hunan-province-2026', 'p3-intro-3', 2026, [
      'gdp 5%左右 growth', 'public-budget-revenue 1.5%左右 growth', 'industrial-value-added 6% growth', 'fixed-asset-investment — words',
      'retail-sales 4.5%以上 growth', 'imports-exports 3% growth', 'new-urban-jobs 70万人 level', 'resident-income — words', 'cpi 2%左右 ceiling',
      'grain-output 615亿斤左右 level', 'carbon-intensity — words',
    ]],
    ['jiangxi-province-2026', 'p3-intro-2', 2026, [
      'gdp 5%-5.5% growth', 'industrial-value-added 7.3%以上 growth', 'fixed-asset-investment 3.5%左右 growth', 'retail-sales 4.5%以上 growth',
      'urban-income 4.5%左右 growth', 'rural-income 5.5%左右 growth', 'cpi 2%左右 ceiling', 'unemployment 5.5%左右 ceiling',
      'carbon-dual-control — words', 'environmental-quality — words',
    ]],
    ['yixian-county-2025', 'p2-intro-3', 2025, [
      'gdp 6%左右 growth', 'fixed-asset-investment 7.5%左右 growth', 'industrial-value-added 7%左右 growth', 'retail-sales 6%左右 growth',
      'public-budget-revenue 6%以上 growth', 'urban-income 5.5%左右 growth', 'rural-income 6.5%左右 growth', 'imports-exports 3%左右 growth',
    ]],
    ['zhejiang-province-2026', 'p3-intro-2', 2026, ['gdp 5%—5.5% growth', 'unemployment 5%以内 ceiling', 'cpi 2%左右 ceiling', 'resident-income — words']],
  ];
  it.each(cases)('%s: the paragraph of targets, each indicator, figure and kind', (name, paragraph, year, expected) => {
    const targets = targetsOf(`test/fixtures/real/${name}.zh.txt`);
    expect(rows(targets)).toEqual(expected);
    expect(new Set(targets.map((target) => target.paragraph))).toEqual(new Set([paragraph]));
    expect(new Set(targets.map((target) => target.year))).toEqual(new Set([year]));
  });

  it("the site's own report: its thirteen, one of them an indicator the dictionary does not know", () => {
    const targets = targetsOf('content/source/ganzhou-2023-work-report.page2.zh.txt');
    expect(rows(targets)).toEqual([
      'gdp 7.5%左右 growth', 'industrial-value-added 8.5%以上 growth', 'public-budget-revenue 3.5%左右 growth', 'fixed-asset-investment 10%以上 growth',
      'retail-sales 8.5%以上 growth', '?实际利用省外2000万元以上项目资金 8.5%以上 growth', 'foreign-investment — words', 'exports — words',
      'urban-income 7.5%左右 growth', 'rural-income 9.5%左右 growth', 'cpi 3%左右 ceiling', 'unemployment 5.5%以内 ceiling', 'energy-conservation — words',
    ]);
    // The amount inside the name (2000万元) is not the target: the figure that ends the item is.
    expect(targets[5]).toMatchObject({ id: 'p2-intro-2-f7', figure: 'p2-intro-2-f7', indicator: null, indicatorEn: null });
    expect(targets[6]).toMatchObject({ id: 'p2-intro-2/实际使用外商直接投资额稳中有进', figure: null, value: null });
  });

  it('names both halves of a 分别 list and keeps the item as printed for each', () => {
    const targets = targetsOf('test/fixtures/real/yixian-county-2025.zh.txt').filter((target) => target.indicator?.endsWith('income'));
    expect(targets.map((target) => [target.indicatorEn, target.value, target.asWritten])).toEqual([
      ['Per capita disposable income of urban residents', 5.5, '城乡居民人均可支配收入分别增长5.5%、6.5%左右'],
      ['Per capita disposable income of rural residents', 6.5, '城乡居民人均可支配收入分别增长5.5%、6.5%左右'],
    ]);
  });

  it('leaves out the targets of a five-year part (十五五时期…主要目标是：)', () => {
    for (const name of ['guangdong-province-2026', 'zhejiang-province-2026']) {
      const file = `test/fixtures/real/${name}.zh.txt`;
      const { report } = buildReportData(readFileSync(file, 'utf8'), file, []);
      expect(targetParagraphs(report).map((paragraph) => paragraph.id)).toEqual([name === 'guangdong-province-2026' ? 'p3-intro-1' : 'p3-intro-2']);
    }
  });
});

describe('cutting the paragraph of targets into items', () => {
  it('cuts at ，；; outside brackets and quotes, and stops at the end of the sentence', () => {
    const text = '今年主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；城镇新增就业（含“新就业形态，灵活就业”）50万人;粮食产量稳定。力争更好。';
    expect(targetItems(text).map((item) => item.text)).toEqual([
      '地区生产总值增长5%左右',
      '在实际工作中努力争取更好结果',
      '城镇新增就业（含“新就业形态，灵活就业”）50万人',
      '粮食产量稳定',
    ]);
    expect(targetItems('今年的工作目标很多，我们要努力。')).toEqual([]);
  });

  it('gives each item its place in the paragraph (figures are matched by offset)', () => {
    const text = '主要目标为：GDP增长6%，CPI涨幅3%左右。';
    for (const item of targetItems(text)) expect(text.slice(item.start, item.start + item.text.length)).toBe(item.text);
  });
});
