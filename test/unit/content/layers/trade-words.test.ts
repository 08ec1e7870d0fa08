import { describe, expect, it } from 'vitest';
import { readTradeWords } from '../../../../scripts/content/layers/trade-words.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';

const entry = (id: string, match: string) => `- id: ${id}\n  zh: 亩\n  en: mu\n  match: [${match}]\n  explain: { zh: 甲, en: a }\n`;

describe('the words of the trade', () => {
  it('reads the site’s list: each with an anchor id, its phrases and both explanations', () => {
    const words = readTradeWords(readYamlFile('content/trade-words.yaml'));
    expect(words.map((word) => word.id)).toEqual(expect.arrayContaining(['above-designated-size', 'mu', 'yi-wan', 'etdz', 'county-level', 'new-area']));
    expect(words.find((word) => word.id === 'mu')!.match).toEqual(['mu']);
  });

  it('refuses a phrase given to two entries, naming the line', () => {
    expect(() => readTradeWords(parseYaml('t.yaml', entry('mu', 'mu') + entry('mu-2', 'mu')))).toThrow(/^t\.yaml:9: .*"mu" already links to mu/u);
  });

  it('refuses an id that cannot be an anchor, a duplicate id, and an entry without phrases', () => {
    expect(() => readTradeWords(parseYaml('t.yaml', entry('Above Size', 'x')))).toThrow(/t\.yaml:1: .*expected lowercase letters/u);
    expect(() => readTradeWords(parseYaml('t.yaml', entry('mu', 'x') + entry('mu', 'y')))).toThrow(/duplicate id "mu"/u);
    expect(() => readTradeWords(parseYaml('t.yaml', entry('mu', '')))).toThrow(/mu: expected at least one English phrase/u);
  });
});
