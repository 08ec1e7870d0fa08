import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Part, Report } from '../../../../scripts/content/shared/model.ts';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { paragraphsOf } from '../../../../scripts/content/tree/segment.ts';
import { CHECKED_FIGURES } from './real-reports.checked.ts';
import { CHECKED_PASSAGE_FIGURES } from './real-reports.passages.checked.ts';

/**
 * Eight real work reports as people find them on the web (test/fixtures/real/, sources in
 * SOURCES.md, the structure read by hand in EXPECTED.md): each one's tree, page lines,
 * appendices, years and roles, and 30 figures checked by hand, pinned.
 */

const load = (name: string) => {
  const file = `test/fixtures/real/${name}.zh.txt`;
  const text = readFileSync(file, 'utf8');
  return { text, ...buildReportData(text, file, []) };
};

type PartRow = [id: string, kind: Part['kind'], year: number | null, span: string | null, sections: string];
const partsOf = (report: Report): PartRow[] =>
  report.parts.map((part) => [
    part.id,
    part.kind,
    part.year,
    part.span && `${part.span.from}-${part.span.to}`,
    part.sections.map((section) => section.id).join(' '),
  ]);

/** Every id of the tree, in reading order. */
const idsOf = (report: Report): string[] =>
  report.parts.flatMap((part) => [
    part.id,
    ...part.sections.flatMap((section) => [
      section.id,
      ...section.topics.flatMap((topic) => [topic.id, ...topic.paragraphs.map((p) => p.id)]),
    ]),
  ]);

/** The text of the tree in reading order: headings (marker and title) and paragraphs. */
function treeText(report: Report): string {
  return report.parts
    .flatMap((part) => [
      part.marker ?? '',
      part.title ?? '',
      ...part.sections.flatMap((section) => [
        section.kind === 'appendix' ? '' : (section.marker ?? ''),
        section.kind === 'appendix' || section.marker === null ? '' : (section.title ?? ''),
        ...section.topics.flatMap((topic) => topic.paragraphs.map((paragraph) => paragraph.text)),
      ]),
    ])
    .join('');
}

/** The file less the page's lines and whitespace: what the tree must hold, in order. */
function reportCharacters(text: string, report: Report): string {
  const page = new Set(report.chrome.map((line) => line.line));
  return text
    .split('\n')
    .filter((_, index) => !page.has(index + 1))
    .join('')
    .replace(/\s/gu, '');
}

interface Expected {
  title: string | null;
  year: number;
  chrome: { before: string; inside: number[]; after: string };
  parts: PartRow[];
  paragraphs: number;
  figures: number;
}

const EXPECTED: Record<string, Expected> = {
  'hunan-province-2026': {
    title: '2026年湖南省政府工作报告',
    year: 2026,
    chrome: { before: '1-9', inside: [12, 13, 15], after: '122-122' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2025, null, 'p1-intro p1-end p1-end2'],
      ['p2', 'plan', null, '2026-2030', 'p2-intro'],
      ['p3', 'plan', 2026, null, 'p3-intro p3-s1 p3-s2 p3-s3 p3-s4 p3-s5 p3-s6 p3-s7 p3-s8 p3-s9 p3-s10'],
      ['p4', 'other', null, null, 'p4-intro p4-end p4-end2'],
    ],
    paragraphs: 105,
    figures: 209,
  },
  'guangdong-province-2026': {
    title: '政府工作报告',
    year: 2026,
    chrome: { before: '', inside: [], after: '' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2025, null, 'p1-intro p1-end p1-end2'],
      ['p2', 'plan', null, '2026-2030', 'p2-intro p2-end'],
      [
        'p3',
        'plan',
        2026,
        null,
        'p3-intro p3-s1 p3-s2 p3-s3 p3-s4 p3-s5 p3-s6 p3-s7 p3-s8 p3-s9 p3-s10 p3-s11 p3-s12 p3-s13 p3-s14 p3-end',
      ],
      ['a1', 'appendix', null, null, 'a1-body'],
      ['a2', 'appendix', null, null, 'a2-body'],
    ],
    paragraphs: 178,
    figures: 324,
  },
  'zhejiang-province-2026': {
    title: '2026年浙江省政府工作报告',
    year: 2026,
    chrome: { before: '1-9', inside: [12, 13], after: '118-118' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2025, null, 'p1-intro p1-s1 p1-s2 p1-s3 p1-s4 p1-s5 p1-s6 p1-s7 p1-s8 p1-s9 p1-s10 p1-end p1-end2'],
      ['p2', 'plan', null, '2026-2030', 'p2-intro p2-s1 p2-s2 p2-s3 p2-s4 p2-s5 p2-s6'],
      // 各位代表！ before the ten 民生实事 (1.–10.) opens a passage between （九） and （十）.
      ['p3', 'plan', 2026, null, 'p3-intro p3-s1 p3-s2 p3-s3 p3-s4 p3-s5 p3-s6 p3-s7 p3-s8 p3-s9 p3-end p3-s10 p3-end2'],
    ],
    paragraphs: 93,
    figures: 291,
  },
  'jiangxi-province-2026': {
    title: '2026年江西省政府工作报告',
    year: 2026,
    chrome: { before: '1-9', inside: [12, 13, 15], after: '111-111' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2025, null, 'p1-intro p1-end p1-end2'],
      ['p2', 'plan', null, '2026-2030', 'p2-intro p2-s1 p2-s2 p2-s3 p2-s4 p2-end'],
      ['p3', 'plan', 2026, null, 'p3-intro p3-s1 p3-s2 p3-s3 p3-s4 p3-s5 p3-s6 p3-s7 p3-s8 p3-end p3-end2'],
      ['a1', 'appendix', null, null, 'a1-body'],
    ],
    paragraphs: 93,
    figures: 176,
  },
  'fujian-province-2026': {
    title: '2026年福建省政府工作报告',
    year: 2026,
    chrome: { before: '1-9', inside: [12, 13], after: '124-124' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2025, null, 'p1-intro p1-s1 p1-s2 p1-s3 p1-s4 p1-s5 p1-s6 p1-s7 p1-s8 p1-s9 p1-end'],
      ['p2', 'plan', null, '2026-2030', 'p2-intro p2-s1 p2-s2 p2-s3 p2-s4'],
      ['p3', 'plan', 2026, null, 'p3-intro p3-s1 p3-s2 p3-s3 p3-s4 p3-s5 p3-s6 p3-s7 p3-s8 p3-s9'],
      ['p4', 'other', null, null, 'p4-intro p4-s1 p4-s2 p4-s3 p4-s4 p4-s5 p4-end'],
    ],
    paragraphs: 99,
    figures: 181,
  },
  'baoding-city-2025': {
    title: null,
    year: 2025,
    chrome: { before: '', inside: [], after: '35-35' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2024, null, 'p1-intro p1-end'],
      ['p2', 'plan', 2025, null, 'p2-intro p2-s1 p2-s2 p2-s3 p2-s4 p2-s5 p2-s6 p2-s7 p2-s8 p2-s9 p2-end p2-end2'],
    ],
    paragraphs: 32,
    figures: 150,
  },
  'yixian-county-2025': {
    title: '政府工作报告',
    year: 2025,
    chrome: { before: '1-8', inside: [], after: '86-190' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2024, null, 'p1-intro p1-end'],
      // Three runs of (一)…: 两项行动, 五条赛道, 十个持续推进.
      [
        'p2',
        'plan',
        2025,
        null,
        'p2-intro p2-s1 p2-s2 p2-r2-s1 p2-r2-s2 p2-r2-s3 p2-r2-s4 p2-r2-s5 p2-r3-s1 p2-r3-s2 p2-r3-s3 p2-r3-s4 p2-r3-s5 p2-r3-s6 p2-r3-s7 p2-r3-s8 p2-r3-s9 p2-r3-s10 p2-end',
      ],
      ['a1', 'appendix', null, null, 'a1-body'],
    ],
    paragraphs: 74,
    figures: 142,
  },
  'gaotang-county-2025': {
    title: '政府工作报告',
    year: 2025,
    chrome: { before: '1-8', inside: [], after: '118-223' },
    parts: [
      ['p0', 'preamble', null, null, 'p0-intro'],
      ['p1', 'review', 2024, null, 'p1-intro p1-end p1-end2'],
      ['p2', 'plan', 2025, null, 'p2-intro p2-s1 p2-s2 p2-s3 p2-s4 p2-s5 p2-s6 p2-s7 p2-s8'],
      ['p3', 'other', null, null, 'p3-intro p3-s1 p3-s2 p3-s3 p3-s4 p3-end'],
      ['a1', 'appendix', null, null, 'a1-body'],
    ],
    paragraphs: 93,
    figures: 170,
  },
};

const range = (lines: number[]): string => (lines.length === 0 ? '' : `${lines[0]}-${lines.at(-1)}`);

/**
 * Figures whose own words give their time, read by hand: a size class (50万元以上的行政村, 单笔50万元
 * 以下拖欠账款) has none, a starting value (从2020年的10.5万元) has its own year.
 */
const OWN_TIME: Record<string, Record<string, [text: string, role: string | null, period: number | null]>> = {
  'hunan-province-2026': { 'p1-intro-2-f19': ['50万元', null, null] },
  'zhejiang-province-2026': { 'p1-s6-1-f11': ['50万元', null, null], 'p1-end-3-f3': ['10.5万元', 'result', 2020] },
};

describe.each(Object.keys(EXPECTED))('the real report %s', (name) => {
  const expected = EXPECTED[name]!;
  const { text, report, figures } = load(name);

  it('finds its title and the year it is given in', () => {
    expect([report.title, report.year]).toEqual([expected.title, expected.year]);
  });

  it("sets the page's own lines apart, before the title, inside the title block and after the last words", () => {
    const lines = (where: string) => report.chrome.filter((line) => line.where === where).map((line) => line.line);
    expect(lines('before')).toEqual(
      expected.chrome.before === ''
        ? []
        : Array.from(
            { length: Number(expected.chrome.before.split('-')[1]) - Number(expected.chrome.before.split('-')[0]) + 1 },
            (_, i) => Number(expected.chrome.before.split('-')[0]) + i,
          ),
    );
    expect(lines('inside')).toEqual(expected.chrome.inside);
    expect(range(lines('after'))).toBe(expected.chrome.after);
    const paragraphs = paragraphsOf(report).map((paragraph) => paragraph.text);
    for (const line of report.chrome)
      expect(
        paragraphs.some(
          (paragraph) => paragraph.includes(line.text.replace(/\s/gu, '')) && line.text.length > 6 && !line.text.includes('政府工作报告'),
        ),
      ).toBe(false);
  });

  it('has the parts, sections and appendices read by hand (EXPECTED.md), each part knowing its year or span', () => {
    expect(partsOf(report)).toEqual(expected.parts);
    expect(paragraphsOf(report)).toHaveLength(expected.paragraphs);
  });

  it('gives every node its own id and loses no text of the report', () => {
    const ids = idsOf(report);
    expect(new Set(ids).size).toBe(ids.length);
    expect(treeText(report).replace(/\s/gu, '')).toBe(reportCharacters(text, report));
  });

  it("records each figure's role from its part, unless its own words time it: results, targets, five-year spans, nothing for an appendix", () => {
    expect(figures).toHaveLength(expected.figures);
    const partOf = new Map(report.parts.flatMap((part) => paragraphsOf({ ...report, parts: [part] }).map((p) => [p.id, part] as const)));
    const timedByOwnWords = OWN_TIME[name] ?? {};
    for (const figure of figures) {
      const own = timedByOwnWords[figure.id];
      if (own) {
        expect([figure.text, figure.role, figure.period], figure.id).toEqual(own);
        continue;
      }
      const part = partOf.get(figure.paragraph)!;
      expect(figure.role).toBe(part.kind === 'review' ? 'result' : part.kind === 'plan' ? 'target' : null);
      if (part.kind === 'appendix') expect([figure.period, figure.span]).toEqual([null, null]);
      if (part.span) expect([figure.period, figure.span]).toEqual([null, part.span]);
    }
  });

  it('reads the same tree and figures from a PDF-style copy of it (hard-wrapped at 28 characters, paragraphs opened by 　　)', () => {
    const page = new Set(report.chrome.map((line) => line.line));
    const pdf = text
      .split('\n')
      .filter((line, index) => !page.has(index + 1) && line.trim() !== '')
      .flatMap((line) =>
        Array.from({ length: Math.ceil(line.length / 28) }, (_, i) => `${i === 0 ? '　　' : ''}${line.slice(i * 28, i * 28 + 28)}`),
      )
      .join('\n');
    const fromPdf = buildReportData(pdf, 'pdf.txt', []);
    expect(fromPdf.report.layout).toBe('indented');
    expect(paragraphsOf(fromPdf.report).map((p) => [p.id, p.text])).toEqual(paragraphsOf(report).map((p) => [p.id, p.text]));
    expect(fromPdf.figures.map((f) => [f.id, f.text, f.value, f.role])).toEqual(figures.map((f) => [f.id, f.text, f.value, f.role]));
  });

  it('reads the 30 figures checked by hand', () => {
    const checked = CHECKED_FIGURES[name]!;
    expect(checked).toHaveLength(30);
    for (const [paragraph, figureText, value, valueMax, unit, qualifier, role, when] of checked) {
      const figure = figures.find((f) => f.paragraph === paragraph && f.text === figureText);
      expect(figure, `${paragraph} ${figureText}`).toBeDefined();
      const span = figure!.span ? `${figure!.span.from}-${figure!.span.to}` : figure!.period;
      expect([figure!.value, figure!.valueMax, figure!.unit, figure!.qualifier, figure!.role, span], `${paragraph} ${figureText}`).toEqual([
        value,
        valueMax,
        unit,
        qualifier,
        role,
        when,
      ]);
    }
  });
});

describe.each(Object.keys(EXPECTED))('the passages of the real report %s', (name) => {
  const { figures } = load(name);

  it('reads the 30 figures of its five-year passages, 十五五 passages and targets checked by hand', () => {
    const checked = CHECKED_PASSAGE_FIGURES[name]!;
    expect(checked).toHaveLength(30);
    for (const [paragraph, figureText, value, valueMax, unit, qualifier, role, when, strive] of checked) {
      const figure = figures.find((f) => f.paragraph === paragraph && f.text === figureText);
      expect(figure, `${paragraph} ${figureText}`).toBeDefined();
      const span = figure!.span ? `${figure!.span.from}-${figure!.span.to}` : figure!.period;
      expect(
        [figure!.value, figure!.valueMax, figure!.unit, figure!.qualifier, figure!.role, span, figure!.qualifiers.includes('力争')],
        `${paragraph} ${figureText}`,
      ).toEqual([value, valueMax, unit, qualifier, role, when, strive]);
    }
  });
});

describe('details of the real reports', () => {
  it('reads the headline growth targets written as ranges with the unit on both ends', () => {
    const range = (name: string, written: string) => load(name).figures.find((figure) => figure.text === written);
    expect(range('hunan-province-2026', '5%—5.5%')).toMatchObject({
      value: 5,
      valueMax: 5.5,
      unit: '%',
      role: 'target',
      span: { from: 2026, to: 2030 },
    });
    expect(range('zhejiang-province-2026', '5%—5.5%')).toMatchObject({ value: 5, valueMax: 5.5, role: 'target', period: 2026 });
    expect(range('guangdong-province-2026', '4.5%—5%')).toMatchObject({ value: 4.5, valueMax: 5, role: 'target', period: 2026 });
    expect(range('jiangxi-province-2026', '5%-5.5%')).toMatchObject({ value: 5, valueMax: 5.5, role: 'target', period: 2026 });
  });

  it('reads US dollars, 余 and 多 before a multiplier, 万吨标准煤 and 标箱', () => {
    const zhejiang = load('zhejiang-province-2026').figures;
    expect(zhejiang.find((f) => f.text === '115.6亿美元')).toMatchObject({ value: 11_560_000_000, unit: '美元' });
    expect(zhejiang.find((f) => f.text === '1302万吨标准煤')).toMatchObject({ value: 13_020_000, unit: '吨标准煤' });
    expect(zhejiang.find((f) => f.text === '4387万标箱')).toMatchObject({ value: 43_870_000, unit: '标箱' });
    expect(load('jiangxi-province-2026').figures.find((f) => f.text === '750余万人次')).toMatchObject({
      value: 7_500_000,
      unit: '人次',
      qualifier: '余',
    });
    expect(load('fujian-province-2026').figures.find((f) => f.text === '750多万人次')).toMatchObject({
      value: 7_500_000,
      unit: '人次',
      qualifier: '多',
    });
  });

  it('does not read 迈上5万亿台阶 as five trillion machines', () => {
    expect(load('hunan-province-2026').figures.some((f) => f.text.endsWith('台') && f.unit === '台' && f.value >= 1e12)).toBe(false);
  });

  it('joins a sentence the page split over lines (PM / 2.5 / 年平均浓度, 主要目标 / 是：)', () => {
    const paragraphs = paragraphsOf(load('guangdong-province-2026').report).map((p) => p.text);
    expect(paragraphs.filter((p) => p.includes('PM2.5年平均浓度') || p.includes('以PM2.5浓度持续下降为主线'))).toHaveLength(2);
    expect(paragraphs.some((p) => p.includes('今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右'))).toBe(true);
    expect(paragraphs.some((p) => p === '2.5' || p === '主要目标')).toBe(false);
  });

  it('makes the appendices parts of their own, the 十件民生实事 numbered 一、…十、 not parts of the report', () => {
    const { report } = load('guangdong-province-2026');
    const [first, second] = report.parts.filter((part) => part.kind === 'appendix');
    expect([first!.marker, first!.title, second!.marker, second!.title]).toEqual(['附件1', '2026年省十件民生实事', '附件2', '名词解释']);
    expect(first!.sections[0]!.topics.flatMap((t) => t.paragraphs).filter((p) => /^[一二三四五六七八九十]+、/u.test(p.text))).toHaveLength(
      10,
    );
    expect(
      report.parts
        .filter((part) => part.kind !== 'appendix')
        .at(-1)!
        .sections.at(-1)!
        .topics.at(-1)!
        .paragraphs.at(-1)!
        .text.endsWith('作出新的更大贡献！'),
    ).toBe(true);
  });

  it('reads the five-year review inside the review of the year as results over 2021–2025', () => {
    const { report, figures } = load('guangdong-province-2026');
    const review = report.parts.find((part) => part.id === 'p1')!;
    expect(review.sections.map((s) => [s.id, s.span && `${s.span.from}-${s.span.to}`])).toEqual([
      ['p1-intro', null],
      ['p1-end', '2021-2025'],
      ['p1-end2', null],
    ]);
    expect(
      figures
        .filter((f) => f.paragraph.startsWith('p1-end-'))
        .every((f) => f.role === 'result' && f.period === null && f.span?.from === 2021),
    ).toBe(true);
    expect(figures.filter((f) => f.paragraph.startsWith('p1-intro-')).every((f) => f.role === 'result' && f.period === 2025)).toBe(true);
  });
});
