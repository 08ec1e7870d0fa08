/** `--previous FILE`: last year's report read and checked, its main targets paired with this report's review of that year. */
import { ContentError } from '../shared/errors.ts';
import type { ReportData } from '../extract/pipeline.ts';
import type { Indicator } from '../extract/indicators.ts';
import { findMainTargets } from '../extract/main-targets.ts';
import type { LedgerEntry } from './ledger.ts';
import { pairPreviousTargets } from './previous-targets.ts';
import { readPreviousReport } from './previous-report.ts';
import { reviewOutcomes } from './review-outcomes.ts';

export function previousTargetsLedger(file: string, maxBytes: number, current: ReportData, indicators: Indicator[]): LedgerEntry[] {
  const previous = readPreviousReport(file, maxBytes, current.report);
  const year = current.report.year! - 1;
  const targets = findMainTargets(previous.report, previous.figures, indicators);
  if (targets.length === 0) throw new ContentError(file, null, `no paragraph of main targets (主要预期目标是：…) in its plan for ${year}: expected last year's report, whose targets this report's review answers`);
  const review = current.report.parts.find((part) => part.kind === 'review' && part.year === year);
  const start = review?.sections.flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs))[0];
  if (start === undefined) throw new ContentError(current.report.source, null, `no review of ${year} in this report: --previous needs one to hold ${year}'s targets against`);
  return pairPreviousTargets({ title: previous.title, file }, targets, reviewOutcomes(current.report, current.figures, indicators, year), start.id);
}
