import type { AlignedText } from '../translate/align.ts';
import { bilingual, type Bilingual } from './charts.ts';
import { ContentError } from '../shared/errors.ts';
import type { Report } from '../shared/model.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

export const CLUSTER_TIERS = ['1', '5', 'N'] as const;

/** One of the "1+5+N" industrial clusters (content/clusters.yaml). */
export interface Cluster {
  id: string;
  tier: (typeof CLUSTER_TIERS)[number];
  /** How the report names the cluster; the first is shown. */
  names: string[];
  /** Other words that tie a clause to the cluster (稀土, 牛仔…). */
  terms: string[];
  en: string;
  /** The shorter name charts and promise lines show (现代家居 / Modern home furnishing), or null. */
  short: Bilingual | null;
  line: number | null;
}

export function readClusters(yaml: YamlFile): Cluster[] {
  const clusters: Cluster[] = [];
  requireArray(yaml, yaml.data, [], 'a list of clusters').forEach((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'a cluster: { id, tier, names, terms, en, short }');
    const id = requireString(yaml, entry.id, [index, 'id'], 'an id such as home-furnishing');
    if (clusters.some((cluster) => cluster.id === id)) yaml.fail([index, 'id'], `duplicate cluster id "${id}"`);
    const tier = String(entry.tier) as Cluster['tier'];
    if (!CLUSTER_TIERS.includes(tier)) yaml.fail([index, 'tier'], `${id}: tier "${tier}" is not one of ${CLUSTER_TIERS.join(', ')}`);
    const list = (key: 'names' | 'terms') =>
      requireArray(yaml, entry[key] ?? [], [index, key], `the ${key} as printed`).map((value, i) => requireString(yaml, value, [index, key, i], 'a Chinese word'));
    const names = list('names');
    if (names.length === 0) yaml.fail([index, 'names'], `${id}: expected at least one name`);
    const short = entry.short === undefined ? null : bilingual(yaml, entry.short, [index, 'short'], 'the short name');
    // A short form shortens the name; it never names something else.
    if (short !== null && !names[0]!.includes(short.zh)) yaml.fail([index, 'short', 'zh'], `${id}: short name “${short.zh}” is not part of “${names[0]}”`);
    clusters.push({ id, tier, names, terms: list('terms'), en: requireString(yaml, entry.en, [index, 'en'], 'the English name as the translation writes it'), short, line: yaml.lineOf([index]) });
  });
  return clusters;
}

/** Each cluster is named in the report, and its English name in the English of a paragraph that names it. */
export function checkClusters(report: Report, clusters: Cluster[], aligned: AlignedText[], file: string): void {
  const english = new Map(aligned.map((text) => [text.id, `${text.lead ?? ''} ${text.en ?? ''}`.replace(/\s+/gu, ' ').toLowerCase()]));
  for (const cluster of clusters) {
    const naming = paragraphsOf(report).filter((paragraph) => paragraph.text.includes(cluster.names[0]!));
    if (naming.length === 0) throw new ContentError(file, cluster.line, `${cluster.id}: “${cluster.names[0]}” does not occur in the report: expected the name exactly as printed`);
    const translated = naming.filter((paragraph) => aligned.find((text) => text.id === paragraph.id)?.status === 'current');
    if (translated.length > 0 && !translated.some((paragraph) => english.get(paragraph.id)!.includes(cluster.en.toLowerCase()))) {
      throw new ContentError(file, cluster.line, `${cluster.id}: "${cluster.en}" does not occur in the English of ${translated.map((p) => p.id).join(', ')}: expected the name as the translation writes it`);
    }
  }
}
