import { splitClauses } from './clauses.ts';
import type { Cluster } from '../layers/clusters.ts';
import { measuresOf } from '../extract/measures.ts';
import { ContentError } from '../shared/errors.ts';
import { stageOf } from '../extract/stages.ts';
import type { Place } from '../extract/places/gazetteer.ts';
import { groupBy } from '../shared/group-by.ts';
import { reformClauses } from './reforms.ts';
import type { Commitment, CommitmentPlace, Figure, Paragraph, PlaceMention, Report } from '../shared/model.ts';
import type { PlaceRule, PlaceRules } from '../extract/places/place-rules.ts';
import type { Project } from '../layers/projects.ts';

export interface CommitmentInput {
  report: Report;
  figures: Figure[];
  mentions: PlaceMention[];
  places: Place[];
  rules: PlaceRules;
  clusters: Cluster[];
  projects: Project[];
  /** For errors about a project that no clause holds whole. */
  projectsFile: string;
}

/** The paragraphs commitments are made of: the plan, and the review's achievements (not its closing words). */
export function committingParagraphs(report: Report): Array<{ paragraph: Paragraph; role: Commitment['role']; year: number | null }> {
  return report.parts.flatMap((part) => {
    if (part.kind !== 'plan' && part.kind !== 'review') return [];
    const role = part.kind === 'plan' ? 'target' : 'result';
    return part.sections
      .filter((section) => section.kind !== 'closing')
      .flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs.map((paragraph) => ({ paragraph, role, year: part.year }) as const)));
  });
}

/** Occurrences of a rule's words in a clause, longest first, never inside a longer one already taken. */
function ruleMatches(text: string, rules: PlaceRule[]): Array<{ rule: PlaceRule; text: string; start: number; end: number }> {
  const words = rules.flatMap((rule) => rule.names.map((name) => ({ rule, name }))).sort((a, b) => b.name.length - a.name.length);
  const found: Array<{ rule: PlaceRule; text: string; start: number; end: number }> = [];
  for (const { rule, name } of words) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (found.some((f) => at < f.end && f.start < end)) continue;
      found.push({ rule, text: name, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The scope words of a clause, except those inside one of `projectNames`. */
function scopeMatches(text: string, rules: PlaceRules, projectNames: string[]) {
  const inNames = projectNames.flatMap((name) => {
    const spans: Array<{ start: number; end: number }> = [];
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length });
    return spans;
  });
  return ruleMatches(text, rules.scopes).filter((match) => !inNames.some((span) => match.start >= span.start && match.end <= span.end));
}

type ScopeMatch = ReturnType<typeof scopeMatches>[number];

/**
 * Places of a clause: by name first, then by abbreviation, then by scope; each place once, by the
 * most direct way. A clause that names no place takes the scope of its sentence's opening clause
 * (`sentenceScopes`): in "昂起中心城区龙头，加速推进五区一体化，新（续）建9条81.6公里快速路…" the roads
 * are the central city's.
 */
function placesOf(text: string, named: PlaceMention[], rules: PlaceRules, scopes: ScopeMatch[], sentenceScopes: ScopeMatch[]): CommitmentPlace[] {
  const result: CommitmentPlace[] = [];
  const add = (place: string, via: CommitmentPlace['via'], words: string, scope: string | null = null) => {
    if (!result.some((entry) => entry.place === place)) result.push({ place, via, text: words, scope });
  };
  for (const mention of named) add(mention.place, 'name', mention.text);
  for (const match of ruleMatches(text, rules.abbreviations)) for (const place of match.rule.places) add(place, 'abbreviation', match.text);
  const ownScopes = scopes.length > 0 || result.length > 0 ? scopes : sentenceScopes;
  for (const match of ownScopes) for (const place of match.rule.places) add(place, 'scope', match.text, match.rule.id);
  return result;
}

/**
 * Stage "commitments": every clause of the plan and of the review's achievements with its role and
 * year, stage, figures, places, clusters, zones and projects. Pure: the same inputs give the same list.
 */
export function buildCommitments(input: CommitmentInput): Commitment[] {
  const figuresByParagraph = groupBy(input.figures, (figure) => figure.paragraph);
  const mentionsByParagraph = groupBy(input.mentions, (mention) => mention.paragraph);
  const zoneIds = new Set(input.places.filter((place) => place.level === 'zone').map((place) => place.id));
  const commitments: Commitment[] = [];
  for (const { paragraph, role, year } of committingParagraphs(input.report)) {
    const clauses = splitClauses(paragraph);
    const reforms = reformClauses(paragraph, clauses, role);
    const projects = input.projects.filter((project) => project.paragraph === paragraph.id);
    for (const project of projects) {
      if (!clauses.some((clause) => clause.text.includes(project.zh))) {
        throw new ContentError(input.projectsFile, project.line, `${project.id}: “${project.zh}” is not whole inside one clause of ${paragraph.id}: expected a name that no ，。； cuts`);
      }
    }
    // A sentence that opens with a cluster's name ("现代家居产业重点推进…") is about that cluster to its end.
    const sentenceCluster = new Map<number, string>();
    for (const clause of clauses.filter((c) => !c.lead)) {
      if (sentenceCluster.has(clause.sentence) || clauses.some((c) => !c.lead && c.sentence === clause.sentence && c.index < clause.index)) continue;
      const cluster = input.clusters.find((candidate) => candidate.names.some((name) => clause.text.startsWith(name)));
      if (cluster) sentenceCluster.set(clause.sentence, cluster.id);
    }
    const projectNames = projects.map((project) => project.zh);
    // The scope words that open each sentence (in its first clause after the lead), for the clauses after them.
    const sentenceScopes = new Map<number, ScopeMatch[]>();
    for (const clause of clauses.filter((c) => !c.lead)) {
      if (!sentenceScopes.has(clause.sentence)) sentenceScopes.set(clause.sentence, scopeMatches(clause.text, input.rules, projectNames));
    }
    for (const clause of clauses) {
      const inClause = <T extends { start: number; end: number }>(item: T) => item.start >= clause.start && item.end <= clause.end;
      const named = (mentionsByParagraph.get(paragraph.id) ?? []).filter(inClause);
      const opening = clauses.find((c) => !c.lead && c.sentence === clause.sentence);
      const carried = clause.lead || opening === clause ? [] : (sentenceScopes.get(clause.sentence) ?? []);
      // A scope word inside a project's name is the project's: "G105中心城区改线二期" is a road of the
      // central city, but the clause that lists it among five other projects is not about the central
      // city. A clause that is that one project ("加快实施中心城区生活污水治理厂网一体化等项目") is.
      const clauseProjects = projectNames.filter((name) => clause.text.includes(name));
      const own = scopeMatches(clause.text, input.rules, clauseProjects.length > 1 ? clauseProjects : []);
      const places = placesOf(clause.text, named, input.rules, own, carried);
      const theirProjects = projects.filter((project) => clause.text.includes(project.zh));
      const clusters = new Set<string>();
      const fromSentence = sentenceCluster.get(clause.sentence);
      if (fromSentence && !clause.lead) clusters.add(fromSentence);
      for (const cluster of input.clusters) {
        if ([...cluster.names, ...cluster.terms].some((word) => clause.text.includes(word))) clusters.add(cluster.id);
      }
      for (const project of theirProjects) {
        if (project.cluster && fromSentence && project.cluster !== fromSentence) {
          throw new ContentError(input.projectsFile, project.line, `${project.id}: cluster "${project.cluster}", but the sentence of ${paragraph.id} that names it is about "${fromSentence}"`);
        }
        if (project.cluster) clusters.add(project.cluster);
      }
      const zones = places.filter((entry) => entry.via === 'name' && zoneIds.has(entry.place)).map((entry) => entry.place);
      const stage = stageOf(clause.text);
      const theirFigures = (figuresByParagraph.get(paragraph.id) ?? []).filter(inClause);
      commitments.push({
        id: `${paragraph.id}-c${clause.index}`,
        paragraph: paragraph.id,
        sentence: clause.sentence,
        text: clause.text,
        start: clause.start,
        end: clause.end,
        lead: clause.lead,
        role,
        year,
        stage: stage?.stage ?? null,
        stageAsWritten: stage?.text ?? null,
        reform: reforms.has(clause.index),
        figures: theirFigures.map((figure) => figure.id),
        places,
        clusters: input.clusters.map((cluster) => cluster.id).filter((id) => clusters.has(id)),
        zones,
        projects: theirProjects.map((project) => project.id),
        measures: measuresOf(clause, theirFigures, named, fromSentence && !clause.lead ? fromSentence : null),
        en: null,
        context_zh: null,
        context_en: null,
      });
    }
  }
  return commitments;
}
