import { describe, expect, it } from 'vitest';
import { clusterChapters, reformsFor } from '../../../../src/lib/commitments/commitments.ts';

describe('what a zone page and the industry chapter add', () => {
  it('lists the reforms that concern a zone, by name and by scope', () => {
    expect(reformsFor('ganzhou-etdz').map((c) => c.text)).toEqual([
      '赣州经开区落地全省首单知识产权证券化项目',
      '市属科研院所、公园景区、高铁新区、赣州国际陆港和中心城区城管、乡镇管理体制等改革稳步推进',
    ]);
    expect(reformsFor('hsr-new-area').map((c) => c.id)).toEqual(['p1-s3-1-c16']);
    expect(reformsFor('ruijin-etdz')).toEqual([]);
  });

  it('links the cluster index from the chapters that set out clusters: the "1+5" industries and the "N" county industries', () => {
    expect([...clusterChapters()]).toEqual(['p2-s1', 'p2-s5']); // p2-s5-4: 培育壮大建材、玻纤、氟盐化工等产业集群
  });
});
