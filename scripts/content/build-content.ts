import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { align } from './translate/align.ts';
import { readCharts, readComparisons, type ChartData, type Comparison } from './layers/charts.ts';
import { readConversions } from './layers/conversions.ts';
import { readDoors, type Doors } from './layers/doors.ts';
import { ContentError } from './shared/errors.ts';
import { chapters, dataFiles } from './output/emit.ts';
import { choosePlaces } from './extract/places/default-places.ts';
import { derivedIdentity, readIdentity } from './layers/identity.ts';
import type { OutputFiles, OutputRules, ProtectedPath } from './output/output-folder.ts';
import { checkGlossary, readGlossary, type GlossaryEntry } from './layers/glossary.ts';
import { checkClusters, readClusters, type Cluster } from './layers/clusters.ts';
import { readTradeWords, type TradeWord } from './layers/trade-words.ts';
import { alignClauses, checkClauseSubjects, clauseTexts, readClauseTranslations, type ClauseTranslation } from './commitments/clause-translations.ts';
import { bilingualTexts, checkDerivedEnglish, type DerivedText } from './translate/derived-english.ts';
import { readTerms } from './translate/terms.ts';
import { buildCommitments } from './commitments/commitments.ts';
import { checkProjects, readProjects, type Project } from './layers/projects.ts';
import { readRunIns, NO_RUN_INS } from './output/run-ins.ts';
import { checkSummaries, readSummaries, summaryTexts, type Summaries } from './layers/summaries.ts';
import { buildReportData } from './extract/pipeline.ts';
import { readSource } from './read/read-source.ts';
import { paragraphsOf } from './tree/segment.ts';
import { readTranslations, type TranslationEntry } from './translate/translations.ts';
import { readYamlFile } from './shared/yaml-file.ts';
import { buildLedger, type LedgerEntry } from './ledger/ledger.ts';
import { checkTargets2022, readTargets2022, type Targets2022 } from './ledger/targets-2022.ts';
import { checkOutcomes, checkShortfall, readOutcomes, readOutcomeSources, readShortfall, type Shortfall2022 } from './ledger/outcomes.ts';
import { readIndicators } from './extract/indicators.ts';
import { previousTargetsLedger } from './ledger/previous-ledger.ts';
import { findMainTargets, type MainTarget } from './extract/main-targets.ts';
import { chartTargets } from './layers/chart-targets.ts';

/** Where the site's own content lives inside a content folder (content/ by default). */
export function siteContent(dir: string): Omit<BuildOptions, 'maxSourceBytes' | 'requireTranslations'> {
  const sources = existsSync(join(dir, 'source')) ? readdirSync(join(dir, 'source')).filter((name) => name.endsWith('.zh.txt')) : [];
  if (sources.length !== 1) throw new ContentError(join(dir, 'source'), null, `expected exactly one report *.zh.txt, found ${sources.length}`);
  return {
    contentDir: dir,
    source: join(dir, 'source', sources[0]!),
    places: join(dir, 'places.yaml'),
    placesByDefault: false,
    conversions: join(dir, 'conversions.yaml'),
    translations: join(dir, 'translations', 'en'),
    clauseTranslations: join(dir, 'translations', 'clauses', 'en'),
    glossary: join(dir, 'glossary.yaml'),
    projects: join(dir, 'projects.yaml'),
    clusters: join(dir, 'clusters.yaml'),
    summaries: { zh: join(dir, 'summaries', 'zh.yaml'), en: join(dir, 'summaries', 'en.yaml') },
    runIns: existsSync(join(dir, 'run-ins.yaml')) ? join(dir, 'run-ins.yaml') : null,
    charts: { charts: join(dir, 'charts.yaml'), comparisons: join(dir, 'comparisons.yaml') },
    doors: join(dir, 'doors.yaml'),
    outcomes: existsSync(join(dir, 'outcomes')) ? { sources: join(dir, 'outcomes', 'sources.yaml'), outcomes: join(dir, 'outcomes', 'outcomes.yaml'), shortfall: join(dir, 'outcomes', 'shortfall-2022.yaml'), targets2022: existsSync(join(dir, 'outcomes', 'targets-2022.yaml')) ? join(dir, 'outcomes', 'targets-2022.yaml') : null } : null,
    identity: join(dir, 'site.yaml'),
    terms: existsSync(join(dir, 'translations', 'terms.yaml')) ? join(dir, 'translations', 'terms.yaml') : null,
    tradeWords: existsSync(join(dir, 'trade-words.yaml')) ? join(dir, 'trade-words.yaml') : null,
    indicators: existsSync(join(dir, 'indicators.yaml')) ? join(dir, 'indicators.yaml') : null,
  };
}

export const DEFAULT_OUT = 'src/generated';

/** The project this converter belongs to: its output may never contain or replace it. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** The dictionary of the main targets' indicators every report is read with, unless a content folder has its own. */
export const DEFAULT_INDICATORS = join(PROJECT_ROOT, 'content', 'indicators.yaml');

/** The project's own folders: an --out in any of them would overwrite the project. */
const PROJECT_FOLDERS = ['src', 'dist', 'content', 'public', 'scripts', 'test', 'node_modules', '.git', '.ci'];

/** Reports of the genre are under 1 MB; anything far larger is not one (a flag raises the limit). */
export const DEFAULT_MAX_SOURCE_MB = 20;

export interface BuildOptions {
  /** The folder of curated content the inputs come from (people write it; output never goes in it). */
  contentDir: string;
  source: string;
  /** The largest report accepted, in bytes. */
  maxSourceBytes: number;
  places: string;
  /**
   * True when the gazetteer was not chosen for this report (`--source` without `--places`): it is
   * then used only if the report names the gazetteer's region, and the summary says what happened.
   */
  placesByDefault?: boolean;
  conversions: string;
  /** Folder of English translations, or null for a report nobody has translated. */
  translations: string | null;
  /** Folder of the English of single clauses (spans of the paragraph translations), or null. */
  clauseTranslations: string | null;
  /** The site's own report must be translated in full; any other shows what is missing. */
  requireTranslations: boolean;
  /** The glossary of the report's quoted terms, or null for a report that has none yet. */
  glossary: string | null;
  /** The curated list of named projects, or null. */
  projects: string | null;
  /** The "1+5+N" industrial clusters, or null. */
  clusters: string | null;
  /** The "at a glance" points per language, or null. */
  summaries: { zh: string; en: string } | null;
  /** The run-in heads of long paragraphs (content/run-ins.yaml), or null. */
  runIns: string | null;
  /** The charts' words and the 2022/2023 comparisons, or null. */
  charts: { charts: string; comparisons: string } | null;
  /** What the two home pages lead with, or null. */
  doors: string | null;
  /**
   * What a later report said of the plan's promises (content/outcomes/), or null; needs charts and
   * projects. `targets2022` (the 2022 report's main targets) is null where the folder has none.
   */
  outcomes: { sources: string; outcomes: string; shortfall: string; targets2022: string | null } | null;
  /** What the site calls its report (content/site.yaml), or null to make it from the report's title block. */
  identity: string | null;
  /**
   * The fixed renderings of recurring terms (content/translations/terms.yaml), or null: with them,
   * every derived English (clause cards, summaries, chart words, doors, the glossary, the ledger) is
   * checked as the paragraphs are.
   */
  terms: string | null;
  /** The words of the trade the English edition explains (content/trade-words.yaml), or null. */
  tradeWords: string | null;
  /** The dictionary of the main targets' indicators (content/indicators.yaml); the project's own when absent or null. */
  indicators?: string | null;
  /** Last year's report of the same government (--previous FILE): its main targets are held against this report's review. */
  previous?: string | null;
}

/** Reads every input and checks it; returns the files to write and what the summary says. */
export function convertReport(options: BuildOptions): { files: OutputFiles; summary: ReturnType<typeof summarise> } {
  const text = readSource(options.source, options.maxSourceBytes);
  const { places: gazetteerPlaces, rules: placeRules, note: placesNote, onlyNamed } = choosePlaces(options, text);
  const conversions = readConversions(readYamlFile(options.conversions));
  const terms = options.terms === null ? [] : readTerms(readYamlFile(options.terms));
  const built = buildReportData(text, options.source, gazetteerPlaces);
  const data = onlyNamed ? { ...built, places: built.places.filter((place) => built.mentions.some((mention) => mention.place === place.id)) } : built;
  const places = data.places;
  const indicators = readIndicators(readYamlFile(options.indicators ?? DEFAULT_INDICATORS));
  let mainTargets: MainTarget[] = findMainTargets(data.report, data.figures, indicators);
  const translations = options.translations === null ? new Map<string, TranslationEntry>() : readTranslations(options.translations);
  const aligned = align(data.report, data.figures, translations, { requireAll: options.requireTranslations, translationsDir: options.translations ?? '' });
  // The English built on the paragraphs, gathered from each curated file as it is read, for one check at the end.
  const derived: DerivedText[] = [];
  let glossary: GlossaryEntry[] = [];
  if (options.glossary !== null) {
    const glossaryYaml = readYamlFile(options.glossary);
    glossary = readGlossary(glossaryYaml);
    // A quoted term and its rendering (the entries themselves) are the glossary check's, against the paragraphs.
    derived.push(...bilingualTexts(glossaryYaml, undefined, (path) => path.length === 1));
    checkGlossary(data.report, glossary, aligned, options.glossary);
  }
  let tradeWords: TradeWord[] = [];
  if (options.tradeWords !== null) {
    const tradeWordsYaml = readYamlFile(options.tradeWords);
    tradeWords = readTradeWords(tradeWordsYaml);
    derived.push(...bilingualTexts(tradeWordsYaml));
  }
  let clusters: Cluster[] = [];
  if (options.clusters !== null) {
    const clustersYaml = readYamlFile(options.clusters);
    clusters = readClusters(clustersYaml);
    // The short names are chart words and promise lines: checked as the charts' own words were.
    derived.push(...bilingualTexts(clustersYaml));
    checkClusters(data.report, clusters, aligned, options.clusters);
  }
  let projects: Project[] = [];
  if (options.projects !== null) {
    projects = readProjects(readYamlFile(options.projects), places, clusters);
    checkProjects(data.report, projects, aligned, options.projects);
  }
  const clauseTranslations = options.clauseTranslations === null ? new Map<string, ClauseTranslation>() : readClauseTranslations(options.clauseTranslations);
  const commitments = alignClauses(buildCommitments({ ...data, rules: placeRules, clusters, projects, projectsFile: options.projects ?? '' }), aligned, data.figures, clauseTranslations);
  const summaries: Record<'zh' | 'en', Summaries> = { zh: {}, en: {} };
  if (options.summaries !== null) {
    for (const lang of ['zh', 'en'] as const) {
      summaries[lang] = readSummaries(readYamlFile(options.summaries[lang]));
      checkSummaries(data.report, data.figures, summaries[lang], lang, options.summaries[lang], terms.map((term) => term.en));
    }
  }
  let charts: { charts: ChartData['charts']; comparisons: Comparison[] } | null = null;
  if (options.charts !== null) {
    const chartsYaml = readYamlFile(options.charts.charts);
    const comparisonsYaml = readYamlFile(options.charts.comparisons);
    charts = { charts: readCharts(chartsYaml, data.figures, places, clusters), comparisons: readComparisons(comparisonsYaml, data.figures) };
    // A curated site's targets page shows its chart's items: its targets.json holds those records.
    mainTargets = chartTargets(charts.charts.targets, mainTargets, chartsYaml);
    derived.push(...bilingualTexts(chartsYaml), ...bilingualTexts(comparisonsYaml));
  }
  let doors: Doors | null = null;
  if (options.doors !== null) {
    const doorsYaml = readYamlFile(options.doors);
    doors = readDoors(doorsYaml, data.figures, glossary);
    derived.push(...bilingualTexts(doorsYaml));
  }
  let ledger: { entries: LedgerEntry[]; shortfall2022: Shortfall2022 | null; targets2022: Targets2022 | null } | null = null;
  if (options.outcomes !== null) {
    if (charts === null) throw new ContentError(options.outcomes.outcomes, null, 'outcomes are held against the charts\' targets: expected content/charts.yaml too');
    const sources = readOutcomeSources(readYamlFile(options.outcomes.sources));
    const outcomesYaml = readYamlFile(options.outcomes.outcomes);
    const checked = checkOutcomes(readOutcomes(outcomesYaml), { report: data.report, figures: data.figures, projects, sources }, options.outcomes.outcomes);
    // A reported outcome tells a result; the reason a promise cannot be compared is a label.
    derived.push(...bilingualTexts(outcomesYaml, (path) => (path.includes('outcome') ? 'result' : null)));
    const shortfallYaml = readYamlFile(options.outcomes.shortfall);
    const shortfall2022 = readShortfall(shortfallYaml);
    checkShortfall(shortfall2022, data.report, data.figures, shortfallYaml);
    const text = new Map(paragraphsOf(data.report).map((paragraph) => [paragraph.id, paragraph.text]));
    const entries = buildLedger({ charts: charts.charts, figures: data.figures, paragraphText: (id) => text.get(id) ?? '', projects, places, outcomes: checked, sources }, options.outcomes.outcomes);
    let targets2022: Targets2022 | null = null;
    if (options.outcomes.targets2022 !== null) {
      const targets2022Yaml = readYamlFile(options.outcomes.targets2022);
      targets2022 = checkTargets2022(readTargets2022(targets2022Yaml), { sources, ledger: entries, shortfall: shortfall2022 }, targets2022Yaml);
      derived.push(...bilingualTexts(targets2022Yaml));
    }
    ledger = { entries, shortfall2022, targets2022 };
  }
  if (options.previous) {
    const entries = previousTargetsLedger(options.previous, options.maxSourceBytes, data, indicators);
    ledger = ledger === null ? { entries, shortfall2022: null, targets2022: null } : { ...ledger, entries: [...ledger.entries, ...entries] };
  }
  checkClauseSubjects(commitments, clauseTranslations, (subject) => {
    if (subject.kind === 'cluster') return [clusters.find((cluster) => cluster.id === subject.id)?.en ?? subject.id];
    const place = places.find((candidate) => candidate.id === subject.id);
    return place === undefined ? [subject.id] : [place.en, place.pinyin].filter((name): name is string => typeof name === 'string');
  });
  if (options.terms !== null) {
    checkDerivedEnglish(
      [
        ...clauseTexts(commitments, clauseTranslations),
        ...(options.summaries === null ? [] : summaryTexts(data.report, summaries.zh, summaries.en, options.summaries.en)),
        ...derived,
      ],
      terms,
    );
  }
  const identity = options.identity === null ? derivedIdentity(data.report, options.source) : readIdentity(readYamlFile(options.identity));
  const files = new Map([
    ['identity.json', `${JSON.stringify(identity, null, 2)}\n`],
    ...dataFiles(data, aligned, glossary),
    ['doors.json', `${JSON.stringify(doors, null, 2)}\n`],
    ['charts.json', `${JSON.stringify(charts, null, 2)}\n`],
    ['projects.json', `${JSON.stringify(projects.map(({ line: _line, ...project }) => project), null, 2)}\n`],
    ['commitments.json', `${JSON.stringify(commitments, null, 2)}\n`],
    ['clusters.json', `${JSON.stringify(clusters.map(({ line: _line, ...cluster }) => cluster), null, 2)}\n`],
    // The agreed renderings, so search can find a term by either language (稀土 ↔ rare earth).
    ['terms.json', `${JSON.stringify(terms.map(({ zh, en }) => ({ zh, en })), null, 2)}\n`],
    ['summaries.json', `${JSON.stringify(summaries, null, 2)}\n`],
    ['conversions.json', `${JSON.stringify(conversions, null, 2)}\n`],
    ['trade-words.json', `${JSON.stringify(tradeWords, null, 2)}\n`],
    ['outcomes.json', `${JSON.stringify(ledger, null, 2)}\n`],
    ['targets.json', `${JSON.stringify(mainTargets, null, 2)}\n`],
    ...chapters(data, aligned, glossary, options.runIns === null ? NO_RUN_INS : readRunIns(readYamlFile(options.runIns), data.report, aligned)),
  ]);
  return { files, summary: summarise(options, { text, data, aligned, glossary, projects, commitments, ledger, placesNote }) };
}

/** What the command's summary line says about a conversion. */
function summarise(
  options: BuildOptions,
  { text, data, aligned, glossary, projects, commitments, ledger, placesNote }: {
    text: string;
    data: ReturnType<typeof buildReportData>;
    aligned: ReturnType<typeof align>;
    glossary: GlossaryEntry[];
    projects: Project[];
    commitments: ReturnType<typeof alignClauses>;
    ledger: { entries: LedgerEntry[] } | null;
    placesNote: (named: number) => string | null;
  },
) {
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  return {
    source: options.source,
    chrome: data.report.chrome.length,
    bodyLines: lines - data.report.chrome.length,
    paragraphs: paragraphsOf(data.report).length,
    chapters: data.report.parts.reduce((n, part) => n + part.sections.length, 0),
    figures: data.figures.length,
    mentions: data.mentions.length,
    translated: aligned.filter((text) => text.status === 'current').length,
    translatable: aligned.length,
    terms: glossary.length,
    projects: projects.length,
    commitments: commitments.length,
    targets: commitments.filter((c) => c.role === 'target').length,
    results: commitments.filter((c) => c.role === 'result').length,
    clausesTranslated: commitments.filter((c) => c.en !== null).length,
    promises: ledger?.entries.length ?? 0,
    reported: ledger?.entries.filter((entry) => entry.status !== 'not-reported').length ?? 0,
    places: placesNote(new Set(data.mentions.map((mention) => mention.place)).size),
  };
}

/**
 * Every input, the content folder and the project are off limits to the output; so is every folder
 * of the project, unless this is the project's own build (`owned`: src/generated, by default).
 */
export function outputRules(options: BuildOptions, owned = false): OutputRules {
  const inputs: ProtectedPath[] = [
    { path: options.source, what: 'the report' },
    ...(options.previous ? [{ path: options.previous, what: "last year's report" }] : []),
    { path: options.places, what: 'the gazetteer' },
    { path: options.conversions, what: 'the conversion rates' },
    ...[options.translations, options.clauseTranslations, options.glossary, options.projects, options.clusters, options.doors, options.identity, options.tradeWords, options.summaries?.zh, options.summaries?.en, options.runIns, options.charts?.charts, options.charts?.comparisons, options.outcomes?.sources, options.outcomes?.outcomes, options.outcomes?.shortfall, options.outcomes?.targets2022, options.indicators]
      .filter((path): path is string => typeof path === 'string')
      .map((path) => ({ path, what: 'curated content' })),
  ];
  return {
    protect: [{ path: PROJECT_ROOT, what: 'the project itself' }, { path: options.contentDir, what: 'the content folder' }, ...inputs],
    notInside: [
      { path: options.contentDir, what: 'the content folder' },
      ...(owned ? [] : PROJECT_FOLDERS.map((folder) => ({ path: join(PROJECT_ROOT, folder), what: `the project's own ${folder}/` }))),
    ],
  };
}
