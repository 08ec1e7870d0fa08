/**
 * Typed access to what the content pipeline extracted (src/generated/*.json).
 * Pages read the report only through here.
 */
import type { Place } from '../../../scripts/content/extract/places/gazetteer.ts';
import type { Figure, Paragraph, Part, PlaceMention, Report, Section } from '../../../scripts/content/shared/model.ts';
import figuresJson from '../../generated/figures.json';
import mentionsJson from '../../generated/mentions.json';
import placesJson from '../../generated/places.json';
import reportJson from '../../generated/report.json';

export type { Figure, Paragraph, Part, Place, PlaceMention, Report, Section };

export const report = reportJson as unknown as Report;
export const figures = figuresJson as unknown as Figure[];
export const places = placesJson as unknown as Place[];
export const mentions = mentionsJson as unknown as PlaceMention[];

export interface Chapter {
  section: Section;
  part: Part;
  /** Position in reading order, from 0. */
  index: number;
}

export const chapters: Chapter[] = report.parts
  .flatMap((part) => part.sections.map((section) => ({ section, part })))
  .map((chapter, index) => ({ ...chapter, index }));

export function chapterById(id: string): Chapter {
  const chapter = chapters.find((candidate) => candidate.section.id === id);
  if (!chapter) throw new Error(`no chapter ${id}`);
  return chapter;
}

export function paragraphsOf(section: Section): Paragraph[] {
  return section.topics.flatMap((topic) => topic.paragraphs);
}

export const allParagraphs: Array<{ paragraph: Paragraph; chapter: Chapter }> = chapters.flatMap((chapter) =>
  paragraphsOf(chapter.section).map((paragraph) => ({ paragraph, chapter })),
);

export function chapterOfParagraph(paragraphId: string): Chapter {
  const found = allParagraphs.find((entry) => entry.paragraph.id === paragraphId);
  if (!found) throw new Error(`no paragraph ${paragraphId}`);
  return found.chapter;
}

const figureById = new Map(figures.map((figure) => [figure.id, figure]));
export function figure(id: string): Figure {
  const found = figureById.get(id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

export function place(id: string): Place {
  const found = places.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}

/** The 2023 main targets: the figures of the plan paragraph that states 主要预期目标. */
export function mainTargets(): { paragraph: Paragraph; figures: Figure[] } | null {
  const entry = allParagraphs.find(({ paragraph, chapter }) => chapter.part.kind === 'plan' && paragraph.text.startsWith('主要预期目标'));
  if (!entry) return null;
  return { paragraph: entry.paragraph, figures: figures.filter((f) => f.paragraph === entry.paragraph.id) };
}

/** A paragraph's number within its chapter, from its id: "p2-s1-3" → 3. */
export function paragraphNumber(paragraphId: string): number {
  return Number(paragraphId.split('-').at(-1));
}
