/**
 * The main targets of a site with curated charts (content/charts.yaml): the targets chart's items,
 * the records its targets page shows, each matched to the target the report's own paragraph of
 * targets sets (extract/main-targets.ts), so /data/targets.json is the same file for every site.
 */
import type { YamlFile } from '../shared/yaml-file.ts';
import type { MainTarget } from '../extract/main-targets.ts';
import type { ChartDefinition } from './charts.ts';

/** Each item of the targets chart as a main target; an indicator the dictionary lacks takes the chart's curated label. */
export function chartTargets(targets: ChartDefinition, found: MainTarget[], chartsYaml: YamlFile): MainTarget[] {
  return targets.items.map((item, index) => {
    const id = item.figure ? item.figure.id : `${targets.paragraph}/${item.label!.zh}${item.wording!.zh}`;
    const target = found.find((candidate) => candidate.id === id);
    if (target === undefined) chartsYaml.fail(['targets', 'items', index], `targets item ${index + 1} (${id}): expected a target of the report's paragraph of main targets (主要预期目标是：…) with this figure or these words`);
    return target.indicator === null ? { ...target, indicatorZh: item.label!.zh, indicatorEn: item.label!.en } : target;
  });
}
