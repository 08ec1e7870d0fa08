import { extractFigures } from './extract/figures.ts';
import { extractPlaces } from './extract/places.ts';
import type { Place } from './gazetteer.ts';
import type { Figure, PlaceMention, Report } from './model.ts';
import { normalize } from './normalize.ts';
import { segment } from './segment.ts';

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
  const figures: Figure[] = [];
  const mentions: PlaceMention[] = [];
  for (const part of report.parts) {
    for (const section of part.sections) {
      for (const topic of section.topics) {
        for (const paragraph of topic.paragraphs) {
          figures.push(...extractFigures(paragraph, part.year));
          mentions.push(...extractPlaces(paragraph, places));
        }
      }
    }
  }
  return { report, figures, mentions, places };
}
