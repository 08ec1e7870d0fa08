import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../../scripts/content/shared/errors.ts';
import { normalize } from '../../../../scripts/content/read/normalize.ts';
import { findLead, paragraphsOf, segment } from '../../../../scripts/content/tree/segment.ts';
import { checkUniqueIds } from '../../../../scripts/content/tree/unique-ids.ts';
import { REPORT_FILE, reportText } from '../../../helpers.ts';

const parse = (text: string, file = 'test.txt') => segment(normalize(text), file);

describe('segment on the real report', () => {
  const report = parse(reportText(), REPORT_FILE);

  it('finds the review of 2022 and the plan for 2023', () => {
    expect(report.parts.map((part) => [part.id, part.kind, part.year, part.title])).toEqual([
      ['p1', 'review', 2022, null],
      ['p2', 'plan', 2023, '2023年工作安排'],
    ]);
  });

  it('models the review as beginning mid-section on page 1', () => {
    const [review] = report.parts;
    expect(review!.numberInferred).toBe(true);
    expect(review!.continuedFromPage).toBe(1);
    const first = review!.sections[0]!;
    expect([first.id, first.number, first.title, first.numberInferred, first.continuedFromPage]).toEqual(['p1-s2', 2, null, true, 1]);
    expect(first.topics[0]!.paragraphs[0]!.continuedFromPage).toBe(1);
  });

  it('models section (八) of the plan as going on on page 3', () => {
    const last = report.parts[1]!.sections.at(-1)!;
    expect([last.id, last.continuesOnPage]).toEqual(['p2-s8', 3]);
    expect(last.topics.at(-1)!.paragraphs.at(-1)!.continuesOnPage).toBe(3);
    expect(report.parts[1]!.continuesOnPage).toBe(3);
  });

  it('gives every chapter a stable id derived from structure', () => {
    expect(report.parts.flatMap((part) => part.sections.map((section) => section.id))).toEqual([
      'p1-s2',
      'p1-s3',
      'p1-s4',
      'p1-s5',
      'p1-end',
      'p2-intro',
      'p2-s1',
      'p2-s2',
      'p2-s3',
      'p2-s4',
      'p2-s5',
      'p2-s6',
      'p2-s7',
      'p2-s8',
    ]);
    const ids = paragraphsOf(report).map((paragraph) => paragraph.id);
    expect(ids).toHaveLength(38);
    expect(new Set(ids).size).toBe(38);
    expect(ids.slice(0, 3)).toEqual(['p1-s2-1', 'p1-s3-1', 'p1-s4-1']);
  });

  it('opens the closing words at "各位代表！" and the plan with its overall requirements', () => {
    const closing = report.parts[0]!.sections.at(-1)!;
    expect(closing.kind).toBe('closing');
    expect(
      paragraphsOf(report)
        .find((p) => p.id === 'p1-end-1')!
        .text.startsWith('各位代表！回顾一年的工作'),
    ).toBe(true);
    const intro = report.parts[1]!.sections[0]!;
    expect(intro.kind).toBe('intro');
    expect(
      paragraphsOf(report)
        .find((p) => p.id === 'p2-intro-2')!
        .text.startsWith('主要预期目标是：'),
    ).toBe(true);
  });

  it('finds the bold lead sentence of each plan topic', () => {
    const s1 = report.parts[1]!.sections.find((section) => section.id === 'p2-s1')!;
    expect(s1.topics.map((topic) => topic.lead)).toEqual([
      '厚植产业集群优势。',
      '狠抓企业项目建设。',
      '增强园区承载能力。',
      '全域推进数字赋能。',
    ]);
    expect(report.parts[0]!.sections[0]!.topics[0]!.lead).toBeNull();
  });
});

describe('segment on another report of the genre', () => {
  const file = 'test/fixtures/county-report.zh.txt';
  const report = parse(readFileSync(file, 'utf8'), file);

  it('reads parts, sections with inline text, and 一是 topics', () => {
    expect(report.layout).toBe('clean');
    expect(report.parts.map((part) => [part.id, part.kind, part.year])).toEqual([
      ['p0', 'preamble', null],
      ['p1', 'review', 2022],
      ['p2', 'plan', 2023],
      ['p3', 'other', null],
    ]);
    expect(report.parts[0]!.sections[0]!.topics[0]!.paragraphs[0]!.text).toBe('政府工作报告');
    const section = report.parts[1]!.sections.find((s) => s.id === 'p1-s1')!;
    expect(section.title).toBe('着力稳住经济大盘。');
    expect(section.topics[0]!.paragraphs[0]!.text.startsWith('全年地区生产总值')).toBe(true);
    const plan = report.parts[2]!.sections.find((s) => s.id === 'p2-s1')!;
    expect(plan.topics.map((topic) => topic.lead)).toEqual(['一是壮大主导产业。', '二是抓好项目建设。']);
  });
});

describe('segment errors', () => {
  it('names the file and line when there is no heading', () => {
    expect(() => parse('今年完成了很多工作。\n明年继续努力。\n', 'plain.txt')).toThrow(
      /^plain\.txt:1: no headings found: expected part headings such as/u,
    );
  });

  it('refuses sections out of order, naming the line', () => {
    const text = '一、回顾\n（一）工业\n工业增长。\n（三）农业\n农业丰收。\n';
    expect(() => parse(text, 'skip.txt')).toThrow(ContentError);
    expect(() => parse(text, 'skip.txt')).toThrow('skip.txt:4: section "（三）" follows （一）: expected （二）');
  });
});

describe('findLead', () => {
  it('accepts short bold sentences and ordinals, not ordinary openings', () => {
    expect(findLead('践行政治忠诚。坚持以…')).toBe('践行政治忠诚。');
    expect(findLead('一是壮大主导产业。加快…')).toBe('一是壮大主导产业。');
    expect(findLead('各位代表！回顾一年的工作')).toBeNull();
    expect(findLead('民生支出849.08亿元，占一般公共预算支出的82.6%。')).toBeNull();
    expect(findLead('“三区三线”划定成果正式启用。中心城区')).toBeNull();
  });
});

describe('segment on reports as people copy them', () => {
  const page = [
    '下载',
    '打印',
    '【字号：',
    '加大',
    '】',
    '2026年某省政府工作报告',
    '——2026年1月20日在某省第十四届人民代表大会第四次会议上',
    '来源：某某日报',
    '时间：2026-01-30',
    '省长 某某',
    '各位代表：',
    '现在，我代表省人民政府，向大会报告工作。',
    '一、2025年工作回顾',
    '过去一年，全省生产总值增长5.2%。',
    '各位代表！“十四五”顺利收官。五年来，新增高速公路1200公里。',
    '各位代表！成绩来之不易。',
    '二、“十五五”时期主要目标任务',
    '“十五五”时期，地区生产总值年均增长5%左右。',
    '三、关于2026年工作',
    '今年的主要预期目标是：地区生产总值增长5%—5.5%。',
    '（一）扩大内需。新增就业50万人。',
    '各位代表！让我们团结奋斗！',
    '附件',
    '名词解释',
    '1.“两重”：指国家重大战略实施和重点领域安全能力建设，支持100个项目。',
    '相关报道：',
    '某省召开会议',
  ].join('\n');
  const report = parse(page, 'page.txt');

  it('sets the page lines apart and records them, never as paragraphs', () => {
    expect(report.title).toBe('2026年某省政府工作报告');
    expect(report.chrome.map((line) => [line.line, line.where])).toEqual([
      [1, 'before'],
      [2, 'before'],
      [3, 'before'],
      [4, 'before'],
      [5, 'before'],
      [8, 'inside'],
      [9, 'inside'],
      [26, 'after'],
      [27, 'after'],
    ]);
    expect(paragraphsOf(report).some((p) => /下载|来源|相关报道|某省召开会议/u.test(p.text))).toBe(false);
  });

  it('decides result or target from the year each part speaks of, and records five-year spans', () => {
    expect(report.year).toBe(2026);
    expect(report.parts.map((part) => [part.id, part.kind, part.year, part.span])).toEqual([
      ['p0', 'preamble', null, null],
      ['p1', 'review', 2025, null],
      ['p2', 'plan', null, { from: 2026, to: 2030 }],
      ['p3', 'plan', 2026, null],
      ['a1', 'appendix', null, null],
    ]);
    expect(report.parts[1]!.sections.map((s) => [s.id, s.span])).toEqual([
      ['p1-intro', null],
      ['p1-end', { from: 2021, to: 2025 }],
      ['p1-end2', null],
    ]);
  });

  it.each([
    ['三、2026年重点工作', '2026年是开局之年。'],
    ['三、关于2026年工作', '做好今年工作意义重大。'],
    ['三、一鼓作气勇争先，全力推动“十五五”开好局', '2026年是“十五五”开局之年。'],
    ['三、奋发有为抓落实', '今年是“十五五”开局之年。'],
  ])('reads "%s" as the plan for the report\'s year', (heading, first) => {
    const text = [
      '2026年某省政府工作报告',
      '——2026年1月20日在某省人民代表大会上',
      '各位代表：',
      '一、2025年工作回顾',
      '过去一年，增长5%。',
      '二、“十五五”时期主要目标任务',
      '“十五五”时期，年均增长5%。',
      heading,
      first,
      '（一）扩大内需。新增就业50万人。',
    ].join('\n');
    const plan = parse(text).parts.find((part) => part.id === 'p3')!;
    expect([plan.kind, plan.year, plan.span]).toEqual(['plan', 2026, null]);
  });

  it('makes an appendix a part of its own, titled by the line under 附件', () => {
    const appendix = report.parts.at(-1)!;
    expect([appendix.id, appendix.marker, appendix.title, appendix.sections.map((s) => s.id)]).toEqual([
      'a1',
      '附件',
      '名词解释',
      ['a1-body'],
    ]);
    expect(paragraphsOf(report).at(-1)!.text.startsWith('1.“两重”')).toBe(true);
  });

  it('takes a list numbered 一、 again after the last part, with no 附件 line, for an appendix', () => {
    const text = [
      '政府工作报告',
      '各位代表：',
      '一、2025年工作回顾',
      '增长5%。',
      '二、2026年工作安排',
      '增长6%。',
      '各位代表！让我们团结奋斗！',
      '2026年十件民生实事',
      '一、提高低保标准。',
      '二、新建养老床位1000张。',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.parts.map((part) => [part.id, part.kind, part.title])).toEqual([
      ['p0', 'preamble', null],
      ['p1', 'review', '2025年工作回顾'],
      ['p2', 'plan', '2026年工作安排'],
      ['a1', 'appendix', '2026年十件民生实事'],
    ]);
    expect(
      paragraphsOf(parsed)
        .filter((p) => p.id.startsWith('a1-'))
        .map((p) => p.text),
    ).toEqual(['一、提高低保标准。', '二、新建养老床位1000张。']);
  });

  it('gives each 各位代表！ passage its own id', () => {
    const ids = paragraphsOf(report).map((p) => p.id);
    expect(ids.filter((id) => /-end\d?-/u.test(id))).toEqual(['p1-end-1', 'p1-end2-1', 'p3-end-1']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fails loudly, naming the line, if two nodes would share an id', () => {
    const twice = { ...report, parts: [...report.parts, { ...report.parts[1]!, line: 99 }] };
    expect(() => checkUniqueIds(twice, 'page.txt')).toThrow(
      /^page\.txt:99: two parts of the report would share the id "p1" \(the first at line 13\)/u,
    );
  });

  it('reads a PDF copy (hard wraps, paragraphs opened by 　　, no blank lines) as paragraphs', () => {
    const pdf = [
      '　　一、2025年工作回顾',
      '　　过去一年，全省地区生产总值增长5.2%，一般公共预算收入',
      '增长3.1%，城镇新增就业52万人。',
      '　　（一）产业升级。新增规上工业企业',
      '1200家，高新技术企业达1.5万家。',
      '　　二、2026年工作安排',
      '　　今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业',
      '50万人以上。',
    ].join('\n');
    const normalized = normalize(pdf);
    expect(normalized.layout).toBe('indented');
    expect(normalized.blocks.map((block) => block.text)).toEqual([
      '一、2025年工作回顾',
      '过去一年，全省地区生产总值增长5.2%，一般公共预算收入增长3.1%，城镇新增就业52万人。',
      '（一）产业升级。新增规上工业企业1200家，高新技术企业达1.5万家。',
      '二、2026年工作安排',
      '今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业50万人以上。',
    ]);
    expect(paragraphsOf(segment(normalized, 'pdf.txt')).map((p) => p.id)).toEqual(['p1-intro-1', 'p1-s1-1', 'p2-intro-1']);
  });
});
