/**
 * Which curated layers this build has. The site's own report has them all; a site built with
 * `npm run site -- --source FILE` from another report has only what its text gives (chapters,
 * figures, search, data), and every page, link and chart of a missing layer is left out.
 */
import chartsJson from '../../generated/charts.json';
import doorsJson from '../../generated/doors.json';
import { languages } from '../../i18n/index.ts';
import { clusters } from '../commitments/commitments.ts';
import { glossary } from './glossary.ts';
import { ledger } from '../ledger/outcomes.ts';
import { projects } from '../commitments/projects.ts';
import { mentions, places } from '../report/report.ts';
import { hasTranslations } from '../report/translations.ts';
import { reportTargets } from '../report/main-targets.ts';

export const layers = {
  /** The English edition: a translation of at least one paragraph. */
  translation: hasTranslations,
  glossary: glossary.length > 0,
  projects: projects.length > 0,
  /** Cluster pages: only with content/clusters.yaml. */
  clusters: clusters.length > 0,
  charts: chartsJson !== null,
  /** The targets page: the curated chart's, or any report's paragraph of main targets. */
  targets: chartsJson !== null || reportTargets.length > 0,
  doors: doorsJson !== null,
  /** Place pages: only where the gazetteer found places in this report. */
  places: mentions.length > 0,
  /**
   * The schematic tile map of counties: only where the gazetteer gives every county its seat (the
   * curated one does; the national register used for other reports has no coordinates).
   */
  placeMap:
    places.some((place) => place.level === 'county') &&
    places.filter((place) => place.level === 'county').every((place) => place.seat !== null),
  /** The promise ledger: the plan's promises held against what a later report said (content/outcomes/). */
  outcomes: ledger.length > 0,
} as const;

/** getStaticPaths for a page per language that exists only with its layer. */
export const languagePathsWith = (layer: boolean) => (layer ? languages.map((lang) => ({ params: { lang } })) : []);
