import type { Place } from '../extract/places/gazetteer.ts';
import type { Cluster } from './clusters.ts';
import type { Figure } from '../shared/model.ts';
import { requireArray, requireRecord, requireString, requireText, type YamlFile } from '../shared/yaml-file.ts';

export interface Bilingual { zh: string; en: string }

/** A figure named by id, with the text it must have: a changed report cannot silently move it. */
export interface FigureRef { id: string; text: string }

export interface ChartItem {
  label: Bilingual | null;
  /** For the development zones: the gazetteer place the bar stands for. */
  place: string | null;
  /** For the industrial clusters: the cluster the bar stands for; its label is the cluster's short name. */
  cluster: string | null;
  measure: Bilingual | null;
  figure: FigureRef | null;
  /** A target the report gives in words only ("稳中有进"). */
  wording: Bilingual | null;
}

export interface ChartDefinition {
  title: Bilingual;
  paragraph: string;
  items: ChartItem[];
}

export interface Comparison {
  id: string;
  label: Bilingual;
  from: FigureRef;
  to: FigureRef;
  /** How the two figures count different things, where they do: then no change is shown. */
  different: Bilingual | null;
}

export interface ChartData {
  charts: Record<'targets' | 'clusters' | 'zones', ChartDefinition>;
  comparisons: Comparison[];
}

export function bilingual(yaml: YamlFile, value: unknown, path: Array<string | number>, what: string): Bilingual {
  const record = requireRecord(yaml, value, path, `${what} in both languages: { zh, en }`);
  // A comma inside an unquoted flow mapping ({ en: a, b }) silently makes a new key: refuse it.
  const extra = Object.keys(record).filter((key) => key !== 'zh' && key !== 'en');
  if (extra.length > 0) yaml.fail(path, `${what}: unexpected key "${extra[0]}": expected only zh and en (quote text that contains a comma)`);
  return { zh: requireString(yaml, record.zh, [...path, 'zh'], `${what} in Chinese`), en: requireString(yaml, record.en, [...path, 'en'], `${what} in English`) };
}

export function figureRef(yaml: YamlFile, value: unknown, path: Array<string | number>, figures: Figure[], paragraph: string | null): FigureRef {
  const record = requireRecord(yaml, value, path, 'a figure: { id, text }');
  const id = requireString(yaml, record.id, [...path, 'id'], 'a figure id such as p2-s1-1-f1');
  const text = requireText(yaml, record.text, [...path, 'text'], 'the figure as written');
  const figure = figures.find((candidate) => candidate.id === id);
  if (!figure) yaml.fail([...path, 'id'], `figure ${id} does not exist: expected an id from figures.json`);
  if (figure.text !== text) yaml.fail([...path, 'text'], `figure ${id} is "${figure.text}", not "${text}": the report changed; check which figure is meant`);
  if (paragraph !== null && figure.paragraph !== paragraph) yaml.fail([...path, 'id'], `figure ${id} is not in paragraph ${paragraph}`);
  return { id, text };
}

/** content/charts.yaml: the words of the charts, each number a checked reference to a figure. */
export function readCharts(yaml: YamlFile, figures: Figure[], places: Place[], clusters: Cluster[]): ChartData['charts'] {
  const root = requireRecord(yaml, yaml.data, [], 'targets, clusters and zones');
  const read = (key: 'targets' | 'clusters' | 'zones'): ChartDefinition => {
    const chart = requireRecord(yaml, root[key], [key], `the ${key} chart`);
    const paragraph = requireString(yaml, chart.paragraph, [key, 'paragraph'], 'the paragraph the chart shows');
    const items = requireArray(yaml, chart.items, [key, 'items'], 'the bars').map((raw, index): ChartItem => {
      const path = [key, 'items', index];
      const item = requireRecord(yaml, raw, path, 'a bar');
      const place = item.place === undefined ? null : requireString(yaml, item.place, [...path, 'place'], 'a place id');
      if (place !== null && !places.some((candidate) => candidate.id === place)) yaml.fail([...path, 'place'], `place "${place}" is not in content/places.yaml`);
      const clusterId = item.cluster === undefined ? null : requireString(yaml, item.cluster, [...path, 'cluster'], 'a cluster id');
      const cluster = clusterId === null ? null : clusters.find((candidate) => candidate.id === clusterId);
      if (cluster === undefined) yaml.fail([...path, 'cluster'], `cluster "${clusterId}" is not in content/clusters.yaml`);
      // One name per cluster: a bar shows the short name recorded with the cluster, never one of its own.
      if (cluster !== null && cluster.short === null) yaml.fail([...path, 'cluster'], `cluster "${clusterId}" has no short name: add short: { zh, en } to it in content/clusters.yaml`);
      if (cluster !== null && item.label !== undefined) yaml.fail([...path, 'label'], `${key} item ${index + 1}: a cluster's bar takes its label from content/clusters.yaml: remove label:`);
      const figure = item.figure === undefined ? null : figureRef(yaml, item.figure, [...path, 'figure'], figures, paragraph);
      const wording = item.wording === undefined ? null : bilingual(yaml, item.wording, [...path, 'wording'], 'the target in words');
      if ((figure === null) === (wording === null)) yaml.fail(path, `${key} item ${index + 1}: expected either figure: or wording:`);
      if (item.label === undefined && place === null && cluster === null) yaml.fail(path, `${key} item ${index + 1}: expected label:, place: or cluster:`);
      // A bar names what it measures, so that bars of different measures are never read as one scale.
      if (figure !== null && item.measure === undefined) yaml.fail(path, `${key} item ${index + 1}: a figure without measure: expected measure: { zh, en }, what the figure measures`);
      return {
        label: cluster ? cluster.short : item.label === undefined ? null : bilingual(yaml, item.label, [...path, 'label'], 'the label'),
        place,
        cluster: cluster?.id ?? null,
        measure: item.measure === undefined ? null : bilingual(yaml, item.measure, [...path, 'measure'], 'what is measured'),
        figure,
        wording,
      };
    });
    return { title: bilingual(yaml, chart.title, [key, 'title'], 'the title'), paragraph, items };
  };
  return { targets: read('targets'), clusters: read('clusters'), zones: read('zones') };
}

/** content/comparisons.yaml: a 2022 result and a 2023 target of the same measure. */
export function readComparisons(yaml: YamlFile, figures: Figure[]): Comparison[] {
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return requireArray(yaml, yaml.data, [], 'a list of comparisons').map((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'a comparison: { id, label, from, to }');
    const id = requireString(yaml, entry.id, [index, 'id'], 'an id');
    const from = figureRef(yaml, entry.from, [index, 'from'], figures, null);
    const to = figureRef(yaml, entry.to, [index, 'to'], figures, null);
    const [a, b] = [byId.get(from.id)!, byId.get(to.id)!];
    if (!a.paragraph.startsWith('p1-') || !b.paragraph.startsWith('p2-')) yaml.fail([index], `${id}: expected from: a 2022 result (review, p1-…) and to: a 2023 target (plan, p2-…)`);
    if (a.unit !== b.unit) yaml.fail([index], `${id}: units differ (${a.unit} and ${b.unit}): expected the same measure`);
    const different = entry.different === undefined ? null : bilingual(yaml, entry.different, [index, 'different'], 'how the two measures differ');
    return { id, label: bilingual(yaml, entry.label, [index, 'label'], 'the label'), from, to, different };
  });
}
