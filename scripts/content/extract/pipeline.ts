import { extractFigures, type FigureTime } from './figures.ts';
import { extractPlaces } from './places.ts';
import type { Place } from './gazetteer.ts';
import type { Figure, Part, PlaceMention, Report, Section } from '../shared/model.ts';
import { normalize } from '../read/normalize.ts';
import { segment } from '../tree/segment.ts';

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
          figures.push(...extractFigures(paragraph, timeOf(part, section)));
          mentions.push(...extractPlaces(paragraph, places));
        }
      }
    }
  }
  return { report, figures, mentions, places };
}

/**
 * A review reports results, a plan sets targets; the year is the part's, or the five-year span
 * its part or passage speaks of (then no single year).
 * An appendix, the preamble and a part of no known kind neither report nor promise.
 */
export function timeOf(part: Part, section: Section): FigureTime {
  const role = part.kind === 'review' ? 'result' : part.kind === 'plan' ? 'target' : null;
  if (role === null) return { period: null, role, span: null };
  const span = section.span ?? part.span;
  return { period: span === null ? part.year : null, role, span };
}
