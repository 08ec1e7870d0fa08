/** Chart data as CSV and JSON: exactly the rows the chart draws. */
import { toCsv, type CsvCell } from '../data/csv.ts';
import { chartColumns } from '../data-schemas/charts.ts';
import { barChart, comparisonsChart, countyMentions, type BarRow, type ChartId } from './specs.ts';
import { shortfall2022, targets2022 } from '../ledger/outcomes.ts';
import { shown2022, targetsBeside2022, type TargetBeside2022 } from '../report/targets.ts';

// Each row names what it measures: two measures must never be read as one scale.
const barColumns = chartColumns('bar');
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

// The main targets add, beside each 2023 target, the 2022 target of the same indicator.
const targetCells = ({ row, before, belowPlan2022 }: TargetBeside2022) => [
  ...barCells(row),
  before && shown2022('zh', before),
  before && shown2022('en', before),
  before?.figure?.value ?? null,
  before?.figure?.unit ?? null,
  before?.figure?.qualifier ?? null,
  before?.asWritten ?? null,
  before ? targets2022!.source.url : null,
  belowPlan2022,
];

export function chartTable(id: ChartId): { header: string[]; rows: CsvCell[][] } {
  switch (id) {
    case 'comparisons':
      return {
        header: chartColumns('comparisons'),
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
    case 'targets':
      return {
        header: chartColumns('targets'),
        rows: targetsBeside2022(barChart('targets').rows, targets2022, shortfall2022).map(targetCells),
      };
    case 'county-mentions':
      return {
        header: chartColumns('county-mentions'),
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
