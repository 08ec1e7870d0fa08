import { describe, expect, it } from 'vitest';
import { pinyinSyllables } from '../../../../src/lib/places/pinyin-syllables.ts';
import { places } from '../../../../src/lib/report/report.ts';

describe('cutting a county name into pinyin syllables', () => {
  it('cuts every county-level name of the gazetteer where its syllables meet', () => {
    const cut = Object.fromEntries(places.filter((p) => p.level === 'county').map((p) => [p.pinyin, pinyinSyllables(p.pinyin!).join('|')]));
    expect(cut).toEqual({
      Zhanggong: 'Zhang|gong',
      Nankang: 'Nan|kang',
      Ganxian: 'Gan|xian',
      Xinfeng: 'Xin|feng',
      Dayu: 'Da|yu',
      Shangyou: 'Shang|you',
      Chongyi: 'Chong|yi',
      Anyuan: 'An|yuan',
      Longnan: 'Long|nan',
      Quannan: 'Quan|nan',
      Dingnan: 'Ding|nan',
      Yudu: 'Yu|du',
      Ningdu: 'Ning|du',
      Xingguo: 'Xing|guo',
      Huichang: 'Hui|chang',
      Xunwu: 'Xun|wu',
      Shicheng: 'Shi|cheng',
      Ruijin: 'Rui|jin',
    });
  });

  it('keeps n and ng with the syllable they close, unless a vowel follows', () => {
    expect(pinyinSyllables('Xian')).toEqual(['Xian']);
    expect(pinyinSyllables('Hongkou')).toEqual(['Hong', 'kou']);
    expect(pinyinSyllables('Tianjin')).toEqual(['Tian', 'jin']);
  });

  it('refuses a word that is not toneless pinyin', () => {
    expect(() => pinyinSyllables('Ganzhou-ETDZ')).toThrow(/does not split/u);
  });
});
