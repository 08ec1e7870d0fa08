import { requireArray, requireId, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';

/**
 * A word of the trade (content/trade-words.yaml): a term of Chinese official statistics or planning
 * that the English edition uses, explained by this site. Its first use on an English page links to it.
 */
export interface TradeWord {
  /** The anchor on the glossary page: stable once published. */
  id: string;
  zh: string;
  en: string;
  /** The English words whose first use on a page links to the entry, as the site writes them. */
  match: string[];
  explain: { zh: string; en: string };
}

export function readTradeWords(yaml: YamlFile): TradeWord[] {
  const words: TradeWord[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  requireArray(yaml, yaml.data, [], 'a list of words of the trade').forEach((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'a word of the trade: { id, zh, en, match, explain }');
    const id = requireId(yaml, entry.id, [index, 'id'], 'an anchor id such as above-designated-size', 'it is an anchor in the address', ids);
    const match = requireArray(yaml, entry.match, [index, 'match'], 'the English words that link to the entry').map((value, i) => {
      const phrase = requireString(yaml, value, [index, 'match', i], 'English words as the site writes them');
      // One phrase, one entry: otherwise which entry a reader lands on would depend on their order.
      const taken = owner.get(phrase);
      if (taken !== undefined) yaml.fail([index, 'match', i], `"${phrase}" already links to ${taken}`);
      owner.set(phrase, id);
      return phrase;
    });
    if (match.length === 0) yaml.fail([index, 'match'], `${id}: expected at least one English phrase`);
    const explain = requireRecord(yaml, entry.explain, [index, 'explain'], 'the explanation in both languages: { zh, en }');
    words.push({
      id,
      zh: requireString(yaml, entry.zh, [index, 'zh'], 'the Chinese term'),
      en: requireString(yaml, entry.en, [index, 'en'], 'the English term'),
      match,
      explain: { zh: requireString(yaml, explain.zh, [index, 'explain', 'zh'], 'the explanation in Chinese'), en: requireString(yaml, explain.en, [index, 'explain', 'en'], 'the explanation in English') },
    });
  });
  return words;
}
