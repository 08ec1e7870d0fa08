/**
 * The English note of a figure on an English page: the words of the translation that lead up to
 * the figure, and the figure as the English writes it. The English is what the reader has in front
 * of them, so the note shows its number and unit (52亿斤 is "2.6 million tonnes" there), with the
 * Chinese original as the source value when the two differ.
 */
import { figureWithQualifier } from './figure-text.ts';
import { englishAmount, englishRange, formatFigure, rates } from './figure-format.ts';
import type { Figure } from './report.ts';
import { englishContext, translatedParagraph, translatedSpan } from './translations.ts';

export interface EnglishNote {
  /** The translation's words before the figure, at most eight, without a bound word the value repeats; or null. */
  label: string | null;
  /** The figure as the English writes it, its qualifier once: "2.6 million tonnes or more". */
  value: string;
  /** The figure as the report prints it when the English converts it ("52亿斤以上"), else null. */
  source: string | null;
}

/** The note of a figure as its paragraph's translation renders it; null when the translation does not render it. */
export function englishNote(figure: Figure): EnglishNote | null {
  const text = translatedParagraph(figure.paragraph);
  const span = translatedSpan(figure.paragraph, figure.id);
  if (text === null || span === null) return null;
  const formatted = formatFigure('en', figure);
  const bare = formatFigure('en', { ...figure, qualifier: null });
  let value = formatted;
  let source: string | null = null;
  // The translation gives jin in tonnes at the stated rate: the note says what the English says.
  if (figure.unit === '斤' && /^\s*tonnes?\b/u.test(text.slice(span.end))) {
    const tonnes = (jin: number) => Number((jin * rates.tonnesPerJin).toPrecision(3));
    const amount =
      figure.valueMax === null ? englishAmount(tonnes(figure.value)) : englishRange(tonnes(figure.value), tonnes(figure.valueMax));
    value = formatted.replace(bare, `${amount} tonnes`);
    source = figureWithQualifier(figure);
  }
  return { label: englishContext(figure.paragraph, figure.id, formatted !== bare), value, source };
}
