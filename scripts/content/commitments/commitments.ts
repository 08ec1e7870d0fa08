import { splitClauses } from './clauses.ts';
import type { Cluster } from '../layers/clusters.ts';
import { measuresOf } from '../extract/measures.ts';
import { ContentError } from '../shared/errors.ts';
import { stageOf } from '../extract/stages.ts';
import type { Place } from '../extract/gazetteer.ts';
import { groupBy } from '../shared/group-by.ts';
import { reformClauses } from './reforms.ts';
import type { Commitment, CommitmentPlace, Figure, Paragraph, PlaceMention, Report } from '../shared/model.ts';
import type { PlaceRule, PlaceRules } from '../extract/place-rules.ts';
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

/** Places of a clause: by name first, then by abbreviation, then by scope; each place once, by the most direct way. */
function placesOf(text: string, named: PlaceMention[], rules: PlaceRules): CommitmentPlace[] {
  const result: CommitmentPlace[] = [];
  const add = (place: string, via: CommitmentPlace['via'], words: string, scope: string | null = null) => {
    if (!result.some((entry) => entry.place === place)) result.push({ place, via, text: words, scope });
  };
  for (const mention of named) add(mention.place, 'name', mention.text);
  for (const match of ruleMatches(text, rules.abbreviations)) for (const place of match.rule.places) add(place, 'abbreviation', match.text);
  for (const match of ruleMatches(text, rules.scopes)) for (const place of match.rule.places) add(place, 'scope', match.text, match.rule.id);
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
    for (const clause of clauses) {
      const inClause = <T extends { start: number; end: number }>(item: T) => item.start >= clause.start && item.end <= clause.end;
      const named = (mentionsByParagraph.get(paragraph.id) ?? []).filter(inClause);
      const places = placesOf(clause.text, named, input.rules);
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
