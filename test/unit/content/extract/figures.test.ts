import { describe, expect, it } from 'vitest';
import { extractFigures, UNDATED } from '../../../../scripts/content/extract/figures.ts';
import type { Paragraph } from '../../../../scripts/content/shared/model.ts';
import { realReport } from '../../../helpers.ts';

const paragraph = (text: string): Paragraph => ({ id: 'x-1', text, lead: null, line: 1, continuedFromPage: null, continuesOnPage: null });
const figuresOf = (text: string) => extractFigures(paragraph(text), UNDATED).map((f) => [f.text, f.value, f.valueMax, f.unit, f.qualifier]);
const fullFiguresOf = (text: string) => extractFigures(paragraph(text), UNDATED);

describe('extractFigures on the real report', () => {
  const { figures, report } = realReport();
  const byText = (paragraphId: string, text: string) => figures.find((f) => f.paragraph === paragraphId && f.text === text);

  it('finds every Arabic-number figure of the report', () => {
    expect(figures).toHaveLength(188);
  });

  it('gives canonical values, units, qualifiers and periods', () => {
    expect(byText('p1-s2-1', '1700亿元')).toMatchObject({
      value: 170_000_000_000,
      unit: '元',
      unitAsWritten: '亿元',
      qualifier: '突破',
      period: 2022,
    });
    expect(byText('p1-s2-1', '63.2万亩')).toMatchObject({ value: 632_000, unit: '亩', qualifier: null, period: 2022 });
    expect(byText('p1-s2-1', '第58位')).toMatchObject({ kind: 'rank', value: 58, unit: '位' });
    expect(byText('p1-s4-1', '11.9个百分点')).toMatchObject({ kind: 'percentage-points', value: 11.9 });
    expect(byText('p1-s4-1', '20平方公里')).toMatchObject({ qualifier: '约', unit: '平方公里' });
    expect(byText('p1-s3-1', '609个（件）')).toMatchObject({ value: 609, unit: '个（件）' });
    expect(byText('p2-intro-2', '5.5%')).toMatchObject({ kind: 'percentage', value: 5.5, qualifier: '以内', period: 2023 });
    expect(byText('p2-s1-2', '50亿-100亿元')).toMatchObject({ value: 5_000_000_000, valueMax: 10_000_000_000, unit: '元' });
    expect(byText('p2-s1-4', '2-3家')).toMatchObject({ value: 2, valueMax: 3, unit: '家' });
    expect(byText('p2-s4-1', '60%')).toMatchObject({ qualifier: '不低于' });
    expect(byText('p2-s4-2', '52亿斤')).toMatchObject({ value: 5_200_000_000, unit: '斤', qualifier: '以上' });
    expect(byText('p2-s6-1', '27微克/立方米')).toMatchObject({ value: 27, unit: '微克/立方米', qualifier: '以内' });
  });

  it("records each figure's year and role: results of 2022 in the review, targets for 2023 in the plan, no role for a size class", () => {
    expect(
      figures.filter((f) => f.paragraph.startsWith('p1-')).every((f) => f.period === 2022 && f.role === 'result' && f.span === null),
    ).toBe(true);
    // 实际利用省外2000万元以上项目资金, 25户以上自然村: classes of projects and villages, not amounts promised.
    const sizeClasses = figures.filter((f) => f.paragraph.startsWith('p2-') && f.role === null);
    expect(sizeClasses.map((f) => [f.text, f.period, f.span])).toEqual([
      ['2000万元', null, null],
      ['25户', null, null],
    ]);
    expect(
      figures
        .filter((f) => f.paragraph.startsWith('p2-') && !sizeClasses.includes(f))
        .every((f) => f.period === 2023 && f.role === 'target' && f.span === null),
    ).toBe(true);
  });

  it('records 力争 (strive to) as a qualifier, before the bound it may carry', () => {
    // "力争培育高素质农民5000名、农村实用人才10万人以上……力争90%村集体经营性收入达20万元"
    expect(figures.filter((f) => f.paragraph === 'p2-s4-2' && f.qualifiers.includes('力争')).map((f) => [f.text, f.qualifier])).toEqual([
      ['5000名', '力争'],
      ['10万人', '以上'],
      ['90%', '力争'],
      ['20万元', '达'],
    ]);
    expect(byText('p2-s1-1', '1300亿元')).toMatchObject({ qualifier: '达', qualifiers: ['力争', '达'] });
    expect(figures.filter((f) => f.qualifiers.includes('力争'))).toHaveLength(12);
  });

  it('lets a qualifier written once qualify the whole list ("分别达50%、40%以上")', () => {
    const list = figures.filter((f) => f.paragraph === 'p2-s6-1' && (f.text === '50%' || f.text === '40%'));
    expect(list.map((f) => f.qualifier)).toEqual(['以上', '以上']);
  });

  it('points each figure at its own text in its paragraph', () => {
    const texts = new Map(
      report.parts.flatMap((p) => p.sections.flatMap((s) => s.topics.flatMap((t) => t.paragraphs))).map((p) => [p.id, p.text]),
    );
    for (const figure of figures) expect(texts.get(figure.paragraph)!.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('leaves exactly the labels of the report unmarked', () => {
    const unmarked: string[] = [];
    for (const p of report.parts.flatMap((part) => part.sections.flatMap((s) => s.topics.flatMap((t) => t.paragraphs)))) {
      for (const match of p.text.matchAll(/\d+(?:\.\d+)?/gu)) {
        const covered = figures.some((f) => f.paragraph === p.id && match.index >= f.start && match.index < f.end);
        if (!covered) unmarked.push(p.text.slice(Math.max(0, match.index - 1), match.index + match[0].length + 1));
      }
    }
    // 5A级, 赣服通5.0, 赣政通2.0, “24小时…”, “5020”×2, PM2.5×2, 2023年, “1+5+N”, 5G×3, T1, G105×2, 500千伏, 第32届
    expect(unmarked.sort()).toEqual(
      [
        '+5+',
        '2023年',
        'G105中',
        'G105绕',
        'M2.5平',
        'M2.5平',
        'T1航',
        '“1+',
        '“24小',
        '“5020”',
        '“5020”',
        '“5G',
        '”2.0上',
        '”5.0、',
        '升5G',
        '家5A',
        '州500千',
        '第32届',
        '，5G',
      ].sort(),
    );
  });
});

describe('extractFigures on small inputs', () => {
  it('skips labels: versions, models, road numbers, years, ordinals of events, quoted names', () => {
    expect(
      figuresOf(
        '“赣服通”5.0上线，5G基站、PM2.5浓度、G105国道、T1航站楼、5A级景区、2023年、第32届世客会、500千伏变电站、“5020”项目、“24小时自助可办”',
      ),
    ).toEqual([]);
  });

  it('reads multipliers, ranges, inner and outer qualifiers', () => {
    expect(figuresOf('营收突破1600亿元，新增100余家，培育20亿-50亿元项目40个，引进2万名以上，约20平方公里')).toEqual([
      ['1600亿元', 160_000_000_000, null, '元', '突破'],
      ['100余家', 100, null, '家', '余'],
      ['20亿-50亿元', 2_000_000_000, 5_000_000_000, '元', null],
      ['40个', 40, null, '个', null],
      ['2万名', 20_000, null, '名', '以上'],
      ['20平方公里', 20, null, '平方公里', '约'],
    ]);
  });

  it('avoids binary noise in decimal values', () => {
    expect(figuresOf('改造低质低效林101.23万亩')[0]![1]).toBe(1_012_300);
    expect(figuresOf('民生支出849.08亿元')[0]![1]).toBe(84_908_000_000);
  });

  it('reads a range with the unit on both ends as one figure with its bounds', () => {
    expect(figuresOf('增长5%—5.5%，增长5%-5.5%，增长4.5%至5%，新增2-3家')).toEqual([
      ['5%—5.5%', 5, 5.5, '%', null],
      ['5%-5.5%', 5, 5.5, '%', null],
      ['4.5%至5%', 4.5, 5, '%', null],
      ['2-3家', 2, 3, '家', null],
    ]);
  });

  it('keeps US dollars apart from yuan', () => {
    expect(figuresOf('人均1.12万美元，进出口149.6亿美元，营收12亿元')).toEqual([
      ['1.12万美元', 11_200, null, '美元', null],
      ['149.6亿美元', 14_960_000_000, null, '美元', null],
      ['12亿元', 1_200_000_000, null, '元', null],
    ]);
  });

  it('reads 余 before a multiplier and keeps compound units whole', () => {
    expect(figuresOf('接待游客750余万人次，举办200场次，节能12万吨标准煤，吞吐量10万标箱，电价降低3分/千瓦时')).toEqual([
      ['750余万人次', 7_500_000, null, '人次', '余'],
      ['200场次', 200, null, '场次', null],
      ['12万吨标准煤', 120_000, null, '吨标准煤', null],
      ['10万标箱', 100_000, null, '标箱', null],
      ['3分/千瓦时', 3, null, '分/千瓦时', null],
    ]);
  });

  it('gives a unit written once after a list to every item, each with its own multiplier', () => {
    expect(
      fullFiguresOf('三项指标分别达1.28万亿、1.18万亿、8200亿元').map((f) => [
        f.text,
        f.value,
        f.unit,
        f.unitAsWritten,
        f.qualifier,
        f.start,
      ]),
    ).toEqual([
      ['1.28万亿', 1_280_000_000_000, '元', '万亿元', '达', 7],
      ['1.18万亿', 1_180_000_000_000, '元', '万亿元', '达', 14],
      ['8200亿元', 820_000_000_000, '元', '亿元', '达', 21],
    ]);
    expect(figuresOf('分别增长8.5、7.2个百分点')).toEqual([
      ['8.5', 8.5, null, '个百分点', null],
      ['7.2个百分点', 7.2, null, '个百分点', null],
    ]);
    // Not lists of quantities: numbered lines, ordinals.
    expect(figuresOf('地铁1、2号线')).toEqual([]);
    expect(fullFiguresOf('排名第1、第2名，居第3、5位，新增2、3家').map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['第1', 'rank', 1, '名'],
      ['第2名', 'rank', 2, '名'],
      ['第3', 'rank', 3, '位'],
      ['5位', 'rank', 5, '位'],
      ['2', 'quantity', 2, '家'],
      ['3家', 'quantity', 3, '家'],
    ]);
  });

  it('reads full-width digits, keeping the text as printed', () => {
    expect(fullFiguresOf('新增高标准农田６３．２万亩，占比３５％').map((f) => [f.text, f.value, f.unit, f.unitAsWritten])).toEqual([
      ['６３．２万亩', 632_000, '亩', '万亩'],
      ['３５％', 35, '%', '％'],
    ]);
  });

  it('reads a speed as a speed, not a length', () => {
    expect(figuresOf('设计时速350公里的高铁，新建高速公路120公里')).toEqual([
      ['350公里', 350, null, '公里/小时', null],
      ['120公里', 120, null, '公里', null],
    ]);
  });

  it('records 力争 for the figures after it in its sentence, and only those', () => {
    expect(fullFiguresOf('完成投资200亿元，力争突破1000亿元、增长5.5%；新增10家').map((f) => [f.text, f.qualifier, f.qualifiers])).toEqual([
      ['200亿元', null, []],
      ['1000亿元', '突破', ['力争', '突破']],
      ['5.5%', '力争', ['力争']],
      ['10家', null, []],
    ]);
  });

  it('times a figure by its own words where they say more than the passage: a starting value, the size of a field, a size class', () => {
    const PLAN: Parameters<typeof extractFigures>[1] = [{ from: 0, time: { role: 'target', year: 2025, span: null } }];
    const timed = (text: string) => extractFigures(paragraph(text), PLAN).map((f) => [f.text, f.role, f.period]);
    expect(timed('技术合同输出额从2022年的92万元增加到2025年2亿元')).toEqual([
      ['92万元', 'result', 2022],
      ['2亿元', 'target', 2025],
    ]);
    expect(timed('在全省167个区县中找位次，进入前50名')).toEqual([
      ['167个', null, null],
      ['50名', 'target', 2025],
    ]);
    expect(timed('10亿元以上项目投资增长35%，25户以上自然村路灯全覆盖')).toEqual([
      ['10亿元', null, null],
      ['35%', 'target', 2025],
      ['25户', null, null],
    ]);
    // A unit that counts the projects themselves: how many is the target.
    expect(timed('争取100个以上项目纳入国家清单')).toEqual([['100个', 'target', 2025]]);
  });

  it('reads a list joined by 和 after 分别, the bound before it shared: 分别突破70和50亿元', () => {
    expect(figuresOf('产值分别突破70和50亿元，营收3和5亿元')).toEqual([
      ['70', 7000000000, null, '元', '突破'],
      ['50亿元', 5000000000, null, '元', '突破'],
      ['5亿元', 500000000, null, '元', null],
    ]);
  });

  it('does not read 力争 inside 努力争取 or 全力争取', () => {
    expect(fullFiguresOf('地区生产总值增长5%左右，在实际工作中努力争取更好结果，城镇新增就业50万人').map((f) => [f.text, f.qualifiers])).toEqual([
      ['5%', ['左右']],
      ['50万人', []],
    ]);
    expect(fullFiguresOf('全力争取和用足用好中央预算内投资，争取100个以上项目纳入国家清单').map((f) => [f.text, f.qualifiers])).toEqual([
      ['100个', ['以上']],
    ]);
  });

  it('carries 力争 over the clauses of its sentence until a clause with a stance of its own (确保, 争取…)', () => {
    expect(
      fullFiguresOf('力争研发投入强度达到3.35%，科技投入达到7800亿元，确保财政科技投入增幅高于收入增幅，研发费用与营收之比达到3.25%左右').map((f) => [
        f.text,
        f.qualifiers,
      ]),
    ).toEqual([
      ['3.35%', ['力争', '达到']],
      ['7800亿元', ['力争', '达到']],
      ['3.25%', ['左右']],
    ]);
    expect(fullFiguresOf('力争储备项目突破2500个，总投资突破1.5万亿元').map((f) => f.qualifiers)).toEqual([
      ['力争', '突破'],
      ['力争', '突破'],
    ]);
  });

  it('keeps a rate whole, its unit with its denominator and its bound after it (58万元/人左右, 0.6人/百亿元以下, 796元/月)', () => {
    expect(
      fullFiguresOf('劳动生产率达到58万元/人左右，亿元生产总值死亡率控制在0.6人/百亿元以下，低保标准提高到796元/月，处理能力16.9万吨/日').map((f) => [
        f.text,
        f.value,
        f.unit,
        f.unitAsWritten,
        f.qualifier,
      ]),
    ).toEqual([
      ['58万元/人', 580_000, '元/人', '万元/人', '左右'],
      ['0.6人/百亿元', 0.6, '人/百亿元', '人/百亿元', '以下'],
      ['796元/月', 796, '元/月', '元/月', null],
      ['16.9万吨/日', 169_000, '吨/日', '万吨/日', null],
    ]);
  });

  it('shares the bound written once after a list of 分别 even when its figures have units of their own', () => {
    expect(fullFiguresOf('生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上，新增3个、4家').map((f) => [f.text, f.qualifier])).toEqual([
      ['3900万头', '以上'],
      ['13.5亿只', '以上'],
      ['3个', null],
      ['4家', null],
    ]);
  });

  it('keeps the bound after a second unit in half-width brackets (300台(件)以上)', () => {
    expect(fullFiguresOf('发放残疾人辅助器具300台(件)以上，办结609个（件）').map((f) => [f.text, f.unit, f.qualifier])).toEqual([
      ['300台(件)', '台(件)', '以上'],
      ['609个（件）', '个（件）', null],
    ]);
  });

  it('leaves Chinese-numeral quantities out, as the README says', () => {
    expect(figuresOf('提高三成，惠及百万人，增长近两倍')).toEqual([]);
  });
});
