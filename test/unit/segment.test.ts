import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../scripts/content/errors.ts';
import { normalize } from '../../scripts/content/normalize.ts';
import { findLead, paragraphsOf, segment } from '../../scripts/content/segment.ts';
import { REPORT_FILE, reportText } from '../helpers.ts';

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
      'p1-s2', 'p1-s3', 'p1-s4', 'p1-s5', 'p1-end',
      'p2-intro', 'p2-s1', 'p2-s2', 'p2-s3', 'p2-s4', 'p2-s5', 'p2-s6', 'p2-s7', 'p2-s8',
    ]);
    const ids = paragraphsOf(report).map((paragraph) => paragraph.id);
    expect(ids).toHaveLength(38);
    expect(new Set(ids).size).toBe(38);
    expect(ids.slice(0, 3)).toEqual(['p1-s2-1', 'p1-s3-1', 'p1-s4-1']);
  });

  it('opens the closing words at "各位代表！" and the plan with its overall requirements', () => {
    const closing = report.parts[0]!.sections.at(-1)!;
    expect(closing.kind).toBe('closing');
    expect(paragraphsOf(report).find((p) => p.id === 'p1-end-1')!.text.startsWith('各位代表！回顾一年的工作')).toBe(true);
    const intro = report.parts[1]!.sections[0]!;
    expect(intro.kind).toBe('intro');
    expect(paragraphsOf(report).find((p) => p.id === 'p2-intro-2')!.text.startsWith('主要预期目标是：')).toBe(true);
  });

  it('finds the bold lead sentence of each plan topic', () => {
    const s1 = report.parts[1]!.sections.find((section) => section.id === 'p2-s1')!;
    expect(s1.topics.map((topic) => topic.lead)).toEqual(['厚植产业集群优势。', '狠抓企业项目建设。', '增强园区承载能力。', '全域推进数字赋能。']);
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
    expect(() => parse('今年完成了很多工作。\n明年继续努力。\n', 'plain.txt')).toThrow(/^plain\.txt:1: no headings found: expected part headings such as/u);
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
