import type { YamlFile } from '../../shared/yaml-file.ts';
import { requireArray, requireRecord, requireString } from '../../shared/yaml-file.ts';

export type PlaceType =
  | 'district'
  | 'county'
  | 'city'
  | 'development-zone'
  | 'new-area'
  | 'urban-area'
  | 'port'
  | 'bonded-zone'
  | 'cooperation-zone'
  // From the national register (register.ts): a province's cities, a county's towns, and the rest of GB/T 2260's kinds.
  | 'prefecture-city'
  | 'autonomous-prefecture'
  | 'prefecture'
  | 'league'
  | 'autonomous-county'
  | 'banner'
  | 'autonomous-banner'
  | 'forestry-district'
  | 'special-district'
  | 'town'
  | 'township'
  | 'ethnic-township'
  | 'subdistrict'
  | 'sumu'
  | 'area'
  | 'town-level-unit';

export interface Place {
  id: string;
  /** A county-level unit or a zone (the curated gazetteer); the register adds a province's cities and a county's towns. */
  level: 'prefecture' | 'county' | 'town' | 'zone';
  /** The forms the report uses; the first is the official name. */
  names: string[];
  type: PlaceType;
  en: string;
  pinyin: string | null;
  seat: [number, number] | null;
  /** For a zone: the county it lies in, where that is plain from its name. */
  county: string | null;
  /** Longer words in which a name is not this place: 兴国 in 兴国强省 ("rejuvenate the nation, strengthen the province"). */
  notWithin: string[];
}

/** A place and the county it lies in, where it has one: what a zone's own figure or promise concerns. */
export function placeAndCounty(place: Pick<Place, 'id' | 'county'>): string[] {
  return place.county === null ? [place.id] : [place.id, place.county];
}

const COUNTY_TYPES = new Set<PlaceType>(['district', 'county', 'city']);
const ZONE_TYPES = new Set<PlaceType>(['development-zone', 'new-area', 'urban-area', 'port', 'bonded-zone', 'cooperation-zone']);

/** Reads content/places.yaml: 18 county-level units and the zones the report names. */
export function readGazetteer(yaml: YamlFile): Place[] {
  const root = requireRecord(yaml, yaml.data, [], 'counties: and zones:');
  const places: Place[] = [];
  for (const level of ['counties', 'zones'] as const) {
    requireArray(yaml, root[level], [level], `a list of ${level}`).forEach((raw, index) => {
      const path = [level, index];
      const entry = requireRecord(yaml, raw, path, 'a place');
      const id = requireString(yaml, entry.id, [...path, 'id'], 'an id such as yudu');
      const names = requireArray(yaml, entry.names, [...path, 'names'], 'the names the report uses').map((name, i) =>
        requireString(yaml, name, [...path, 'names', i], 'a Chinese name'),
      );
      if (names.length === 0) yaml.fail([...path, 'names'], `${id}: expected at least one name`);
      const type = requireString(yaml, entry.type, [...path, 'type'], 'a place type') as PlaceType;
      const allowed = level === 'counties' ? COUNTY_TYPES : ZONE_TYPES;
      if (!allowed.has(type)) yaml.fail([...path, 'type'], `${id}: type "${type}" is not one of ${[...allowed].join(', ')}`);
      const seat = entry.seat;
      if (level === 'counties' && !(Array.isArray(seat) && seat.length === 2 && seat.every((n) => typeof n === 'number'))) {
        yaml.fail([...path, 'seat'], `${id}: expected seat: [latitude, longitude]`);
      }
      if (places.some((place) => place.id === id)) yaml.fail([...path, 'id'], `duplicate place id "${id}"`);
      places.push({
        id,
        level: level === 'counties' ? 'county' : 'zone',
        names,
        type,
        en: requireString(yaml, entry.en, [...path, 'en'], 'the English name'),
        pinyin: level === 'counties' ? requireString(yaml, entry.pinyin, [...path, 'pinyin'], 'the pinyin') : null,
        seat: level === 'counties' ? (seat as [number, number]) : null,
        county: typeof entry.county === 'string' ? entry.county : null,
        notWithin: entry.notWithin === undefined ? [] : requireArray(yaml, entry.notWithin, [...path, 'notWithin'], 'words in which a name is not this place').map((word, i) =>
          requireString(yaml, word, [...path, 'notWithin', i], 'a word containing one of the names'),
        ),
      });
    });
  }
  for (const place of places) {
    if (place.county !== null && !places.some((other) => other.id === place.county && other.level === 'county')) {
      yaml.fail([], `${place.id}: county "${place.county}" is not a county id of this file`);
    }
  }
  return places;
}

/**
 * The names of the region a gazetteer belongs to (`region: [赣州, 赣州市]`), or null when it does
 * not say. Another report that never names the region gets none of its places: 兴国 in a
 * Guangdong report is 兴国强省, not Xingguo County.
 */
export function readGazetteerRegion(yaml: YamlFile): string[] | null {
  const root = requireRecord(yaml, yaml.data, [], 'counties: and zones:');
  if (root.region === undefined) return null;
  return requireArray(yaml, root.region, ['region'], 'the names of the region, e.g. [赣州, 赣州市]').map((name, i) => requireString(yaml, name, ['region', i], 'a Chinese name'));
}
