import { join } from 'node:path';
import { readGazetteer, readGazetteerRegion, type Place } from './gazetteer.ts';
import { readPlaceRules, type PlaceRules } from './place-rules.ts';
import { findGovernment, governmentName, loadRegister, registerPlaces } from './register.ts';
import { readRegisterOverrides } from './register-overrides.ts';
import { readYamlFile } from '../../shared/yaml-file.ts';

/** Where the register's English names, readings and word lists live in a content folder. */
export const registerOverridesFile = (contentDir: string) => join(contentDir, 'register', 'place-names-en.yaml');

export interface ChosenPlaces {
  places: Place[];
  rules: PlaceRules;
  /** What the command's summary says about where the places came from, given how many the text names; null when they were chosen (--places, a content folder). */
  note: (named: number) => string | null;
  /** The register holds every place of the government; only those the text names are published. */
  onlyNamed: boolean;
}

/**
 * The gazetteer of a report: the one given (a content folder's places.yaml, --places FILE), else the
 * national register scoped to the report's government. The curated gazetteer of its region (Ganzhou's,
 * with its abbreviations, scopes and zones) stays the layer for its own region's report.
 */
export function choosePlaces(options: { places: string; placesByDefault?: boolean; contentDir: string }, text: string): ChosenPlaces {
  const gazetteer = readYamlFile(options.places);
  const curated = (): ChosenPlaces => {
    const places = readGazetteer(gazetteer);
    return { places, rules: readPlaceRules(gazetteer, places), note: () => null, onlyNamed: false };
  };
  if (options.placesByDefault !== true) return curated();
  const region = readGazetteerRegion(gazetteer);
  const register = loadRegister();
  const government = findGovernment(text, register);
  if (government !== null && region !== null && region.includes(government.row.name)) return curated();
  // A text without its title block (a page of the newspaper edition) still gets the gazetteer of the region it names.
  if (government === null && region !== null && region.some((name) => text.includes(name))) return curated();
  if (government === null) {
    return { places: [], rules: { abbreviations: [], scopes: [] }, note: () => 'the report does not say which government gave it (as in "在某省第十四届人民代表大会" or "我代表某县人民政府"), so no place is linked; give --places FILE to link its places', onlyNamed: false };
  }
  const overrides = readRegisterOverrides(readYamlFile(registerOverridesFile(options.contentDir)));
  const places = registerPlaces(government, register, overrides);
  return {
    places,
    rules: { abbreviations: [], scopes: [] },
    note: (named) => `the national register for ${government.row.name} (${governmentName(government, overrides)}): ${named} of its ${places.length} places are named in the text`,
    onlyNamed: true,
  };
}
