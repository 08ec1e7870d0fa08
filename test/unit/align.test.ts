import { describe, expect, it } from 'vitest';
import { align, locateFigures } from '../../scripts/content/align.ts';
import { textHash } from '../../scripts/content/hash.ts';
import { readTranslations, type TranslationEntry } from '../../scripts/content/translations.ts';
import { realReport } from '../helpers.ts';

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
    expect(() => align(report, figures, changed, options)).toThrow(/p2-s1-3: figures of the Chinese not found in the English: 1600亿元 \(突破\)/u);
  });

  it('shows untranslated paragraphs instead of failing when translations are optional', () => {
    const aligned = align(report, figures, new Map(), { requireAll: false, translationsDir: '' });
    expect(aligned.every((text) => text.status === 'missing')).toBe(true);
  });
});

describe('locateFigures', () => {
  const figure = (value: number, valueMax: number | null = null, unit = '元') => ({
    id: 'f', paragraph: 'x', period: 2023, role: 'target' as const, span: null, text: '', kind: 'quantity' as const, value, valueMax, unit, unitAsWritten: unit, qualifier: null, qualifiers: [], context: '', start: 0, end: 0,
  });

  it('reads scales, separators, ranges, words and converted jin', () => {
    expect(locateFigures([figure(170e9)], 'exceed 170 billion yuan').missing).toEqual([]);
    expect(locateFigures([figure(18_800)], '18,800 households').missing).toEqual([]);
    expect(locateFigures([figure(5e9, 10e9)], 'revenue of 5-10 billion yuan').missing).toEqual([]);
    expect(locateFigures([figure(5e9, 10e9)], 'from 5 billion to 10 billion yuan').missing).toEqual([]);
    expect(locateFigures([figure(3)], 'three companies').missing).toEqual([]);
    expect(locateFigures([figure(5.2e9, null, '斤')], '2.6 million tonnes').missing).toEqual([]);
  });

  it('uses each English number once', () => {
    expect(locateFigures([figure(8.5), figure(8.5)], 'growth of 8.5%').missing).toHaveLength(1);
  });
});
