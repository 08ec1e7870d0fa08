import { requireArray, requireId, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

/**
 * A standard indicator of the genre's main targets (content/indicators.yaml): GDP, value added of
 * industry above designated size, the surveyed urban unemployment rate… named in both languages.
 */
export interface Indicator {
  id: string;
  /** The full Chinese name: the first of `names`. */
  zh: string;
  en: string;
  /** Every form a report writes it in (规模以上工业增加值, 规上工业增加值…). */
  names: string[];
  /** A limit kept by staying under it (prices, unemployment), however the report words it. */
  ceiling: boolean;
}

/** What a target's words name: an indicator of the dictionary, or the words themselves when none is found. */
export interface IndicatorName {
  id: string | null;
  zh: string;
  /** The dictionary's English, or null where the indicator is not in the dictionary. */
  en: string | null;
  ceiling: boolean;
}

export function readIndicators(yaml: YamlFile): Indicator[] {
  const indicators: Indicator[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  requireArray(yaml, yaml.data, [], 'a list of indicators').forEach((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'an indicator: { id, en, names, ceiling? }');
    const id = requireId(yaml, entry.id, [index, 'id'], 'an id such as gdp', 'it is published as a key', ids);
    const names = requireArray(yaml, entry.names, [index, 'names'], 'the Chinese names, the full name first').map((value, i) => {
      const name = requireString(yaml, value, [index, 'names', i], 'a Chinese name as reports write it');
      // One name, one indicator: otherwise a target's indicator would depend on the file's order.
      const taken = owner.get(name);
      if (taken !== undefined) yaml.fail([index, 'names', i], `"${name}" already names ${taken}`);
      owner.set(name, id);
      return name;
    });
    if (names.length === 0) yaml.fail([index, 'names'], `${id}: expected at least one Chinese name`);
    if (entry.ceiling !== undefined && typeof entry.ceiling !== 'boolean') yaml.fail([index, 'ceiling'], `${id}: expected ceiling: true or false`);
    indicators.push({ id, zh: names[0]!, en: requireString(yaml, entry.en, [index, 'en'], 'the English name'), names, ceiling: entry.ceiling === true });
  });
  return indicators;
}

/**
 * The indicator a target's words name: the longest name of the dictionary found in them, so
 * 城镇居民人均可支配收入 is not read as 居民人均可支配收入, nor 单位地区生产总值能耗 as GDP.
 * Words that name none keep their Chinese (`fallback`), and `id` and `en` are null.
 */
export function nameIndicator(words: string, indicators: Indicator[], fallback: string): IndicatorName {
  let best: { indicator: Indicator; length: number } | null = null;
  for (const indicator of indicators) {
    for (const name of indicator.names) {
      if (words.includes(name) && (best === null || name.length > best.length)) best = { indicator, length: name.length };
    }
  }
  if (best === null) return { id: null, zh: fallback, en: null, ceiling: false };
  return { id: best.indicator.id, zh: best.indicator.zh, en: best.indicator.en, ceiling: best.indicator.ceiling };
}
