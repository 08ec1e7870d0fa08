import { describe, expect, it } from 'vitest';
import { languages } from '../../../../src/i18n/index.ts';
import { chapterDescription, clip, placeDescription } from '../../../../src/lib/meta/descriptions.ts';
import { placeName } from '../../../../src/lib/places/place-name.ts';
import { chapters, places } from '../../../../src/lib/report/report.ts';
import { pointsOf } from '../../../../src/lib/layers/summaries.ts';

describe('page descriptions (meta description, og:description)', () => {
  it.each(languages)('%s: a chapter is described by its first "at a glance" point', (lang) => {
    for (const { section } of chapters) {
      const first = pointsOf(lang, section.id)[0];
      if (first) expect(first.text.startsWith(chapterDescription(lang, section.id).replace(/…$/u, ''))).toBe(true);
      else expect(chapterDescription(lang, section.id).length).toBeGreaterThan(10);
    }
  });

  it.each(languages)('%s: every chapter and every place says something of its own', (lang) => {
    const all = [
      ...chapters.map(({ section }) => chapterDescription(lang, section.id)),
      ...places.map((place) => placeDescription(lang, place)),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(languages)('%s: a place names itself and its named projects', (lang) => {
    const yudu = places.find((place) => place.id === 'yudu')!;
    const text = placeDescription(lang, yudu);
    expect(text.startsWith(placeName(lang, yudu))).toBe(true);
    expect(text).toContain(lang === 'zh' ? '于都均安牛仔智造产业园' : 'Denim');
  });

  it('cuts long text at a word, with an ellipsis, to what search engines show', () => {
    const long = 'word '.repeat(60);
    expect(clip(long, 'en').length).toBeLessThanOrEqual(160);
    expect(clip(long, 'en')).toMatch(/word…$/u);
    expect(clip('字'.repeat(200), 'zh')).toHaveLength(90);
    expect(clip('short', 'en')).toBe('short');
  });
});
