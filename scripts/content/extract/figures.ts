import type { Figure, FigureKind, Paragraph } from '../shared/model.ts';
import { timeAt, type PassageTime, type TimedStretch } from '../tree/passages.ts';

/**
 * Stage 3a: the Arabic-number quantities of a paragraph, each with its unit as written,
 * qualifier and canonical value. A number is a figure only when a unit follows it, so
 * labels fall away by construction: 5G, PM2.5, 5A级, 赣服通5.0, G105, T1, 1+5+N, 2023年.
 * Numbers inside quotation marks (“5020”, “24小时自助可办”) are names, not quantities.
 * Chinese-numeral quantities (三成, 百万人, 近两倍) are left out on purpose: see the README.
 */

/** For a text outside any part (a summary point): no year, no role. */
export const UNDATED: TimedStretch[] = [];

const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };

// Compound units stay whole (人次 is not 人, 万吨标准煤 is not 万吨, 分/千瓦时 is a price):
// sorted longest first below, so 平方公里 wins over 公里, 美元 over 元 and 个百分点 over 个.
const UNITS = [
  '微克/立方米', '分/千瓦时', '元/千瓦时', '吨标准煤', '平方公里', '个百分点', '平方米', '立方米', '百分点', '万千瓦', '千瓦时', '公里', '公顷', '千米', '千瓦', '兆瓦', '公斤', '千克', '小时',
  '美元', '港元', '欧元', '人次', '场次', '标箱', '架次', '车次', '户次', '个月',
  '%', '％', '‰', '元', '亩', '斤', '吨', '头', '家', '名', '个', '位', '项', '人', '所', '条', '户', '套', '盏', '件', '座', '次', '辆', '台',
  '张', '床', '批', '场', '米', '倍', '只', '株', '棵', '处', '栋', '间', '天', '岁', '类', '种', '部', '篇', '块', '艘', '架', '列', '箱',
].sort((a, b) => b.length - a.length);
/** Units written in full-width form that mean the same as their half-width one. */
const UNIT_BASE: Record<string, string> = { '％': '%' };
const RANK_UNITS = new Set(['位', '名']);
/** Denominators of a rate that are no unit of a quantity on their own: 元/月, 吨/日. */
const PER_ONLY = ['月', '年', '日', '周'];

export const PREFIX_QUALIFIERS = ['不低于', '力争', '不少于', '不超过', '超过', '达到', '突破', '至少', '超', '达', '约', '近', '逾'];
const SUFFIX_QUALIFIERS = ['左右', '以上', '以内', '以下', '之内', '上下'];
const INNER_QUALIFIERS = ['余', '多'];
/** "力争…": the report commits to trying, not to the figure (strive to). */
export const STRIVE = '力争';
const LIMIT_QUALIFIERS = new Set(['以内', '以下', '之内', '不超过']);

/** A figure that sets a limit, kept by staying under it: its qualifier says so (以内, 不超过…), or 控制在 leads to it. */
export function setsLimit(qualifier: string | null, before: string): boolean {
  return (qualifier !== null && LIMIT_QUALIFIERS.has(qualifier)) || before.endsWith('控制在');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const alternatives = (list: string[]): string => list.map(escape).join('|');

// Full-width digits (６３．２万亩) are read as digits; the text keeps them as printed.
const DIGIT = '[0-9０-９]';
const NUMBER = `${DIGIT}+(?:[.．]${DIGIT}+)?`;
const NOT_AFTER = String.raw`(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．])`;
const MULTIPLIER = `(?:${alternatives(Object.keys(MULTIPLIERS))})`;
const UNIT = `(?:${alternatives(UNITS)})`;
const INNER = `(?:${alternatives(INNER_QUALIFIERS)})`;
const DASH = '(?:-|－|–|—|～|~|至|到)';
const FIGURE = new RegExp(
  NOT_AFTER +
    `(?<rank>第)?(?<low>${NUMBER})(?<lowInner>${INNER})?(?<lowMult>${MULTIPLIER})?` +
    // "5%—5.5%", "4.5%至5%": a range may write its unit on both ends.
    `(?:(?<lowUnit>${UNIT})?${DASH}(?<high>${NUMBER})(?<highMult>${MULTIPLIER})?)?` +
    `(?<inner>${INNER})?` +
    // "609个（件）", "300台(件)以上": a second unit in brackets, full- or half-width, before the bound.
    `(?<unit>${UNIT})(?<alt>[（(][\u4e00-\u9fff][）)])?` +
    // "58万元/人", "0.6人/百亿元", "796元/月", "16.9万吨/日": a rate keeps its denominator.
    `(?<per>[/／]${MULTIPLIER}?(?:${UNIT}|${alternatives(PER_ONLY)}))?` +
    '(?![A-Za-z])' +
    `(?<suffix>${alternatives(SUFFIX_QUALIFIERS)})?`,
  'gu',
);
const PREFIX = new RegExp(`(?:${alternatives(PREFIX_QUALIFIERS)})$`, 'u');
// "至少建成1个": 至少 bounds the quantity even with a short verb between them.
const AT_LEAST_BEFORE_VERB = /至少[\u4e00-\u9fff]{1,3}$/u;

/** A qualifier written before the figure: right before it, or 至少 before a short verb. */
function prefixOf(text: string, start: number): string | null {
  const adjacent = PREFIX.exec(text.slice(Math.max(0, start - 3), start))?.[0];
  if (adjacent) return adjacent;
  return AT_LEAST_BEFORE_VERB.test(text.slice(Math.max(0, start - 5), start)) ? '至少' : null;
}
/** A number with no unit of its own, written just before "、": an item of a list whose unit comes once at the end. */
const BARE_ITEM = new RegExp(`${NOT_AFTER}(?<!第)(?<low>${NUMBER})(?<inner>${INNER})?(?<mult>${MULTIPLIER})?(?<join>[、和])$`, 'u');
/** "产值分别突破70和50亿元": after 分别, 和 joins a list too. */
const RESPECTIVELY = /分别[^，。；：]*$/u;
/** "第1、2位", "第1、第2名": ranks listed with 第 written once, or on each. */
const RANK_ITEM = new RegExp(`${NOT_AFTER}(?<rank>第)?(?<low>${NUMBER})、$`, 'u');
const RANK_LIST_BEFORE = new RegExp(`第${NUMBER}、(?:第?${NUMBER}、)*$`, 'u');

const FULL_WIDTH = /[０-９．]/gu;
/** "６３．２" → 63.2 */
export function parseNumber(digits: string): number {
  return Number(digits.replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
}

/** Spans of “…” and 《…》: names and slogans, whose numbers are labels. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(/“[^”]*”|《[^》]*》/gu)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

const CLAUSE_MARKS = ['，', '。', '；', '：', '、', '！'];

/** The clause leading up to a figure: from the previous punctuation mark to the figure. */
function contextOf(text: string, start: number): string {
  const before = text.slice(0, start);
  const clauseStart = Math.max(...CLAUSE_MARKS.map((mark) => before.lastIndexOf(mark))) + 1;
  return before.slice(clauseStart);
}

/**
 * Where 力争 (strive to) governs a figure. It reaches from itself to the end of its sentence
 * (。；！？), clause after clause ("力争储备项目突破2500个，总投资突破1.5万亿元": both), but no
 * further than a clause that opens with a stance of its own ("力争…达到3.35%，确保…": 确保's
 * figures are not striven for). 力 of 努力/全力/尽力争取 is not 力争 (努力争取更好结果).
 */
const STRIVE_AT = /(?<![努全尽极竭着大奋倾])力争/gu;
const OWN_STANCE = /[，：](?:确保|争取|努力|力求|全力|坚决)/u;
function strives(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const sentenceStart = Math.max(...['。', '；', '！', '？'].map((mark) => before.lastIndexOf(mark))) + 1;
  const sentence = before.slice(sentenceStart);
  const lastStrive = Math.max(-1, ...[...sentence.matchAll(STRIVE_AT)].map((match) => match.index));
  if (lastStrive === -1) return false;
  return !OWN_STANCE.test(sentence.slice(lastStrive));
}

/** One figure before its id is known, with the multiplier its unit was written with. */
interface Found {
  figure: Omit<Figure, 'id'>;
  multiplier: string;
  /** The suffix written after this very figure (以上…), for sharing along a list. */
  suffix: string | null;
}

/** The figures of a paragraph, each timed by the stretch of the paragraph it stands in (tree/passages.ts). */
export function extractFigures(paragraph: Paragraph, times: TimedStretch[]): Figure[] {
  const { text } = paragraph;
  const quoted = quotedSpans(text);
  const isQuoted = (at: number): boolean => quoted.some(([from, to]) => at >= from && at < to);
  const found: Found[] = [];

  for (const match of text.matchAll(FIGURE)) {
    const groups = match.groups!;
    const start = match.index;
    if (isQuoted(start)) continue;
    const unitWritten = groups.unit!;
    if (unitWritten === '元' && groups.rank) continue;
    const isRank = groups.rank !== undefined || (RANK_UNITS.has(unitWritten) && groups.high === undefined && RANK_LIST_BEFORE.test(text.slice(Math.max(0, start - 24), start)));
    if (isRank && !RANK_UNITS.has(unitWritten)) continue; // 第32届: an ordinal name, not a quantity
    // "迈上5万亿台阶": a step (台阶), not machines (台).
    if (unitWritten === '台' && text[start + match[0].length - (groups.suffix?.length ?? 0)] === '阶') continue;
    // "5%-6个": not one quantity; take the first end alone.
    if (groups.lowUnit !== undefined && groups.lowUnit !== unitWritten) continue;

    const multiplier = groups.highMult ?? groups.lowMult ?? '';
    // "50亿-100亿元": the multiplier written once at the end applies to both ends.
    const lowMult = MULTIPLIERS[groups.lowMult ?? groups.highMult ?? ''] ?? 1;
    const highMult = MULTIPLIERS[groups.highMult ?? groups.lowMult ?? ''] ?? 1;
    // The denominator stays as written (人/百亿元 is per ten billion yuan): value counts the numerator only.
    const per = groups.per === undefined ? '' : `/${groups.per.slice(1)}`;
    let unit = `${UNIT_BASE[unitWritten] ?? unitWritten}${groups.alt ?? ''}${per}`;
    const context = contextOf(text, start);
    // "时速350公里": a speed, not a length.
    if (unit === '公里' && /时速[^，。；]*$/u.test(text.slice(0, start))) unit = '公里/小时';
    const kind: FigureKind = isRank ? 'rank' : unit === '%' || unit === '‰' ? 'percentage' : unit.endsWith('百分点') ? 'percentage-points' : 'quantity';

    const figureText = match[0].slice(0, match[0].length - (groups.suffix?.length ?? 0));
    const prefix = prefixOf(text, start);
    const inner = groups.lowInner ?? groups.inner ?? null;
    found.push({
      figure: {
        paragraph: paragraph.id,
        ...timeFields(ownTime(text, start, start + match[0].length, unitWritten, groups.suffix ?? null) ?? timeAt(times, start)),
        text: figureText,
        kind,
        value: round(parseNumber(groups.low!) * lowMult),
        valueMax: groups.high === undefined ? null : round(parseNumber(groups.high) * highMult),
        unit,
        unitAsWritten: `${multiplier}${unitWritten}${groups.alt ?? ''}${groups.per ?? ''}`,
        qualifier: groups.suffix ?? inner ?? prefix,
        qualifiers: [],
        context,
        start,
        end: start + figureText.length,
      },
      multiplier,
      suffix: groups.suffix ?? null,
    });
  }
  const all = [...found, ...listItemsWithoutUnit(text, found, isQuoted)].sort((a, b) => a.figure.start - b.figure.start);
  shareListQualifiers(text, all);
  return all.map(({ figure }, index) => {
    const striving = strives(text, figure.start);
    return {
      id: `${paragraph.id}-f${index + 1}`,
      ...figure,
      qualifier: figure.qualifier ?? (striving ? STRIVE : null),
      qualifiers: [...new Set([...(striving ? [STRIVE] : []), ...(figure.qualifier === null ? [] : [figure.qualifier])])],
    };
  });
}

const NO_TIME: PassageTime = { year: null, role: null, span: null };
/** "从2022年的92万元增加到…": a starting value, of the year it names. */
const BASE_OF_YEAR = /从((?:19|20)\d\d)年(?:底|末)?的$/u;
/** "在全省167个区县中找位次": the size of the field a rank is taken in, neither a result nor a target. */
const FIELD_BEFORE = /在全[国省市区县]$/u;
const FIELD_AFTER = /^[\u4e00-\u9fff]{0,4}中/u;
/**
 * "10亿元以上项目", "25户以上自然村", "50万元以上的行政村": a size class of things, neither a result nor a
 * target. Not when the unit counts the things themselves: "争取100个以上项目" is a target.
 */
const SIZE_CLASS_AFTER = /^的?[\u4e00-\u9fff]{0,3}?(?:项目|村|企业|产业链)/u;
const COUNTERS = new Set(['个', '项', '家', '所', '座', '条', '批', '只', '台', '套']);

/**
 * The time a figure's own words give it, before the passage's: a starting value (从2022年的…), the
 * size of a field (在全省167个区县中) or of a class (10亿元以上项目). Null when they give none.
 */
function ownTime(text: string, start: number, end: number, unit: string, suffix: string | null): PassageTime | null {
  const base = BASE_OF_YEAR.exec(text.slice(Math.max(0, start - 10), start));
  if (base) return { year: Number(base[1]), role: 'result', span: null };
  if (FIELD_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && FIELD_AFTER.test(text.slice(end))) return NO_TIME;
  if ((suffix === '以上' || suffix === '以下') && !COUNTERS.has(unit) && SIZE_CLASS_AFTER.test(text.slice(end))) return NO_TIME;
  return null;
}

/** Field order of figures.json: `role` and `span` beside `period`. */
function timeFields(time: PassageTime): Pick<Figure, 'period' | 'role' | 'span'> {
  return { period: time.year, role: time.role, span: time.span };
}

/**
 * "1.28万亿、1.18万亿、8200亿元": a unit written once after a list belongs to every item.
 * Walks left from each figure over "number、" items; an item without a multiplier takes the
 * last figure's ("3、5亿元" is 3亿 and 5亿, as "50亿-100亿元" shares its multiplier).
 */
function listItemsWithoutUnit(text: string, found: Found[], isQuoted: (at: number) => boolean): Found[] {
  const items: Found[] = [];
  for (const last of found) {
    if (last.figure.kind === 'rank') {
      items.push(...rankItems(text, last, found));
      continue;
    }
    if (last.figure.valueMax !== null) continue;
    let end = last.figure.start;
    for (;;) {
      const item = BARE_ITEM.exec(text.slice(Math.max(0, end - 24), end));
      if (!item) break;
      const start = end - item[0].length;
      if (item.groups!.join === '和' && !RESPECTIVELY.test(text.slice(0, start))) break;
      if (isQuoted(start) || found.some((other) => other.figure.start < end && start < other.figure.end)) break;
      const { low, inner, mult } = item.groups!;
      const multiplier = mult ?? last.multiplier;
      const itemText = item[0].slice(0, -1);
      items.push({
        figure: {
          ...last.figure,
          text: itemText,
          value: round(parseNumber(low!) * (MULTIPLIERS[multiplier] ?? 1)),
          valueMax: null,
          unitAsWritten: `${multiplier}${last.figure.unitAsWritten.slice(last.multiplier.length)}`,
          qualifier: inner ?? prefixOf(text, start),
          context: contextOf(text, start),
          start,
          end: start + itemText.length,
        },
        multiplier,
        suffix: null,
      });
      end = start;
    }
  }
  return items;
}

/** The ranks listed before a rank ("第1、2位": 第1 and 2位), back to the one that carries 第. */
function rankItems(text: string, last: Found, found: Found[]): Found[] {
  const items: Found[] = [];
  let end = last.figure.start;
  for (;;) {
    const item = RANK_ITEM.exec(text.slice(Math.max(0, end - 12), end));
    if (!item) break;
    const start = end - item[0].length;
    if (found.some((other) => other.figure.start < end && start < other.figure.end)) break;
    const itemText = item[0].slice(0, -1);
    items.push({
      figure: { ...last.figure, text: itemText, value: parseNumber(item.groups!.low!), valueMax: null, unitAsWritten: last.figure.unitAsWritten, qualifier: null, context: contextOf(text, start), start, end: start + itemText.length },
      multiplier: '',
      suffix: null,
    });
    if (item.groups!.rank) break;
    end = start;
  }
  return items;
}

/** Decimal multiplication (63.2 × 1e4) must not leave binary noise such as 632000.0000001. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * "分别达50%、40%以上": in a list joined only by "、" (of one unit, or any after 分别), a suffix written
 * once after the last figure (以上, 左右 …) qualifies every figure of the list, and a prefix before the first does too.
 */
function shareListQualifiers(text: string, found: Found[]): void {
  // "生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上": after 分别 the list is one even with units of its own.
  const respectively = (i: number): boolean => RESPECTIVELY.test(text.slice(0, found[i]!.figure.start));
  const joined = (i: number): boolean => {
    const between = text.slice(found[i]!.figure.end, found[i + 1]!.figure.start);
    return (between === '、' && found[i]!.figure.unit === found[i + 1]!.figure.unit) || ((between === '、' || between === '和') && respectively(i));
  };
  for (let i = found.length - 2; i >= 0; i--) {
    const [first, second] = [found[i]!, found[i + 1]!];
    if (!joined(i)) continue;
    if (first.suffix === null && second.suffix !== null) {
      first.suffix = second.suffix;
      first.figure.qualifier = second.suffix;
    }
  }
  for (let i = 0; i + 1 < found.length; i++) {
    if (joined(i) && found[i + 1]!.figure.qualifier === null) found[i + 1]!.figure.qualifier = found[i]!.figure.qualifier;
  }
}
