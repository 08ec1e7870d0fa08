/** report.json: the report's tree, part › section › topic › paragraph. */
import { z } from 'astro/zod';
import type { Report } from '../../../scripts/content/shared/model.ts';
import { jsonObject, type Fields } from './field.ts';
import { yearWord } from '../report/report-years.ts';

const nullablePage = z.number().int().positive().nullable();
const yearSpan = z.strictObject({ from: z.number().int(), to: z.number().int() });

export const paragraphFields = {
  id: {
    description: {
      zh: '段落编号，由结构得出：p2-s1-3 为第二部分第（一）节第3段；也是网页锚点',
      en: 'Paragraph id, from the structure: p2-s1-3 is part 2, section (1), third paragraph; also its anchor on the site',
    },
    json: z.string().min(1),
  },
  text: { description: { zh: '段落原文，与报告一字不差', en: 'The paragraph exactly as printed, in Chinese' }, json: z.string().min(1) },
  lead: {
    description: {
      zh: '开启要点的加粗引领句（包含在 text 中），没有则为 null',
      en: 'The bold lead sentence that opens a topic (part of text), or null',
    },
    json: z.string().min(1).nullable(),
  },
  line: {
    description: { zh: '在原文文件中的行号', en: 'Line of the source file the paragraph starts on' },
    json: z.number().int().positive(),
  },
  continuedFromPage: {
    description: {
      zh: '段落从报纸前一版接续时，前一版的版号；否则为 null',
      en: 'The earlier newspaper page the paragraph begins on, or null',
    },
    json: nullablePage,
  },
  continuesOnPage: {
    description: {
      zh: '段落在报纸后一版继续时，后一版的版号；否则为 null',
      en: 'The later newspaper page the paragraph goes on on, or null',
    },
    json: nullablePage,
  },
} satisfies Fields;

const paragraphSchema = jsonObject(paragraphFields);

const topicSchema = z.strictObject({
  id: z.string().min(1),
  lead: z.string().min(1).nullable().describe("The topic's lead sentence, or null"),
  paragraphs: z.array(paragraphSchema),
});

const headed = {
  id: z.string().min(1),
  number: z.number().int().nullable(),
  title: z.string().min(1).nullable().describe('The heading as printed, without its marker; null when not in this text'),
  marker: z.string().min(1).nullable().describe('The heading marker as printed (一、, （一）), or null'),
  numberInferred: z.boolean().describe('True when the number was inferred (the heading was printed on an earlier page)'),
  span: yearSpan.nullable().describe('The years of a five-year plan the passage speaks of, or null'),
  line: z.number().int().positive(),
  continuedFromPage: nullablePage,
  continuesOnPage: nullablePage,
};

const sectionSchema = z.strictObject({
  ...headed,
  kind: z.enum(['numbered', 'intro', 'closing', 'appendix']),
  topics: z.array(topicSchema),
});

const partSchema = z.strictObject({
  ...headed,
  number: z.number().int(),
  kind: z.enum(['preamble', 'review', 'plan', 'other', 'appendix']),
  year: z
    .number()
    .int()
    .nullable()
    .describe(`The year the part is about (${yearWord('en', 'result')} for the review, ${yearWord('en', 'target')} for the plan), or null`),
  sections: z.array(sectionSchema),
});

export const reportSchema = z.strictObject({
  source: z.string().min(1).describe('The source file of the text'),
  layout: z
    .enum(['wrapped', 'indented', 'clean'])
    .describe('How the source was laid out: newspaper lines, a PDF copy, one paragraph per line'),
  jumps: z
    .array(
      z.strictObject({
        marker: z.string().min(1),
        line: z.number().int().positive(),
        direction: z.enum(['continued-from', 'continues-on']),
        page: z.number().int().positive(),
      }),
    )
    .describe('The page-jump markers the printed page carried (（上接1版）)'),
  parts: z.array(partSchema),
  title: z.string().min(1).nullable().describe("The report's title line as printed, or null"),
  year: z.number().int().nullable().describe('The year the report is given in'),
  chrome: z
    .array(z.strictObject({ text: z.string(), line: z.number().int().positive(), where: z.enum(['before', 'inside', 'after']) }))
    .describe("Lines of the copy that are the web page's own, never paragraphs"),
});

/** The ids of every paragraph of a report tree. */
export const paragraphIds = (report: Report): string[] =>
  report.parts.flatMap((part) => part.sections.flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs.map((p) => p.id))));
