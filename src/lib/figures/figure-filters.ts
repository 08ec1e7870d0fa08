/** What the figures table filters by, beyond the chapter: the figure's period, and the places it names. */
import { placeAndCounty } from '../../../scripts/content/extract/places/gazetteer.ts';
import { commitments } from '../commitments/commitments.ts';
import { place, type Figure } from '../report/report.ts';

/** "result-2022", "target-2023", "result-2021-2025"; "none" where the report neither reports nor promises. */
export function figurePeriodKey(figure: Pick<Figure, 'role' | 'period' | 'span'>): string {
  if (figure.role === null) return 'none';
  if (figure.period !== null) return `${figure.role}-${figure.period}`;
  if (figure.span !== null) return `${figure.role}-${figure.span.from}-${figure.span.to}`;
  return figure.role;
}

// A place counts for a figure when its clause names it (or its abbreviation does), not when a scope
// such as 每个县 reaches it: "figures for Yudu" are the figures the report gives about Yudu. Where
// the figure's measure is a place's own (推动龙南经开区营收达580亿元、赣州高新区营收突破500亿元…),
// only that place and the county it lies in count, not every place of the clause.
const placesByFigure = new Map<string, string[]>();
for (const commitment of commitments) {
  const named = [...new Set(commitment.places.filter((entry) => entry.via !== 'scope').map((entry) => entry.place))];
  for (const figure of commitment.figures) {
    const subject = commitment.measures.find((measure) => measure.figure === figure)?.subject;
    placesByFigure.set(figure, subject?.kind === 'place' ? placeAndCounty(place(subject.id)) : named);
  }
}

/** The ids of the places a figure is about: its own place where its measure has one, else those its clause names. */
export function figurePlaces(figureId: string): string[] {
  return placesByFigure.get(figureId) ?? [];
}
