import { describe, expect, it } from 'vitest';
import { checkClauseSubjects, type ClauseTranslation } from '../../../../scripts/content/commitments/clause-translations.ts';
import type { Commitment } from '../../../../scripts/content/shared/model.ts';
import { parseYaml } from '../../../../scripts/content/shared/yaml-file.ts';
import { bilingualTexts, checkDerivedEnglish, derivedEnglishFaults, type DerivedText } from '../../../../scripts/content/translate/derived-english.ts';
import type { TermEntry } from '../../../../scripts/content/translate/terms.ts';

const terms: TermEntry[] = [
  { zh: ['老旧小区'], en: 'old residential compound', once: false, notWithin: [], stage: false, note: null, line: null },
  { zh: ['设施蔬菜'], en: 'protected vegetable', once: false, notWithin: [], stage: false, note: null, line: null },
  { zh: ['规模以上', '规上'], en: 'above designated size', once: false, notWithin: [], stage: false, note: null, line: null },
];
const text = (zh: string, en: string, more: Partial<DerivedText> = {}): DerivedText => ({ file: 'layer.yaml', line: 3, what: 'item', zh, en, role: null, ...more });
const faultsOf = (...texts: DerivedText[]) => derivedEnglishFaults(texts, terms).map((fault) => fault.fault);

describe('the checks every derived English gets', () => {
  it('holds a label to the fixed renderings of terms, as the paragraphs are', () => {
    expect(faultsOf(text('改造老旧小区', 'Old residential communities renovated'))).toEqual([
      '“老旧小区” is rendered otherwise: expected "old residential compound" (content/translations/terms.yaml)',
    ]);
    expect(faultsOf(text('改造老旧小区', 'Old residential compounds renovated'), text('设施蔬菜面积', 'Area of protected vegetable farming'))).toEqual([]);
  });

  it('reads 以上 as "or more", not "over"; 左右 as "about"; 以内 as "at most"; 力争 as "strive"', () => {
    expect(faultsOf(text('规模以上工业增加值增长10%以上', 'Value added of industry above designated size grew by over 10%'))).toEqual([
      'the Chinese says “10%以上”: expected "or more" or "at least" in the English',
    ]);
    expect(faultsOf(text('规模以上工业增加值增长10%以上', 'Value added of industry above designated size grew by 10% or more'))).toEqual([]);
    // 规模以上 is a name, not a qualifier of a figure.
    expect(faultsOf(text('规模以上工业营收', 'Revenue of industry above designated size'))).toEqual([]);
    expect(faultsOf(text('GDP增长5.3%左右', 'GDP grew by 5.3%'))).toEqual(['the Chinese says “5.3%左右”: expected "about" or "around" in the English']);
    expect(faultsOf(text('城镇调查失业率控制在5.5%以内', 'Surveyed urban unemployment kept to 5.5%'))).toEqual([
      'the Chinese says “5.5%以内”: expected "or less", "at most" or "within" in the English',
    ]);
    expect(faultsOf(text('力争营收达580亿元', 'Revenue is to reach 58 billion yuan'))).toEqual(['the Chinese says “力争”: expected "strive" in the English']);
  });

  it('tells a 2022 result in the past and a 2023 target as a plan', () => {
    expect(faultsOf(text('新建学校10所', 'Ten schools will be built', { role: 'result' }))).toEqual([
      'a 2022 result told as a plan ("will"): expected the past tense',
    ]);
    expect(faultsOf(text('新建学校10所', 'Ten schools were built', { role: 'target' }))).toEqual([
      'a 2023 target told as done ("were"): expected a plan ("will", or the imperative)',
    ]);
    expect(faultsOf(text('新建学校10所', 'Ten schools were built', { role: 'result' }), text('新建学校10所', 'Build ten schools', { role: 'target' }))).toEqual([]);
  });

  it('refuses a card that opens on a connective, unless it has a context', () => {
    expect(faultsOf(text('石城、信丰、全南获评全省先进县', 'with Shicheng, Xinfeng and Quannan rated advanced', { standsAlone: true }))[0]).toMatch(
      /^the card opens with "with", leaning on a sentence the reader does not see/u,
    );
    expect(faultsOf(text('石城获评先进县', 'with Shicheng rated advanced'))).toEqual([]);
  });

  it('fails the build at the first fault with file and line', () => {
    expect(() => checkDerivedEnglish([text('改造老旧小区', 'Old communities renovated')], terms)).toThrow('layer.yaml:3: item: “老旧小区” is rendered otherwise');
  });

  it('finds every { zh, en } pair of a YAML file at the line of its en:', () => {
    const yaml = parseYaml('c.yaml', 'items:\n  - label: { zh: 甲, en: A }\n    measure:\n      zh: 乙\n      en: B\n');
    expect(bilingualTexts(yaml, (path) => (path.includes('measure') ? 'result' : null)).map((t) => [t.line, t.what, t.zh, t.en, t.role])).toEqual([
      [2, 'items.0.label (en)', '甲', 'A', null],
      [5, 'items.0.measure (en)', '乙', 'B', 'result'],
    ]);
  });
});

describe('a clause card names whom its amount is for', () => {
  const commitment = (en: string, context: string | null = null): Commitment =>
    ({
      id: 'p2-s1-1-c12',
      en,
      context_en: context,
      context_zh: context === null ? null : '现代家居产业',
      measures: [{ figure: 'p2-s1-1-f1', measure: '产业集群营收', subject: { kind: 'cluster', id: 'home-furnishing' } }],
    }) as unknown as Commitment;
  const translations = new Map([['p2-s1-1-c12', { id: 'p2-s1-1-c12', file: 'p2-s1.yaml', enLine: 38 } as ClauseTranslation]]);
  const names = () => ['modern home furnishing industry'];

  it('refuses "the revenue of the industrial cluster" with no industry named', () => {
    expect(() => checkClauseSubjects([commitment('strive to raise the revenue of the industrial cluster to 280 billion yuan')], translations, names)).toThrow(
      'p2-s1.yaml:38: p2-s1-1-c12: the card gives p2-s1-1-f1 without naming whom it is for (modern home furnishing)',
    );
  });

  it('passes the name in the English or in the card\'s context', () => {
    expect(() => checkClauseSubjects([commitment('strive to raise the revenue of the modern home furnishing cluster to 280 billion yuan')], translations, names)).not.toThrow();
    expect(() => checkClauseSubjects([commitment('strive to raise the cluster revenue to 280 billion yuan', 'Modern home furnishing industry')], translations, names)).not.toThrow();
  });
});
