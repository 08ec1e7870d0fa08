import { describe, expect, it } from 'vitest';
import { align, locateFigures } from '../../../../scripts/content/translate/align.ts';
import { textHash } from '../../../../scripts/content/shared/hash.ts';
import { readTranslations, type TranslationEntry } from '../../../../scripts/content/translate/translations.ts';
import { realReport } from '../../../helpers.ts';

const DIR = 'content/translations/en';
const options = { requireAll: true, translationsDir: DIR };

describe('the English translation of the real report', () => {
  const { report, figures } = realReport();
  const translations = readTranslations(DIR);

  it('is complete, current and carries every figure', () => {
    const aligned = align(report, figures, translations, options);
    expect(aligned.every((text) => text.status === 'current')).toBe(true);
    expect(aligned.flatMap((text) => text.figures)).toHaveLength(figures.length);
  });

  const withEntry = (id: string, change: (entry: TranslationEntry) => TranslationEntry) =>
    new Map([...translations].map(([key, entry]) => [key, key === id ? change(entry) : entry]));

  it('fails on a missing translation, naming the paragraph', () => {
    const missing = new Map(translations);
    missing.delete('p2-s4-2');
    expect(() => align(report, figures, missing, options)).toThrow(/p2-s4-2 has no English translation/u);
  });

  it('fails on a stale hash, naming file, line and paragraph', () => {
    const stale = withEntry('p2-s1-3', (entry) => ({ ...entry, source: textHash('旧的中文') }));
    expect(() => align(report, figures, stale, options)).toThrow(/^content\/translations\/en\/p2-s1\.yaml:\d+: p2-s1-3 is stale/u);
  });

  it('fails on a changed figure', () => {
    const changed = withEntry('p2-s1-3', (entry) => ({ ...entry, en: entry.en.replace('160 billion', '150 billion') }));
    expect(() => align(report, figures, changed, options)).toThrow(
      /p2-s1-3: figures of the Chinese not found in the English: 1600亿元 \(突破\)/u,
    );
  });

  // The four ways a figure can be wrong in the English while every number is still there.
  const edited = (id: string, from: string, to: string) =>
    withEntry(id, (entry) => {
      expect(entry.en).toContain(from);
      return { ...entry, en: entry.en.replace(from, to) };
    });

  it('fails on two figures swapped between two items of a list (the 280 and 230 billion cluster targets)', () => {
    const swapped = withEntry('p2-s1-1', (entry) => ({
      ...entry,
      en: entry.en
        .replace('to 280 billion', 'to @')
        .replace('reach 230 billion', 'reach 280 billion')
        .replace('to @', 'to 230 billion'),
    }));
    expect(() => align(report, figures, swapped, options)).toThrow(
      /^content\/translations\/en\/p2-s1\.yaml:\d+: p2-s1-1: figures of the Chinese not faithfully in the English: 2800亿元 \(达\): in the wrong sentence, .*2300亿元 \(达\): in the wrong sentence/u,
    );
  });

  it('fails on a changed qualifier ("exceed 200 billion" → "be less than 200 billion")', () => {
    const changed = edited('p2-s1-1', 'to exceed 200 billion yuan', 'to be less than 200 billion yuan');
    expect(() => align(report, figures, changed, options)).toThrow(
      /p2-s1-1: .*2000亿元 \(突破\): qualifier changed, the English says at most \/ within, the Chinese at least \/ over/u,
    );
    const dropped = edited('p2-s4-1', 'no less than 60%', 'up to 60%');
    expect(() => align(report, figures, dropped, options)).toThrow(/p2-s4-1: .*60% \(不低于\): qualifier changed/u);
  });

  it('fails on a changed unit (yuan → US dollars)', () => {
    const dollars = edited('p2-s1-1', 'to 280 billion yuan', 'to 280 billion US dollars');
    expect(() => align(report, figures, dollars, options)).toThrow(
      /p2-s1-1: .*2800亿元 \(达\): unit changed, the English gives it in us-dollar/u,
    );
    const sign = edited('p2-s1-1', 'to 280 billion yuan', 'to US$280 billion');
    expect(() => align(report, figures, sign, options)).toThrow(/2800亿元 \(达\): unit changed/u);
  });

  it('fails on a figure moved into an unrelated sentence', () => {
    const moved = withEntry('p2-s1-1', (entry) => ({
      ...entry,
      en: entry.en
        .replace(
          'strive to raise the revenue of the modern home furnishing industrial cluster to 280 billion yuan.',
          'strive to grow the revenue of the modern home furnishing industrial cluster.',
        )
        .replace('expand the "1+5+N" industrial clusters.', 'expand the "1+5+N" industrial clusters to reach 280 billion yuan.'),
    }));
    expect(moved.get('p2-s1-1')!.en).not.toBe(translations.get('p2-s1-1')!.en);
    expect(() => align(report, figures, moved, options)).toThrow(
      /p2-s1-1: .*2800亿元 \(达\): in the wrong sentence, in the English "…strial clusters to reach 280 billion yuan\. In the modern…", not in the sentence that translates its own: "In the modern home furnishing/u,
    );
  });

  it('shows untranslated paragraphs instead of failing when translations are optional', () => {
    const aligned = align(report, figures, new Map(), { requireAll: false, translationsDir: '' });
    expect(aligned.every((text) => text.status === 'missing')).toBe(true);
  });
});

describe('locateFigures', () => {
  const figure = (value: number, valueMax: number | null = null, unit = '元', qualifier: string | null = null) => ({
    id: 'f',
    paragraph: 'x',
    period: 2023,
    role: 'target' as const,
    span: null,
    text: '',
    kind: 'quantity' as const,
    value,
    valueMax,
    unit,
    unitAsWritten: unit,
    qualifier,
    qualifiers: qualifier === null ? [] : [qualifier],
    context: '',
    start: 0,
    end: 0,
  });
  // One Chinese sentence holding every figure: these tests are about reading the English numbers.
  const locate = (figures: ReturnType<typeof figure>[], english: string) => locateFigures(figures, english, '一句话。');

  it('reads scales, separators, ranges, words and converted jin', () => {
    expect(locate([figure(170e9, null, '元', '突破')], 'exceed 170 billion yuan').missing).toEqual([]);
    expect(locate([figure(18_800)], '18,800 households').missing).toEqual([]);
    expect(locate([figure(5e9, 10e9)], 'revenue of 5-10 billion yuan').missing).toEqual([]);
    expect(locate([figure(5e9, 10e9)], 'from 5 billion to 10 billion yuan').missing).toEqual([]);
    expect(locate([figure(3)], 'three companies').missing).toEqual([]);
    expect(locate([figure(5.2e9, null, '斤')], '2.6 million tonnes').missing).toEqual([]);
  });

  it('reads units and bounds on either side of the number', () => {
    expect(locate([figure(170e9, null, '元', '突破')], 'more than 170 billion yuan').problems).toEqual([]);
    expect(locate([figure(5.5, null, '%', '以内')], 'keep it within 5.5%').problems).toEqual([]);
    expect(locate([figure(5.5, null, '%', '以内')], 'at 5.5% or less').problems).toEqual([]);
    expect(locate([figure(5.5, null, '%', '以内')], 'at 5.5% or more').problems.map((p) => p.problem)).toEqual(['qualifier']);
    expect(locate([figure(60, null, '%', '不低于')], 'no less than 60%').problems).toEqual([]);
    expect(locate([figure(14.96e9, null, '美元')], 'US$14.96 billion').problems).toEqual([]);
    expect(locate([figure(14.96e9, null, '美元')], '14.96 billion yuan').problems.map((p) => p.problem)).toEqual(['unit']);
    expect(locate([figure(8, null, '%')], 'grew by 8 percentage points').problems.map((p) => p.problem)).toEqual(['unit']);
  });

  it('catches figures swapped between two Chinese sentences that the English joins into one', () => {
    const chinese = '家居产业营收达2800亿元。有色金属产业营收达2300亿元。';
    const cluster = (value: number, start: number) => ({ ...figure(value, null, '元', '达'), id: `f${start}`, start, end: start + 7 });
    const figures = [cluster(280e9, 8), cluster(230e9, 25)];
    expect(
      locateFigures(figures, 'Home furnishing revenue will reach 280 billion yuan and nonferrous metals revenue 230 billion yuan.', chinese)
        .problems,
    ).toEqual([]);
    const swapped = locateFigures(
      figures,
      'Home furnishing revenue will reach 230 billion yuan and nonferrous metals revenue 280 billion yuan.',
      chinese,
    );
    expect(swapped.problems.map((p) => [p.figure.id, p.problem])).toEqual([['f25', 'order']]);
  });

  it('uses each English number once', () => {
    expect(locate([figure(8.5, null, '%'), figure(8.5, null, '%')], 'growth of 8.5%').problems.map((p) => p.problem)).toEqual(['missing']);
  });
});
