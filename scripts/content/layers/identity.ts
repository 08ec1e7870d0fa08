import { basename } from 'node:path';
import type { Report } from '../shared/model.ts';
import { requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

/**
 * What the site calls its report, in each language: the site's title, its description, the home
 * page's lead and the source notes. The site's own report has these written by people
 * (content/site.yaml); any other report gets them made from its own title block, so that a site
 * built from it never speaks of Ganzhou.
 */
export interface Identity {
  title: string;
  shortTitle: string;
  description: string;
  lead: string;
  /** The footer's note on where the text comes from. */
  sourceNote: string;
  /** The data page's note on where every row comes from. */
  provenance: string;
  /** The source line on social images. */
  socialSource: string;
  /** The report's own name, as every page and its metadata cite it ("2023年赣州市政府工作报告"). */
  reportTitle: string;
  /** Who delivered it to whom, as far as known ("" when not known: nothing is printed). */
  reportBy: string;
  /** The government that wrote it, for metadata ("" when not known). */
  reportAuthor: string;
}

export type Identities = Record<'zh' | 'en', Identity>;

const FIELDS = ['title', 'shortTitle', 'description', 'lead', 'sourceNote', 'provenance', 'socialSource', 'reportTitle', 'reportBy', 'reportAuthor'] as const;

export function readIdentity(yaml: YamlFile): Identities {
  const root = requireRecord(yaml, yaml.data, [], 'the site\'s words for its report, under zh: and en:');
  const read = (lang: 'zh' | 'en'): Identity => {
    const entry = requireRecord(yaml, root[lang], [lang], `the ${lang} words`);
    const unknown = Object.keys(entry).find((key) => !(FIELDS as readonly string[]).includes(key));
    if (unknown) yaml.fail([lang, unknown], `${lang}.${unknown}: unknown key; expected one of ${FIELDS.join(', ')}`);
    return Object.fromEntries(FIELDS.map((field) => [field, requireString(yaml, entry[field], [lang, field], `the ${field}`)])) as unknown as Identity;
  };
  return { zh: read('zh'), en: read('en') };
}

/** The report's name as its title block gives it ("某县2023年政府工作报告"), or its file name. */
export function reportName(report: Report, sourceFile: string): string {
  const preamble = report.parts.find((part) => part.kind === 'preamble');
  const lines = (preamble?.sections ?? []).flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs.map((p) => p.text)));
  const title = lines.slice(0, 6).find((line) => line.length <= 40 && /政府工作报告/u.test(line));
  // The line under the title says where and when it was delivered: "——2023年1月5日在某县第十八届人民代表大会…".
  const delivered = lines.slice(0, 8).map((line) => /(\d{4})年\d{1,2}月\d{1,2}日在(.{2,12}?)第[一二三四五六七八九十]+届人民代表大会/u.exec(line)).find(Boolean);
  // A bare 政府工作报告, or no title line at all (a page that gave it as its headline): named by where and when.
  if ((!title || /^政府工作报告$/u.test(title.replace(/\s/gu, ''))) && delivered) return `${delivered[2]}${delivered[1]}年政府工作报告`;
  if (title) return title.replace(/^《|》$/gu, '');
  return basename(sourceFile).replace(/(\.zh)?\.txt$/u, '');
}

/** Words for a report nobody has written them for: plain, and honest that the English is missing. */
export function derivedIdentity(report: Report, sourceFile: string): Identities {
  const name = reportName(report, sourceFile);
  const file = basename(sourceFile);
  return {
    zh: {
      title: name,
      shortTitle: name.length > 14 ? `${name.slice(0, 13)}…` : name,
      description: `逐段呈现《${name}》全文，标注数字，可检索，数据公开。`,
      lead: `这里逐段呈现《${name}》的全文。数字已标注，可下载为数据。`,
      sourceNote: `来源：《${name}》（文件 ${file}）。正文一字未改；排版由本站程序整理。`,
      provenance: `全部数据取自《${name}》的文字（${file}），每一行都注明所在段落编号（即网页锚点）。数字由程序自动提取。`,
      socialSource: `来源：《${name}》`,
      reportTitle: name,
      reportBy: '',
      reportAuthor: '',
    },
    en: {
      title: `Government Work Report: ${name}`,
      shortTitle: 'Government Work Report',
      description: `The Chinese text of the government work report “${name}”, paragraph by paragraph, with figures marked and open data. Not translated yet.`,
      lead: `This edition has not been translated yet: each paragraph says so and links to its Chinese original, “${name}”. Figures are marked and downloadable as data.`,
      sourceNote: `Source: the government work report “${name}” (file ${file}). The Chinese text is unaltered; the layout is this site's.`,
      provenance: `All data comes from the text of “${name}” (${file}); every row names its paragraph id, which is also its anchor on this site. Figures are extracted by the pipeline.`,
      socialSource: `Source: ${name}`,
      reportTitle: name,
      reportBy: '',
      reportAuthor: '',
    },
  };
}
