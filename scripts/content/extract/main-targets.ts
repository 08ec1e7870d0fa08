/**
 * The main targets of any report of the genre: the paragraph of the year's plan that says
 * "主要预期目标是：A，B；C。", cut into one target per indicator, each named from the dictionary
 * (content/indicators.yaml) and tied to the figure the extractor found in it.
 */
import type { Figure, Paragraph, Report } from '../shared/model.ts';
import { setsLimit } from './figures.ts';
import { nameIndicator, type Indicator } from './indicators.ts';

export const TARGET_KINDS = ['growth', 'level', 'ceiling', 'words'] as const;
/** growth: a rate of growth on the year before; level: an amount to reach; ceiling: a limit to stay under; words: no figure. */
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface MainTarget {
  /** The figure's id, or "paragraph/words" for a target set in words (the ledger's key of a target). */
  id: string;
  /** The dictionary's id, or null where the indicator is not in it. */
  indicator: string | null;
  indicatorZh: string;
  /** The dictionary's English, or null: an indicator it does not know keeps its Chinese name. */
  indicatorEn: string | null;
  /** The words of the report that set the target, as printed ("地区生产总值增长5%左右"). */
  asWritten: string;
  figure: string | null;
  text: string | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitAsWritten: string | null;
  qualifier: string | null;
  kind: TargetKind;
  /** The year the target is set for. */
  year: number | null;
  paragraph: string;
}

/** "主要预期目标是：" / "主要目标为：" / "预期目标是：": the lead of the paragraph of targets. */
const LEAD = /(?:主要预期|主要|预期)目标(?:任务)?(?:是|为)[:：]/u;
const SEPARATORS = new Set(['，', '；', ';', ',']);
const OPEN = new Set(['（', '(', '“', '《', '【']);
const CLOSE = new Set(['）', ')', '”', '》', '】']);
/** Verbs between an indicator's name and its figure: what is left when they go is the name. */
const VERBS = /(?:分别|年均|同比)?(?:增长|增速|增幅|涨幅|提高|下降|降低|控制在|保持在|达到|达|突破|超过|实现|完成|为)*$/u;
/** Words that end right before a growth rate: 增长5%, 增速达6%. */
const GROWTH = /(?:增长|增速|增幅)(?:达到|达|超过|突破|约|为)?$/u;
/** 城乡居民… stands for two indicators, the urban and the rural one. */
const URBAN_RURAL = /^城乡/u;

interface Item {
  text: string;
  start: number;
}

/** The paragraphs of the year's plan (not a five-year part) that lead with "主要预期目标是：". */
export function targetParagraphs(report: Report): Paragraph[] {
  return report.parts
    .filter((part) => part.kind === 'plan' && part.span === null)
    .flatMap((part) => part.sections.filter((section) => section.span === null))
    .flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs))
    .filter((paragraph) => LEAD.test(paragraph.text));
}

/** The list after the lead, to the end of its sentence, cut at commas and semicolons outside brackets and quotes. */
export function targetItems(text: string): Item[] {
  const lead = LEAD.exec(text);
  if (lead === null) return [];
  const from = lead.index + lead[0].length;
  const stop = text.indexOf('。', from);
  const end = stop === -1 ? text.length : stop;
  const items: Item[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= end; i++) {
    const char = text[i] ?? '';
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    if (i === end || (depth === 0 && SEPARATORS.has(char))) {
      if (i > start) items.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  return items;
}

/** The name before a figure, less the verbs that lead to it: 固定资产投资增长 → 固定资产投资. */
const nameBefore = (words: string) => words.replace(VERBS, '').trim();

/**
 * "城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右": one name per figure, the shared tail
 * given to each head (城镇居民…, 农村居民…); 城乡居民… is 城镇居民… and 农村居民….
 */
export function namesOfRespectively(subject: string, count: number): string[] | null {
  const parts = subject.split('、');
  if (parts.length === 1 && URBAN_RURAL.test(subject) && count === 2) {
    const tail = subject.slice(2);
    return [`城镇${tail}`, `农村${tail}`];
  }
  if (parts.length !== count) return null;
  const last = parts.at(-1)!;
  const tail = last.slice(parts[0]!.length);
  return parts.map((part, index) => (index === parts.length - 1 ? part : `${part}${tail}`));
}

function kindOf(figure: Figure, words: string, ceiling: boolean): TargetKind {
  if (ceiling || setsLimit(figure.qualifier, words)) return 'ceiling';
  if (figure.unit === '%' && GROWTH.test(words)) return 'growth';
  return 'level';
}

function figureTarget(paragraph: Paragraph, asWritten: string, name: string, figure: Figure, indicators: Indicator[], words: string): MainTarget {
  const indicator = nameIndicator(name, indicators, name);
  return {
    id: figure.id,
    indicator: indicator.id,
    indicatorZh: indicator.zh,
    indicatorEn: indicator.en,
    asWritten,
    figure: figure.id,
    text: figure.text,
    value: figure.value,
    valueMax: figure.valueMax,
    unit: figure.unit,
    unitAsWritten: figure.unitAsWritten,
    qualifier: figure.qualifier,
    kind: kindOf(figure, words, indicator.ceiling),
    year: figure.period,
    paragraph: paragraph.id,
  };
}

/** The targets of one item of the list: one per figure it sets, or one in words where it names an indicator. */
function itemTargets(paragraph: Paragraph, item: Item, figures: Figure[], indicators: Indicator[], year: number | null): MainTarget[] {
  const end = item.start + item.text.length;
  const inside = figures.filter((figure) => figure.start >= item.start && figure.end <= end);
  if (inside.length === 0) {
    // A target in words counts only where it names an indicator: "在实际工作中努力争取更好结果" qualifies the one before.
    const indicator = nameIndicator(item.text, indicators, item.text);
    if (indicator.id === null) return [];
    return [{
      id: `${paragraph.id}/${item.text}`, indicator: indicator.id, indicatorZh: indicator.zh, indicatorEn: indicator.en, asWritten: item.text,
      figure: null, text: null, value: null, valueMax: null, unit: null, unitAsWritten: null, qualifier: null, kind: 'words', year, paragraph: paragraph.id,
    }];
  }
  const respectively = item.text.indexOf('分别');
  if (respectively !== -1) {
    const after = inside.filter((figure) => figure.start - item.start > respectively);
    const names = after.length === 0 ? null : namesOfRespectively(item.text.slice(0, respectively), after.length);
    // Every figure of the list shares the verb before the first one (分别增长4.5%、5.5%左右).
    const words = item.text.slice(0, after[0]!.start - item.start);
    if (names !== null) return after.map((figure, index) => figureTarget(paragraph, item.text, names[index]!, figure, indicators, words));
  }
  // The figure that ends the item is the target; one before it is part of the name (引进投资超2000万元项目…).
  const figure = inside.at(-1)!;
  const words = item.text.slice(0, figure.start - item.start);
  return [figureTarget(paragraph, item.text, nameBefore(words.replace(/^(?:全省|全市|全县|全区|今年)/u, '')) || words, figure, indicators, words)];
}

/** Every main target of the report, in the order the report lists them. */
export function findMainTargets(report: Report, figures: Figure[], indicators: Indicator[]): MainTarget[] {
  return targetParagraphs(report).flatMap((paragraph) => {
    const own = figures.filter((figure) => figure.paragraph === paragraph.id);
    const year = own.find((figure) => figure.period !== null)?.period ?? planYear(report);
    return targetItems(paragraph.text).flatMap((item) => itemTargets(paragraph, item, own, indicators, year));
  });
}

/** The year the plan speaks of, for a paragraph of targets that has no figure to carry it. */
const planYear = (report: Report): number | null => report.parts.find((part) => part.kind === 'plan' && part.span === null)?.year ?? null;
