import { requireArray, requireRecord, requireString, type YamlFile } from '../../shared/yaml-file.ts';

/** content/register/place-names-en.yaml: what the national register needs to be linked and named in English. */
export interface RegisterOverrides {
  /** Readings of place-name characters (于都 → yú dū), one syllable per character. */
  pinyin: Map<string, string[]>;
  /** Established English names of whole register names (陕西省 → Shaanxi Province). */
  english: Map<string, string>;
  /** 土家族 → Tujia. */
  ethnicGroups: Map<string, string>;
  /** Short forms that reports use as ordinary words (江山, 会同): only the full name is linked. */
  notPlaces: Set<string>;
  /** Longer words in which a short form is not the place (中山 in 中山大学). */
  notWithin: Map<string, string[]>;
}

const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u;
const HAN = /^\p{Script=Han}+$/u;

export function readRegisterOverrides(yaml: YamlFile): RegisterOverrides {
  const root = requireRecord(yaml, yaml.data, [], 'pinyin:, english:, ethnicGroups:, notPlaces: and notWithin:');
  const known = new Set(['pinyin', 'english', 'ethnicGroups', 'notPlaces', 'notWithin']);
  for (const key of Object.keys(root)) if (!known.has(key)) yaml.fail([key], `${key}: expected one of ${[...known].join(', ')}`);
  const hanKey = (key: string, path: Array<string | number>) => {
    if (!HAN.test(key)) yaml.fail(path, `${path.join('.')}: expected Chinese characters as the key`);
  };
  const pinyin = new Map<string, string[]>();
  for (const [name, raw] of Object.entries(requireRecord(yaml, root.pinyin ?? {}, ['pinyin'], 'name: reading'))) {
    const path = ['pinyin', name];
    hanKey(name, path);
    const syllables = requireString(yaml, raw, path, 'the reading, e.g. yú dū').trim().split(/\s+/u);
    if (syllables.length !== [...name].length || !syllables.every((s) => SYLLABLE.test(s.normalize('NFC')))) {
      yaml.fail(path, `pinyin.${name}: expected ${[...name].length} syllables in lower-case pinyin with tone marks, one per character, e.g. "yú dū"`);
    }
    pinyin.set(name, syllables.map((s) => s.normalize('NFC')));
  }
  const textMap = (key: 'english' | 'ethnicGroups', what: string) => {
    const map = new Map<string, string>();
    for (const [name, raw] of Object.entries(requireRecord(yaml, root[key] ?? {}, [key], `name: ${what}`))) {
      hanKey(name, [key, name]);
      map.set(name, requireString(yaml, raw, [key, name], what).trim());
    }
    return map;
  };
  const english = textMap('english', 'the established English name, e.g. Shaanxi Province');
  const ethnicGroups = textMap('ethnicGroups', 'the English name of the group, e.g. Tujia');
  const notPlaces = new Set(
    requireArray(yaml, root.notPlaces ?? [], ['notPlaces'], 'short forms that are ordinary words').map((raw, i) => {
      const word = requireString(yaml, raw, ['notPlaces', i], 'a short form, e.g. 江山');
      hanKey(word, ['notPlaces', i]);
      return word;
    }),
  );
  const notWithin = new Map<string, string[]>();
  for (const [name, raw] of Object.entries(requireRecord(yaml, root.notWithin ?? {}, ['notWithin'], 'short form: [longer words]'))) {
    hanKey(name, ['notWithin', name]);
    const words = requireArray(yaml, raw, ['notWithin', name], 'longer words containing the short form').map((word, i) => requireString(yaml, word, ['notWithin', name, i], 'a longer word'));
    words.forEach((word, i) => {
      if (!word.includes(name)) yaml.fail(['notWithin', name, i], `notWithin.${name}: "${word}" does not contain ${name}`);
    });
    notWithin.set(name, words);
  }
  return { pinyin, english, ethnicGroups, notPlaces, notWithin };
}
