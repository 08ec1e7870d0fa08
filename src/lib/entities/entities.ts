/**
 * One record per thing the report speaks of: place (county-level unit or zone), cluster, project,
 * clause, figure, promise and glossary term, each with one id, its names in both languages and its
 * links to the others. Pages, counts, charts, search and the open data's lookup tables read these
 * records, so that a number on a tile and the list it counts are made from the same links.
 *
 * Clauses are the commitments themselves (src/lib/commitments/commitments.ts): their record adds
 * only the promises that follow them.
 */
import { commitments, clusterName, clusters, figureSubject, placesOfCluster, type Commitment } from '../commitments/commitments.ts';
import { projects, projectsIn } from '../commitments/projects.ts';
import { glossary } from '../layers/glossary.ts';
import { agreedEnglish } from '../layers/terms.ts';
import { entriesFor, ledger } from '../ledger/outcomes.ts';
import { abbreviationPinyin } from '../places/abbreviation-pinyin.ts';
import { allParagraphs, figures, mentions, places } from '../report/report.ts';

export interface PlaceRecord {
  id: string;
  level: 'prefecture' | 'county' | 'town' | 'zone';
  /** district, county, city (county-level), or the kind of zone. */
  type: string;
  zh: string;
  en: string;
  pinyin: string | null;
  /** Every name a reader may type for it, lower-cased: 于都, 于都县, yudu, yudu county. */
  aliases: string[];
  /** A zone's host county, if the gazetteer gives one. */
  county: string | null;
  /** A county's zones. */
  zones: string[];
  /**
   * The paragraphs that name the place, in reading order: by its name, or by an abbreviation that
   * stands for it (兴樟高速 for 兴国). Not those that reach it only by a scope word (每个县).
   */
  paragraphs: string[];
  /** Clauses that concern it: by name, by abbreviation or by a scope that covers it. */
  clauses: string[];
  projects: string[];
  /** Clusters whose projects or own clauses name the place. */
  clusters: string[];
  promises: string[];
}

export interface ClusterRecord {
  id: string;
  zh: string;
  en: string;
  /** Every name a reader may type for it, lower-cased, in both languages. */
  aliases: string[];
  /** Words that lead to it without naming it, lower-cased: its industries (稀土, rare earth). */
  words: string[];
  /** Where it sits, as the report says it: zones first, then counties (placesOfCluster). */
  places: string[];
  projects: string[];
  clauses: string[];
  promises: string[];
}

export interface ProjectRecord {
  id: string;
  zh: string;
  en: string;
  /** Its names, lower-cased, and the pinyin of the place abbreviations in it (寻全高速 → xunquan). */
  aliases: string[];
  kind: string;
  stage: string;
  /** A project of the plan for 2023 (target) or of the review of 2022 (result): its clause's role. */
  role: Commitment['role'] | null;
  cluster: string | null;
  /** The zones among its places. */
  zones: string[];
  places: string[];
  paragraph: string;
  clauses: string[];
  promises: string[];
}

export interface FigureRecord {
  id: string;
  paragraph: string;
  /** The clause that states it; null for a figure outside the plan and the review's achievements. */
  clause: string | null;
  /** Whom its measure belongs to, where the clause names it. */
  subject: { kind: 'place' | 'cluster'; id: string } | null;
  promise: string | null;
}

export interface PromiseRecord {
  id: string;
  group: string;
  zh: string;
  en: string;
  /** The clause that makes the promise: the one holding its figure, or the one naming its project. */
  clause: string | null;
  figure: string | null;
  project: string | null;
  places: string[];
}

export interface TermRecord {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
  paragraphs: string[];
}

const inReadingOrder = (ids: Iterable<string>): string[] => {
  const wanted = new Set(ids);
  return allParagraphs.map(({ paragraph }) => paragraph.id).filter((id) => wanted.has(id));
};

const ownClauses = commitments.filter((c) => !c.lead);

/** Names lower-cased, each once, empty ones left out: how search compares them. */
export const aliasesOf = (names: Array<string | null | undefined>): string[] => [
  ...new Set(names.filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase())),
];

/** The place abbreviations the report's clauses use (寻全高速), each with its pinyin where it has one. */
export const abbreviationsInPinyin: ReadonlyMap<string, string> = (() => {
  const found = new Map<string, string>();
  for (const entry of commitments.flatMap((commitment) => commitment.places)) {
    if (entry.via !== 'abbreviation' || found.has(entry.text)) continue;
    const pinyin = abbreviationPinyin(entry.text, places);
    if (pinyin) found.set(entry.text, pinyin);
  }
  return found;
})();

/** The pinyin of the abbreviations a text holds: 开工寻全高速西延 → xunquan. */
export const pinyinWithin = (text: string): string[] =>
  [...abbreviationsInPinyin].filter(([name]) => text.includes(name)).map(([, pinyin]) => pinyin);

/** The promise whose target is this figure, or that follows this project. */
const promiseOfFigure = new Map(ledger.flatMap((entry) => (entry.group === 'project' ? [] : [[entry.id, entry.id] as const])));
const projectIds = new Set(projects.map((project) => project.id));

function clauseOfPromise(entry: (typeof ledger)[number]): Commitment | null {
  if (projectIds.has(entry.id)) return ownClauses.find((c) => c.projects.includes(entry.id)) ?? null;
  return ownClauses.find((c) => c.figures.includes(entry.id)) ?? null;
}

export const promiseRecords: PromiseRecord[] = ledger.map((entry) => ({
  id: entry.id,
  group: entry.group,
  zh: entry.label.zh,
  en: entry.label.en,
  clause: clauseOfPromise(entry)?.id ?? null,
  figure: projectIds.has(entry.id) ? null : entry.id,
  project: projectIds.has(entry.id) ? entry.id : null,
  places: entry.places,
}));

const clauseOfFigure = new Map(commitments.flatMap((c) => c.figures.map((f) => [f, c.id] as const)));

export const figureRecords: FigureRecord[] = figures.map((figure) => ({
  id: figure.id,
  paragraph: figure.paragraph,
  clause: clauseOfFigure.get(figure.id) ?? null,
  subject: figureSubject(figure.id),
  promise: promiseOfFigure.get(figure.id) ?? null,
}));

export const projectRecords: ProjectRecord[] = projects.map((project) => ({
  id: project.id,
  zh: project.zh,
  en: project.en,
  aliases: aliasesOf([project.zh, project.en, ...pinyinWithin(project.zh)]),
  kind: project.kind,
  stage: project.stage,
  role: ownClauses.find((c) => c.projects.includes(project.id))?.role ?? null,
  cluster: project.cluster,
  zones: project.places.filter((id) => places.find((p) => p.id === id)?.level === 'zone'),
  places: project.places,
  paragraph: project.paragraph,
  clauses: ownClauses.filter((c) => c.projects.includes(project.id)).map((c) => c.id),
  promises: promiseRecords.filter((p) => p.project === project.id).map((p) => p.id),
}));

export const clusterRecords: ClusterRecord[] = clusters.map((cluster) => {
  const theirProjects = projects.filter((project) => project.cluster === cluster.id);
  return {
    id: cluster.id,
    zh: clusterName('zh', cluster),
    en: clusterName('en', cluster),
    aliases: aliasesOf([...cluster.names, cluster.en, cluster.en.replace(/ industry$/u, '')]),
    words: aliasesOf([...cluster.terms, ...cluster.terms.map(agreedEnglish)]),
    places: placesOfCluster(cluster.id, theirProjects),
    projects: theirProjects.map((project) => project.id),
    clauses: ownClauses.filter((c) => c.clusters.includes(cluster.id)).map((c) => c.id),
    promises: promiseRecords
      .filter((p) => p.figure !== null && figureSubject(p.figure)?.kind === 'cluster' && figureSubject(p.figure)?.id === cluster.id)
      .map((p) => p.id),
  };
});

export const placeRecords: PlaceRecord[] = places.map((place) => {
  const named = ownClauses.filter((c) => c.places.some((entry) => entry.place === place.id && entry.via !== 'scope'));
  return {
    id: place.id,
    level: place.level,
    type: place.type,
    zh: place.names[0]!,
    en: place.en,
    pinyin: place.pinyin,
    aliases: aliasesOf([...place.names, place.en, place.pinyin, place.en.replace(/ (County|District|City)$/u, '')]),
    county: place.county,
    zones: places.filter((other) => other.level === 'zone' && other.county === place.id).map((other) => other.id),
    paragraphs: inReadingOrder([...mentions.filter((m) => m.place === place.id).map((m) => m.paragraph), ...named.map((c) => c.paragraph)]),
    clauses: ownClauses.filter((c) => c.places.some((entry) => entry.place === place.id)).map((c) => c.id),
    projects: projectsIn(place.id).map((project) => project.id),
    clusters: clusterRecords.filter((cluster) => cluster.places.includes(place.id)).map((cluster) => cluster.id),
    promises: entriesFor(place.id).map((entry) => entry.id),
  };
});

export const termRecords: TermRecord[] = glossary.map((term) => ({
  id: term.id,
  zh: term.zh,
  en: term.en,
  aliases: aliasesOf([term.zh, term.en]),
  paragraphs: term.paragraphs,
}));

function byId<T extends { id: string }>(records: T[], kind: string): (id: string) => T {
  const index = new Map(records.map((record) => [record.id, record]));
  return (id) => {
    const found = index.get(id);
    if (!found) throw new Error(`no ${kind} ${id}`);
    return found;
  };
}

export const placeRecord = byId(placeRecords, 'place');
export const clusterRecord = byId(clusterRecords, 'cluster');
export const projectRecord = byId(projectRecords, 'project');
export const figureRecord = byId(figureRecords, 'figure');
export const promiseRecord = byId(promiseRecords, 'promise');

/** The paragraphs that name a place (by name or by abbreviation), in reading order: what every count of "paragraphs naming" counts. */
export const paragraphsNaming = (placeId: string): string[] => placeRecord(placeId).paragraphs;

/** The abbreviations by which a paragraph's clauses name a place (兴樟高速 for 兴国), to mark them as its name is marked. */
export function abbreviationsNaming(placeId: string, paragraphId: string): string[] {
  return [
    ...new Set(
      ownClauses
        .filter((c) => c.paragraph === paragraphId)
        .flatMap((c) => c.places.filter((entry) => entry.place === placeId && entry.via === 'abbreviation').map((entry) => entry.text)),
    ),
  ];
}
