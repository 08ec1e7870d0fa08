/**
 * The rows of the lookup and link tables (declared in data-schemas/lookups.ts), made from the
 * entity records: the same links the pages show.
 */
import { clusters, commitments, figureMeasure, targetsOf } from '../commitments/commitments.ts';
import { clusterRecords, figureRecords, placeRecords, projectRecords, promiseRecords } from '../entities/entities.ts';
import { glossary } from '../layers/glossary.ts';
import { projects } from '../commitments/projects.ts';
import { figure } from '../report/report.ts';
import { yearWord } from '../report/report-years.ts';
import { toCsv } from './csv.ts';
import type { Fields } from '../data-schemas/field.ts';
import {
  clusterFields,
  commitmentClusterFields,
  commitmentPlaceFields,
  commitmentProjectFields,
  figureSubjectFields,
  outcomePlaceFields,
  placeFields,
  projectFields,
  termFields,
  zoneFields,
} from '../data-schemas/lookups.ts';

export type Row = Record<string, string | number | boolean | null | string[]>;

export const placeRows = (): Row[] =>
  placeRecords.map((place) => ({
    id: place.id,
    level: place.level,
    type: place.type,
    name_zh: place.zh,
    name_en: place.en,
    pinyin: place.pinyin,
    county: place.county,
    paragraphs: place.paragraphs,
    projects: place.projects,
    clusters: place.clusters,
  }));

export const zoneRows = (): Row[] =>
  placeRecords
    .filter((place) => place.level === 'zone')
    .map((zone) => {
      // A zone's revenue target is the figure of its own subject (one per zone, also where one clause names three).
      const target = targetsOf('place', zone.id)[0];
      return {
        id: zone.id,
        name_zh: zone.zh,
        name_en: zone.en,
        type: zone.type,
        county: zone.county,
        target_figure: target?.figure ?? null,
        target_zh: target ? figure(target.figure).text : null,
        projects: zone.projects,
        clusters: zone.clusters,
      };
    });

export const clusterRows = (): Row[] =>
  clusterRecords.map((record) => ({
    id: record.id,
    tier: clusters.find((cluster) => cluster.id === record.id)!.tier,
    name_zh: record.zh,
    name_en: record.en,
    places: record.places,
    projects: record.projects,
    target_figures: targetsOf('cluster', record.id).map((target) => target.figure),
  }));

export const projectRows = (): Row[] =>
  projectRecords.map((record) => ({
    id: record.id,
    name_zh: record.zh,
    name_en: record.en,
    kind: record.kind,
    stage: record.stage,
    stage_as_written: projects.find((project) => project.id === record.id)!.stageAsWritten,
    role: record.role,
    cluster: record.cluster,
    places: record.places,
    paragraph: record.paragraph,
  }));

export const termRows = (): Row[] =>
  glossary.map((term) => ({
    id: term.id,
    zh: term.zh,
    en: term.en,
    explain_zh: term.explain.zh,
    explain_en: term.explain.en,
    paragraphs: term.paragraphs,
  }));

export const commitmentPlaceRows = (): Row[] =>
  commitments.flatMap((c) =>
    c.places.map((entry) => ({ commitment: c.id, place: entry.place, via: entry.via, words: entry.text, scope: entry.scope })),
  );

export const commitmentClusterRows = (): Row[] => commitments.flatMap((c) => c.clusters.map((cluster) => ({ commitment: c.id, cluster })));

export const commitmentProjectRows = (): Row[] => commitments.flatMap((c) => c.projects.map((project) => ({ commitment: c.id, project })));

export const figureSubjectRows = (): Row[] =>
  figureRecords
    .filter((record) => record.clause !== null && record.subject !== null)
    .map((record) => ({
      figure: record.id,
      commitment: record.clause,
      measure_zh: figureMeasure('zh', record.id)?.measure || null,
      place: record.subject!.kind === 'place' ? record.subject!.id : null,
      cluster: record.subject!.kind === 'cluster' ? record.subject!.id : null,
    }));

export const outcomePlaceRows = (): Row[] =>
  promiseRecords.flatMap((promise) => promise.places.map((place) => ({ outcome: promise.id, place })));

/** A table as CSV: its declared columns in order, a list of ids as one cell separated by spaces. */
export function tableCsv(columns: readonly string[], rows: Row[]): string {
  return toCsv(
    columns,
    rows.map((row) =>
      columns.map((column) => (Array.isArray(row[column]) ? row[column].join(' ') : (row[column] as string | number | boolean | null))),
    ),
  );
}

export interface LookupTable {
  /** The file name without extension under /data/, also the name of its JSON Schema. */
  name: string;
  title: { zh: string; en: string };
  fields: Fields;
  rows: () => Row[];
  /** A link table is published as CSV only: it exists to be joined. */
  link: boolean;
}

/** Every lookup and link table, in the order the data page lists them. */
export const LOOKUP_TABLES: LookupTable[] = [
  {
    name: 'places',
    title: { zh: '地点：县（市、区）和开发区、新区', en: 'Places: county-level units, zones and new areas' },
    fields: placeFields,
    rows: placeRows,
    link: false,
  },
  {
    name: 'zones',
    title: {
      zh: `开发区与新区，及其${yearWord('zh', 'target')}营收目标`,
      en: `Zones and new areas, with their ${yearWord('en', 'target')} revenue targets`,
    },
    fields: zoneFields,
    rows: zoneRows,
    link: false,
  },
  { name: 'clusters', title: { zh: '产业集群', en: 'Industrial clusters' }, fields: clusterFields, rows: clusterRows, link: false },
  { name: 'projects', title: { zh: '重点项目', en: 'Named projects' }, fields: projectFields, rows: projectRows, link: false },
  { name: 'terms', title: { zh: '术语表', en: 'Glossary terms' }, fields: termFields, rows: termRows, link: false },
  {
    name: 'commitment-places',
    title: { zh: '分句与地点', en: 'Clauses and the places they concern' },
    fields: commitmentPlaceFields,
    rows: commitmentPlaceRows,
    link: true,
  },
  {
    name: 'commitment-clusters',
    title: { zh: '分句与产业集群', en: 'Clauses and their clusters' },
    fields: commitmentClusterFields,
    rows: commitmentClusterRows,
    link: true,
  },
  {
    name: 'commitment-projects',
    title: { zh: '分句与项目', en: 'Clauses and their projects' },
    fields: commitmentProjectFields,
    rows: commitmentProjectRows,
    link: true,
  },
  {
    name: 'figure-subjects',
    title: { zh: '数字的计量对象', en: 'Whose measure each figure is' },
    fields: figureSubjectFields,
    rows: figureSubjectRows,
    link: true,
  },
  {
    name: 'outcome-places',
    title: { zh: '承诺与地点', en: 'Promises and the places they concern' },
    fields: outcomePlaceFields,
    rows: outcomePlaceRows,
    link: true,
  },
];
