import type { Figure, FigureKind, Paragraph } from '../model.ts';

/**
 * Stage 3a: the Arabic-number quantities of a paragraph, each with its unit as written,
 * qualifier and canonical value. A number is a figure only when a unit follows it, so
 * labels fall away by construction: 5G, PM2.5, 5A级, 赣服通5.0, G105, T1, 1+5+N, 2023年.
 * Numbers inside quotation marks (“5020”, “24小时自助可办”) are names, not quantities.
 */

const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };

// Longest first, so 平方公里 wins over 公里 and 个百分点 over 个.
const UNITS = [
  '微克/立方米', '平方公里', '个百分点', '平方米', '立方米', '百分点', '万千瓦', '千瓦时', '公里', '公顷', '千米', '千瓦', '兆瓦', '公斤', '千克', '小时',
  '%', '‰', '元', '亩', '斤', '吨', '头', '家', '名', '个', '位', '项', '人', '所', '条', '户', '套', '盏', '件', '座', '次', '辆', '台',
  '张', '床', '批', '场', '米', '倍', '只', '株', '棵', '处', '栋', '间', '天', '岁', '类', '种', '部', '篇', '块', '艘', '架', '列', '箱',
];
const RANK_UNITS = new Set(['位', '名']);

export const PREFIX_QUALIFIERS = ['不低于', '不少于', '不超过', '超过', '达到', '突破', '至少', '超', '达', '约', '近', '逾'];
const SUFFIX_QUALIFIERS = ['左右', '以上', '以内', '以下', '之内', '上下'];
const INNER_QUALIFIERS = ['余', '多'];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const alternatives = (list: string[]): string => list.map(escape).join('|');

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const MULTIPLIER = `(?:${alternatives(Object.keys(MULTIPLIERS))})`;
const DASH = '(?:-|－|–|—|～|~|至)';
const FIGURE = new RegExp(
  String.raw`(?<![\dA-Za-z.])` +
    `(?<rank>第)?(?<low>${NUMBER})(?<lowMult>${MULTIPLIER})?` +
    `(?:${DASH}(?<high>${NUMBER})(?<highMult>${MULTIPLIER})?)?` +
    `(?<inner>${alternatives(INNER_QUALIFIERS)})?` +
    `(?<unit>${alternatives(UNITS)})(?<alt>（[\u4e00-\u9fff]）)?` +
    '(?![A-Za-z])' +
    `(?<suffix>${alternatives(SUFFIX_QUALIFIERS)})?`,
  'gu',
);
const PREFIX = new RegExp(`(?:${alternatives(PREFIX_QUALIFIERS)})$`, 'u');

/** Spans of “…” and 《…》: names and slogans, whose numbers are labels. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(/“[^”]*”|《[^》]*》/gu)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** The clause leading up to a figure: from the previous punctuation mark to the figure. */
function contextOf(text: string, start: number): string {
  const before = text.slice(0, start);
  const clauseStart = Math.max(...['，', '。', '；', '：', '、', '！'].map((mark) => before.lastIndexOf(mark))) + 1;
  return before.slice(clauseStart);
}

export function extractFigures(paragraph: Paragraph, period: number | null): Figure[] {
  const { text } = paragraph;
  const quoted = quotedSpans(text);
  const figures: Figure[] = [];
  const suffixes: Array<string | null> = [];

  for (const match of text.matchAll(FIGURE)) {
    const groups = match.groups!;
    const start = match.index;
    if (quoted.some(([from, to]) => start >= from && start < to)) continue;
    if (groups.unit === '元' && groups.rank) continue;

    const unitAsWritten = `${groups.highMult ?? groups.lowMult ?? ''}${groups.unit}${groups.alt ?? ''}`;
    const isRank = groups.rank !== undefined;
    if (isRank && !RANK_UNITS.has(groups.unit!)) continue; // 第32届: an ordinal name, not a quantity
    // "50亿-100亿元": the multiplier written once at the end applies to both ends.
    const lowMult = MULTIPLIERS[groups.lowMult ?? groups.highMult ?? ''] ?? 1;
    const highMult = MULTIPLIERS[groups.highMult ?? groups.lowMult ?? ''] ?? 1;
    const kind: FigureKind = isRank
      ? 'rank'
      : groups.unit === '%' || groups.unit === '‰'
        ? 'percentage'
        : groups.unit!.endsWith('百分点')
          ? 'percentage-points'
          : 'quantity';

    const figureText = match[0].slice(0, match[0].length - (groups.suffix?.length ?? 0));
    const prefix = PREFIX.exec(text.slice(Math.max(0, start - 3), start))?.[0] ?? null;
    suffixes.push(groups.suffix ?? null);
    figures.push({
      id: `${paragraph.id}-f${figures.length + 1}`,
      paragraph: paragraph.id,
      period,
      text: figureText,
      kind,
      value: round(Number(groups.low) * lowMult),
      valueMax: groups.high === undefined ? null : round(Number(groups.high) * highMult),
      unit: `${groups.unit}${groups.alt ?? ''}`,
      unitAsWritten,
      qualifier: groups.suffix ?? (groups.inner ? groups.inner : null) ?? prefix,
      context: contextOf(text, start),
      start,
      end: start + figureText.length,
    });
  }
  shareListQualifiers(text, figures, suffixes);
  return figures;
}

/** Decimal multiplication (63.2 × 1e4) must not leave binary noise such as 632000.0000001. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * "分别达50%、40%以上": in a list joined only by "、", a suffix written once after the last
 * figure (以上, 左右 …) qualifies every figure of the list, and a prefix before the first does too.
 */
function shareListQualifiers(text: string, figures: Figure[], suffixes: Array<string | null>): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const first = figures[i]!;
    const second = figures[i + 1]!;
    if (text.slice(first.end, second.start) !== '、' || first.unit !== second.unit) continue;
    if (suffixes[i] === null && suffixes[i + 1] !== null) {
      suffixes[i] = suffixes[i + 1]!;
      first.qualifier = suffixes[i + 1]!;
    }
  }
  for (let i = 0; i + 1 < figures.length; i++) {
    const first = figures[i]!;
    const second = figures[i + 1]!;
    if (text.slice(first.end, second.start) === '、' && first.unit === second.unit && second.qualifier === null) second.qualifier = first.qualifier;
  }
}
