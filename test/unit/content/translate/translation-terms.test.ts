import { describe, expect, it } from 'vitest';
import { align, translatableTexts, type AlignedText } from '../../../../scripts/content/translate/align.ts';
import { describeOffenders, occurrences, readTerms, termOffenders, unquoted, type TermEntry } from '../../../../scripts/content/translate/terms.ts';
import { readTranslations } from '../../../../scripts/content/translate/translations.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { realReport } from '../../../helpers.ts';

const FILE = 'content/translations/terms.yaml';

describe('the fixed renderings of recurring terms in the real report', () => {
  const { report, figures } = realReport();
  const terms = readTerms(readYamlFile(FILE));
  const aligned = align(report, figures, readTranslations('content/translations/en'), { requireAll: true, translationsDir: '' });
  const texts = translatableTexts(report);
  const offenders = termOffenders(texts, aligned, terms);

  it('every paragraph and title renders each listed term of its Chinese with the fixed English, as often as the Chinese has it', () => {
    expect(describeOffenders(offenders)).toBe('');
  });

  it('lists only terms that occur in the report outside quotation marks', () => {
    const chinese = texts.map((text) => unquoted(text.zh)).join('\n');
    // A construction stage may be listed before the report uses it: the ledger's later reports do.
    expect(terms.filter((term) => !term.stage && term.zh.every((form) => occurrences(chinese, form) === 0)).map((term) => term.zh.join('/'))).toEqual([]);
  });
});

describe('termOffenders', () => {
  const term = (zh: string | string[], en: string, once = false): TermEntry => ({
    zh: Array.isArray(zh) ? zh : [zh],
    en,
    once,
    notWithin: [],
    stage: false,
    note: null,
    line: null,
  });
  const english = (id: string, en: string, lead: string | null = null): AlignedText => ({ id, status: 'current', lead, en, figures: [] });
  const terms = [
    term('高标准农田', 'high-standard farmland'),
    term(['棚户区', '棚改'], 'shantytown'),
    term('高铁新区', 'High-speed Rail New Area'),
    term('营收', 'revenue', true),
  ];

  it('lists every paragraph whose English renders a term otherwise, or less often than the Chinese has it', () => {
    const texts = [
      { id: 'p9-s1-1', zh: '新建高标准农田5万亩，改造高标准农田2万亩。' },
      { id: 'p9-s1-2', zh: '推进棚改，完成城市棚户区改造1万户。' },
      { id: 'p9-s1-3', zh: '高铁新区加快建设。' },
    ];
    const aligned = [
      english('p9-s1-1', 'We will build 50,000 mu of new high-standard farmland and upgrade 20,000 mu of well-facilitated farmland.'),
      english('p9-s1-2', 'We will renovate shanty towns for 10,000 households.', 'Advance shantytown renovation.'),
      english('p9-s1-3', 'The High-Speed Rail New Area will be built faster.'),
    ];
    const offenders = termOffenders(texts, aligned, terms);
    expect(offenders.map((o) => [o.id, o.term, o.needed, o.found])).toEqual([
      ['p9-s1-1', '高标准农田', 2, 1],
      ['p9-s1-2', '棚户区/棚改', 2, 1],
      ['p9-s1-3', '高铁新区', 1, 0],
    ]);
    expect(describeOffenders(offenders)).toBe(
      [
        'p9-s1-1: “高标准农田” ×2: expected "high-standard farmland" ×2, found ×1',
        'p9-s1-2: “棚户区/棚改” ×2: expected "shantytown" ×2, found ×1',
        'p9-s1-3: “高铁新区” ×1: expected "High-speed Rail New Area" ×1, found ×0',
      ].join('\n'),
    );
  });

  it('passes a faithful English: a lowercase rendering may open a sentence, a term marked once may be gathered, quoted terms are the glossary’s', () => {
    const texts = [
      { id: 'p9-s2-1', zh: '高标准农田建设提速，推动“高标准农田”示范。' },
      { id: 'p9-s2-2', zh: '推动龙南经开区营收达580亿元、瑞金经开区营收达360亿元。' },
    ];
    const aligned = [
      english('p9-s2-1', 'High-standard farmland development will speed up, and we will promote "model farmland".'),
      english('p9-s2-2', 'We will push revenue to reach 58 billion yuan for Longnan and 36 billion yuan for Ruijin.'),
    ];
    expect(termOffenders(texts, aligned, terms)).toEqual([]);
  });

  it('leaves out texts without a current English', () => {
    const missing: AlignedText = { id: 'p9-s3-1', status: 'missing', lead: null, en: null, figures: [] };
    expect(termOffenders([{ id: 'p9-s3-1', zh: '高标准农田' }], [missing], terms)).toEqual([]);
  });
});

describe('readTerms', () => {
  it('reads one form or several, and once', () => {
    const yaml = parseYaml(
      't.yaml',
      '- zh: 高标准农田\n  en: high-standard farmland\n- zh: [棚户区, 棚改]\n  en: shantytown\n  once: true\n',
    );
    expect(readTerms(yaml)).toEqual([
      { zh: ['高标准农田'], en: 'high-standard farmland', once: false, notWithin: [], stage: false, note: null, line: 1 },
      { zh: ['棚户区', '棚改'], en: 'shantytown', once: true, notWithin: [], stage: false, note: null, line: 3 },
    ]);
  });

  it('reads a construction stage with its note, and the longer words it is not meant in', () => {
    const english = (id: string, en: string): AlignedText => ({ id, status: 'current', lead: null, en, figures: [] });
    const yaml = parseYaml('t.yaml', '- zh: 建成\n  en: complete\n  notWithin: [建成区]\n  stage: true\n  note: The works are finished.\n');
    const [stage] = readTerms(yaml);
    expect(stage).toMatchObject({ zh: ['建成'], en: 'complete', notWithin: ['建成区'], stage: true, note: 'The works are finished.' });
    // 蓉江新区建成区面积 speaks of a built-up area: not the stage, so no "complete" is needed.
    expect(termOffenders([{ id: 'p9-s1-1', zh: '蓉江新区建成区面积约20平方公里。' }], [english('p9-s1-1', 'The built-up area is about 20 square kilometers.')], [stage!])).toEqual([]);
    expect(termOffenders([{ id: 'p9-s1-1', zh: '建成学校3所。' }], [english('p9-s1-1', 'Three schools were built.')], [stage!])).toHaveLength(1);
    expect(() => readTerms(parseYaml('t.yaml', '- zh: 合龙\n  en: joined\n  stage: true\n'))).toThrow(/^t\.yaml:1: the stage “合龙”: expected note:/u);
  });

  it('holds the report\'s stage verbs to one rendering each: 合龙 is "joined", 贯通 "connected end to end", never "closed" or "opened to traffic"', () => {
    const stages = readTerms(readYamlFile(FILE)).filter((term) => term.stage);
    expect(Object.fromEntries(stages.map((term) => [term.zh[0], term.en]))).toMatchObject({ 合龙: 'joined', 贯通: 'connected end to end', 通车: 'to traffic', 开工: 'start', 建成: 'complete', 投产: 'production' });
    const p1s4 = readTranslations('content/translations/en').get('p1-s4-1')!.en;
    expect(p1s4).not.toMatch(/Panlong Bridge was closed|opened to traffic along its entire length/u);
  });

  it('names the line of an entry without its English', () => {
    expect(() => readTerms(parseYaml('t.yaml', '- zh: 高标准农田\n'))).toThrow(
      /^t\.yaml:1: 0\.en: expected the English rendering of “高标准农田”/u,
    );
  });

  it('names the line of a term listed twice', () => {
    expect(() => readTerms(parseYaml('t.yaml', '- zh: 棚改\n  en: shantytown\n- zh: [棚户区, 棚改]\n  en: shantytown\n'))).toThrow(
      /^t\.yaml:3: “棚改” has two entries/u,
    );
  });
});
