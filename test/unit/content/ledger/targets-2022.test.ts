import { describe, expect, it } from 'vitest';
import { readCharts } from '../../../../scripts/content/layers/charts.ts';
import { readClusters } from '../../../../scripts/content/layers/clusters.ts';
import { buildLedger } from '../../../../scripts/content/ledger/ledger.ts';
import { readOutcomeSources, readShortfall } from '../../../../scripts/content/ledger/outcomes.ts';
import { checkTargets2022, readTargets2022 } from '../../../../scripts/content/ledger/targets-2022.ts';
import { paragraphsOf } from '../../../../scripts/content/tree/segment.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { gazetteer, realReport } from '../../../helpers.ts';

const { report, figures } = realReport();
const places = gazetteer();
const sources = readOutcomeSources(readYamlFile('content/outcomes/sources.yaml'));
const text = new Map(paragraphsOf(report).map((p) => [p.id, p.text]));
const ledger = buildLedger(
  { charts: readCharts(readYamlFile('content/charts.yaml'), figures, places, readClusters(readYamlFile('content/clusters.yaml'))), figures, paragraphText: (id) => text.get(id)!, projects: [], places, outcomes: [], sources },
  'o.yaml',
);

const shortfall = readShortfall(readYamlFile('content/outcomes/shortfall-2022.yaml'));
const inputs = { sources, ledger, shortfall };
// The small files below test one entry each, so no indicator of the shortfall is required of them.
const noShortfall = { ...inputs, shortfall: { ...shortfall, indicators: [] } };

const QUOTE = '主要预期目标是：GDP增长8%左右，城镇、农村居民人均可支配收入分别增长8%、10%左右，出口总额量稳质升。';
/** A small file with the real source and a short quote, so only the entries under test vary. */
const check = (targets: string, quote = QUOTE) => () => {
  const yaml = parseYaml('t.yaml', `source: ce-2022-01-26-ganzhou-report\nquote: ${quote}\ntargets:\n${targets}`);
  return checkTargets2022(readTargets2022(yaml), noShortfall, yaml);
};
const gdp = (figure: string) => `  - target: p2-intro-2-f1\n    asWritten: GDP增长8%左右\n    figure: ${figure}\n`;

describe('the 2022 targets', () => {
  it('pair every 2023 main target with its 2022 target, each read from the source as printed', () => {
    const yaml = readYamlFile('content/outcomes/targets-2022.yaml');
    const { source, targets } = checkTargets2022(readTargets2022(yaml), inputs, yaml);
    expect(source.url).toBe('http://district.ce.cn/newarea/roll/202201/26/t20220126_37291081_1.shtml');
    expect(source.date).toBe('2022-01-26');
    expect(targets.map((target) => target.key)).toEqual(ledger.filter((entry) => entry.group === 'target').map((entry) => entry.id));
    const shown = (key: string) => {
      const target = targets.find((candidate) => candidate.key === key)!;
      return target.figure ? `${target.figure.text}${target.figure.qualifier ?? ''}` : target.words!.zh;
    };
    expect(['f1', 'f2', 'f3', 'f4', 'f5', 'f7', 'f8', 'f9', 'f10', 'f11'].map((f) => shown(`p2-intro-2-${f}`))).toEqual([
      '8%左右',
      '8.5%以上',
      '5.5%以上',
      '9.5%左右',
      '10%以上',
      '8.5%左右',
      '8%左右',
      '10%左右',
      '3%左右',
      '5.5%以内',
    ]);
    expect(shown('p2-intro-2/出口总额稳中提质')).toBe('量稳质升');
    expect(targets.find((target) => target.key === 'p2-intro-2/实际使用外商直接投资额稳中有进')?.note?.zh).toContain('实际利用外资');
  });

  it('read a qualifier that 分别 gives to both figures of a list', () => {
    const both = check(
      ['p2-intro-2-f8', 'p2-intro-2-f9']
        .map((target, i) => `  - target: ${target}\n    asWritten: 城镇、农村居民人均可支配收入分别增长8%、10%左右\n    figure: { value: ${[8, 10][i]}, unit: "%", qualifier: 左右 }\n`)
        .join(''),
    )();
    expect(both.targets.map((target) => target.figure?.qualifier)).toEqual(['左右', '左右']);
  });

  it('refuse a record that disagrees with the source or the 2023 targets, naming the file and line', () => {
    expect(check(gdp('{ value: 8, unit: "%", qualifier: 左右 }'))).not.toThrow();
    expect(check(gdp('{ value: 7.5, unit: "%", qualifier: 左右 }'))).toThrow('t.yaml:6: 7.5% does not occur in “GDP增长8%左右”');
    expect(check(gdp('{ value: 8, unit: "%", qualifier: 以上 }'))).toThrow('t.yaml:6: “GDP增长8%左右” gives 8% with qualifier 左右, not 以上');
    expect(check(gdp('{ value: 8, unit: "%", qualifier: 左右 }'), '主要预期目标是：GDP增长7%左右。')).toThrow('t.yaml:5: “GDP增长8%左右” does not occur in the quote');
    expect(check(gdp('{ value: 8, unit: "%", qualifier: 左右 }').replace('f1', 'f6'))).toThrow('t.yaml:4: p2-intro-2-f6 is not a main target of 2023');
    expect(check(gdp('{ value: 8, unit: "%", qualifier: 左右 }').repeat(2))).toThrow('t.yaml:7: p2-intro-2-f1: a second 2022 target for the same 2023 target');
    expect(check('  - target: p2-intro-2\n    clause: 出口总额稳中提质\n    asWritten: 出口总额量稳质升\n')).toThrow(
      't.yaml:4: expected either figure: (a target with a figure) or words: (a target in words)',
    );
    expect(() => {
      const yaml = parseYaml('t.yaml', `source: ce-2022-01-26-ganzhou-report\nquote: ${QUOTE}\ntargets:\n${gdp('{ value: 8, unit: "%", qualifier: 左右 }')}`);
      checkTargets2022(readTargets2022(yaml), inputs, yaml);
    }).toThrow('t.yaml:3: p2-intro-2-f5: the report admits it fell below the 2022 plan (shortfall-2022.yaml): expected its 2022 target here');
    expect(() => {
      const yaml = parseYaml('t.yaml', `source: nowhere\nquote: ${QUOTE}\ntargets: []\n`);
      checkTargets2022(readTargets2022(yaml), noShortfall, yaml);
    }).toThrow('t.yaml:1: source "nowhere" is not in sources.yaml');
  });
});
