/** outcomes.csv (one row per tracked 2023 promise) and outcomes.json (the same ledger, nested). */
import { z } from 'astro/zod';
import { LEDGER_GROUPS } from '../../../scripts/content/ledger/ledger.ts';
import { OUTCOME_STATUSES, PROMISED_STAGES, REACHED_STAGES } from '../../../scripts/content/ledger/outcome-rule.ts';
import { SOURCE_KINDS } from '../../../scripts/content/ledger/outcomes.ts';
import { csvColumns, ID_LIST_PATTERN, type Fields } from './field.ts';

export const outcomeColumns = {
  id: {
    description: {
      zh: '承诺的id：数字id（如p2-intro-2-f1）、项目id，或“段落id/原文”（没有数字的目标）',
      en: 'Promise id: a figure id (p2-intro-2-f1), a project id, or paragraph id/clause for a target set in words',
    },
    csv: { type: 'string', required: true },
  },
  group: {
    description: { zh: '类别：target主要目标、cluster产业集群、zone开发区、project项目', en: 'Group: target, cluster, zone or project' },
    csv: { type: 'string', required: true, enum: LEDGER_GROUPS },
  },
  paragraph: {
    description: {
      zh: '承诺所在段落的id，也是网站上的锚点',
      en: 'Id of the paragraph that makes the promise, also its anchor on the site',
    },
    csv: { type: 'string', required: true },
    references: 'paragraph',
  },
  label_zh: { description: { zh: '承诺的中文名称', en: 'Name of the promise in Chinese' }, csv: { type: 'string', required: true } },
  label_en: { description: { zh: '承诺的英文名称', en: 'Name of the promise in English' }, csv: { type: 'string', required: true } },
  target_as_written: {
    description: { zh: '目标在报告中的原文（项目为阶段用语）', en: 'The target as the report words it (for a project, its stage word)' },
    csv: { type: 'string', required: true },
  },
  target_value: {
    description: { zh: '目标数值，基本单位（如2800亿元→280000000000）', en: 'Target value in base units (2800亿元 → 280000000000)' },
    csv: { type: 'number' },
  },
  target_unit: { description: { zh: '目标的基本单位', en: 'Base unit of the target' }, csv: { type: 'string' } },
  target_qualifier: {
    description: {
      zh: '目标的限定词：左右、以上、以内、达、突破等',
      en: 'Qualifier of the target: 左右 about, 以上 or more, 以内 within, 达 reach, 突破 over …',
    },
    csv: { type: 'string' },
  },
  target_stage: {
    description: {
      zh: '项目承诺的阶段：preparation前期、start开工、continue续建、complete建成',
      en: "Project's promised stage: preparation, start, continue, complete",
    },
    csv: { type: 'string', enum: PROMISED_STAGES },
  },
  outcome_zh: {
    description: { zh: '结果（中文），来源未提及时为空', en: 'The outcome in Chinese; empty when not reported' },
    csv: { type: 'string' },
  },
  outcome_en: {
    description: { zh: '结果（英文），来源未提及时为空', en: 'The outcome in English; empty when not reported' },
    csv: { type: 'string' },
  },
  outcome_value: { description: { zh: '结果数值，基本单位', en: 'Outcome value in base units' }, csv: { type: 'number' } },
  outcome_unit: { description: { zh: '结果的基本单位', en: 'Base unit of the outcome' }, csv: { type: 'string' } },
  outcome_qualifier: {
    description: { zh: '来源给出结果时的限定词', en: 'Qualifier the source gives the outcome with' },
    csv: { type: 'string' },
  },
  outcome_measure: {
    description: { zh: '来源所说的口径（原文）', en: 'What the source says it measured, as printed' },
    csv: { type: 'string' },
  },
  outcome_stage: {
    description: { zh: '项目达到的阶段：structure为主体完工', en: 'Stage the project reached; structure = main works finished' },
    csv: { type: 'string', enum: REACHED_STAGES },
  },
  status: {
    description: {
      zh: '判断：met完成、partly-met部分完成、not-met未完成、not-comparable无法比较、not-reported来源未提及（本站的解读）',
      en: "Status: met, partly-met, not-met, not-comparable, not-reported (the site's own reading)",
    },
    csv: { type: 'string', required: true, enum: OUTCOME_STATUSES },
  },
  reason_zh: { description: { zh: '无法比较的原因（中文）', en: 'Why not comparable, in Chinese' }, csv: { type: 'string' } },
  reason_en: { description: { zh: '无法比较的原因（英文）', en: 'Why not comparable, in English' }, csv: { type: 'string' } },
  rule: { description: { zh: '判断如何由数字得出', en: 'How the status follows from the numbers' }, csv: { type: 'string' } },
  places: {
    description: {
      zh: '承诺涉及的县（市、区）和开发区id，以空格分隔',
      en: 'Ids of the counties and zones the promise concerns, space-separated',
    },
    csv: { type: 'string', pattern: ID_LIST_PATTERN },
  },
  source_title: {
    description: { zh: '来源标题；多个来源以 | 分隔', en: 'Title of the source; several are separated by |' },
    csv: { type: 'string' },
  },
  source_publisher_zh: { description: { zh: '发布者（中文）', en: 'Publisher, in Chinese' }, csv: { type: 'string' } },
  source_publisher_en: { description: { zh: '发布者（英文）', en: 'Publisher, in English' }, csv: { type: 'string' } },
  source_date: { description: { zh: '来源日期', en: 'Date of the source' }, csv: { type: 'string' } },
  source_url: { description: { zh: '来源网址', en: 'Address of the source' }, csv: { type: 'string' } },
  source_kind: {
    description: {
      zh: '来源类型：government政府发布、press媒体报道、copy媒体报道的转载',
      en: 'Kind of source: government, press, or copy (a press report found only as a copy)',
    },
    csv: { type: 'string' },
  },
  source_quote: { description: { zh: '结果所依据的来源原话', en: "The source's words the outcome rests on" }, csv: { type: 'string' } },
} satisfies Fields;

/** The columns of outcomes.csv, in order. */
export const OUTCOME_FIELDS = csvColumns(outcomeColumns);

// outcomes.json nests what the CSV flattens: each JSON field is described by its CSV column.
const described = (schema: z.ZodType, column: keyof typeof outcomeColumns) => schema.describe(outcomeColumns[column].description.en);
const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const figureValue = z.strictObject({
  text: z.string().min(1),
  kind: z.enum(['quantity', 'percentage', 'percentage-points', 'rank']),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string().min(1),
  unitAsWritten: z.string().min(1),
  qualifier: z.string().min(1).nullable(),
});

export const outcomeSchema = z.strictObject({
  id: described(z.string().min(1), 'id'),
  group: described(z.enum(LEDGER_GROUPS), 'group'),
  paragraph: described(z.string().min(1), 'paragraph'),
  label: bilingual.describe('Name of the promise, in Chinese (zh) and English (en)'),
  target: z.strictObject({
    figure: figureValue.nullable().describe('The figure of the plan (see figures.json), or null for a project or a target set in words'),
    asWritten: described(z.string().min(1), 'target_as_written'),
    measure: bilingual.nullable().describe("What the figure measures, where the report's words name it"),
    stage: described(z.enum(PROMISED_STAGES).nullable(), 'target_stage'),
    ceiling: z.boolean().describe('A ceiling is kept by staying under it (prices, unemployment)'),
    threshold: z.number().nullable().describe('Where the rule draws the line (about 7.5% → 7.125), or null'),
  }),
  outcome: z
    .strictObject({
      zh: described(z.string().min(1), 'outcome_zh'),
      en: described(z.string().min(1), 'outcome_en'),
      figure: figureValue.nullable().describe('The figure the source reports, read from its quote'),
      measure: described(z.string().min(1).nullable(), 'outcome_measure'),
      stage: described(z.enum(REACHED_STAGES).nullable(), 'outcome_stage'),
      asReported: z.string().min(1).nullable().describe('The outcome as the source words it'),
      paragraph: z
        .string()
        .min(1)
        .optional()
        .describe("For last year's targets (--previous): the paragraph of this report's review that reports the outcome"),
    })
    .nullable()
    .describe('What was reported of 2023, or null when nothing was'),
  status: described(z.enum(OUTCOME_STATUSES), 'status'),
  reason: bilingual.nullable().describe('Why not comparable, in Chinese (zh) and English (en)'),
  rule: described(z.string().min(1).nullable(), 'rule'),
  sources: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        title: described(z.string().min(1), 'source_title'),
        publisher: bilingual,
        date: described(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u), 'source_date'),
        url: described(z.url(), 'source_url'),
        kind: described(z.enum(SOURCE_KINDS), 'source_kind'),
        covers: bilingual.describe('What the source covers'),
        quote: described(z.string().min(1), 'source_quote'),
      }),
    )
    .describe('The sources the outcome rests on'),
  places: described(z.array(z.string().min(1)), 'places'),
  previous: z
    .strictObject({
      report: z.string().min(1).describe("Last year's report, by its title"),
      year: z.number().int().nullable().describe('The year the target was set for'),
      paragraph: z
        .string()
        .min(1)
        .describe("The paragraph of last year's report that sets the target (an id of that report, not of this one)"),
      quote: z.string().min(1).describe("The target in last year's report's words"),
    })
    .optional()
    .describe("For a target of last year's report (--previous): where that report sets it; paragraph is then this report's review"),
});
export const outcomesSchema = z.array(outcomeSchema);
