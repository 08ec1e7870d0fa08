import { englishNumbers } from '../translate/english-numbers.ts';
import { ContentError } from '../shared/errors.ts';
import { extractFigures, UNDATED } from '../extract/figures.ts';
import type { Figure, Report } from '../shared/model.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';
import type { DerivedText } from '../translate/derived-english.ts';

/** One "at a glance" point: plain words, resting on the paragraphs it cites. */
export interface SummaryPoint {
  text: string;
  cites: string[];
  line: number | null;
  /** Ids of the cited figures the point's numbers stand for (set by checkSummaries): the page gives them emphasis. */
  figures: string[];
}

/** Points per chapter id, plus "home" for the overview of the whole report. */
export type Summaries = Record<string, SummaryPoint[]>;

export function readSummaries(yaml: YamlFile): Summaries {
  const root = requireRecord(yaml, yaml.data, [], 'chapter ids (and home) mapped to lists of points');
  const summaries: Summaries = {};
  for (const [chapter, raw] of Object.entries(root)) {
    summaries[chapter] = requireArray(yaml, raw, [chapter], `the points of ${chapter}`).map((rawPoint, index) => {
      const point = requireRecord(yaml, rawPoint, [chapter, index], 'a point: { text, cites }');
      const cites = requireArray(yaml, point.cites ?? [], [chapter, index, 'cites'], 'the ids of the paragraphs the point rests on').map((id, i) =>
        requireString(yaml, id, [chapter, index, 'cites', i], 'a paragraph id'),
      );
      if (cites.length === 0) yaml.fail([chapter, index], `${chapter}, point ${index + 1}: cites no paragraph: expected cites: [paragraph ids]`);
      return { text: requireString(yaml, point.text, [chapter, index, 'text'], 'the text of the point'), cites, line: yaml.lineOf([chapter, index]), figures: [] };
    });
  }
  return summaries;
}

// Years are dates, not figures: "2023" in "in 2023".
const isYear = (value: number, raw: string): boolean => Number.isInteger(value) && value >= 1900 && value <= 2100 && !raw.includes(',');

/**
 * Grounded by construction: every cited id exists, every chapter has 3–6 points and the home one,
 * and every number of a point is a figure of a cited paragraph (same value; in Chinese, same unit).
 */
export function checkSummaries(report: Report, figures: Figure[], summaries: Summaries, lang: 'zh' | 'en', file: string, fixedNames: string[] = []): void {
  const paragraphIds = new Set(paragraphsOf(report).map((paragraph) => paragraph.id));
  const chapters = report.parts.flatMap((part) => part.sections.map((section) => section.id));
  for (const chapter of [...chapters, 'home']) {
    const points = summaries[chapter];
    if (!points) throw new ContentError(file, null, `${chapter} has no points: expected "${chapter}:" with ${chapter === 'home' ? 'the overview' : 'three to six points'}`);
    if (chapter !== 'home' && (points.length < 3 || points.length > 6)) throw new ContentError(file, points[0]?.line ?? null, `${chapter} has ${points.length} points: expected three to six`);
  }
  for (const [chapter, points] of Object.entries(summaries)) {
    if (chapter !== 'home' && !chapters.includes(chapter)) throw new ContentError(file, points[0]?.line ?? null, `${chapter} is not a chapter of the report: expected one of ${chapters.join(', ')} or home`);
    points.forEach((point, index) => {
      const where = `${chapter}, point ${index + 1}`;
      for (const id of point.cites) if (!paragraphIds.has(id)) throw new ContentError(file, point.line, `${where}: cites ${id}, which is not a paragraph of the report`);
      const cited = figures.filter((figure) => point.cites.includes(figure.paragraph));
      const matching = (value: number, unit: string | null) =>
        cited.filter((figure) => (figure.value === value || figure.valueMax === value || (figure.unit === '斤' && figure.value * 0.0005 === value)) && (unit === null || figure.unit === unit));
      const used = new Set<string>();
      const matchesCited = (value: number, unit: string | null): boolean => {
        const found = matching(value, unit);
        for (const figure of found) used.add(figure.id);
        return found.length > 0;
      };
      if (lang === 'zh') {
        const paragraph = { id: 'point', text: point.text, lead: null, line: 0, continuedFromPage: null, continuesOnPage: null };
        for (const figure of extractFigures(paragraph, UNDATED)) {
          if (!matchesCited(figure.value, figure.unit) || (figure.valueMax !== null && !matchesCited(figure.valueMax, figure.unit))) {
            throw new ContentError(file, point.line, `${where}: ${figure.text} is not a figure of the cited paragraphs (${point.cites.join(', ')})`);
          }
        }
      } else {
        // A number inside a fixed name ("the 20th National Congress of the Communist Party of China") is part of the name.
        const inNames = fixedNames.flatMap((name) => spansOf(point.text, name));
        for (const number of englishNumbers(point.text)) {
          const raw = point.text.slice(number.start, number.end);
          if (isYear(number.value, raw) || inNames.some(([start, end]) => number.start >= start && number.end <= end)) continue;
          if (!matchesCited(number.value, null) || (number.valueMax !== null && !matchesCited(number.valueMax, null))) {
            throw new ContentError(file, point.line, `${where}: "${raw}" is not a figure of the cited paragraphs (${point.cites.join(', ')})`);
          }
        }
      }
      point.figures = cited.filter((figure) => used.has(figure.id)).map((figure) => figure.id);
    });
  }
}

/** Where `name` stands in `text`, in any case. */
function spansOf(text: string, name: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(name.toLowerCase()); name !== '' && at !== -1; at = lower.indexOf(name.toLowerCase(), at + name.length)) spans.push([at, at + name.length]);
  return spans;
}

/**
 * The English points beside their Chinese (the two files are parallel, point for point), for the
 * checks every derived English gets. A review chapter's points tell results, a plan's targets.
 */
export function summaryTexts(report: Report, zh: Summaries, en: Summaries, file: string): DerivedText[] {
  const roleOf = new Map(report.parts.flatMap((part) => part.sections.map((section) => [section.id, part.kind === 'review' ? 'result' : part.kind === 'plan' ? 'target' : null] as const)));
  return Object.entries(en).flatMap(([chapter, points]) =>
    points.map((point, index) => ({
      file,
      line: point.line,
      what: `${chapter}, point ${index + 1}`,
      zh: zh[chapter]?.[index]?.text ?? '',
      en: point.text,
      role: roleOf.get(chapter) ?? null,
    })),
  );
}
