import type { Figure } from '../shared/model.ts';

/**
 * What the words around a number say about it, in both languages: which way its qualifier
 * bounds it (at least / at most / about) and what unit it counts. The English check compares
 * the two, so "over 200 billion" cannot become "less than 200 billion", nor yuan US dollars.
 */

/** 'min': the figure is a floor (突破, 以上, over); 'max': a ceiling (以内, 不超过, within); 'about': 约, 左右. */
export type Bound = 'min' | 'max' | 'about';

const CHINESE_BOUNDS: Record<string, Bound> = {
  突破: 'min', 超: 'min', 超过: 'min', 以上: 'min', 不低于: 'min', 不少于: 'min', 至少: 'min', 逾: 'min', 余: 'min', 多: 'min',
  以内: 'max', 以下: 'max', 之内: 'max', 不超过: 'max',
  约: 'about', 左右: 'about', 上下: 'about', 近: 'about',
};

/** The bound the Chinese puts on a figure, or null (达 reach, 力争 strive to, none). */
export function chineseBound(figure: Figure): Bound | null {
  for (const qualifier of figure.qualifiers.length > 0 ? figure.qualifiers : [figure.qualifier ?? '']) {
    const bound = CHINESE_BOUNDS[qualifier];
    if (bound) return bound;
  }
  return null;
}

// Words just before a number ("more than 200 billion", "keep it within 3%") and just after ("200 billion or more").
const BEFORE: Array<[RegExp, Bound]> = [
  [/\b(?:(?<!\b(?:no|not) )less than|(?<!\b(?:no|not) )fewer than|below|under|no more than|not more than|at most|up to|within|not (?:to )?exceed(?:ing)?|no higher than|a maximum of)\s*$/iu, 'max'],
  [/\b(?:more than|over|above|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|at least|no less than|not less than|no fewer than|no lower than|beyond|break(?:s|ing)? through|broke through|a minimum of|in excess of)\s*$/iu, 'min'],
  [/\b(?:about|around|approximately|roughly|some|nearly|almost|close to)\s*$/iu, 'about'],
];
const AFTER: Array<[RegExp, Bound]> = [
  [/^(?:\s*(?:%|percent|percentage points?|[^\s,;.]+)?)?\s+(?:or|and) (?:less|fewer|below|under|lower)\b/iu, 'max'],
  [/^(?:\s*(?:%|percent|percentage points?|[^\s,;.]+)?)?\s+(?:or|and) (?:more|above|over|higher|up)\b/iu, 'min'],
  [/^(?:\s*(?:%|percent|percentage points?|[^\s,;.]+)?)?\s+or so\b/iu, 'about'],
];

/** The bound the English words right around a number put on it, or null. */
export function englishBound(english: string, start: number, end: number): Bound | null {
  const before = english.slice(Math.max(0, start - 40), start);
  for (const [pattern, bound] of BEFORE) if (pattern.test(before)) return bound;
  const after = english.slice(end, end + 40);
  for (const [pattern, bound] of AFTER) if (pattern.test(after)) return bound;
  return null;
}

/** Units that can be told apart in both languages; counts of things (家, 个, 人) are left alone. */
export type UnitClass = 'yuan' | 'us-dollar' | 'hk-dollar' | 'euro' | 'percent' | 'percentage-point' | 'mu' | 'hectare' | 'tonne' | 'kilometre' | 'square-kilometre';

const CHINESE_UNITS: Record<string, UnitClass> = {
  元: 'yuan', 美元: 'us-dollar', 港元: 'hk-dollar', 欧元: 'euro', '%': 'percent', 个百分点: 'percentage-point', 百分点: 'percentage-point',
  亩: 'mu', 公顷: 'hectare', 吨: 'tonne', 斤: 'tonne', 公里: 'kilometre', 千米: 'kilometre', 平方公里: 'square-kilometre',
};

export const chineseUnit = (figure: Figure): UnitClass | null => CHINESE_UNITS[figure.unit] ?? null;

// The unit word right after an English number (after its scale word, which the number includes).
const ENGLISH_UNITS: Array<[RegExp, UnitClass]> = [
  [/^\s*(?:%|percent\b|per cent\b)/iu, 'percent'],
  [/^\s*percentage points?\b/iu, 'percentage-point'],
  [/^\s*(?:yuan|RMB|renminbi)\b/iu, 'yuan'],
  [/^\s*(?:US dollars?|U\.S\. dollars?|dollars?|USD)\b/iu, 'us-dollar'],
  [/^\s*(?:Hong Kong dollars?|HK dollars?|HKD)\b/iu, 'hk-dollar'],
  [/^\s*(?:euros?|EUR)\b/iu, 'euro'],
  [/^\s*mu\b/iu, 'mu'],
  [/^\s*(?:hectares?|ha)\b/iu, 'hectare'],
  [/^\s*(?:tonnes?|tons?|metric tons?)\b/iu, 'tonne'],
  [/^\s*(?:square kilometres?|square kilometers?|km²|km2|sq\.? km)/iu, 'square-kilometre'],
  [/^\s*(?:kilometres?|kilometers?|km)\b/iu, 'kilometre'],
];
const ENGLISH_PREFIX_UNITS: Array<[RegExp, UnitClass]> = [
  [/(?:US\$|USD\s?|\$)\s*$/u, 'us-dollar'],
  [/(?:HK\$|HKD\s?)\s*$/u, 'hk-dollar'],
  [/(?:€|EUR\s?)\s*$/u, 'euro'],
  [/(?:¥|RMB\s?|CNY\s?)\s*$/u, 'yuan'],
];

/** The unit the English writes right at a number ("170 billion yuan", "US$14.96 billion"), or null. */
export function englishUnit(english: string, start: number, end: number): UnitClass | null {
  const before = english.slice(Math.max(0, start - 5), start);
  for (const [pattern, unit] of ENGLISH_PREFIX_UNITS) {
    if (pattern.test(before) && !(unit === 'us-dollar' && /HK\$\s*$/u.test(before))) return unit;
  }
  const after = english.slice(end, end + 30);
  for (const [pattern, unit] of ENGLISH_UNITS) if (pattern.test(after)) return unit;
  return null;
}
