import { describe, expect, it } from 'vitest';
import { readCharts } from '../../../../scripts/content/layers/charts.ts';
import { readClusters } from '../../../../scripts/content/layers/clusters.ts';
import { buildLedger } from '../../../../scripts/content/ledger/ledger.ts';
import { figureStatus, stageStatus, threshold } from '../../../../scripts/content/ledger/outcome-rule.ts';
import { checkOutcomes, checkShortfall, readOutcomes, readOutcomeSources, readShortfall } from '../../../../scripts/content/ledger/outcomes.ts';
import { readProjects } from '../../../../scripts/content/layers/projects.ts';
import { paragraphsOf } from '../../../../scripts/content/tree/segment.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { gazetteer, realReport } from '../../../helpers.ts';

const { report, figures } = realReport();
const places = gazetteer();
const projects = readProjects(readYamlFile('content/projects.yaml'), places, readClusters(readYamlFile('content/clusters.yaml')));
const sources = readOutcomeSources(readYamlFile('content/outcomes/sources.yaml'));
const inputs = { report, figures, projects, sources };

/** One outcome record in a small file, so only the part under test varies. */
const check = (record: string) => () => checkOutcomes(readOutcomes(parseYaml('o.yaml', `# outcomes\n${record}`)), inputs, 'o.yaml');
const gdp = (value: string, qualifier: string, status: string, quote = `全年GDP增长${value}%${qualifier === 'null' ? '' : qualifier}`) =>
  `- promise: p2-intro-2-f1\n  outcome: { value: ${value}, unit: "%", qualifier: ${qualifier}, measure: GDP增长, zh: 甲, en: "GDP grew by ${value}%" }\n  status: ${status}\n  source: newskj-2024-01-17\n  quote: ${quote}\n`;

describe('the rule that says whether a target was met', () => {
  it('holds "about X" to 95% of X, "X or more" to X, and a ceiling from above', () => {
    const about = { value: 7.5, qualifier: '左右', context: 'GDP增长' };
    expect(figureStatus(about, { value: 5.3, qualifier: '左右' })).toBe('not-met');
    expect(figureStatus(about, { value: 7.2, qualifier: null })).toBe('met');
    expect(threshold(about)).toBe(7.125);
    const atLeast = { value: 8.5, qualifier: '以上', context: '规模以上工业增加值增长' };
    expect(figureStatus(atLeast, { value: 10, qualifier: '以上' })).toBe('met');
    expect(figureStatus(atLeast, { value: 8.4, qualifier: null })).toBe('not-met');
    const ceiling = { value: 5.5, qualifier: '以内', context: '城镇调查失业率控制在' };
    expect(figureStatus(ceiling, { value: 5.2, qualifier: null })).toBe('met');
    expect(figureStatus(ceiling, { value: 5.6, qualifier: null })).toBe('not-met');
    // 控制在3%左右: a ceiling with the same 5% of slack, from above.
    expect(figureStatus({ value: 3, qualifier: '左右', context: '居民消费价格总水平涨幅控制在' }, { value: 3.1, qualifier: null })).toBe(
      'met',
    );
    expect(figureStatus({ value: 3, qualifier: '左右', context: '居民消费价格总水平涨幅控制在' }, { value: 3.2, qualifier: null })).toBe(
      'not-met',
    );
  });

  it('holds a project to the stage the plan promised', () => {
    expect(stageStatus('complete', 'complete')).toBe('met');
    expect(stageStatus('complete', 'structure')).toBe('partly-met');
    expect(stageStatus('complete', 'continue')).toBe('not-met');
    expect(stageStatus('start', 'continue')).toBe('met');
    expect(stageStatus('preparation', 'preparation')).toBe('met');
  });
});

describe('checking an outcome record', () => {
  it('accepts a record whose value, qualifier and status agree with its quote and the rule', () => {
    expect(check(gdp('5.3', '左右', 'not-met'))).not.toThrow();
  });

  it('fails on an unknown promise id, naming file and line', () => {
    expect(check(gdp('5.3', '左右', 'not-met').replace('p2-intro-2-f1', 'p2-intro-2-f99'))).toThrow(
      /^o\.yaml:2: promise "p2-intro-2-f99" does not exist: expected a figure id/u,
    );
    expect(check(gdp('5.3', '左右', 'not-met').replace('p2-intro-2-f1', 'p1-s2-1-f1'))).toThrow(
      /^o\.yaml:2: promise p1-s2-1-f1 is a figure of the review of 2022/u,
    );
  });

  it('fails on a value or qualifier that disagrees with the recorded source text', () => {
    expect(check(gdp('5.3', '左右', 'not-met', '全年GDP增长5.2%左右'))).toThrow(
      /^o\.yaml:2: p2-intro-2-f1: value 5\.3% does not occur in the quote “全年GDP增长5\.2%左右”/u,
    );
    expect(check(gdp('5.3', 'null', 'not-met', '全年GDP增长5.3%左右'))).toThrow(/the quote gives 5\.3% with qualifier 左右, not none/u);
  });

  it('fails on a status that contradicts the rule', () => {
    expect(check(gdp('5.3', '左右', 'met'))).toThrow(
      /^o\.yaml:2: p2-intro-2-f1: status met contradicts the rule: target 7\.5%左右 \(at least 7\.125%\), outcome 5\.3%左右 → not-met/u,
    );
    expect(check(gdp('7.2', 'null', 'not-met'))).toThrow(/status not-met contradicts the rule: .* → met/u);
  });

  it('requires not-comparable, with a reason, when the source measures something else', () => {
    const cluster = (status: string, reason = '') =>
      `- promise: p2-s1-1-f2\n  outcome: { value: 1800, unit: 亿元, qualifier: 达, measure: 产业集群营收, zh: 甲, en: 180 billion yuan }\n  status: ${status}\n${reason}  source: newskj-2024-01-17\n  quote: 有色金属和新材料产业集群营收达1800亿元\n`;
    expect(check(cluster('not-met'))).toThrow(
      /status not-met contradicts the rule: the source measures “产业集群营收”, the target “力争规上工业营收达”: expected not-comparable/u,
    );
    expect(check(cluster('not-comparable'))).toThrow(/not-comparable needs reason:/u);
    expect(check(cluster('not-comparable', '  reason: { zh: 口径不同, en: different measures }\n'))).not.toThrow();
  });

  it('fails on a project stage the quote does not say, and on a wrong project status', () => {
    const airport = (text: string, status: string) =>
      `- promise: ruijin-airport\n  outcome: { stage: structure, text: ${text}, zh: 甲, en: a }\n  status: ${status}\n  source: ruijin-airport-wenzheng\n  quote: 瑞金机场2023年底主体工程已完工\n`;
    expect(check(airport('主体工程已完工', 'partly-met'))).not.toThrow();
    expect(check(airport('建成通航', 'partly-met'))).toThrow(/“建成通航” does not occur in the quote/u);
    expect(check(airport('主体工程已完工', 'met'))).toThrow(
      /status met contradicts the rule: promised complete \(建成\), reached structure/u,
    );
  });

  it('fails on an unknown source and on English without the figure', () => {
    expect(check(gdp('5.3', '左右', 'not-met').replace('newskj-2024-01-17', 'nowhere'))).toThrow(
      /source "nowhere" is not in sources\.yaml/u,
    );
    expect(check(gdp('5.3', '左右', 'not-met').replace('GDP grew by 5.3%', 'GDP grew'))).toThrow(
      /the English “GDP grew” does not give 5\.3%/u,
    );
  });
});

describe('the real outcomes', () => {
  const checked = checkOutcomes(readOutcomes(readYamlFile('content/outcomes/outcomes.yaml')), inputs, 'content/outcomes/outcomes.yaml');
  const charts = readCharts(readYamlFile('content/charts.yaml'), figures, places, readClusters(readYamlFile('content/clusters.yaml')));
  const text = new Map(paragraphsOf(report).map((p) => [p.id, p.text]));
  const ledger = buildLedger(
    { charts, figures, paragraphText: (id) => text.get(id)!, projects, places, outcomes: checked, sources },
    'o.yaml',
  );
  const status = (id: string) => ledger.find((entry) => entry.id === id)?.status;

  it('track every main target, cluster, zone and plan project, each with a status', () => {
    expect(ledger.filter((e) => e.group === 'target')).toHaveLength(13);
    expect(ledger.filter((e) => e.group === 'cluster')).toHaveLength(6);
    expect(ledger.filter((e) => e.group === 'zone')).toHaveLength(4);
    expect(ledger.filter((e) => e.group === 'project')).toHaveLength(projects.filter((p) => p.paragraph.startsWith('p2-')).length);
  });

  it("show each zone's own target, not the list it stands in (three zones in one clause give three targets)", () => {
    const zones = ledger.filter((entry) => entry.group === 'zone');
    expect(zones.map((entry) => entry.target.asWritten)).toEqual(['营收突破1600亿元', '推动龙南经开区营收达580亿元', '赣州高新区营收突破500亿元', '瑞金经开区营收达360亿元']);
    for (const entry of zones) expect(entry.target.asWritten.match(/\d+亿元/gu)).toHaveLength(1);
  });

  it('read GDP as not met, industry as met, and the clusters measured otherwise as not comparable', () => {
    expect(status('p2-intro-2-f1')).toBe('not-met');
    expect(status('p2-intro-2-f2')).toBe('met');
    expect(status('p2-intro-2-f3')).toBe('met');
    expect(status('p2-intro-2-f4')).toBe('not-reported');
    expect(status('p2-s1-1-f1')).toBe('not-met');
    expect(status('p2-s1-1-f2')).toBe('not-comparable');
    expect(status('p2-s1-3-f1')).toBe('not-comparable');
    expect(status('ruijin-airport')).toBe('partly-met');
  });

  it('give every reported outcome a source with title, publisher, date and address', () => {
    for (const entry of ledger.filter((e) => e.status !== 'not-reported')) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources)
        expect(source).toMatchObject({
          title: expect.any(String),
          date: expect.stringMatching(/^\d{4}/u),
          url: expect.stringMatching(/^https?:/u),
        });
    }
  });

  it('name counties for the outcomes that concern them', () => {
    expect(ledger.find((e) => e.id === 'xinfeng-nanxiong-expressway')?.places).toContain('xinfeng');
    expect(ledger.find((e) => e.id === 'p2-s1-3-f2')?.places).toEqual(['longnan-etdz', 'longnan']);
  });

  it('check the 2022 shortfall the report admits against its paragraph', () => {
    const yaml = readYamlFile('content/outcomes/shortfall-2022.yaml');
    expect(() => checkShortfall(readShortfall(yaml), report, figures, yaml)).not.toThrow();
    const bad = parseYaml('s.yaml', 'paragraph: p1-end-2\nindicators:\n  - target: p2-intro-2-f4\n    asWritten: 固定资产投资\n');
    expect(() => checkShortfall(readShortfall(bad), report, figures, bad)).toThrow('s.yaml:4: “固定资产投资” does not occur in p1-end-2');
  });
});
