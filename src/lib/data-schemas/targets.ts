/** targets.json: the main targets of the year's plan (主要预期目标), one record per indicator. */
import { z } from 'astro/zod';
import { TARGET_KINDS } from '../../../scripts/content/extract/main-targets.ts';
import { jsonObject, type Fields } from './field.ts';

export const targetFields = {
  id: {
    description: {
      zh: '目标的id：数字id（如p2-intro-2-f1），没有数字的目标为“段落id/原文”；与outcomes.json的id相同',
      en: 'Target id: its figure id (p2-intro-2-f1), or paragraph id/words for a target set in words; the id outcomes.json uses',
    },
    json: z.string().min(1),
  },
  indicator: {
    description: {
      zh: '指标id，取自本站的指标词典；词典中没有的指标为空',
      en: "Indicator id, from the site's dictionary of indicators; null for an indicator the dictionary does not know",
    },
    json: z.string().min(1).nullable(),
  },
  indicatorZh: {
    description: {
      zh: '指标的中文名称；词典中没有的指标保留报告原文',
      en: "The indicator's Chinese name; the report's own words where the dictionary does not know it",
    },
    json: z.string().min(1),
  },
  indicatorEn: {
    description: {
      zh: '指标的英文名称；词典中没有的指标为空',
      en: "The indicator's English name; null where the dictionary does not know it",
    },
    json: z.string().min(1).nullable(),
  },
  asWritten: {
    description: { zh: '目标在报告中的原文', en: 'The target as the report words it' },
    json: z.string().min(1),
  },
  figure: {
    description: {
      zh: '目标数字的id（见figures.json）；以文字表述的目标为空',
      en: 'Id of the target figure (see figures.json); null for a target set in words',
    },
    json: z
      .string()
      .regex(/-f\d+$/u)
      .nullable(),
  },
  text: {
    description: { zh: '数字的原文写法（不含限定词）', en: 'The figure as written in Chinese, without its qualifier' },
    json: z.string().min(1).nullable(),
  },
  value: {
    description: { zh: '目标数值，基本单位；区间取下限', en: 'Target value in base units; the lower bound of a range' },
    json: z.number().nullable(),
  },
  valueMax: { description: { zh: '区间的上限，否则为空', en: 'Upper bound of a range, otherwise null' }, json: z.number().nullable() },
  unit: { description: { zh: '基本单位', en: 'Base unit' }, json: z.string().min(1).nullable() },
  unitAsWritten: {
    description: { zh: '原文单位（含倍数）', en: 'Unit as written, with its multiplier' },
    json: z.string().min(1).nullable(),
  },
  qualifier: {
    description: { zh: '限定词：左右、以上、以内等', en: 'Qualifier: 左右 about, 以上 or more, 以内 within …' },
    json: z.string().min(1).nullable(),
  },
  kind: {
    description: {
      zh: '类型：growth增速、level数量水平、ceiling控制上限、words以文字表述',
      en: 'Kind: growth (a growth rate), level (an amount to reach), ceiling (a limit to stay under), words (no figure)',
    },
    json: z.enum(TARGET_KINDS),
  },
  year: { description: { zh: '目标所属年份', en: 'The year the target is set for' }, json: z.number().int().nullable() },
  paragraph: {
    description: { zh: '目标所在段落的id，也是网站上的锚点', en: 'Id of the paragraph that sets the target, also its anchor on the site' },
    json: z.string().min(1),
    references: 'paragraph',
  },
} satisfies Fields;

export const targetsSchema = z.array(jsonObject(targetFields));
