import { describe, expect, it } from 'vitest';
import { markRuns, spansOf } from '../../../../src/lib/places/highlight.ts';

describe('marking the words that concern a place', () => {
  it('cuts a text into marked and plain runs that give back the text', () => {
    const text = '支持定南足球、于都体教融合等特色体育发展';
    const runs = markRuns(text, spansOf(text, ['于都']));
    expect(runs).toEqual([
      { text: '支持定南足球、', mark: false },
      { text: '于都', mark: true },
      { text: '体教融合等特色体育发展', mark: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('merges overlapping spans and marks every occurrence', () => {
    const text = 'Yudu County and Yudu';
    expect(markRuns(text, [...spansOf(text, ['Yudu County', 'Yudu'])])).toEqual([
      { text: 'Yudu County', mark: true },
      { text: ' and ', mark: false },
      { text: 'Yudu', mark: true },
    ]);
    expect(markRuns('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});
