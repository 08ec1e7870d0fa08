/**
 * The commitments (one clause of the report each, src/generated/commitments.json) and the
 * questions pages ask of them: what concerns this county, this zone, this cluster.
 */
import commitmentsJson from '../generated/commitments.json';
import clustersJson from '../generated/clusters.json';
import type { Cluster } from '../../scripts/content/clusters.ts';
import type { Commitment, CommitmentPlace } from '../../scripts/content/model.ts';

export type { Commitment, CommitmentPlace };
export type ClusterEntry = Omit<Cluster, 'line'>;

export const commitments = commitmentsJson as unknown as Commitment[];
export const clusters = clustersJson as unknown as ClusterEntry[];

/** How a commitment concerns a place: named for it, for every county, or for the central city. */
export type Reach = 'named' | 'every-county' | 'central-city';

/** The reach of a commitment for one place, or null when it does not concern the place. */
export function reachOf(commitment: Commitment, placeId: string): Reach | null {
  const entry = commitment.places.find((p) => p.place === placeId);
  if (!entry) return null;
  if (entry.via !== 'scope') return 'named';
  return entry.scope === 'central-city' ? 'central-city' : 'every-county';
}

/** The commitments (not lead sentences) that concern a place, by role, in reading order. */
export function commitmentsFor(placeId: string, role: Commitment['role']): Array<{ commitment: Commitment; reach: Reach }> {
  return commitments
    .filter((c) => c.role === role && !c.lead)
    .flatMap((commitment) => {
      const reach = reachOf(commitment, placeId);
      return reach ? [{ commitment, reach }] : [];
    });
}

export function commitmentsOfCluster(clusterId: string): Commitment[] {
  return commitments.filter((c) => c.clusters.includes(clusterId) && !c.lead);
}

export function cluster(id: string): ClusterEntry {
  const found = clusters.find((c) => c.id === id);
  if (!found) throw new Error(`no cluster ${id}`);
  return found;
}
