import { describe, expect, it } from 'vitest';
import { barChart } from '../../../../src/lib/charts/specs.ts';
import { indicatorName, reportTargets } from '../../../../src/lib/report/main-targets.ts';
import { targetKey } from '../../../../src/lib/report/targets.ts';

describe("the site's own /data/targets.json", () => {
  it("holds the records its targets page shows: the targets chart, item by item (in the report's order)", () => {
    expect(reportTargets.map((target) => target.id).sort()).toEqual(
      barChart('targets')
        .rows.map((row) => targetKey(row))
        .sort(),
    );
  });

  it("names an indicator the dictionary lacks by the chart's curated label, and marks it unknown", () => {
    const funds = reportTargets.find((target) => target.id === 'p2-intro-2-f7')!;
    expect([funds.indicator, funds.indicatorZh, indicatorName('en', funds)]).toEqual([
      null,
      '实际利用省外2000万元以上项目资金增长',
      { text: 'Growth in funds from outside the province for projects of 20 million yuan or more', lang: 'en' },
    ]);
    const gdp = reportTargets[0]!;
    expect([gdp.indicator, indicatorName('zh', gdp), indicatorName('en', gdp)]).toEqual([
      'gdp',
      { text: '地区生产总值', lang: 'zh-CN' },
      { text: 'Gross domestic product (GDP)', lang: 'en' },
    ]);
  });
});
