import { ContentError } from '../shared/errors.ts';
import type { Place } from '../extract/places/gazetteer.ts';
import type { AlignedText } from '../translate/align.ts';
import type { Report } from '../shared/model.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

export const PROJECT_KINDS = ['industry', 'transport', 'energy', 'water', 'urban', 'social', 'environment', 'digital', 'tourism', 'agriculture'] as const;
/** The stage as the report says it: 开工 start, 续建/加快建设 continue, 竣工/建成/投产 complete, 前期工作 preparation. */
export const PROJECT_STAGES = ['start', 'continue', 'complete', 'preparation'] as const;

export interface Project {
  id: string;
  zh: string;
  en: string;
  kind: (typeof PROJECT_KINDS)[number];
  stage: (typeof PROJECT_STAGES)[number];
  /** The stage word as printed ("开工", "续建", "建成", "前期工作"…). */
  stageAsWritten: string;
  places: string[];
  /** The "1+5+N" cluster the report files the project under (content/clusters.yaml), or null. */
  cluster: string | null;
  paragraph: string;
  line: number | null;
}

export function readProjects(yaml: YamlFile, places: Place[], clusters: ReadonlyArray<{ id: string }> = []): Project[] {
  const projects: Project[] = [];
  requireArray(yaml, yaml.data, [], 'a list of projects').forEach((raw, index) => {
    const path = [index];
    const entry = requireRecord(yaml, raw, path, 'a project: { id, zh, en, kind, stage, stageAsWritten, places, paragraph }');
    const id = requireString(yaml, entry.id, [index, 'id'], 'an id such as ruijin-airport');
    if (projects.some((project) => project.id === id)) yaml.fail([index, 'id'], `duplicate project id "${id}"`);
    const kind = requireString(yaml, entry.kind, [index, 'kind'], 'a kind') as Project['kind'];
    if (!PROJECT_KINDS.includes(kind)) yaml.fail([index, 'kind'], `${id}: kind "${kind}" is not one of ${PROJECT_KINDS.join(', ')}`);
    const stage = requireString(yaml, entry.stage, [index, 'stage'], 'a stage') as Project['stage'];
    if (!PROJECT_STAGES.includes(stage)) yaml.fail([index, 'stage'], `${id}: stage "${stage}" is not one of ${PROJECT_STAGES.join(', ')}`);
    const placeIds = requireArray(yaml, entry.places ?? [], [index, 'places'], 'place ids from content/places.yaml').map((place, i) => {
      const placeId = requireString(yaml, place, [index, 'places', i], 'a place id');
      if (!places.some((candidate) => candidate.id === placeId)) yaml.fail([index, 'places', i], `${id}: place "${placeId}" is not in content/places.yaml`);
      return placeId;
    });
    const cluster = entry.cluster === undefined ? null : requireString(yaml, entry.cluster, [index, 'cluster'], 'a cluster id from content/clusters.yaml');
    if (cluster !== null && !clusters.some((candidate) => candidate.id === cluster)) yaml.fail([index, 'cluster'], `${id}: cluster "${cluster}" is not in content/clusters.yaml`);
    projects.push({
      id,
      zh: requireString(yaml, entry.zh, [index, 'zh'], 'the name as printed in the report'),
      en: requireString(yaml, entry.en, [index, 'en'], 'the English name as used in the translation'),
      kind,
      stage,
      stageAsWritten: requireString(yaml, entry.stageAsWritten, [index, 'stageAsWritten'], 'the stage word as printed, e.g. 开工'),
      places: placeIds,
      cluster,
      paragraph: requireString(yaml, entry.paragraph, [index, 'paragraph'], 'the id of the paragraph that names it'),
      line: yaml.lineOf(path),
    });
  });
  return projects;
}

/** Each project is named, as listed, in its paragraph in Chinese and in English. */
export function checkProjects(report: Report, projects: Project[], aligned: AlignedText[], file: string): void {
  const paragraphs = new Map(paragraphsOf(report).map((paragraph) => [paragraph.id, paragraph]));
  const english = new Map(aligned.map((text) => [text.id, text]));
  for (const project of projects) {
    const paragraph = paragraphs.get(project.paragraph);
    if (!paragraph) throw new ContentError(file, project.line, `${project.id}: paragraph ${project.paragraph} does not exist: expected a paragraph id such as p2-s5-1`);
    if (!paragraph.text.includes(project.zh)) throw new ContentError(file, project.line, `${project.id}: “${project.zh}” no longer occurs in ${project.paragraph}: expected the name exactly as printed`);
    if (!paragraph.text.includes(project.stageAsWritten)) throw new ContentError(file, project.line, `${project.id}: stage word “${project.stageAsWritten}” does not occur in ${project.paragraph}`);
    const translation = english.get(project.paragraph);
    const text = translation ? `${translation.lead ?? ''} ${translation.en ?? ''}`.toLowerCase() : '';
    if (translation?.status === 'current' && !text.includes(project.en.toLowerCase())) {
      throw new ContentError(file, project.line, `${project.id}: "${project.en}" does not occur in the English of ${project.paragraph}: expected the name as the translation writes it`);
    }
  }
}
