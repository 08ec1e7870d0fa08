/**
 * The site's own reading of "met": how a 2023 target and the outcome reported for it compare.
 * Kept apart from the reading of the YAML so the rule the promises page explains is this one
 * function, and a test can pin every case of it.
 */
import { setsLimit } from '../extract/figures.ts';

export const OUTCOME_STATUSES = ['met', 'partly-met', 'not-met', 'not-comparable', 'not-reported'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** "About X" (X左右) counts as reached from this share of X: a growth of 7.2% against "7.5%左右" is about 7.5%, 5.3% is not. */
export const ABOUT_TOLERANCE = 0.05;

export interface TargetFigure {
  value: number;
  /** As extracted: 左右, 以上, 以内, 达, 突破 … or null. */
  qualifier: string | null;
  /** The clause before the figure: "控制在" there makes the figure a ceiling. */
  context: string;
  /** A limit by what it measures (consumer prices, unemployment), however it is worded. */
  ceiling?: boolean;
}

export interface OutcomeFigure {
  value: number;
  qualifier: string | null;
}

const PREFIXES = new Set(['不低于', '不少于', '不超过', '超过', '达到', '突破', '至少', '超', '达', '约', '近', '逾']);

/** A figure with its qualifier where the report prints it: 达2800亿元, 7.5%左右. */
export function withQualifier(text: string, qualifier: string | null): string {
  if (qualifier === null) return text;
  return PREFIXES.has(qualifier) ? `${qualifier}${text}` : `${text}${qualifier}`;
}

/** A ceiling (prices, unemployment: 控制在…以内) is kept by staying under it; every other target by reaching it. */
export function isCeiling(target: TargetFigure): boolean {
  return target.ceiling === true || setsLimit(target.qualifier, target.context);
}

/**
 * The threshold an outcome must reach (or, for a ceiling, stay under). An outcome's own qualifier
 * ("10%以上", "5.3%左右") is read as the figure it gives: the site holds the source to what it says.
 */
export function threshold(target: TargetFigure): number {
  const about = target.qualifier === '左右' || target.qualifier === '上下' || target.qualifier === '约';
  if (!about) return target.value;
  return Number((target.value * (isCeiling(target) ? 1 + ABOUT_TOLERANCE : 1 - ABOUT_TOLERANCE)).toPrecision(12));
}

export function figureStatus(target: TargetFigure, outcome: OutcomeFigure): 'met' | 'not-met' {
  const line = threshold(target);
  if (isCeiling(target)) return outcome.value <= line ? 'met' : 'not-met';
  return outcome.value >= line ? 'met' : 'not-met';
}

/** The plan's stage words in order; an outcome may also report the main works finished (主体完工) short of completion. */
export const PROMISED_STAGES = ['preparation', 'start', 'continue', 'complete'] as const;
export const REACHED_STAGES = ['preparation', 'start', 'continue', 'structure', 'complete'] as const;
export type PromisedStage = (typeof PROMISED_STAGES)[number];
export type ReachedStage = (typeof REACHED_STAGES)[number];

const RANK: Record<ReachedStage, number> = { preparation: 0, start: 1, continue: 2, structure: 3, complete: 4 };

/** A project kept its promise when it got at least as far as the plan said; a building finished but not in use is partly met. */
export function stageStatus(promised: PromisedStage, reached: ReachedStage): 'met' | 'partly-met' | 'not-met' {
  if (RANK[reached] >= RANK[promised]) return 'met';
  if (promised === 'complete' && reached === 'structure') return 'partly-met';
  return 'not-met';
}
