import { describe, expect, it } from 'vitest';
import { clusters, inCentralCity, targetsOf } from '../../../../src/lib/commitments/commitments.ts';
import { figure } from '../../../../src/lib/report/report.ts';

describe('targets of clusters and zones, with the measure named', () => {
  it('gives each of the 1+5 clusters its one revenue target, in the measure the report states', () => {
    const measureOf = (id: string) => targetsOf('cluster', id).map((target) => [target.measureKey, figure(target.figure).text]);
    expect(measureOf('home-furnishing')).toEqual([['cluster-revenue', '2800亿元']]);
    expect(measureOf('textiles-garments')).toEqual([['cluster-revenue', '1300亿元']]);
    expect(measureOf('nonferrous-new-materials')).toEqual([['above-size-revenue', '2300亿元']]);
    expect(measureOf('electronic-information')).toEqual([['above-size-revenue', '2000亿元']]);
    expect(measureOf('new-energy-vehicles')).toEqual([['above-size-revenue', '1000亿元']]);
    expect(measureOf('pharmaceutical-food')).toEqual([['above-size-revenue', '350亿元']]);
    for (const cluster of clusters.filter((c) => c.tier === 'N')) expect(targetsOf('cluster', cluster.id)).toEqual([]);
  });

  it('gives each development zone its revenue target, never its host county’s', () => {
    expect(targetsOf('place', 'longnan-etdz').map((t) => figure(t.figure).text)).toEqual(['580亿元']);
    expect(targetsOf('place', 'ganzhou-etdz').map((t) => figure(t.figure).text)).toEqual(['1600亿元']);
    expect(targetsOf('place', 'ganzhou-hidz').map((t) => figure(t.figure).text)).toEqual(['500亿元']);
    expect(targetsOf('place', 'ruijin-etdz').map((t) => figure(t.figure).text)).toEqual(['360亿元']);
    expect(targetsOf('place', 'longnan')).toEqual([]);
  });

  it('knows which zones lie in the central urban area', () => {
    expect(inCentralCity('ganzhou-etdz')).toBe(true);
    expect(inCentralCity('rongjiang')).toBe(true);
    expect(inCentralCity('longnan-etdz')).toBe(false);
  });
});
