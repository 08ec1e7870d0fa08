import { describe, expect, it } from 'vitest';
import { chapterTitle } from '../../../../src/lib/report/chapter-title.ts';
import { firstSentence, introTitle, passageTitle } from '../../../../src/lib/report/untitled-title.ts';
import { chapterById, type Section } from '../../../../src/lib/report/report.ts';

const intro = (...texts: string[]) =>
  ({
    id: 'p1-intro',
    kind: 'intro',
    topics: [{ paragraphs: texts.map((text, index) => ({ id: `p1-intro-${index + 1}`, text })) }],
  }) as unknown as Section;

describe('the name of a section printed without a heading', () => {
  it('calls the preamble the opening, whatever it holds', () => {
    const preamble = intro('2026年湖南省政府工作报告', '各位代表：现在，我代表省人民政府，向大会报告政府工作。');
    expect(introTitle('zh', preamble, { kind: 'preamble', number: 0 })).toBe('开篇');
    expect(introTitle('en', preamble, { kind: 'preamble', number: 0 })).toBe('Opening');
  });

  it('names an opening by its first sentence, never by another report’s structure', () => {
    const review = intro('过去的一年，极不寻常、很不容易。面对错综复杂的国际形势……');
    expect(introTitle('zh', review, { kind: 'review', number: 1 })).toBe('过去的一年，极不寻常、很不容易');
    expect(introTitle('en', review, { kind: 'review', number: 1 })).toBe('Opening of part 1');
  });

  it('says "overall requirements and main targets" only of an opening that states both', () => {
    const plan = intro('2023年是开局之年。总体要求是：……', '今年经济社会发展主要预期目标是：地区生产总值增长7%左右。');
    expect(introTitle('zh', plan, { kind: 'plan', number: 2 })).toBe('总体要求与主要目标');
    expect(introTitle('en', plan, { kind: 'plan', number: 2 })).toBe('Overall requirements and main targets');
    expect(introTitle('zh', intro('2026年是“十五五”规划开局之年，做好全年工作意义重大。总体要求是：……'), { kind: 'plan', number: 3 })).toBe(
      '2026年是“十五五”规划开局之年…',
    );
  });

  it('shortens a long first sentence to the clauses that fit, or cuts it', () => {
    expect(firstSentence('“十五五”时期是我国基本实现社会主义现代化夯实基础、全面发力的关键五年，也是湖南……')).toBe(
      '“十五五”时期是我国基本实现社会主义现…',
    );
    expect(firstSentence('新使命、新任务对政府自身建设提出了更高要求，我们要坚决做到对党忠诚。')).toBe(
      '新使命、新任务对政府自身建设提出了更高…',
    );
    expect(firstSentence('  ')).toBeNull();
  });

  it('calls a "各位代表！" passage the closing only in the last part; elsewhere it goes by what it says', () => {
    const turn = intro('各位代表！', '“十四五”时期是湖南发展很不平凡的五年。');
    expect(passageTitle('zh', turn, { number: 1 }, false)).toBe('“十四五”时期是湖南发展很不平凡的五年');
    expect(passageTitle('en', turn, { number: 1 }, false)).toBe('Address to the deputies (part 1)');
    expect(passageTitle('zh', turn, { number: 4 }, true)).toBe('结语');
    expect(passageTitle('en', turn, { number: 4 }, true)).toBe('Closing');
  });

  it("names the site's own report's untitled sections by the same rules", () => {
    expect(chapterTitle('zh', chapterById('p2-intro').section)).toBe('总体要求与主要目标');
    expect(chapterTitle('en', chapterById('p2-intro').section)).toBe('Overall requirements and main targets');
    // The end of the review of 2022, not the report's closing words (page 2 of the newspaper has none).
    expect(chapterTitle('zh', chapterById('p1-end').section)).toBe('回顾一年的工作，成绩来之不易…');
  });
});
