/**
 * Last year's report (`--previous FILE`): read like any report, and refused unless it is the same
 * government's report of the year before this one.
 */
import type { Report } from '../shared/model.ts';
import { ContentError } from '../shared/errors.ts';
import { readSource } from '../read/read-source.ts';
import { buildReportData, type ReportData } from '../extract/pipeline.ts';
import { reportName } from '../layers/identity.ts';

/** "——2024年1月21日在河北省第十四届人民代表大会第二次会议上": the government whose congress heard the report. */
const CONGRESS = /\d{4}年\d{1,2}月\d{1,2}日在(.{2,16}?)第?[一二三四五六七八九十]+届人民代表大会/u;

/** The government a report is of (河北省, 保定市清苑区), from its delivery line or its title; null when neither names it. */
export function governmentOf(report: Report): string | null {
  const preamble = report.parts.filter((part) => part.kind === 'preamble').flatMap((part) => part.sections.flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs.map((p) => p.text))));
  const lines = [report.title ?? '', ...report.chrome.map((line) => line.text), ...preamble].map((line) => line.replace(/\s/gu, ''));
  const congress = lines.map((line) => CONGRESS.exec(line)?.[1]).find((name) => name !== undefined);
  if (congress !== undefined) return congress;
  const titled = (report.title ?? '').replace(/\s/gu, '').replace(/^《|》$/gu, '').replace(/(?:\d{4}年)?政府工作报告$/u, '');
  return titled === '' ? null : titled;
}

/** 清苑区 and 保定市清苑区 are one government; 河北省 and 博野县 are not. */
const sameGovernment = (a: string, b: string) => a.includes(b) || b.includes(a);

export interface PreviousReportData extends ReportData {
  file: string;
  title: string;
}

export function readPreviousReport(file: string, maxBytes: number, current: Report): PreviousReportData {
  const expected = current.year === null ? 'last year\'s report of the same government' : `the same government's report of ${current.year - 1}`;
  let text: string;
  try {
    text = readSource(file, maxBytes);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new ContentError(error.file, error.line, `${error.message.slice(`${error.file}${error.line === null ? '' : `:${error.line}`}: `.length)} (--previous: expected ${expected})`);
  }
  const data = buildReportData(text, file, []);
  if (current.year === null) throw new ContentError(current.source, null, 'the report gives no year (title, date line or part titles): --previous needs it to know which year its review is of');
  if (data.report.year !== current.year - 1) {
    throw new ContentError(file, null, `${data.report.year === null ? 'a report of no year this tool can read' : `a report of ${data.report.year}`}: --previous expected ${expected}, the year before this report (${current.year})`);
  }
  const mine = governmentOf(current);
  const theirs = governmentOf(data.report);
  if (mine !== null && theirs !== null && !sameGovernment(mine, theirs)) {
    throw new ContentError(file, null, `a report of ${theirs}: --previous expected ${mine}'s report of ${current.year - 1}`);
  }
  // A title that is only 政府工作报告 says nothing of whose and when: name it by its government and year.
  const name = reportName(data.report, file);
  const title = /^政府工作报告$/u.test(name.replace(/\s/gu, '')) && theirs !== null ? `${theirs}${data.report.year}年政府工作报告` : name;
  return { ...data, file, title };
}
