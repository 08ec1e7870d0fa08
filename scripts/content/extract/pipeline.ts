import { extractFigures } from './figures.ts';
import { extractPlaces } from './places/places.ts';
import type { Place } from './places/gazetteer.ts';
import type { Figure, PlaceMention, Report } from '../shared/model.ts';
import { normalize } from '../read/normalize.ts';
import { passageTimes } from '../tree/passages.ts';
import { paragraphsOf, segment } from '../tree/segment.ts';

/** Everything the site reads about one report: the tree and what was extracted from it. */
export interface ReportData {
  report: Report;
  figures: Figure[];
  mentions: PlaceMention[];
  places: Place[];
}

/** normalize → segment → extract, as pure functions of the text and the gazetteer. */
export function buildReportData(text: string, file: string, places: Place[]): ReportData {
  const report = segment(normalize(text), file);
  const times = passageTimes(report);
  const figures: Figure[] = [];
  const mentions: PlaceMention[] = [];
  for (const paragraph of paragraphsOf(report)) {
    figures.push(...extractFigures(paragraph, times.get(paragraph.id)!));
    mentions.push(...extractPlaces(paragraph, places));
  }
  return { report, figures, mentions, places };
}

