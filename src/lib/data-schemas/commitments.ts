/** commitments.json and commitments.csv: one record per clause of the plan and of the review. */
import { z } from 'astro/zod';
import { STAGES } from '../../../scripts/content/extract/stages.ts';
import { csvColumns, ID_LIST_PATTERN, jsonObject, nullableEnum, type Fields } from './field.ts';
import { yearWord } from '../report/report-years.ts';

const COMMITMENT_ROLES = ['target', 'result'] as const;
export const PLACE_VIAS = ['name', 'abbreviation', 'scope'] as const;

const commitmentPlaceSchema = z.strictObject({
  place: z.string().min(1).describe('Id of the county or zone'),
  via: z.enum(PLACE_VIAS).describe('How the clause reaches it: name, abbreviation (inside a project name) or scope (a scope word)'),
  text: z.string().min(1).describe('The words of the clause that reach the place'),
  scope: z.string().min(1).nullable().describe("For a place reached by scope, the scope's id in content/places.yaml"),
});

const measureSchema = z.strictObject({
  figure: z.string().min(1),
  measure: z.string(),
  subject: z.strictObject({ kind: z.enum(['place', 'cluster']), id: z.string().min(1) }).nullable(),
});

export const commitmentFields = {
  id: {
    description: { zh: '分句编号：段落编号加序号（c1、c2…）', en: 'Clause id: the paragraph id and a counter (c1, c2 …)' },
    json: z.string().regex(/-c\d+$/u),
    csv: { type: 'string', required: true },
  },
  paragraph: {
    description: { zh: '所在段落编号，也是网页锚点', en: 'Id of the paragraph, also its anchor on the site' },
    json: z.string().min(1),
    csv: { type: 'string', required: true },
    references: 'paragraph',
  },
  role: {
    description: {
      zh: `target 为${yearWord('zh', 'target')}目标（工作安排），result 为${yearWord('zh', 'result')}成绩（工作回顾）`,
      en: `target: a ${yearWord('en', 'target')} target of the plan; result: a ${yearWord('en', 'result')} result of the review`,
    },
    json: z.enum(COMMITMENT_ROLES),
    csv: { type: 'string', required: true, enum: COMMITMENT_ROLES },
  },
  year: { description: { zh: '所属年份', en: 'Year the clause is about' }, json: z.number().int().nullable(), csv: { type: 'integer' } },
  stage: {
    description: {
      zh: '原文所说的阶段：start 开工、continue 加快/推进/续建、complete 建成/竣工/投产/完成、preparation 前期工作、strive 力争/争取、ensure 确保；没有则为空',
      en: `The stage the text states: start 开工, continue 加快/推进/续建, complete 建成/竣工/投产/完成 (in the plan: to be completed in ${yearWord('en', 'target')}), preparation 前期工作, strive 力争/争取, ensure 确保; empty if none`,
    },
    json: nullableEnum(STAGES),
    csv: { type: 'string', enum: STAGES },
  },
  stageAsWritten: {
    description: { zh: '表示阶段的原文用词', en: 'The stage word as printed' },
    json: z.string().min(1).nullable(),
    csv: { type: 'string' },
  },
  reform: {
    description: {
      zh: '是否为改革（分句点名改革，或回顾中以改革总起的句子、计划中以改革为引领句的要点）',
      en: 'Whether the clause is a reform: it names one (改革, 金改, 宅改), or its review sentence opens on reforms, or its plan topic is led by a reform',
    },
    json: z.boolean(),
    csv: { type: 'boolean', required: true },
  },
  text: {
    description: {
      zh: '分句原文，与报告一字不差（不含句末标点）',
      en: 'The clause exactly as printed in the report, without the mark that ends it',
    },
    json: z.string().min(1),
    csv: { type: 'string', required: true },
  },
  en: {
    description: {
      zh: '该分句的英文：取自本站段落译文中对应的一段；尚未单独标注的为空',
      en: "The clause in English: the span of this site's paragraph translation that renders it; empty where none is marked yet",
    },
    json: z.string().min(1).nullable(),
    csv: { type: 'string' },
  },
  context_zh: {
    description: {
      zh: '本站补充：单独阅读该分句时它所说的对象（原句在前文已说明），如“现代家居产业”；不需要的为空',
      en: "This site's own addition: what the clause is about when read alone, where its sentence said so earlier (现代家居产业); empty where not needed",
    },
    json: z.string().min(1).nullable(),
    csv: { type: 'string' },
  },
  context_en: {
    description: { zh: '同上，英文', en: 'The same, in English (Modern home furnishing industry)' },
    json: z.string().min(1).nullable(),
    csv: { type: 'string' },
  },
  figures: {
    description: {
      zh: '分句中的数字编号（见 figures），以空格分隔',
      en: 'Ids of the figures in the clause (see figures), separated by spaces',
    },
    json: z.array(z.string().min(1)),
    csv: { type: 'string', pattern: ID_LIST_PATTERN },
    references: 'figure',
  },
  places: {
    description: {
      zh: '涉及的县（市、区）和园区：编号:方式，方式为 name 点名、abbreviation 项目名中的地名简称（如以所连两地首字命名的高速公路）、scope 范围词（如每个县（市、区）、中心城区）',
      en: 'Counties and zones the clause concerns, as id:way, where way is name (named), abbreviation (a short form inside a project name, such as an expressway named by the first characters of the two places it joins) or scope (每个县（市、区） each county, 中心城区 the central urban area)',
    },
    json: z.array(commitmentPlaceSchema),
    csv: { type: 'string', pattern: '^([^\\s:]+:(name|abbreviation|scope)( [^\\s:]+:(name|abbreviation|scope))*)?$' },
  },
  clusters: {
    description: { zh: '涉及的产业集群编号', en: 'Ids of the industrial clusters the clause concerns' },
    json: z.array(z.string().min(1)),
    csv: { type: 'string', pattern: ID_LIST_PATTERN },
  },
  zones: {
    description: { zh: '点名的开发区、新区等编号', en: 'Ids of the development zones and new areas the clause names' },
    json: z.array(z.string().min(1)),
    csv: { type: 'string', pattern: ID_LIST_PATTERN },
  },
  projects: {
    description: { zh: '点名的项目编号（见项目清单）', en: 'Ids of the named projects in the clause (see the projects page)' },
    json: z.array(z.string().min(1)),
    csv: { type: 'string', pattern: ID_LIST_PATTERN },
  },
  sentence: {
    description: {
      zh: '分句所在句子（以。；！结束）在段落中的序号，从1起',
      en: 'Ordinal of the sentence (ended by 。；！) in the paragraph, from 1',
    },
    json: z.number().int().positive(),
  },
  start: {
    description: {
      zh: '分句在段落原文中的起始位置（从0起算的字符序号）',
      en: 'Offset of the clause in the paragraph text (characters from 0)',
    },
    json: z.number().int().nonnegative(),
  },
  end: {
    description: { zh: '分句在段落原文中的结束位置（不含该位置）', en: 'Offset just after the clause in the paragraph text' },
    json: z.number().int().nonnegative(),
  },
  lead: {
    description: {
      zh: '是否为要点的引领句（如“厚植产业集群优势”）：更像标题而非承诺',
      en: 'Whether the clause is the lead sentence of its topic (厚植产业集群优势): a heading more than a commitment',
    },
    json: z.boolean(),
  },
  measures: {
    description: {
      zh: '每个数字衡量什么、针对谁：figure 数字编号，measure 口径，subject 对象（place 县区或 cluster 产业集群及其编号），没有则为 null',
      en: 'What each figure measures and for whom: figure (figure id), measure (as printed), subject (a place or cluster and its id, or null)',
    },
    json: z.array(measureSchema),
  },
} satisfies Fields;

export const commitmentSchema = jsonObject(commitmentFields);
export const commitmentsSchema = z.array(commitmentSchema);
/** The columns of commitments.csv, in order. */
export const COMMITMENT_FIELDS = csvColumns(commitmentFields);
