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

  it('converts yuan, mu and jin at the stated rates', () => {
    expect(conversions('en', byText('p1-s2-1', '1700亿元'))).toEqual(['≈ US$25.3 billion (at 6.73 yuan per dollar, the 2022 average)']);
    expect(conversions('zh', byText('p1-s2-1', '63.2万亩'))).toEqual(['约4.21万公顷（1亩≈666.7平方米）']);
    expect(conversions('en', byText('p2-s4-2', '52亿斤'))).toEqual(['= 2.6 million tonnes (1 jin = 0.5 kg)']);
    expect(conversions('en', byText('p1-s2-1', '564家'))).toEqual([]);
  });
});
