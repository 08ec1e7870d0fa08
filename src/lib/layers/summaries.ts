/** The "at a glance" points, checked by the pipeline to rest on the paragraphs they cite. */
import type { Lang } from '../../i18n/index.ts';
import summariesJson from '../../generated/summaries.json';

export interface SummaryPoint {
  text: string;
  cites: string[];
  /** The cited figures the point's numbers stand for, found by the pipeline. */
  figures: string[];
}

const summaries = summariesJson as unknown as Record<Lang, Record<string, SummaryPoint[]>>;

/** Points of a chapter (by section id) or of the whole report ("home"). */
export function pointsOf(lang: Lang, key: string): SummaryPoint[] {
  return summaries[lang][key] ?? [];
}

/** The figures a chapter's "at a glance" points use: the ones its text gives emphasis. */
export function keyFiguresOf(lang: Lang, sectionId: string): Set<string> {
  return new Set(pointsOf(lang, sectionId).flatMap((point) => point.figures));
}
