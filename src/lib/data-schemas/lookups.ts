/**
 * The lookup tables of the open data: what the ids in commitments, figures and outcomes stand for
 * (places, zones, clusters, projects, glossary terms), with names in both languages, and the link
 * tables that join a clause, a figure or an outcome to them one id per row, so that each join is a
 * Table Schema foreign key (a cell holding a list of ids cannot be one).
 */
import { z } from 'astro/zod';
import { PLACE_VIAS } from './commitments.ts';
import { ID_LIST_PATTERN, type Fields } from './field.ts';
import { yearWord } from '../report/report-years.ts';

const id = (zh: string, en: string) =>
  ({ description: { zh, en }, json: z.string().min(1), csv: { type: 'string', required: true } }) as const;
const text = (zh: string, en: string) =>
  ({ description: { zh, en }, json: z.string().min(1), csv: { type: 'string', required: true } }) as const;
const optionalText = (zh: string, en: string) =>
  ({ description: { zh, en }, json: z.string().min(1).nullable(), csv: { type: 'string' } }) as const;
const idList = (zh: string, en: string) =>
  ({ description: { zh, en }, json: z.array(z.string().min(1)), csv: { type: 'string', pattern: ID_LIST_PATTERN } }) as const;

export const placeFields = {
  id: id('地点编号', 'Place id'),
  level: {
    description: {
      zh: 'prefecture 地级单位，county 县级单位，town 乡级单位（乡、镇、街道），zone 开发区、新区等',
      en: 'prefecture: a prefecture-level unit; county: a county-level unit; town: a township-level unit (town, township, subdistrict); zone: a development zone, new area or the like',
    },
    json: z.enum(['prefecture', 'county', 'town', 'zone']),
    csv: { type: 'string', required: true, enum: ['prefecture', 'county', 'town', 'zone'] },
  },
  type: text(
    '类型：地级市、区、县、县级市、镇、乡、街道等，或开发区类别',
    'Kind: prefecture-level city, district, county, county-level city, town, township, subdistrict and the like, or the kind of zone',
  ),
  name_zh: text('中文名称', 'Name in Chinese'),
  name_en: text('英文名称', 'Name in English'),
  pinyin: optionalText('拼音（行政区划）', 'Pinyin (administrative divisions)'),
  county: { ...optionalText('开发区所在的县级单位', "A zone's host county, where its name makes it plain"), references: 'place' },
  paragraphs: { ...idList('点名该地的段落（按名称或简称）', 'Paragraphs that name it, by name or abbreviation'), references: 'paragraph' },
  projects: { ...idList('位于该地的项目', 'Projects placed there'), references: 'project' },
  clusters: { ...idList('与该地相关的产业集群', 'Clusters whose projects or clauses name it'), references: 'cluster' },
} satisfies Fields;

export const zoneFields = {
  id: { ...id('开发区编号（见 places）', 'Zone id (see places)'), references: 'place' },
  name_zh: text('中文名称', 'Name in Chinese'),
  name_en: text('英文名称', 'Name in English'),
  type: text('开发区类别', 'Kind of zone'),
  county: { ...optionalText('所在县级单位', 'Host county'), references: 'place' },
  target_figure: {
    ...optionalText(`${yearWord('zh', 'target')}营收目标的数字编号`, `Figure id of its ${yearWord('en', 'target')} revenue target`),
    references: 'figure',
  },
  target_zh: optionalText(`${yearWord('zh', 'target')}营收目标，原文`, `Its ${yearWord('en', 'target')} revenue target as printed`),
  projects: { ...idList('位于该区的项目', 'Projects placed in it'), references: 'project' },
  clusters: { ...idList('报告与之对应的产业集群', 'Clusters the report ties to it'), references: 'cluster' },
} satisfies Fields;

export const clusterFields = {
  id: id('产业集群编号', 'Cluster id'),
  tier: {
    description: { zh: '集群的层级：1、5或N', en: 'The cluster’s tier: 1, 5 or N' },
    json: z.enum(['1', '5', 'N']),
    csv: { type: 'string', required: true, enum: ['1', '5', 'N'] },
  },
  name_zh: text('中文名称', 'Name in Chinese'),
  name_en: text('英文名称', 'Name in English'),
  places: { ...idList('报告把它放在的开发区和县（市、区）', 'Zones and counties the report places it in'), references: 'place' },
  projects: { ...idList('该集群的项目', 'Its projects'), references: 'project' },
  target_figures: {
    ...idList(`${yearWord('zh', 'target')}营收目标的数字编号`, `Figure ids of its ${yearWord('en', 'target')} revenue targets`),
    references: 'figure',
  },
} satisfies Fields;

export const projectFields = {
  id: id('项目编号', 'Project id'),
  name_zh: text('中文名称，原文', 'Name in Chinese, as printed'),
  name_en: text('英文名称', 'Name in English'),
  kind: text('类别', 'Kind'),
  stage: text('阶段：start、continue、complete、preparation', 'Stage: start, continue, complete, preparation'),
  stage_as_written: text('表示阶段的原文用词', 'The stage word as printed'),
  role: {
    description: {
      zh: `target ${yearWord('zh', 'target')}计划，result ${yearWord('zh', 'result')}回顾`,
      en: `target: in the plan for ${yearWord('en', 'target')}; result: in the review of ${yearWord('en', 'result')}`,
    },
    json: z.enum(['target', 'result']).nullable(),
    csv: { type: 'string', enum: ['target', 'result'] },
  },
  cluster: { ...optionalText('所属产业集群', 'Its cluster'), references: 'cluster' },
  places: { ...idList('所在地点', 'Its places'), references: 'place' },
  paragraph: { ...id('点名它的段落', 'The paragraph that names it'), references: 'paragraph' },
} satisfies Fields;

export const termFields = {
  id: id('术语编号，也是术语表页面的锚点', 'Term id, also its anchor on the glossary page'),
  zh: text('中文术语，原文', 'The term in Chinese, as printed'),
  en: text('英文译名', 'The English rendering'),
  explain_zh: text('本站的中文解释', "The site's explanation in Chinese"),
  explain_en: text('本站的英文解释', "The site's explanation in English"),
  paragraphs: { ...idList('出现该术语的段落', 'Paragraphs that use it'), references: 'paragraph' },
} satisfies Fields;

export const commitmentPlaceFields = {
  commitment: { ...id('分句编号', 'Clause id'), references: 'commitment' },
  place: { ...id('地点编号', 'Place id'), references: 'place' },
  via: {
    description: {
      zh: 'name 点名，abbreviation 简称（在项目名中），scope 范围词',
      en: 'name, abbreviation (inside a project name) or scope (a scope word)',
    },
    json: z.enum(PLACE_VIAS),
    csv: { type: 'string', required: true, enum: PLACE_VIAS },
  },
  words: text('分句中指向该地的原文用词', 'The words of the clause that reach the place'),
  scope: optionalText('范围词的编号（every-county、central-city…）', "For a scope, the scope's id (every-county, central-city …)"),
} satisfies Fields;

export const commitmentClusterFields = {
  commitment: { ...id('分句编号', 'Clause id'), references: 'commitment' },
  cluster: { ...id('产业集群编号', 'Cluster id'), references: 'cluster' },
} satisfies Fields;

export const commitmentProjectFields = {
  commitment: { ...id('分句编号', 'Clause id'), references: 'commitment' },
  project: { ...id('项目编号', 'Project id'), references: 'project' },
} satisfies Fields;

export const figureSubjectFields = {
  figure: { ...id('数字编号', 'Figure id'), references: 'figure' },
  commitment: { ...id('所在分句编号', 'Id of the clause that states it'), references: 'commitment' },
  measure_zh: optionalText('原文所说的计量对象（如产业集群营收）', 'What it measures, in the report’s words (产业集群营收 …)'),
  place: { ...optionalText('计量对象所属的地点', 'The place whose measure it is'), references: 'place' },
  cluster: { ...optionalText('计量对象所属的产业集群', 'The cluster whose measure it is'), references: 'cluster' },
} satisfies Fields;

export const outcomePlaceFields = {
  outcome: { ...id('承诺编号（outcomes 的 id）', 'Promise id (the id of outcomes)'), references: 'outcome' },
  place: { ...id('该承诺涉及的地点', 'A place the promise concerns'), references: 'place' },
} satisfies Fields;
