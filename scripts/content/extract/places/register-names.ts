import { pinyin as pinyinPro } from 'pinyin-pro';
import type { PlaceType } from './gazetteer.ts';
import type { RegisterOverrides } from './register-overrides.ts';

/** The tier of the register a name comes from: a province's cities, a city's counties, a county's towns. */
export type RegisterTier = 'prefecture' | 'county' | 'town';

/** What a register name is made of: 湘西土家族苗族自治州 → base 湘西, groups [土家族, 苗族], suffix 自治州. */
export interface NameParts {
  /** The name without its administrative suffix and ethnic groups: the short form reports use. */
  base: string;
  groups: string[];
  type: PlaceType;
}

/** Suffixes of each tier, longest first, with the type and English word each one makes. */
const SUFFIXES: Record<RegisterTier, Array<{ zh: string; type: PlaceType; en: string; ethnic?: boolean }>> = {
  prefecture: [
    { zh: '自治州', type: 'autonomous-prefecture', en: 'Autonomous Prefecture', ethnic: true },
    { zh: '地区', type: 'prefecture', en: 'Prefecture' },
    { zh: '盟', type: 'league', en: 'League' },
    { zh: '市', type: 'prefecture-city', en: 'City' },
  ],
  county: [
    { zh: '自治县', type: 'autonomous-county', en: 'Autonomous County', ethnic: true },
    { zh: '自治旗', type: 'autonomous-banner', en: 'Autonomous Banner', ethnic: true },
    { zh: '林区', type: 'forestry-district', en: 'Forestry District' },
    { zh: '特区', type: 'special-district', en: 'Special District' },
    { zh: '旗', type: 'banner', en: 'Banner' },
    { zh: '县', type: 'county', en: 'County' },
    { zh: '区', type: 'district', en: 'District' },
    { zh: '市', type: 'city', en: 'City' },
  ],
  town: [
    { zh: '族乡', type: 'ethnic-township', en: 'Ethnic Township', ethnic: true },
    { zh: '街道', type: 'subdistrict', en: 'Subdistrict' },
    { zh: '苏木', type: 'sumu', en: 'Sumu' },
    { zh: '地区', type: 'area', en: 'Area' },
    { zh: '镇', type: 'town', en: 'Town' },
    { zh: '乡', type: 'township', en: 'Township' },
  ],
};

/** Splits a register name into its base, ethnic groups and suffix; null when no suffix of its tier ends it. */
export function nameParts(name: string, tier: RegisterTier, overrides: Pick<RegisterOverrides, 'ethnicGroups'>): NameParts | null {
  for (const suffix of SUFFIXES[tier]) {
    if (!name.endsWith(suffix.zh) || name.length === suffix.zh.length) continue;
    // 族乡 ends a township named for a group (大均畲族乡): the group's 族 was cut with the suffix.
    let base = suffix.zh === '族乡' ? `${name.slice(0, -suffix.zh.length)}族` : name.slice(0, -suffix.zh.length);
    const groups: string[] = [];
    if (suffix.ethnic) {
      for (let group = endingGroup(base, overrides.ethnicGroups); group !== null; group = endingGroup(base, overrides.ethnicGroups)) {
        groups.unshift(group);
        base = base.slice(0, -group.length);
      }
      // 鄂温克族自治旗 is named for its group alone: no base.
      if (groups.length === 0) continue;
    }
    return { base, groups, type: suffix.type };
  }
  return null;
}

function endingGroup(base: string, groups: Map<string, string>): string | null {
  const found = [...groups.keys()].filter((group) => base.endsWith(group)).sort((a, b) => b.length - a.length);
  return found[0] ?? null;
}

/** The syllables of a name, with tone marks: pinyin-pro's reading, corrected by the override file where place names read otherwise. */
export function syllables(name: string, overrides: Pick<RegisterOverrides, 'pinyin'>): string[] {
  const read = pinyinPro(name, { type: 'array', toneType: 'symbol' }).map((s) => s.normalize('NFC'));
  const chars = [...name];
  if (read.length !== chars.length) return read;
  for (const [word, reading] of overrides.pinyin) {
    for (let at = name.indexOf(word); at !== -1; at = name.indexOf(word, at + 1)) {
      const index = [...name.slice(0, at)].length;
      read.splice(index, reading.length, ...reading);
    }
  }
  return read;
}

/** Romanised as place names are: syllables run together, tones dropped, an apostrophe where a syllable starting a, e or o would blur (Xi'an, Ji'an). */
export function romanise(syllableList: readonly string[]): string {
  const plain = syllableList.map((s) => s.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/gu, '').normalize('NFC'));
  const joined = plain.map((s, i) => (i > 0 && /^[aeo]/u.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The English name of a register place: an established one from the override file, else pinyin of its base and the English of its suffix. */
export function englishName(name: string, tier: RegisterTier, overrides: Pick<RegisterOverrides, 'pinyin' | 'english' | 'ethnicGroups'>): { en: string; pinyin: string; type: PlaceType } {
  const parts = nameParts(name, tier, overrides);
  const established = overrides.english.get(name);
  if (parts === null) {
    const romanised = romanise(syllables(name, overrides));
    return { en: established ?? romanised, pinyin: romanised, type: tier === 'town' ? 'town-level-unit' : tier === 'prefecture' ? 'prefecture' : 'county' };
  }
  // Read in the whole name, so that an override such as 单县 (shàn) reaches a one-character base.
  const pinyin = parts.base === '' ? '' : romanise(syllables(name, overrides).slice(0, [...parts.base].length));
  const suffix = SUFFIXES[tier].find((s) => s.type === parts.type)!;
  const groups = parts.groups.map((group) => overrides.ethnicGroups.get(group)!);
  const groupWords = groups.length <= 2 ? groups.join(' and ') : `${groups.slice(0, -1).join(', ')} and ${groups.at(-1)}`;
  return { en: established ?? [pinyin, groupWords, suffix.en].filter((word) => word !== '').join(' '), pinyin: pinyin === '' ? groupWords : pinyin, type: parts.type };
}
