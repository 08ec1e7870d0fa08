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

/** The real report's commitments, built from the real curated content. */
export const realCommitments = async () => {
  const { readClusters } = await import('../scripts/content/clusters.ts');
  const { buildCommitments } = await import('../scripts/content/commitments.ts');
  const { readPlaceRules } = await import('../scripts/content/place-rules.ts');
  const { readProjects } = await import('../scripts/content/projects.ts');
  const data = realReport();
  const clusters = readClusters(readYamlFile('content/clusters.yaml'));
  const projects = readProjects(readYamlFile('content/projects.yaml'), data.places, clusters);
  const rules = readPlaceRules(readYamlFile('content/places.yaml'), data.places);
  return {
    data,
    clusters,
    projects,
    rules,
    commitments: buildCommitments({ ...data, rules, clusters, projects, projectsFile: 'content/projects.yaml' }),
  };
};

/** Runs `npm run content -- …args` as a user would, in the project's folder. */
export function runContentCli(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/content/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
