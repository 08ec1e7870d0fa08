import { readFileSync } from 'node:fs';
import { readGazetteer } from '../scripts/content/gazetteer.ts';
import { buildReportData } from '../scripts/content/pipeline.ts';
import { readYamlFile } from '../scripts/content/yaml-file.ts';

export const REPORT_FILE = 'content/source/ganzhou-2023-work-report.page2.zh.txt';
export const reportText = (): string => readFileSync(REPORT_FILE, 'utf8');
export const gazetteer = () => readGazetteer(readYamlFile('content/places.yaml'));

/** The real report through normalize → segment → extract. */
export const realReport = () => buildReportData(reportText(), REPORT_FILE, gazetteer());
