import { describe, expect, it } from 'vitest';
import { figurePlaces } from '../../../../src/lib/figures/figure-filters.ts';
import { figure } from '../../../../src/lib/report/report.ts';

describe('the places a figure is about (the figures table filter)', () => {
  it("gives each zone's revenue target to that zone and its county, not to every zone the clause names", () => {
    // 推动龙南经开区营收达580亿元、赣州高新区营收突破500亿元、瑞金经开区营收达360亿元
    expect([figure('p2-s1-3-f2').text, figurePlaces('p2-s1-3-f2')]).toEqual(['580亿元', ['longnan-etdz', 'longnan']]);
    expect([figure('p2-s1-3-f3').text, figurePlaces('p2-s1-3-f3')]).toEqual(['500亿元', ['ganzhou-hidz']]);
    expect([figure('p2-s1-3-f4').text, figurePlaces('p2-s1-3-f4')]).toEqual(['360亿元', ['ruijin-etdz', 'ruijin']]);
  });

  it('gives a figure no place when its clause names none, even where a scope word reaches every county', () => {
    expect(figurePlaces('p2-intro-2-f1')).toEqual([]);
  });
});
