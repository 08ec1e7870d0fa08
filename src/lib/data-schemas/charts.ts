/** /data/charts/<chart>.csv and .json: exactly the rows each chart draws; one schema per kind of chart. */
import { z } from 'astro/zod';
import { csvColumns, jsonObject, type Fields } from './field.ts';

const S = { type: 'string' } as const;
const R = { type: 'string', required: true } as const;
const N = { type: 'number' } as const;
const text = z.string().min(1);

const label = {
  label_zh: { description: { zh: '中文标签', en: 'Label in Chinese' }, json: text, csv: R },
  label_en: { description: { zh: '英文标签', en: 'Label in English' }, json: text, csv: R },
} satisfies Fields;

/** The bar charts: main targets, clusters, zones. */
export const barChartFields = {
  key: { description: { zh: '这一行的编号', en: 'Id of the row' }, json: text, csv: R },
  form: {
    description: {
      zh: '画法：bar 增长目标（同一刻度的柱子）、ceiling 上限（以文字表述，不画柱子）、words 以文字表述的目标',
      en: 'How it is drawn: bar (growth targets on one scale), ceiling (a limit, stated in words, no bar), words (a target set in words)',
    },
    json: z.enum(['bar', 'ceiling', 'words']),
    csv: { type: 'string', required: true, enum: ['bar', 'ceiling', 'words'] },
  },
  ...label,
  measure_zh: {
    description: {
      zh: '数字衡量的口径（中文）；同一图中口径不同的柱子不能相比',
      en: 'What the figure measures, in Chinese: bars of different measures are not one scale',
    },
    json: text.nullable(),
    csv: S,
  },
  measure_en: { description: { zh: '数字衡量的口径（英文）', en: 'What the figure measures, in English' }, json: text.nullable(), csv: S },
  value: {
    description: {
      zh: '换算成基本单位的数值；区间取下限；以文字表述的目标为空',
      en: 'Value in base units; the lower bound of a range; empty for a target set in words',
    },
    json: z.number().nullable(),
    csv: N,
  },
  value_max: {
    description: { zh: '区间上限，否则为空', en: 'Upper bound of a range, otherwise empty' },
    json: z.number().nullable(),
    csv: N,
  },
  unit: { description: { zh: '基本单位', en: 'Base unit' }, json: text.nullable(), csv: S },
  qualifier: {
    description: { zh: '限定词：左右、以上、以内等', en: 'Qualifier: 左右 around, 以上 or more, 以内 within …' },
    json: text.nullable(),
    csv: S,
  },
  target_zh: {
    description: {
      zh: '图中所示的目标（中文）：数字加限定词，或报告原话',
      en: 'The target as shown, in Chinese: the figure with its qualifier, or the report’s words',
    },
    json: text,
    csv: R,
  },
  target_en: { description: { zh: '图中所示的目标（英文）', en: 'The target as shown, in English' }, json: text, csv: R },
  figure: {
    description: { zh: '数字编号（见 figures）', en: 'Figure id (see figures)' },
    json: text.nullable(),
    csv: S,
    references: 'figure',
  },
  paragraph: { description: { zh: '所在段落编号', en: 'Id of the paragraph' }, json: text, csv: R, references: 'paragraph' },
} satisfies Fields;

/**
 * The main targets: the bar chart's fields and, beside each 2023 target, the 2022 target of the same
 * indicator from the 2022 report (empty where the 2022 targets have none).
 */
export const targetsChartFields = {
  ...barChartFields,
  target_2022_zh: {
    description: {
      zh: '同一指标的2022年目标（中文）：数字加限定词，或报告原话；2022年无此目标为空',
      en: 'The 2022 target of the same indicator, in Chinese: the figure with its qualifier, or the report’s words; empty where 2022 set none',
    },
    json: text.nullable(),
    csv: S,
  },
  target_2022_en: {
    description: { zh: '同一指标的2022年目标（英文）', en: 'The 2022 target of the same indicator, in English' },
    json: text.nullable(),
    csv: S,
  },
  value_2022: {
    description: {
      zh: '2022年目标的数值，基本单位；以文字表述的目标为空',
      en: 'Value of the 2022 target in base units; empty for a target set in words',
    },
    json: z.number().nullable(),
    csv: N,
  },
  unit_2022: { description: { zh: '2022年目标的基本单位', en: 'Base unit of the 2022 target' }, json: text.nullable(), csv: S },
  qualifier_2022: { description: { zh: '2022年目标的限定词', en: 'Qualifier of the 2022 target' }, json: text.nullable(), csv: S },
  as_written_2022: {
    description: { zh: '2022年报告中设定该目标的原话', en: 'The words of the 2022 report that set the target' },
    json: text.nullable(),
    csv: S,
  },
  source_2022: {
    description: { zh: '2022年目标的来源网页地址', en: 'Address of the page the 2022 target is taken from' },
    json: text.nullable(),
    csv: S,
  },
  below_plan_2022: {
    description: {
      zh: '2023年报告是否承认该指标2022年增幅预计低于计划',
      en: 'Whether the 2023 report admits the indicator was expected to grow less than the 2022 plan',
    },
    json: z.boolean(),
    csv: { type: 'boolean', required: true },
  },
} satisfies Fields;

/** 2022 results against 2023 targets. */
export const comparisonsChartFields = {
  key: barChartFields.key,
  ...label,
  unit: { description: { zh: '基本单位', en: 'Base unit' }, json: text, csv: R },
  value_2022: {
    description: { zh: '2022年成绩，基本单位', en: 'The 2022 result, in base units' },
    json: z.number(),
    csv: { type: 'number', required: true },
  },
  qualifier_2022: { description: { zh: '2022年成绩的限定词', en: 'Qualifier of the 2022 result' }, json: text.nullable(), csv: S },
  figure_2022: {
    description: { zh: '2022年成绩的数字编号', en: 'Figure id of the 2022 result' },
    json: text,
    csv: R,
    references: 'figure',
  },
  value_2023: {
    description: { zh: '2023年目标，基本单位', en: 'The 2023 target, in base units' },
    json: z.number(),
    csv: { type: 'number', required: true },
  },
  qualifier_2023: { description: { zh: '2023年目标的限定词', en: 'Qualifier of the 2023 target' }, json: text.nullable(), csv: S },
  figure_2023: {
    description: { zh: '2023年目标的数字编号', en: 'Figure id of the 2023 target' },
    json: text,
    csv: R,
    references: 'figure',
  },
  same_measure: {
    description: {
      zh: '两年的数字是否同一口径；口径不同则不比较增减',
      en: 'Whether both years count the same thing; if not, no change is shown',
    },
    json: z.boolean(),
    csv: { type: 'boolean', required: true },
  },
  different_zh: {
    description: { zh: '口径如何不同（中文），同一口径为空', en: 'How the measures differ, in Chinese; empty when they are the same' },
    json: text.nullable(),
    csv: S,
  },
  different_en: {
    description: { zh: '口径如何不同（英文）', en: 'How the measures differ, in English' },
    json: text.nullable(),
    csv: S,
  },
  change_percent: {
    description: {
      zh: '2023年目标比2022年成绩增减的百分比；口径不同为空',
      en: 'Change from the 2022 result to the 2023 target, in percent; empty for different measures',
    },
    json: z.number().nullable(),
    csv: N,
  },
  below_2022: {
    description: { zh: '2023年目标是否低于2022年成绩', en: 'Whether the 2023 target is below the 2022 result' },
    json: z.boolean().nullable(),
    csv: { type: 'boolean' },
  },
} satisfies Fields;

/** How many paragraphs name each county, on the tile map. */
export const countyMentionsChartFields = {
  id: { description: { zh: '县（市、区）编号', en: 'Id of the county-level unit' }, json: text, csv: R },
  name_zh: { description: { zh: '中文名称', en: 'Name in Chinese' }, json: text, csv: R },
  name_en: { description: { zh: '英文名称', en: 'Name in English' }, json: text, csv: R },
  paragraphs_naming: {
    description: { zh: '点名该地的段落数', en: 'Number of paragraphs that name it' },
    json: z.number().int().nonnegative(),
    csv: { type: 'integer', required: true },
  },
  tile_column: {
    description: { zh: '瓦片地图中的列', en: 'Column on the tile map' },
    json: z.number().int().nonnegative(),
    csv: { type: 'integer', required: true },
  },
  tile_row: {
    description: { zh: '瓦片地图中的行', en: 'Row on the tile map' },
    json: z.number().int().nonnegative(),
    csv: { type: 'integer', required: true },
  },
} satisfies Fields;

export const CHART_KINDS = {
  targets: targetsChartFields,
  bar: barChartFields,
  comparisons: comparisonsChartFields,
  'county-mentions': countyMentionsChartFields,
} as const;
export type ChartKind = keyof typeof CHART_KINDS;

export const chartKindOf = (chart: string): ChartKind =>
  chart === 'targets' || chart === 'comparisons' || chart === 'county-mentions' ? chart : 'bar';
export const chartColumns = (kind: ChartKind) => csvColumns(CHART_KINDS[kind] as Fields);
export const chartSchema = (kind: ChartKind) => z.array(jsonObject(CHART_KINDS[kind] as Fields));
