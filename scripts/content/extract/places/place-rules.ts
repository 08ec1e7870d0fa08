import type { Place } from './gazetteer.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../../shared/yaml-file.ts';

/**
 * The two ways content/places.yaml lets the report reach a place without spelling its name:
 * an abbreviation inside a project name (寻全高速 → 寻乌, 全南) and a scope word that covers a set
 * of places (每个县（市、区） → all 18; 中心城区 → the central city's districts and zones).
 */
export interface PlaceRule {
  /** For a scope, what it covers (every-county, central-city…); for an abbreviation, its name. */
  id: string;
  /** The words as printed; each one reaches every place of `places`. */
  names: string[];
  places: string[];
  line: number | null;
}

export interface PlaceRules {
  abbreviations: PlaceRule[];
  scopes: PlaceRule[];
}

export function readPlaceRules(yaml: YamlFile, places: Place[]): PlaceRules {
  const root = requireRecord(yaml, yaml.data, [], 'counties:, zones:, abbreviations: and scopes:');
  const counties = places.filter((place) => place.level === 'county').map((place) => place.id);
  const placeIds = (raw: unknown, path: Array<string | number>): string[] => {
    if (raw === 'all-counties') return counties;
    return requireArray(yaml, raw, path, 'place ids, or all-counties').map((value, i) => {
      const id = requireString(yaml, value, [...path, i], 'a place id');
      if (!places.some((place) => place.id === id)) yaml.fail([...path, i], `${path.join('.')}: "${id}" is not a place id of this file`);
      return id;
    });
  };
  const abbreviations = requireArray(yaml, root.abbreviations ?? [], ['abbreviations'], 'a list of { name, places }').map((raw, index): PlaceRule => {
    const entry = requireRecord(yaml, raw, ['abbreviations', index], 'an abbreviation: { name, places }');
    const name = requireString(yaml, entry.name, ['abbreviations', index, 'name'], 'the name as printed, e.g. 寻全高速');
    return {
      id: name,
      names: [name],
      places: placeIds(entry.places, ['abbreviations', index, 'places']),
      line: yaml.lineOf(['abbreviations', index]),
    };
  });
  const scopes = requireArray(yaml, root.scopes ?? [], ['scopes'], 'a list of { names, places }').map((raw, index): PlaceRule => {
    const entry = requireRecord(yaml, raw, ['scopes', index], 'a scope: { names, places }');
    return {
      id: requireString(yaml, entry.id, ['scopes', index, 'id'], 'an id for what the scope covers, e.g. central-city'),
      names: requireArray(yaml, entry.names, ['scopes', index, 'names'], 'the scope words as printed').map((name, i) => requireString(yaml, name, ['scopes', index, 'names', i], 'a scope word, e.g. 中心城区')),
      places: placeIds(entry.places, ['scopes', index, 'places']),
      line: yaml.lineOf(['scopes', index]),
    };
  });
  return { abbreviations, scopes };
}
