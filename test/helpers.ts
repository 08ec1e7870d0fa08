import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readGazetteer } from '../scripts/content/gazetteer.ts';
import { buildReportData } from '../scripts/content/pipeline.ts';
import { readYamlFile } from '../scripts/content/yaml-file.ts';

export const REPORT_FILE = 'content/source/ganzhou-2023-work-report.page2.zh.txt';
export const reportText = (): string => readFileSync(REPORT_FILE, 'utf8');
export const gazetteer = () => readGazetteer(readYamlFile('content/places.yaml'));

/** The real report through normalize → segment → extract. */
export const realReport = () => buildReportData(reportText(), REPORT_FILE, gazetteer());

/** Runs `npm run content -- …args` as a user would, in the project's folder. */
export function runContentCli(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/content/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
