import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { openingTime } from '../../../../scripts/content/tree/passages.ts';

/** A small report of 2026: its review of 2025, its plan for 2026, with the passages under test. */
const report2026 = (review: string[], plan: string[] = ['今年新增就业50万人。']) =>
  ['2026年某省政府工作报告', '各位代表：', '一、2025年工作和“十四五”发展回顾', ...review, '二、2026年工作安排', ...plan].join('\n');

/** Each figure as text, role and year or span. */
const timesOf = (text: string) =>
  buildReportData(text, 'test.txt', []).figures.map((f) => [f.text, f.role, f.span ? `${f.span.from}-${f.span.to}` : f.period]);

describe('the time of each passage', () => {
  it('reads a "——这五年" paragraph of the review of the year as five-year results, not results of the year', () => {
    const text = report2026([
      '过去一年，全省生产总值增长5.2%。',
      '——这五年，经济实力跃上新台阶，生产总值年均增长6%，建成保障性住房30.3万套。',
      '——这五年，民生福祉持续增进，新建村卫生室12480个。',
    ]);
    expect(timesOf(text)).toEqual([
      ['5.2%', 'result', 2025],
      ['6%', 'result', '2021-2025'],
      ['30.3万套', 'result', '2021-2025'],
      ['12480个', 'result', '2021-2025'],
      ['50万人', 'target', 2026],
    ]);
  });

  it('keeps the five years for the paragraphs after "过去五年" in its passage, until another time is named', () => {
    const text = report2026(['过去五年，我们砥砺前行。', '新增高速公路1200公里。', '2025年，生产总值增长5.2%。']);
    expect(timesOf(text)).toEqual([
      ['1200公里', 'result', '2021-2025'],
      ['5.2%', 'result', 2025],
      ['50万人', 'target', 2026],
    ]);
  });

  it('reads a 十五五 paragraph inside the review as targets for 2026–2030, not results of 2021–2025', () => {
    const text = report2026([
      '过去一年，全省生产总值增长5.2%。',
      '各位代表！“十四五”顺利收官。五年来，新增高速公路1200公里。',
      '“十五五”时期，地区生产总值年均增长5%左右，城镇新增就业250万人。',
    ]);
    expect(timesOf(text)).toEqual([
      ['5.2%', 'result', 2025],
      ['1200公里', 'result', '2021-2025'],
      ['5%', 'target', '2026-2030'],
      ['250万人', 'target', '2026-2030'],
      ['50万人', 'target', 2026],
    ]);
  });

  it('turns to the five years in the middle of a paragraph ("2025年目标如期完成。过去的五年，…")', () => {
    const text = report2026(['各位代表！2025年主要目标任务如期完成，增长5%。过去的五年，新增高速公路1200公里。']);
    expect(timesOf(text).slice(0, 2)).toEqual([
      ['5%', 'result', 2025],
      ['1200公里', 'result', '2021-2025'],
    ]);
  });

  it('reads a look back to last year inside the plan as that sentence only', () => {
    const text = report2026(
      ['过去一年，增长5.2%。'],
      ['今年新增就业50万人。去年新增就业48万人，超额完成。城镇调查失业率5.5%左右。', '2025年，全省粮食产量610亿斤。', '粮食产量稳定在600亿斤以上。'],
    );
    expect(timesOf(text)).toEqual([
      ['5.2%', 'result', 2025],
      ['50万人', 'target', 2026],
      ['48万人', 'result', 2025],
      ['5.5%', 'target', 2026],
      ['610亿斤', 'result', 2025],
      ['600亿斤', 'target', 2026],
    ]);
  });

  it('reads "过去五年" of a report given in a new term as the term (2018–2022), then "刚刚过去的2022年" as that year', () => {
    const text = [
      '2023年某省政府工作报告',
      '各位代表：',
      '一、过去五年工作回顾',
      '过去的五年，生产总值从3.06万亿元增长到4.2万亿元。各位代表，刚刚过去的2022年，是本届政府的收官之年。预计全省生产总值增长3.8%左右。',
      '二、2023年工作安排',
      '今年生产总值增长6%左右。',
    ].join('\n');
    expect(timesOf(text)).toEqual([
      ['3.06万亿元', 'result', '2018-2022'],
      ['4.2万亿元', 'result', '2018-2022'],
      ['3.8%', 'result', 2022],
      ['6%', 'target', 2023],
    ]);
  });

  it('reads a new term\'s "过去五年工作回顾" and "今后五年…安排" as the five years they name, and "一年来…以下工作：" as the year of the sections after it', () => {
    const text = [
      '2023年某省政府工作报告',
      '各位代表：',
      '一、过去五年工作回顾',
      '过去的五年，新增高速公路1794公里。一年来，我们主要做了以下工作：',
      '（一）稳住经济大盘。城镇新增就业89.7万人。',
      '二、今后五年政府工作总体安排',
      '今后五年是全面建设社会主义现代化国家开局起步的关键时期。地区生产总值年均增长6%左右。',
      '三、2023年目标任务和主要工作',
      '今年生产总值增长6%左右。',
    ].join('\n');
    const { report } = buildReportData(text, 'test.txt', []);
    expect(report.parts.slice(1).map((part) => [part.kind, part.year, part.span])).toEqual([
      ['review', null, { from: 2018, to: 2022 }],
      ['plan', null, { from: 2023, to: 2027 }],
      ['plan', 2023, null],
    ]);
    expect(timesOf(text)).toEqual([
      ['1794公里', 'result', '2018-2022'],
      ['89.7万人', 'result', 2022],
      ['6%', 'target', '2023-2027'],
      ['6%', 'target', 2023],
    ]);
  });

  it('names a time only by a sentence opening, not by words in its middle or a slogan', () => {
    expect(openingTime('——这五年，综合实力跃升。', 2026)).toEqual({ role: 'result', year: null, span: { from: 2021, to: 2025 } });
    expect(openingTime('“十五五”时期，年均增长5%。', 2026)).toEqual({ role: 'target', year: null, span: { from: 2026, to: 2030 } });
    expect(openingTime('今年是“十四五”收官之年。', 2025)).toEqual({ role: 'target', year: 2025, span: null });
    expect(openingTime('坚持“十四五”以来的做法。', 2026)).toBeNull();
    expect(openingTime('到2030年，建成强省。', 2026)).toBeNull();
    // The 十四五 spoken of in its own last year is neither over nor to come: the part decides.
    expect(openingTime('“十四五”时期以来，累计增长。', 2025)).toBeNull();
  });
});
