import { describe, expect, it } from 'vitest';
import { locateFigures } from '../../../../scripts/content/translate/align.ts';
import { englishNumbers } from '../../../../scripts/content/translate/english-numbers.ts';
import { chineseUnit, englishBound, englishUnit } from '../../../../scripts/content/translate/figure-words.ts';
import type { Figure as PipelineFigure } from '../../../../scripts/content/shared/model.ts';
import { englishNote } from '../../../../src/lib/figures/english-note.ts';
import { figures } from '../../../../src/lib/report/report.ts';
import { translatedParagraph, translatedSpan } from '../../../../src/lib/report/translations.ts';
import { realReport } from '../../../helpers.ts';

const { figures: realFigures } = realReport();
const byText = (paragraph: string, text: string): PipelineFigure => realFigures.find((f) => f.paragraph === paragraph && f.text === text)!;
/** A real figure placed at the start of a made-up Chinese sentence, to be located in made-up English. */
const at = (figure: PipelineFigure, chinese: string): PipelineFigure => {
  const start = chinese.indexOf(figure.text);
  return { ...figure, start, end: start + figure.text.length };
};
const anchored = (figure: PipelineFigure, chinese: string, english: string): string => {
  const { found } = locateFigures([at(figure, chinese)], english, chinese);
  return `${english.slice(0, found[0]!.start)}[${english.slice(found[0]!.start, found[0]!.end)}]${english.slice(found[0]!.end)}`;
};

describe('anchoring a figure in the English', () => {
  it('prefers the number whose unit agrees: 3% is the "3" of "around 3%", not the "three" of "three zones"', () => {
    const chinese = '“三区三线”划定成果正式启用，单位GDP能耗下降3%左右。';
    const english = 'The "three zones and three lines" were put into use, and energy consumption per unit of GDP fell by around 3%.';
    expect(anchored(byText('p1-s4-1', '3%'), chinese, english)).toContain('by around [3]%');
  });

  it('reads number words as whole words: not the "one" of "all-in-one card"', () => {
    const chinese = '推行社保卡“一卡通”，每个县至少建成1个公办示范性托育机构。';
    const english =
      'We will promote the all-in-one social security card, and build at least one public demonstration childcare institution in each county.';
    expect(englishNumbers('the all-in-one card, a one-stop service').map((n) => n.value)).toEqual([]);
    expect(anchored(byText('p2-s7-2', '1个'), chinese, english)).toContain('at least [one] public');
  });
});

describe('every English figure note of the real report', () => {
  const located = figures.filter((figure) => translatedSpan(figure.paragraph, figure.id) !== null);
  const INSIDE_NUMBER_BEFORE = /(?:[\p{L}\p{N}-]|\d[,.])$/u;
  const INSIDE_NUMBER_AFTER = /^(?:(?!(?:st|nd|rd|th)\b)[\p{L}\p{N}]|[,.]\d|-\p{L})/u;

  it('covers every figure of the report', () => {
    expect(located).toHaveLength(figures.length);
  });

  it.each(located.map((figure) => [figure.id, figure] as const))(
    '%s: the anchor is the figure’s whole number, in its unit',
    (_id, figure) => {
      const text = translatedParagraph(figure.paragraph)!;
      const span = translatedSpan(figure.paragraph, figure.id)!;
      const anchor = text.slice(span.start, span.end);
      expect(INSIDE_NUMBER_BEFORE.test(text.slice(0, span.start)), `${anchor} starts inside a number`).toBe(false);
      expect(INSIDE_NUMBER_AFTER.test(text.slice(span.end)), `${anchor} ends inside a number`).toBe(false);
      const numbers = englishNumbers(anchor);
      const unit = chineseUnit(figure);
      if (unit !== null) expect(englishUnit(text, span.start, span.end), `the unit at "${anchor}"`).toBe(unit);
      // The note's value shows the number the anchor says: "2.6 million" where the English says 2.6 million tonnes.
      const note = englishNote(figure)!;
      expect(englishNumbers(note.value)[0]?.value, `note "${note.value}" for "${anchor}"`).toBe(numbers[0]!.value);
    },
  );

  it.each(located.map((figure) => [figure.id, figure] as const))(
    '%s: the note’s label starts on a word and says the qualifier once',
    (_id, figure) => {
      const note = englishNote(figure)!;
      if (note.label === null) return;
      // The words before the figure: up to " … " (the figure) where the label goes on after it.
      const label = (note.label.startsWith('… ') ? '' : note.label.split(' … ')[0]!).replace(/^…/u, '');
      if (label === '') return;
      const text = translatedParagraph(figure.paragraph)!;
      const start = text.lastIndexOf(label, translatedSpan(figure.paragraph, figure.id)!.start);
      expect(start, `"${label}" is words of the English before the figure`).not.toBe(-1);
      expect(INSIDE_NUMBER_BEFORE.test(text.slice(0, start)), `"${label}" starts inside a number`).toBe(false);
      if (figure.qualifier !== null && !['达', '达到'].includes(figure.qualifier))
        expect(englishBound(`${label} 1`, label.length + 1, label.length + 2), `"${label}" before "${note.value}"`).toBeNull();
    },
  );

  // Words that name nothing measured: a note label of only these is vague ("and", "up", "build", "growth of").
  const SAYS_NOTHING = new Set(
    'and or up down by of to in on at for with the a an we will was were is are be while including each that ensure build add create cultivate implement launch introduce renovate develop raise upgrade complete certify push speed strive striving have reach reaches growth construction'.split(
      ' ',
    ),
  );
  it.each(located.map((figure) => [figure.id, figure] as const))(
    '%s: the note’s label names what is counted, not only "and" or "up"',
    (_id, figure) => {
      const words = (englishNote(figure)!.label ?? '').split(/[\s…]+/u).map((word) => word.toLowerCase().replace(/[^a-z0-9-]/gu, ''));
      expect(
        words.filter((word) => word !== '' && !SAYS_NOTHING.has(word)),
        englishNote(figure)!.label ?? 'no label',
      ).not.toEqual([]);
    },
  );

  it('names the thing counted where English writes it after the number', () => {
    const label = (paragraph: string, text: string) =>
      englishNote(figures.find((f) => f.paragraph === paragraph && f.text === text)!)!.label;
    expect(label('p2-s1-4', '110个')).toBe('build … key digital economy projects');
    expect(label('p2-intro-2', '10%')).toBe('growth of … in fixed-asset investment');
    expect(label('p2-s3-3', '20个')).toBe('… projects of 5-10 billion yuan');
    expect(label('p1-s2-1', '50%')).toBe('…provincial "unicorn" and "gazelle" enterprises, up');
  });

  it('gives the grain target as the English writes it, with the Chinese as the source', () => {
    const grain = figures.find((f) => f.paragraph === 'p2-s4-2' && f.unit === '斤')!;
    expect(englishNote(grain)).toMatchObject({ value: '2.6 million tonnes or more', source: '52亿斤以上' });
  });

  it('names what is measured, not the link to the number: "…the revenue of the modern home furnishing industrial cluster", not "…cluster to"', () => {
    const furniture = figures.find((f) => f.id === 'p2-s1-1-f1')!;
    expect(englishNote(furniture)).toMatchObject({
      label: '…the modern home furnishing industrial cluster',
      value: '280 billion yuan',
    });
    const gdp = figures.find((f) => f.id === 'p2-intro-2-f1')!;
    expect(englishNote(gdp)?.label).toBe('GDP growth');
  });

  it('says striving once, without the conjunction that joins its clause: "strive to train … high-caliber farmers" with 5,000', () => {
    const farmers = figures.find((f) => f.paragraph === 'p2-s4-2' && f.text === '5000名')!;
    expect(englishNote(farmers)).toMatchObject({ label: 'strive to train … high-caliber farmers', value: '5,000' });
  });

  it('never cuts a label inside a number: "5,000 high-caliber farmers and", not "000 high-caliber farmers and"', () => {
    const farmers = figures.find((f) => f.paragraph === 'p2-s4-2' && f.text === '10万人')!;
    expect(englishNote(farmers)!.label).toMatch(/(?:^|…| )5,000 high-caliber farmers and … practical rural professionals$/u);
  });
});
