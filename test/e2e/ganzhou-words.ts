import { readYamlFile } from '../../scripts/content/shared/yaml-file.ts';

/**
 * The words of this project's own report that a site built from another report must not show:
 * Ganzhou's places (content/places.yaml: the city, its counties, zones and the abbreviations of
 * its project names, in Chinese, English and pinyin), its projects and glossary terms, and the
 * site's default address. A real report may name some of them itself (the Jiangxi provincial
 * report names 赣州): a thing whose Chinese name the report holds is the report's own, and so are
 * its English and pinyin names then.
 */
interface Thing {
  zh: string[];
  latin: string[];
}

type Yaml = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? (value as Yaml[]) : []);

function ganzhouThings(): Thing[] {
  const places = readYamlFile('content/places.yaml').data as Yaml;
  const projects = list(readYamlFile('content/projects.yaml').data);
  const glossary = list(readYamlFile('content/glossary.yaml').data);
  return [
    { zh: places['region'] as string[], latin: ['Ganzhou'] },
    ...list(places['counties']).map((county) => ({
      zh: county['names'] as string[],
      latin: [county['en'] as string, county['pinyin'] as string],
    })),
    ...list(places['zones']).map((zone) => ({ zh: zone['names'] as string[], latin: [zone['en'] as string] })),
    ...list(places['abbreviations']).map((abbreviation) => ({ zh: [abbreviation['name'] as string], latin: [] })),
    ...projects.map((project) => ({ zh: [project['zh'] as string], latin: [project['en'] as string] })),
    ...glossary.map((term) => ({ zh: [term['zh'] as string], latin: [] })),
  ];
}

export const DEFAULT_DOMAIN = 'ganzhou-2023-report.example';

/** Each word of Ganzhou's that `reportText` does not hold, with a pattern that finds it in a page. */
export function leakWords(reportText: string): Array<{ word: string; pattern: RegExp }> {
  const words = ganzhouThings()
    .filter((thing) => !thing.zh.some((name) => reportText.includes(name)))
    .flatMap((thing) => [...thing.zh, ...thing.latin]);
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return [...new Set([...words, DEFAULT_DOMAIN])].map((word) => ({
    word,
    // Latin names as whole words in any case (Yudu, yudu), not inside others (Dayu in Dayuan).
    pattern: /\p{Script=Han}/u.test(word)
      ? new RegExp(escape(word), 'u')
      : new RegExp(`(?<![\\p{L}\\d])${escape(word)}(?![\\p{L}\\d])`, 'iu'),
  }));
}

/** "file: word" for every word of Ganzhou's that a text holds. */
export function leaksIn(file: string, text: string, words: ReturnType<typeof leakWords>): string[] {
  return words.filter(({ pattern }) => pattern.test(text)).map(({ word }) => `${file}: ${word}`);
}
