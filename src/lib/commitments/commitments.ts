/**
 * The commitments (one clause of the report each, src/generated/commitments.json) and the
 * questions pages ask of them: what concerns this county, this zone, this cluster.
 */
import commitmentsJson from '../../generated/commitments.json';
import clustersJson from '../../generated/clusters.json';
import type { Cluster } from '../../../scripts/content/layers/clusters.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { Project } from './projects.ts';
import { place as placeById, places } from '../report/report.ts';
import type { Commitment, CommitmentPlace } from '../../../scripts/content/shared/model.ts';

export type { Commitment, CommitmentPlace };
export type ClusterEntry = Omit<Cluster, 'line'>;

export const commitments = commitmentsJson as unknown as Commitment[];
export const clusters = clustersJson as unknown as ClusterEntry[];

/** How a commitment concerns a place: named for it, for every county, or for the central city; in this order on a page. */
export const REACHES = ['named', 'every-county', 'central-city'] as const;
export type Reach = (typeof REACHES)[number];

/**
 * The words of this site's English (content/translations) for each scope of content/places.yaml,
 * to mark them in a clause's English as the Chinese scope word is marked in the Chinese.
 */
const SCOPE_ENGLISH: Record<string, string[]> = {
  'every-county': [
    'each county (city, district)',
    'each county (county-level city and district)',
    'counties (cities, districts)',
    'all counties',
  ],
  'every-county-outside-central-city': ['counties (cities)'],
  'central-city': ['central urban area'],
};

/** What to mark in a clause's English for a place: its name, its pinyin (also inside a project's name), or the scope's words. */
export function englishWordsFor(entry: CommitmentPlace, place: { en: string; pinyin: string | null }): string[] {
  if (entry.via === 'scope') return SCOPE_ENGLISH[entry.scope ?? ''] ?? [];
  return [place.en, ...(place.pinyin ? [place.pinyin] : [])];
}

/** The reach of a commitment for one place, or null when it does not concern the place. */
/**
 * A clause as a reader meets it alone, in the page's language: its bracketed context (this site's
 * own words for what its sentence was about), then the clause; null where it has no English yet.
 */
export function clauseAlone(lang: Lang, commitment: Commitment): { context: string | null; text: string } | null {
  const text = lang === 'zh' ? commitment.text : commitment.en;
  if (text === null) return null;
  return { context: lang === 'zh' ? commitment.context_zh : commitment.context_en, text };
}

/** The same as one line, for search results and social cards: "[Modern home furnishing industry] strive to…". */
export function clauseAloneText(lang: Lang, commitment: Commitment): string | null {
  const alone = clauseAlone(lang, commitment);
  return alone === null ? null : alone.context === null ? alone.text : `[${alone.context}] ${alone.text}`;
}

export function reachOf(commitment: Commitment, placeId: string): Reach | null {
  const entry = commitment.places.find((p) => p.place === placeId);
  if (!entry) return null;
  if (entry.via !== 'scope') return 'named';
  return entry.scope === 'central-city' ? 'central-city' : 'every-county';
}

/** The commitments (not lead sentences) that concern a place, by role, in reading order. */
export function commitmentsFor(placeId: string, role: Commitment['role']): Array<{ commitment: Commitment; reach: Reach }> {
  return commitments
    .filter((c) => c.role === role && !c.lead)
    .flatMap((commitment) => {
      const reach = reachOf(commitment, placeId);
      return reach ? [{ commitment, reach }] : [];
    });
}

/** The reforms (reforms.ts) that concern a place, by name or by a scope that covers it, in reading order. */
export function reformsFor(placeId: string): Commitment[] {
  return commitments.filter((c) => c.reform && !c.lead && c.places.some((entry) => entry.place === placeId));
}

export function commitmentsOfCluster(clusterId: string): Commitment[] {
  return commitments.filter((c) => c.clusters.includes(clusterId) && !c.lead);
}

/**
 * Where a cluster sits, as the report says it: the places of its projects and the places its own
 * clauses name (not those reached by a scope such as 每个县), zones first, each once, in gazetteer order.
 */
export function placesOfCluster(clusterId: string, clusterProjects: ReadonlyArray<Pick<Project, 'places'>>): string[] {
  const named = new Set([
    ...clusterProjects.flatMap((project) => project.places),
    ...commitmentsOfCluster(clusterId).flatMap((c) => c.places.filter((entry) => entry.via !== 'scope').map((entry) => entry.place)),
  ]);
  const ordered = places.filter((entry) => named.has(entry.id));
  return [...ordered.filter((entry) => entry.level === 'zone'), ...ordered.filter((entry) => entry.level !== 'zone')].map(
    (entry) => entry.id,
  );
}

/**
 * The chapters that set out the industrial clusters: those with a paragraph whose clauses concern
 * three clusters or more (the "1+5" industries of p2-s1, the "N" county industries of p2-s5), where a
 * reader of industry looks for them.
 */
export function clusterChapters(): Set<string> {
  const byParagraph = new Map<string, Set<string>>();
  for (const c of commitments)
    for (const id of c.clusters) byParagraph.set(c.paragraph, (byParagraph.get(c.paragraph) ?? new Set()).add(id));
  return new Set([...byParagraph].filter(([, ids]) => ids.size >= 3).map(([paragraph]) => paragraph.replace(/-[^-]+$/u, '')));
}

export function cluster(id: string): ClusterEntry {
  const found = clusters.find((c) => c.id === id);
  if (!found) throw new Error(`no cluster ${id}`);
  return found;
}

/**
 * A project's stage as the plan or review says it: "to be completed in 2023" for a plan project,
 * "completed in 2022" for a review one; in Chinese the stage word as printed.
 */
export function projectStageLabel(lang: Lang, project: Project): string {
  const clause = commitments.find((c) => c.projects.includes(project.id));
  // Chinese keeps the report's own verb (全线贯通, 加快), after the year it speaks of, so a 2022
  // result and a 2023 plan are told apart.
  if (lang === 'zh') return clause ? `${clause.year}年 ${project.stageAsWritten}` : project.stageAsWritten;
  if (!clause) return useTranslations(lang)(`projects.stage.${project.stage}`);
  return useTranslations(lang)(`commitments.stage.${clause.role}.${project.stage}`, { year: clause.year });
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A cluster's name as a heading or label: 现代家居产业 / Modern home furnishing industry. */
export function clusterName(lang: Lang, entry: ClusterEntry): string {
  return lang === 'zh' ? entry.names[0]! : capitalized(entry.en);
}

const measureByFigure = new Map(commitments.flatMap((c) => c.measures.map((m) => [m.figure, m] as const)));

/** What a figure measures (in the report's words) and the name of whom it is for, from its clause; null outside the plan and review. */
export function figureMeasure(lang: Lang, figureId: string): { measure: string; subject: string | null } | null {
  const found = measureByFigure.get(figureId);
  if (!found) return null;
  const subject =
    found.subject === null
      ? null
      : found.subject.kind === 'place'
        ? lang === 'zh'
          ? placeById(found.subject.id).names[0]!
          : placeById(found.subject.id).en
        : clusterName(lang, cluster(found.subject.id));
  return { measure: found.measure, subject };
}

/** Whom a figure's measure belongs to (a zone, a county, a cluster), or null: a chart's bar leads to that page. */
export function figureSubject(figureId: string): { kind: 'place' | 'cluster'; id: string } | null {
  return measureByFigure.get(figureId)?.subject ?? null;
}

/**
 * The figures of a clause that a page about one place or cluster may show as its own: those whose
 * measure belongs to no one named, to that place or cluster, or to a zone of that county. On the
 * 龙南经开区 page, "推动龙南经开区营收达580亿元、赣州高新区营收突破500亿元…" shows 580亿元 only.
 */
export function figuresFor(commitment: Commitment, about: { placeId?: string | null; clusterId?: string | null }): string[] {
  const own = about.placeId ?? about.clusterId ?? null;
  if (own === null) return commitment.figures;
  return commitment.figures.filter((id) => {
    const subject = figureSubject(id);
    if (subject === null || subject.id === own) return true;
    return subject.kind === 'place' && about.placeId != null && placeById(subject.id).county === about.placeId;
  });
}

/** The measures the report sets revenue targets in; two of them must never share a scale or a label. */
const MEASURE_KEYS: Record<string, string> = { 产业集群营收: 'cluster-revenue', 规上工业营收: 'above-size-revenue', 营收: 'revenue' };

export interface Target {
  commitment: Commitment;
  figure: string;
  /** The report's words for the measure (产业集群营收); `measureKey` names it in UI strings where known. */
  measure: string;
  measureKey: string | null;
}

/** The 2023 targets whose figure's subject is this place or cluster, in reading order. */
export function targetsOf(kind: 'place' | 'cluster', id: string): Target[] {
  return commitments
    .filter((c) => c.role === 'target')
    .flatMap((commitment) =>
      commitment.measures
        .filter((m) => m.subject?.kind === kind && m.subject.id === id)
        .map((m) => ({ commitment, figure: m.figure, measure: m.measure, measureKey: MEASURE_KEYS[m.measure] ?? null })),
    );
}

/** True when a scope word of content/places.yaml puts the place in the central urban area. */
export function inCentralCity(placeId: string): boolean {
  return commitments.some((c) => c.places.some((p) => p.place === placeId && p.scope === 'central-city'));
}
