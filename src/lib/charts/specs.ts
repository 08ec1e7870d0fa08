/**
 * The data of every chart, one record per bar, read from the figures the pipeline extracted and
 * the words in content/charts.yaml and content/comparisons.yaml. The SVG, the table view, the CSV
 * and the JSON of a chart are all made from the same spec.
 */
import type { ChartData, ChartItem } from '../../../scripts/content/layers/charts.ts';
import { isCeiling } from '../../../scripts/content/ledger/outcome-rule.ts';
import chartsJson from '../../generated/charts.json';
import type { Lang } from '../../i18n/index.ts';
import { figureSubject } from '../commitments/commitments.ts';
import { formatFigure } from '../figures/figure-format.ts';
import { figure, place, places } from '../report/report.ts';
import { paragraphsNaming } from '../entities/entities.ts';
import { tileLayout } from '../places/tile-map.ts';

const data = chartsJson as unknown as ChartData;

export type BarChartId = 'targets' | 'clusters' | 'zones';
export const CHART_IDS = ['targets', 'clusters', 'zones', 'comparisons', 'county-mentions'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * How a row is drawn: a bar on its group's scale, a ceiling stated as "at most" (a limit on a level
 * is not more ambitious for being longer), or the report's words for a target without a figure.
 */
export type RowForm = 'bar' | 'ceiling' | 'words';
const FORM_ORDER: RowForm[] = ['bar', 'ceiling', 'words'];

export interface BarRow {
  key: string;
  form: RowForm;
  label: { zh: string; en: string };
  /** What the figure measures, where bars of one chart measure different things. */
  measure: { zh: string; en: string } | null;
  /** The zone, county or cluster the bar is for, whose page it leads to; null for a citywide target. */
  entity: { kind: 'place' | 'cluster'; id: string } | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
  /** The target as shown: the figure with its qualifier, or the report's words. */
  display: { zh: string; en: string };
  figure: string | null;
  paragraph: string;
}

export interface BarChartSpec {
  id: BarChartId;
  title: { zh: string; en: string };
  paragraphs: string[];
  rows: BarRow[];
}

export interface PairRow {
  key: string;
  label: { zh: string; en: string };
  unit: string;
  from: BarRow;
  to: BarRow;
  /** How the two figures count different things; null when they count the same thing. */
  different: { zh: string; en: string } | null;
  /** The 2023 target against the 2022 result, in per cent (one decimal); null for different measures. */
  changePercent: number | null;
  /** The 2023 target is lower than what 2022 achieved (same measure only). */
  below2022: boolean;
}

export interface PairChartSpec {
  id: 'comparisons';
  rows: PairRow[];
  paragraphs: string[];
}

function rowFromFigure(
  key: string,
  label: { zh: string; en: string },
  figureId: string,
  measure: BarRow['measure'] = null,
  entity: BarRow['entity'] = figureSubject(figureId),
): BarRow {
  const f = figure(figureId);
  return {
    key,
    form: isCeiling(f) ? 'ceiling' : 'bar',
    label,
    measure,
    entity,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    qualifier: f.qualifier,
    display: { zh: formatFigure('zh', f), en: formatFigure('en', f) },
    figure: f.id,
    paragraph: f.paragraph,
  };
}

function rowFromItem(item: ChartItem, index: number, paragraph: string): BarRow {
  const label = item.label ?? (item.place ? { zh: place(item.place).names[0]!, en: place(item.place).en } : null)!;
  const key = item.place ?? `item-${index + 1}`;
  // A zone's bar is for the zone the chart names, whatever the clause's wording.
  const named = item.place === null ? null : { kind: 'place' as const, id: item.place };
  if (item.figure) return rowFromFigure(key, label, item.figure.id, item.measure, named ?? figureSubject(item.figure.id));
  return {
    key,
    form: 'words',
    label,
    measure: item.measure,
    entity: named,
    value: null,
    valueMax: null,
    unit: null,
    qualifier: null,
    display: item.wording!,
    figure: null,
    paragraph,
  };
}

/**
 * A bar chart's rows in the order they are drawn: grouped by measure (bars of different measures
 * never share a scale), bars first, then ceilings, then targets in words, each in order of first
 * appearance; within a group as the report lists them. The chart, its table and its data files all
 * follow this order.
 */
export function barChart(id: BarChartId): BarChartSpec {
  const definition = data.charts[id];
  const rows = definition.items.map((item, index) => rowFromItem(item, index, definition.paragraph));
  const measures = [...new Set(rows.map((row) => row.measure?.en ?? ''))];
  const formOf = (measure: string) => FORM_ORDER.indexOf(rows.find((row) => (row.measure?.en ?? '') === measure)!.form);
  const grouped = measures
    .sort((a, b) => formOf(a) - formOf(b))
    .flatMap((measure) => rows.filter((row) => (row.measure?.en ?? '') === measure));
  return { id, title: definition.title, paragraphs: [definition.paragraph], rows: grouped };
}

export function comparisonsChart(): PairChartSpec {
  const rows = data.comparisons.map((comparison): PairRow => {
    const [from, to] = [figure(comparison.from.id), figure(comparison.to.id)];
    const same = comparison.different === null;
    return {
      key: comparison.id,
      label: comparison.label,
      unit: from.unit,
      from: rowFromFigure(`${comparison.id}-2022`, comparison.label, comparison.from.id),
      to: rowFromFigure(`${comparison.id}-2023`, comparison.label, comparison.to.id),
      different: comparison.different,
      changePercent: same ? Math.round(((to.value - from.value) / from.value) * 1000) / 10 : null,
      below2022: same && to.value < from.value,
    };
  });
  return { id: 'comparisons', rows, paragraphs: [...new Set(rows.flatMap((row) => [row.from.paragraph, row.to.paragraph]))] };
}

export interface CountyRow {
  id: string;
  zh: string;
  en: string;
  mentions: number;
  column: number;
  row: number;
}

export function countyMentions(): CountyRow[] {
  return tileLayout(places.filter((p) => p.level === 'county')).map(({ place: p, column, row }) => ({
    id: p.id,
    zh: p.names[0]!,
    en: p.en,
    mentions: paragraphsNaming(p.id).length,
    column,
    row,
  }));
}

/** Titles for the charts that have no title in content/charts.yaml. */
export const DERIVED_TITLES = {
  comparisons: { zh: '2022年成绩与2023年目标', en: '2022 results beside 2023 targets' },
  'county-mentions': { zh: '各县（市、区）在报告中被提到的段落数', en: 'Paragraphs naming each county-level unit' },
} as const;

export function chartTitle(id: ChartId, lang: Lang): string {
  if (id === 'comparisons' || id === 'county-mentions') return DERIVED_TITLES[id][lang];
  return data.charts[id].title[lang];
}
