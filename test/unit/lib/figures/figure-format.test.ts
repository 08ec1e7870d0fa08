import { describe, expect, it } from 'vitest';
import { chineseAmount, conversions, englishAmount, formatFigure } from '../../../../src/lib/figures/figure-format.ts';
import { figures } from '../../../../src/lib/report/report.ts';

const byText = (paragraph: string, text: string) => figures.find((f) => f.paragraph === paragraph && f.text === text)!;

describe('figure formatting', () => {
  it('writes amounts the way each language counts', () => {
    expect(englishAmount(170_000_000_000)).toBe('170 billion');
    expect(englishAmount(84_908_000_000)).toBe('84.908 billion');
    expect(englishAmount(6_600_000)).toBe('6.6 million');
    expect(englishAmount(18_800)).toBe('18,800');
    expect(chineseAmount(170_000_000_000)).toBe('1,700亿');
    expect(chineseAmount(632_000)).toBe('63.2万');
  });

  it('keeps the qualifier in both languages', () => {
    expect(formatFigure('zh', byText('p1-s2-1', '1700亿元'))).toBe('突破1700亿元');
    expect(formatFigure('en', byText('p1-s2-1', '1700亿元'))).toBe('over 170 billion yuan');
    expect(formatFigure('en', byText('p2-intro-2', '5.5%'))).toBe('5.5% or less');
    expect(formatFigure('en', byText('p2-intro-2', '7.5%'))).toBe('around 7.5%');
    expect(formatFigure('en', byText('p2-s1-2', '50亿-100亿元'))).toBe('5-10 billion yuan');
    expect(formatFigure('en', byText('p1-s2-1', '第58位'))).toBe('No. 58');
    expect(formatFigure('zh', byText('p2-s4-2', '5000名'))).toBe('力争5000名');
    expect(formatFigure('en', byText('p2-s4-2', '90%'))).toBe('strive for 90%');
    expect(formatFigure('en', { ...byText('p1-s2-1', '1700亿元'), unit: '美元', qualifier: null, value: 14_960_000_000 })).toBe(
      '14.96 billion US dollars',
    );
  });

  it('writes a rate with both its ends in English, and no unit where it knows only one (58万元/人左右, 0.6人/百亿元以下)', () => {
    const base = { ...byText('p1-s2-1', '1700亿元'), kind: 'quantity' as const, valueMax: null };
    expect(formatFigure('en', { ...base, text: '58万元/人', unit: '元/人', value: 580_000, qualifier: '左右' })).toBe(
      'around 580,000 yuan per person',
    );
    expect(formatFigure('en', { ...base, text: '796元/月', unit: '元/月', value: 796, qualifier: null })).toBe('796 yuan per month');
    expect(formatFigure('en', { ...base, text: '0.6人/百亿元', unit: '人/百亿元', value: 0.6, qualifier: '以下' })).toBe('0.6 or less');
  });

  it('converts yuan, mu and jin at the stated rates', () => {
    expect(conversions('en', byText('p1-s2-1', '1700亿元'))).toEqual(['≈ US$25.3 billion (at 6.73 yuan per dollar, the 2022 average)']);
    expect(conversions('zh', byText('p1-s2-1', '63.2万亩'))).toEqual(['约4.21万公顷（1亩≈666.7平方米）']);
    expect(conversions('en', byText('p2-s4-2', '52亿斤'))).toEqual(['= 2.6 million tonnes (1 jin = 0.5 kg)']);
    expect(conversions('en', byText('p1-s2-1', '564家'))).toEqual([]);
  });
});
