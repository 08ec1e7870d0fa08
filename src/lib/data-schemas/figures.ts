/** figures.json and figures.csv: one record per Arabic-number quantity of the report. */
import { z } from 'astro/zod';
import { csvColumns, jsonObject, nullableEnum, type Fields } from './field.ts';
import { yearWord } from '../report/report-years.ts';

const FIGURE_ROLES = ['result', 'target'] as const;
const FIGURE_KINDS = ['quantity', 'percentage', 'percentage-points', 'rank'] as const;

export const figureFields = {
  id: {
    description: { zh: '数字编号：段落编号加序号（f1、f2…）', en: 'Figure id: the paragraph id and a counter (f1, f2 …)' },
    json: z.string().regex(/-f\d+$/u),
    csv: { type: 'string', required: true },
  },
  paragraph: {
    description: { zh: '所在段落编号，也是网页锚点', en: 'Id of the paragraph, also its anchor on the site' },
    json: z.string().min(1),
    csv: { type: 'string', required: true },
    references: 'paragraph',
  },
  period: {
    description: {
      zh: `所属年份：回顾部分为${yearWord('zh', 'result')}成绩，安排部分为${yearWord('zh', 'target')}目标；五年规划部分和附件为空`,
      en: `Year: ${yearWord('en', 'result')} for results in the review, ${yearWord('en', 'target')} for targets in the plan; empty in a five-year part or an appendix`,
    },
    json: z.number().int().nullable(),
    csv: { type: 'integer' },
  },
  role: {
    description: {
      zh: 'result 成绩（回顾部分）或 target 目标（安排部分）；附件、开头为空',
      en: 'result (reported in a review) or target (set in a plan); empty in an appendix or the preamble',
    },
    json: nullableEnum(FIGURE_ROLES),
    csv: { type: 'string', enum: FIGURE_ROLES },
  },
  span: {
    description: {
      zh: '五年规划部分所指的年份（如“十四五”为2021-2025），否则为空',
      en: 'The years of a five-year-plan part (e.g. 2021-2025 for the 14th Five-Year Plan), otherwise empty',
    },
    json: z.strictObject({ from: z.number().int(), to: z.number().int() }).nullable(),
    csv: { type: 'string', pattern: '^\\d{4}-\\d{4}$' },
  },
  text: {
    description: { zh: '原文写法（不含限定词）', en: 'The figure as written in Chinese, without its qualifier' },
    json: z.string().min(1),
    csv: { type: 'string', required: true },
  },
  kind: {
    description: {
      zh: '类型：quantity 数量、percentage 百分比、percentage-points 百分点、rank 名次',
      en: 'quantity, percentage, percentage-points or rank',
    },
    json: z.enum(FIGURE_KINDS),
    csv: { type: 'string', required: true, enum: FIGURE_KINDS },
  },
  value: {
    description: {
      zh: '换算成基本单位的数值，如1700亿元 → 170000000000；区间取下限',
      en: 'Value in base units, e.g. 1700亿元 → 170000000000; the lower bound of a range',
    },
    json: z.number(),
    csv: { type: 'number', required: true },
  },
  valueMax: {
    description: { zh: '区间上限（如2-3家中的3），否则为空', en: 'Upper bound of a range (3 in 2-3家), otherwise empty' },
    json: z.number().nullable(),
    csv: { type: 'number' },
  },
  unit: {
    description: { zh: '基本单位，如元、亩、%', en: 'Base unit, e.g. 元 yuan, 亩 mu, %' },
    json: z.string().min(1),
    csv: { type: 'string', required: true },
  },
  unitAsWritten: {
    description: {
      zh: '原文单位，含万、亿等倍数，如亿元、万亩',
      en: 'Unit as written, with its multiplier (亿元 hundred million yuan, 万亩 ten thousand mu)',
    },
    json: z.string().min(1),
    csv: { type: 'string', required: true },
  },
  qualifier: {
    description: {
      zh: '限定词：左右、以上、以内、突破、超、达等，没有则为空',
      en: 'Qualifier: 左右 around, 以上 or more, 以内 within, 突破 exceed, 超 over, 达 reach …; empty if none',
    },
    json: z.string().min(1).nullable(),
    csv: { type: 'string' },
  },
  qualifiers: {
    description: {
      zh: '全部限定词，按原文顺序，“力争”在前：力争、突破',
      en: 'Every qualifier in reading order, 力争 (strive to) first: 力争、突破',
    },
    json: z.array(z.string().min(1)),
    csv: { type: 'string' },
  },
  context: {
    description: { zh: '数字前的分句，提示它衡量的是什么', en: 'The clause before the figure: a hint of what it measures' },
    json: z.string(),
    csv: { type: 'string' },
  },
  start: {
    description: {
      zh: '数字在段落原文中的起始位置（从0起算的字符序号）',
      en: 'Offset of the figure in the paragraph text (characters from 0)',
    },
    json: z.number().int().nonnegative(),
  },
  end: {
    description: { zh: '数字在段落原文中的结束位置（不含该位置）', en: 'Offset just after the figure in the paragraph text' },
    json: z.number().int().nonnegative(),
  },
} satisfies Fields;

export const figureSchema = jsonObject(figureFields);
export const figuresSchema = z.array(figureSchema);
/** The columns of figures.csv, in order. */
export const FIGURE_FIELDS = csvColumns(figureFields);
