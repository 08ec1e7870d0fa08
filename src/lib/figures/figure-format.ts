/**
 * How a figure reads in each language, and what it is in units the reader knows.
 * Everything derives from the figure the pipeline extracted and the stated rates in
 * content/conversions.yaml: no number is typed here.
 */
import type { Lang } from '../../i18n/index.ts';
import conversionsJson from '../../generated/conversions.json';
import { figureWithQualifier } from './figure-text.ts';
import type { Figure } from '../report/report.ts';

export const rates = conversionsJson;

const significant = (value: number, digits = 3): number => Number(value.toPrecision(digits));

/** 170000000000 → "170 billion"; 632000 → "632,000"; 6600000 → "6.6 million". */
export function englishAmount(value: number): string {
  const format = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(n);
  if (Math.abs(value) >= 1e9 && Number.isInteger(value / 1e6)) return `${format(value / 1e9)} billion`;
  if (Math.abs(value) >= 1e6 && Number.isInteger(value / 1e3)) return `${format(value / 1e6)} million`;
  return format(value);
}

/** "5-10 billion" when both ends share a scale, else "800,000-1.2 million". */
export function englishRange(low: number, high: number): string {
  const [lowText, highText] = [englishAmount(low), englishAmount(high)];
  const scale = / (billion|million)$/u.exec(highText)?.[0];
  return scale && lowText.endsWith(scale) ? `${lowText.slice(0, -scale.length)}-${highText}` : `${lowText}-${highText}`;
}

/** 1.7e11 → "1,700亿"; 632000 → "63.2万"; 343 → "343". */
export function chineseAmount(value: number): string {
  const format = (n: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(n);
  if (Math.abs(value) >= 1e8) return `${format(value / 1e8)}亿`;
  if (Math.abs(value) >= 1e4) return `${format(value / 1e4)}万`;
  return format(value);
}

const EN_UNITS: Record<string, string> = {
  元: 'yuan',
  亩: 'mu',
  斤: 'jin',
  头: 'head',
  公里: 'km',
  平方公里: 'km²',
  公顷: 'hectares',
  '微克/立方米': 'μg/m³',
  个百分点: 'percentage points',
  美元: 'US dollars',
  人次: 'person-times',
  '公里/小时': 'km/h',
  吨标准煤: 'tonnes of standard coal',
  标箱: 'TEU',
  个月: 'months',
};
/** Denominators of a rate ("元/人", "元/月"), which the extractor keeps with their unit. */
const EN_PER: Record<string, string> = { 人: 'person', 月: 'month', 年: 'year', 日: 'day', 户: 'household', 亩: 'mu' };

/** "元/人" → "yuan per person"; a unit, or a rate whose two ends are known, else ''. */
function englishUnit(unit: string): string {
  if (unit in EN_UNITS) return EN_UNITS[unit]!;
  const [numerator, denominator] = unit.split('/');
  const top = EN_UNITS[numerator ?? ''];
  const per = EN_PER[denominator ?? ''];
  return top && per ? `${top} per ${per}` : '';
}

const EN_PREFIX: Record<string, string> = {
  突破: 'over',
  超: 'over',
  超过: 'over',
  达: '',
  达到: '',
  力争: 'strive for',
  约: 'about',
  近: 'nearly',
  逾: 'over',
  不低于: 'no less than',
  不少于: 'no less than',
  不超过: 'no more than',
  至少: 'at least',
};
const EN_SUFFIX: Record<string, string> = {
  左右: 'around',
  以上: 'or more',
  以内: 'or less',
  以下: 'or less',
  之内: 'or less',
  上下: 'around',
  余: 'over',
  多: 'over',
};

/** The figure as a reader of the language writes it: "2800亿元以上" / "280 billion yuan or more". */
export function formatFigure(lang: Lang, figure: Pick<Figure, 'text' | 'kind' | 'value' | 'valueMax' | 'unit' | 'qualifier'>): string {
  if (lang === 'zh') return figureWithQualifier(figure);
  const unit = englishUnit(figure.unit);
  if (figure.kind === 'rank') return `No. ${figure.value}`;
  const amount = figure.valueMax === null ? englishAmount(figure.value) : englishRange(figure.value, figure.valueMax);
  const number = figure.kind === 'percentage' ? `${amount}%` : `${amount}${unit ? ` ${unit}` : ''}`;
  const q = figure.qualifier;
  if (q === null) return number;
  if (q in EN_SUFFIX && ['左右', '上下'].includes(q)) return `${EN_SUFFIX[q]} ${number}`;
  if (q in EN_SUFFIX) return `${number} ${EN_SUFFIX[q]}`;
  const prefix = EN_PREFIX[q] ?? '';
  return prefix ? `${prefix} ${number}` : number;
}

/** Unit conversions for the reader: yuan → US dollars, mu → hectares, jin → tonnes. */
export function conversions(lang: Lang, figure: Figure): string[] {
  const values = figure.valueMax === null ? [figure.value] : [figure.value, figure.valueMax];
  const join = (parts: string[]) => parts.join(lang === 'zh' ? '至' : '-');
  switch (figure.unit) {
    case '元': {
      const usd = values.map((v) => significant(v / rates.yuanPerUsd));
      return lang === 'zh'
        ? [`约合${join(usd.map(chineseAmount))}美元（按${rates.yuanPerUsdYear}年平均汇率1美元兑${rates.yuanPerUsd}元计）`]
        : [`≈ US$${join(usd.map(englishAmount))} (at ${rates.yuanPerUsd} yuan per dollar, the ${rates.yuanPerUsdYear} average)`];
    }
    case '亩': {
      const hectares = values.map((v) => significant(v * rates.hectaresPerMu));
      return lang === 'zh'
        ? [`约${join(hectares.map(chineseAmount))}公顷（1亩≈666.7平方米）`]
        : [`≈ ${join(hectares.map(englishAmount))} hectares (1 mu ≈ 666.7 m²)`];
    }
    case '斤': {
      const tonnes = values.map((v) => significant(v * rates.tonnesPerJin));
      return lang === 'zh'
        ? [`即${join(tonnes.map(chineseAmount))}吨（1斤=0.5千克）`]
        : [`= ${join(tonnes.map(englishAmount))} tonnes (1 jin = 0.5 kg)`];
    }
    default:
      return [];
  }
}
