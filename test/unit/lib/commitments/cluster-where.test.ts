import { describe, expect, it } from 'vitest';

describe("a cluster's where", () => {
  it('is the places of its projects and of the clauses that name one, not the counties a scope reaches', async () => {
    const { placesOfCluster } = await import('../../../../src/lib/commitments/commitments.ts');
    const { projects } = await import('../../../../src/lib/commitments/projects.ts');
    const of = (id: string) =>
      placesOfCluster(
        id,
        projects.filter((project) => project.cluster === id),
      );
    expect(of('home-furnishing')).toContain('nankang');
    expect(of('textiles-garments')).toContain('yudu');
    // 每个县（市、区） reaches all 18 counties by scope: none of them is thereby a place of the cluster.
    expect(of('home-furnishing').length).toBeLessThan(18);
  });
});
