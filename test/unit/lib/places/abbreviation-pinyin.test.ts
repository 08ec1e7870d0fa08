import { describe, expect, it } from 'vitest';
import { abbreviationPinyin, pinyinSyllables } from '../../../../src/lib/places/abbreviation-pinyin.ts';
import { places } from '../../../../src/lib/report/report.ts';

describe('the pinyin of abbreviated place names', () => {
  it("splits a place name's pinyin into one syllable per character", () => {
    expect(pinyinSyllables('Xunwu', 2)).toEqual(['xun', 'wu']);
    expect(pinyinSyllables('Ganxian', 2)).toEqual(['gan', 'xian']);
    expect(pinyinSyllables('Quannan', 2)).toEqual(['quan', 'nan']);
    expect(pinyinSyllables('Xunwu', 4)).toBeNull();
  });

  it('reads an abbreviation by the place names its characters begin', () => {
    expect(abbreviationPinyin('寻全高速', places)).toBe('xunquan');
    expect(abbreviationPinyin('赣安寻高速', places)).toBe('gananxun');
  });

  it('does not guess a character no place name begins', () => {
    // 樟 is 樟树, outside Ganzhou: one syllable alone is not offered.
    expect(abbreviationPinyin('兴樟高速', places)).toBeNull();
  });
});
