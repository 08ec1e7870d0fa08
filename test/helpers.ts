import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGazetteer } from '../scripts/content/extract/places/gazetteer.ts';
import { buildReportData } from '../scripts/content/extract/pipeline.ts';
import { readYamlFile } from '../scripts/content/shared/yaml-file.ts';

export const REPORT_FILE = 'content/source/ganzhou-2023-work-report.page2.zh.txt';
export const reportText = (): string => readFileSync(REPORT_FILE, 'utf8');
export const gazetteer = () => readGazetteer(readYamlFile('content/places.yaml'));

/** The real report through normalize → segment → extract. */
export const realReport = () => buildReportData(reportText(), REPORT_FILE, gazetteer());

/** The real report's commitments, built from the real curated content. */
export const realCommitments = async () => {
  const { readClusters } = await import('../scripts/content/layers/clusters.ts');
  const { buildCommitments } = await import('../scripts/content/commitments/commitments.ts');
  const { readPlaceRules } = await import('../scripts/content/extract/places/place-rules.ts');
  const { readProjects } = await import('../scripts/content/layers/projects.ts');
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

/** Starts `npm run content -- …args` without waiting: for a test that acts while the run is under way. */
export function startContentCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/content/cli.ts', ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
  return { child, done };
}

/** Every file and folder under `dir` with its bytes: a refusal can be shown to have touched nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    files[path] = entry.isFile() ? readFileSync(path).toString('base64') : entry.isSymbolicLink() ? 'link' : 'folder';
  }
  return files;
}
