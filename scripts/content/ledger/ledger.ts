/**
 * The promise ledger: every tracked promise of the 2023 plan (the main targets, the cluster and
 * zone revenue targets, the named projects of the plan) joined with what was reported of it.
 * A promise no source speaks to is "not reported": the ledger never fills a gap.
 */
import type { Bilingual, ChartData } from '../layers/charts.ts';
import { ContentError } from '../shared/errors.ts';
import { placeAndCounty, type Place } from '../extract/places/gazetteer.ts';
import type { Figure } from '../shared/model.ts';
import { isCeiling, threshold, type OutcomeStatus, type PromisedStage, type ReachedStage } from './outcome-rule.ts';
import { outcomeKey, quoteFigures, type CheckedOutcome, type OutcomeSource } from './outcomes.ts';
import type { Project } from '../layers/projects.ts';

export const LEDGER_GROUPS = ['target', 'cluster', 'zone', 'project'] as const;

export type FigureValue = Pick<Figure, 'text' | 'kind' | 'value' | 'valueMax' | 'unit' | 'unitAsWritten' | 'qualifier'>;

export interface LedgerEntry {
  id: string;
  group: (typeof LEDGER_GROUPS)[number];
  paragraph: string;
  label: Bilingual;
  target: {
    /** The figure of the plan, or null for a project or a target set in words. */
    figure: FigureValue | null;
    /** The clause of the report that holds the target ("GDP增长7.5%左右"), or the project's stage word. */
    asWritten: string;
    /** What a figure measures, where the report's words name it (cluster revenue, revenue of industry above designated size). */
    measure: Bilingual | null;
    stage: PromisedStage | null;
    /** A ceiling is kept by staying under it (prices, unemployment). */
    ceiling: boolean;
    /** Where the rule draws the line (about 7.5% → 7.125), or null. */
    threshold: number | null;
  };
  outcome: {
    zh: string;
    en: string;
    figure: FigureValue | null;
    measure: string | null;
    stage: ReachedStage | null;
    asReported: string | null;
    /** For last year's targets held against this report's review: the review paragraph that reports it. */
    paragraph?: string;
  } | null;
  status: OutcomeStatus;
  reason: Bilingual | null;
  /** How the status follows from the numbers, in the rule's terms; null when nothing was reported. */
  rule: string | null;
  sources: Array<OutcomeSource & { quote: string }>;
  /** Counties and zones the promise concerns: the project's places, or the zone and its county. */
  places: string[];
  /** For a target of last year's report (--previous): where that report sets it. `paragraph` is then this report's review. */
  previous?: PreviousCitation;
}

/** Where a target of last year's report stands: that report's title, the target's year, its paragraph and words. */
export interface PreviousCitation {
  report: string;
  year: number | null;
  paragraph: string;
  quote: string;
}

export const figureValue = ({ text, kind, value, valueMax, unit, unitAsWritten, qualifier }: Figure): FigureValue => ({ text, kind, value, valueMax, unit, unitAsWritten, qualifier });

/** The clause that states a figure: from the punctuation mark before it to the one after. */
function clauseOf(text: string, figure: Figure): string {
  const before = text.slice(0, figure.start);
  const start = Math.max(...['，', '。', '；', '：', '、'].map((mark) => before.lastIndexOf(mark))) + 1;
  // A list of targets (龙南经开区营收达580亿元、赣州高新区营收突破500亿元…) ends each one at its 、.
  const ends = ['，', '。', '；', '、'].map((mark) => text.indexOf(mark, figure.end)).filter((index) => index !== -1);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

export interface LedgerInputs {
  charts: ChartData['charts'];
  figures: Figure[];
  paragraphText: (id: string) => string;
  projects: Project[];
  places: Place[];
  outcomes: CheckedOutcome[];
  sources: OutcomeSource[];
}

export function buildLedger(inputs: LedgerInputs, file: string): LedgerEntry[] {
  const byKey = new Map(inputs.outcomes.map((checked) => [outcomeKey(checked.outcome), checked]));
  const used = new Set<string>();
  const joined = (id: string): Pick<LedgerEntry, 'outcome' | 'status' | 'reason' | 'rule' | 'sources'> => {
    const checked = byKey.get(id);
    if (!checked) return { outcome: null, status: 'not-reported', reason: null, rule: null, sources: [] };
    used.add(id);
    const { outcome } = checked;
    const [main] = outcome.citations;
    const reported = outcome.outcome.value === null
      ? null
      : quoteFigures(main!.quote).find((f) => f.text === `${outcome.outcome.value}${outcome.outcome.unit}`)!;
    return {
      outcome: {
        zh: outcome.outcome.zh,
        en: outcome.outcome.en,
        figure: reported ? figureValue(reported) : null,
        measure: outcome.outcome.measure,
        stage: outcome.outcome.stage,
        asReported: outcome.outcome.text,
      },
      status: checked.status,
      reason: outcome.reason,
      rule: checked.rule,
      sources: outcome.citations.map((citation) => ({ ...inputs.sources.find((source) => source.id === citation.source)!, quote: citation.quote })),
    };
  };
  const figureTarget = (figure: Figure, measure: Bilingual | null): LedgerEntry['target'] => ({
    figure: figureValue(figure),
    asWritten: clauseOf(inputs.paragraphText(figure.paragraph), figure),
    measure,
    stage: null,
    ceiling: isCeiling(figure),
    threshold: threshold(figure),
  });
  const figureById = (id: string) => inputs.figures.find((figure) => figure.id === id)!;
  const place = (id: string) => inputs.places.find((candidate) => candidate.id === id)!;

  const entries: LedgerEntry[] = [];
  const { targets, clusters, zones } = inputs.charts;
  for (const item of targets.items) {
    if (item.figure) {
      entries.push({ id: item.figure.id, group: 'target', paragraph: targets.paragraph, label: item.label!, target: figureTarget(figureById(item.figure.id), null), places: [], ...joined(item.figure.id) });
    } else {
      const clause = `${item.label!.zh}${item.wording!.zh}`;
      const id = `${targets.paragraph}/${clause}`;
      entries.push({
        id, group: 'target', paragraph: targets.paragraph, label: item.label!,
        target: { figure: null, asWritten: clause, measure: null, stage: null, ceiling: false, threshold: null },
        places: [], ...joined(id),
      });
    }
  }
  for (const item of clusters.items) {
    entries.push({ id: item.figure!.id, group: 'cluster', paragraph: clusters.paragraph, label: item.label!, target: figureTarget(figureById(item.figure!.id), item.measure), places: [], ...joined(item.figure!.id) });
  }
  for (const item of zones.items) {
    const zone = place(item.place!);
    entries.push({
      id: item.figure!.id, group: 'zone', paragraph: zones.paragraph, label: { zh: zone.names[0]!, en: zone.en },
      target: figureTarget(figureById(item.figure!.id), null),
      places: placeAndCounty(zone), ...joined(item.figure!.id),
    });
  }
  for (const project of inputs.projects.filter((candidate) => candidate.paragraph.startsWith('p2-'))) {
    entries.push({
      id: project.id, group: 'project', paragraph: project.paragraph, label: { zh: project.zh, en: project.en },
      target: { figure: null, asWritten: project.stageAsWritten, measure: null, stage: project.stage, ceiling: false, threshold: null },
      places: project.places, ...joined(project.id),
    });
  }
  // An outcome for a promise the ledger does not track (say, a figure outside the charts) would vanish: refuse it.
  for (const checked of inputs.outcomes) {
    const key = outcomeKey(checked.outcome);
    if (!used.has(key)) throw new ContentError(file, checked.outcome.line, `${key}: not a tracked promise: expected a main target, a cluster or zone target, or a project of the plan`);
  }
  return entries;
}

