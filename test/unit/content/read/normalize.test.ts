import { describe, expect, it } from 'vitest';
import { compactWhitespace, normalize } from '../../../../scripts/content/read/normalize.ts';
import { reportText } from '../../../helpers.ts';

/** The report less whitespace and page-jump markers: what must survive normalization, in order. */
const essentialCharacters = (text: string): string => text.replace(/[（(](上接|下转)\d+版[）)]/gu, '').replace(/\s/gu, '');

describe('normalize on the real report', () => {
  const text = reportText();
  const normalized = normalize(text);

  it('keeps every character of the report, in order, and invents none', () => {
    expect(normalized.blocks.map((block) => block.text).join('')).toBe(essentialCharacters(text));
  });

  it('records and strips both page-jump markers', () => {
    expect(normalized.jumps).toEqual([
      { marker: '(上接1版)', line: 1, direction: 'continued-from', page: 1 },
      { marker: '（下转3版）', line: 662, direction: 'continues-on', page: 3 },
    ]);
    expect(normalized.blocks.some((block) => /上接|下转/u.test(block.text))).toBe(false);
  });

  it('detects the newspaper layout and joins hard-wrapped lines', () => {
    expect(normalized.layout).toBe('wrapped');
    expect(normalized.blocks.some((block) => block.text.includes('科技型中小企业净增564家、总量全省第二'))).toBe(true);
  });

  it('joins a column break in mid-sentence instead of starting a paragraph', () => {
    const joined = normalized.blocks.filter((block) => block.text.includes('市肿瘤医院门诊医技综合大楼投用'));
    expect(joined).toHaveLength(1);
    expect(normalized.blocks.some((block) => block.text.startsWith('医院门诊'))).toBe(false);
    expect(normalized.blocks.some((block) => block.text.startsWith('力点放在实体经济上'))).toBe(false);
    expect(normalized.blocks.some((block) => block.text.startsWith('升。'))).toBe(false);
  });

  it('does not take parentheses inside a sentence for headings', () => {
    for (const inner of ['（续）建', '（技工）院校', '（市、区）']) {
      expect(normalized.blocks.some((block) => block.text.startsWith(inner))).toBe(false);
    }
    expect(normalized.blocks.filter((block) => block.text.startsWith('（')).map((block) => block.text.slice(0, 3))).toEqual([
      '（三）',
      '（四）',
      '（五）',
      '（一）',
      '（二）',
      '（三）',
      '（四）',
      '（五）',
      '（六）',
      '（七）',
      '（八）',
    ]);
  });

  it('ends paragraphs at blank lines that follow a finished sentence', () => {
    // 38 paragraphs + 11 section headings + 1 part heading.
    expect(normalized.blocks).toHaveLength(50);
  });
});

describe('normalize on small inputs', () => {
  it('drops typesetting spaces but keeps a space between Latin words', () => {
    expect(compactWhitespace('净增 564 家、突破 1700 亿元')).toBe('净增564家、突破1700亿元');
    expect(compactWhitespace('  Hong Kong 青少年　基地 ')).toBe('Hong Kong青少年基地');
  });

  it('reads a clean file one paragraph per line', () => {
    const clean = '一、2022年工作回顾\n全年完成投资100亿元，增长5%。\n\n各项工作取得新进展。\n';
    const result = normalize(clean);
    expect(result.layout).toBe('clean');
    expect(result.blocks.map((block) => [block.text, block.line])).toEqual([
      ['一、2022年工作回顾', 1],
      ['全年完成投资100亿元，增长5%。', 2],
      ['各项工作取得新进展。', 4],
    ]);
  });

  it('handles CRLF line ends and a byte-order mark', () => {
    expect(normalize('\uFEFF一、总结\r\n完成任务。\r\n').blocks.map((block) => block.text)).toEqual(['一、总结', '完成任务。']);
  });
});
