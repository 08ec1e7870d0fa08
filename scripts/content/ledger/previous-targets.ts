/**
 * Last year's main targets held against this year's review (`--previous FILE`): each target of the
 * earlier report (extract/main-targets.ts) paired with what this report's review says of the same
 * indicator (review-outcomes.ts), judged by the site's one rule (outcome-rule.ts). An indicator the
 * review does not mention is "not reported", never guessed.
 */
import type { Figure } from '../shared/model.ts';
import type { MainTarget } from '../extract/main-targets.ts';
import type { FigureValue, LedgerEntry, PreviousCitation } from './ledger.ts';
import { figureStatus, threshold, withQualifier, type OutcomeStatus, type TargetFigure } from './outcome-rule.ts';
import type { ReviewOutcome } from './review-outcomes.ts';

/** The earlier report, as the entries cite it. */
export interface PreviousReport {
  /** Its title, as the converter names it. */
  title: string;
  /** The file it was read from (the summary line names it; never published). */
  file: string;
}

const targetFigure = (target: MainTarget, ceiling: boolean): TargetFigure => ({ value: target.value!, qualifier: target.qualifier, context: '', ceiling });
const valueOf = (target: MainTarget): FigureValue => ({
  text: target.text!,
  kind: target.unit === '%' ? 'percentage' : 'quantity',
  value: target.value!,
  valueMax: target.valueMax,
  unit: target.unit!,
  unitAsWritten: target.unitAsWritten!,
  qualifier: target.qualifier,
});
const figureOf = ({ text, kind, value, valueMax, unit, unitAsWritten, qualifier }: Figure): FigureValue => ({ text, kind, value, valueMax, unit, unitAsWritten, qualifier });

/** The review's outcomes that answer a target: the same indicator, and a growth rate for a growth target. */
function answers(target: MainTarget, outcome: ReviewOutcome, indicator: string): boolean {
  if (outcome.indicator !== indicator) return false;
  if (target.kind === 'growth') return outcome.kind === 'growth';
  if (target.kind === 'words') return true;
  // A level or a limit is held against a figure of the same unit that is not a growth rate.
  return outcome.kind === 'level' && outcome.figure.unit === target.unit;
}

/** The outcomes that answer a target: its indicator's first, or for residents' income the urban and the rural one together. */
function outcomesFor(target: MainTarget, outcomes: ReviewOutcome[]): ReviewOutcome[] {
  const indicator = target.indicator;
  if (indicator === null) return [];
  const direct = outcomes.find((outcome) => answers(target, outcome, indicator));
  if (direct) return [direct];
  // 居民（城乡居民）人均可支配收入 is answered by the urban and the rural rate only when both are given: both must meet it.
  if (target.indicator === 'resident-income') {
    const both = ['urban-income', 'rural-income'].map((id) => outcomes.find((outcome) => answers(target, outcome, id)));
    const found = both.filter((outcome) => outcome !== undefined);
    if (found.length === 2) return found;
  }
  return [];
}

/** How an outcome reads in English: the indicator, then the figure ("grew by 5.4%", "6% or more"). */
function englishOutcome(name: string, figure: Figure, kind: ReviewOutcome['kind']): string {
  const bound: Record<string, string> = { 左右: 'about ', 以上: 'at least ', 以内: 'at most ', 达: '', 突破: 'over ', 超: 'over ', 超过: 'over ' };
  const amount = figure.unit === '%' ? `${figure.value}%` : `${figure.value.toLocaleString('en')} ${figure.unit}`;
  const qualified = `${figure.qualifier === null ? '' : (bound[figure.qualifier] ?? '')}${amount}`;
  return kind === 'growth' ? `${name}: grew by ${qualified}` : `${name}: ${qualified}`;
}

/** One ledger entry per main target of the earlier report. `reviewStart` is the paragraph where this report's review of that year begins. */
export function pairPreviousTargets(previous: PreviousReport, targets: MainTarget[], outcomes: ReviewOutcome[], reviewStart: string): LedgerEntry[] {
  return targets.map((target): LedgerEntry => {
    const label = { zh: target.indicatorZh, en: target.indicatorEn ?? target.indicatorZh };
    const ceiling = target.kind === 'ceiling';
    const cited: PreviousCitation = { report: previous.title, year: target.year, paragraph: target.paragraph, quote: target.asWritten };
    // The rule's figure and line, for a target set as a figure (null for one set in words).
    const ruleFigure = target.value === null ? null : targetFigure(target, ceiling);
    const line = ruleFigure === null ? null : threshold(ruleFigure);
    const base = {
      id: `previous/${target.id}`,
      group: 'target' as const,
      label,
      target: {
        figure: target.value === null ? null : valueOf(target),
        asWritten: target.asWritten,
        measure: null,
        stage: null,
        ceiling,
        threshold: line,
      },
      reason: null,
      sources: [],
      places: [],
      previous: cited,
    };
    const found = outcomesFor(target, outcomes);
    if (found.length === 0) return { ...base, paragraph: reviewStart, outcome: null, status: 'not-reported', rule: null };
    const [first] = found;
    const asReported = [...new Set(found.map((outcome) => outcome.asReported))].join('；');
    const english = found.map((outcome) => englishOutcome(label.en, outcome.figure, outcome.kind)).join('; ');
    if (ruleFigure === null) {
      return {
        ...base,
        paragraph: first!.paragraph,
        outcome: { zh: asReported, en: english, figure: figureOf(first!.figure), measure: null, stage: null, asReported, paragraph: first!.paragraph },
        status: 'not-comparable',
        reason: { zh: '目标以文字表述，没有可比的数字', en: 'The target is set in words: there is no figure to hold the outcome against' },
        rule: `target in words (${target.asWritten}), outcome ${asReported} → not-comparable`,
      };
    }
    const judged = found.map((outcome) => ({ outcome, status: figureStatus(ruleFigure, { value: outcome.figure.value, qualifier: outcome.figure.qualifier }) }));
    // Both rates must meet a target that stands for both: the one that falls short decides.
    const deciding = judged.find((one) => one.status === 'not-met') ?? judged[0]!;
    const status: OutcomeStatus = deciding.status;
    const outcomesWritten = judged.map(({ outcome }) => withQualifier(outcome.figure.text, outcome.figure.qualifier)).join(', ');
    return {
      ...base,
      paragraph: deciding.outcome.paragraph,
      outcome: { zh: asReported, en: english, figure: figureOf(deciding.outcome.figure), measure: null, stage: null, asReported, paragraph: deciding.outcome.paragraph },
      status,
      rule: `target ${withQualifier(target.text!, target.qualifier)} (${ceiling ? 'at most' : 'at least'} ${line}${target.unit === '%' ? '%' : ` ${target.unit}`}), outcome ${outcomesWritten} → ${status}`,
    };
  });
}
