import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../scripts/content/extract/figures.ts';
import type { Paragraph } from '../../scripts/content/model.ts';
import { realReport } from '../helpers.ts';

const paragraph = (text: string): Paragraph => ({ id: 'x-1', text, lead: null, line: 1, continuedFromPage: null, continuesOnPage: null });
const figuresOf = (text: string) => extractFigures(paragraph(text), 2023).map((f) => [f.text, f.value, f.valueMax, f.unit, f.qualifier]);

describe('extractFigures on the real report', () => {
  const { figures, report } = realReport();
  const byText = (paragraphId: string, text: string) => figures.find((f) => f.paragraph === paragraphId && f.text === text);

  it('finds every Arabic-number figure of the report', () => {
    expect(figures).toHaveLength(188);
  });

  it('gives canonical values, units, qualifiers and periods', () => {
    expect(byText('p1-s2-1', '1700亿元')).toMatchObject({ value: 170_000_000_000, unit: '元', unitAsWritten: '亿元', qualifier: '突破', period: 2022 });
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

  it('lets a qualifier written once qualify the whole list ("分别达50%、40%以上")', () => {
    const list = figures.filter((f) => f.paragraph === 'p2-s6-1' && (f.text === '50%' || f.text === '40%'));
    expect(list.map((f) => f.qualifier)).toEqual(['以上', '以上']);
  });

  it('points each figure at its own text in its paragraph', () => {
    const texts = new Map(report.parts.flatMap((p) => p.sections.flatMap((s) => s.topics.flatMap((t) => t.paragraphs))).map((p) => [p.id, p.text]));
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
      ['+5+', '2023年', 'G105中', 'G105绕', 'M2.5平', 'M2.5平', 'T1航', '“1+', '“24小', '“5020”', '“5020”', '“5G', '”2.0上', '”5.0、', '升5G', '家5A', '州500千', '第32届', '，5G'].sort(),
    );
  });
});

describe('extractFigures on small inputs', () => {
  it('skips labels: versions, models, road numbers, years, ordinals of events, quoted names', () => {
    expect(figuresOf('“赣服通”5.0上线，5G基站、PM2.5浓度、G105国道、T1航站楼、5A级景区、2023年、第32届世客会、500千伏变电站、“5020”项目、“24小时自助可办”')).toEqual([]);
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
});
