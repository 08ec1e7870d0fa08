import { describe, expect, it } from 'vitest';
import { chartJson } from '../../../../src/lib/charts/csv.ts';
import { barChart } from '../../../../src/lib/charts/specs.ts';
import { shortfall2022, targets2022 } from '../../../../src/lib/ledger/outcomes.ts';
import { shown2022, targetKey, targetsBeside2022 } from '../../../../src/lib/report/targets.ts';

const rows = barChart('targets').rows;
const pairs = targetsBeside2022(rows, targets2022, shortfall2022);
const pairOf = (key: string) => pairs.find((pair) => targetKey(pair.row) === key)!;

describe('each 2023 main target beside its 2022 target', () => {
  it('pairs every 2023 target with the 2022 target of the same indicator, in both languages', () => {
    expect(pairs.map((pair) => pair.row)).toEqual(rows);
    expect(pairs.every((pair) => pair.before !== null)).toBe(true);
    const gdp = pairOf('p2-intro-2-f1');
    expect([gdp.row.display.zh, shown2022('zh', gdp.before!), shown2022('en', gdp.before!)]).toEqual(['7.5%左右', '8%左右', 'around 8%']);
    const rural = pairOf('p2-intro-2-f9');
    expect([rural.row.display.zh, shown2022('zh', rural.before!), rural.before!.asWritten]).toEqual([
      '9.5%左右',
      '10%左右',
      '城镇、农村居民人均可支配收入分别增长8%、10%左右',
    ]);
    expect(shown2022('en', pairOf('p2-intro-2-f11').before!)).toBe('5.5% or less');
    const exports = pairOf('p2-intro-2/出口总额稳中提质');
    expect([shown2022('zh', exports.before!), shown2022('en', exports.before!)]).toEqual([
      '量稳质升',
      'steady in volume and rising in quality',
    ]);
  });

  it('marks the four indicators the report admits fell short of the 2022 plan, each with that plan', () => {
    const below = pairs.filter((pair) => pair.belowPlan2022);
    expect(below.map((pair) => [pair.row.label.zh, shown2022('zh', pair.before!)])).toEqual([
      ['地区生产总值（GDP）增长', '8%左右'],
      ['社会消费品零售总额增长', '10%以上'],
      ['城镇居民人均可支配收入增长', '8%左右'],
      ['农村居民人均可支配收入增长', '10%左右'],
    ]);
  });

  it('leaves an indicator without a 2022 target empty rather than borrowing another', () => {
    const withoutGdp = { ...targets2022!, targets: targets2022!.targets.filter((target) => target.key !== 'p2-intro-2-f1') };
    const paired = targetsBeside2022(rows, withoutGdp, shortfall2022);
    expect(paired.find((pair) => pair.row.figure === 'p2-intro-2-f1')!.before).toBeNull();
    expect(paired.filter((pair) => pair.before === null)).toHaveLength(1);
    expect(targetsBeside2022(rows, null, null).every((pair) => pair.before === null && !pair.belowPlan2022)).toBe(true);
  });

  it('publishes the 2022 target beside each row of the targets data, with its source', () => {
    const published = JSON.parse(chartJson('targets')) as Array<Record<string, unknown>>;
    const gdp = published.find((row) => row.figure === 'p2-intro-2-f1')!;
    expect(gdp).toMatchObject({
      target_zh: '7.5%左右',
      target_2022_zh: '8%左右',
      target_2022_en: 'around 8%',
      value_2022: 8,
      unit_2022: '%',
      qualifier_2022: '左右',
      as_written_2022: 'GDP增长8%左右',
      source_2022: 'http://district.ce.cn/newarea/roll/202201/26/t20220126_37291081_1.shtml',
      below_plan_2022: true,
    });
    expect(published.filter((row) => row.below_plan_2022 === true)).toHaveLength(4);
    expect(published.find((row) => row.label_zh === '出口总额')).toMatchObject({ target_2022_zh: '量稳质升', value_2022: null });
  });
});
