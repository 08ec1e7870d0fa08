/** Chart data as CSV and JSON: exactly the rows the chart draws. */
import { toCsv } from '../csv.ts';
import { barChart, comparisonsChart, countyMentions, type BarRow, type ChartId } from './specs.ts';

// Each row names what it measures: two measures must never be read as one scale.
const barColumns = [
  'key',
  'form',
  'label_zh',
  'label_en',
  'measure_zh',
  'measure_en',
  'value',
  'value_max',
  'unit',
  'qualifier',
  'target_zh',
  'target_en',
  'figure',
  'paragraph',
];
const barCells = (row: BarRow) => [
  row.key,
  row.form,
  row.label.zh,
  row.label.en,
  row.measure?.zh ?? null,
  row.measure?.en ?? null,
  row.value,
  row.valueMax,
  row.unit,
  row.qualifier,
  row.display.zh,
  row.display.en,
  row.figure,
  row.paragraph,
];

export function chartTable(id: ChartId): { header: string[]; rows: unknown[][] } {
  switch (id) {
    case 'comparisons':
      return {
        header: [
          'key',
          'label_zh',
          'label_en',
          'unit',
          'value_2022',
          'qualifier_2022',
          'figure_2022',
          'value_2023',
          'qualifier_2023',
          'figure_2023',
          'same_measure',
          'different_zh',
          'different_en',
          'change_percent',
          'below_2022',
        ],
        rows: comparisonsChart().rows.map((row) => [
          row.key,
          row.label.zh,
          row.label.en,
          row.unit,
          row.from.value,
          row.from.qualifier,
          row.from.figure,
          row.to.value,
          row.to.qualifier,
          row.to.figure,
          row.different === null,
          row.different?.zh ?? null,
          row.different?.en ?? null,
          row.changePercent,
          row.below2022,
        ]),
      };
    case 'county-mentions':
      return {
        header: ['id', 'name_zh', 'name_en', 'paragraphs_naming', 'tile_column', 'tile_row'],
        rows: countyMentions().map((row) => [row.id, row.zh, row.en, row.mentions, row.column, row.row]),
      };
    default:
      return { header: barColumns, rows: barChart(id).rows.map(barCells) };
  }
}

export function chartCsv(id: ChartId): string {
  const { header, rows } = chartTable(id);
  return toCsv(header, rows);
}

export function chartJson(id: ChartId): string {
  const { header, rows } = chartTable(id);
  return JSON.stringify(
    rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null]))),
    null,
    2,
  );
}
