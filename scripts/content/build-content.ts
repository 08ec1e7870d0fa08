import { align } from './align.ts';
import { chineseChapters, dataFiles, englishChapters, writeAtomically } from './emit.ts';
import { readGazetteer } from './gazetteer.ts';
import { checkGlossary, readGlossary, type GlossaryEntry } from './glossary.ts';
import { buildReportData } from './pipeline.ts';
import { readSource } from './read-source.ts';
import { paragraphsOf } from './segment.ts';
import { readTranslations } from './translations.ts';
import { readYamlFile } from './yaml-file.ts';

export const DEFAULTS = {
  source: 'content/source/ganzhou-2023-work-report.page2.zh.txt',
  out: 'src/generated',
  places: 'content/places.yaml',
  translations: 'content/translations/en',
  glossary: 'content/glossary.yaml',
};

export interface BuildOptions {
  source: string;
  out: string;
  places: string;
  /** Folder of English translations, or null for a report nobody has translated. */
  translations: string | null;
  /** The glossary of the report's quoted terms, or null for a report that has none yet. */
  glossary: string | null;
}

/** Reads every input, checks it, and only then writes the output in one swap. */
export function buildContent(options: BuildOptions) {
  const places = readGazetteer(readYamlFile(options.places));
  const data = buildReportData(readSource(options.source), options.source, places);
  const translations = options.translations === null ? new Map() : readTranslations(options.translations);
  // The site's own report must be translated in full; another report shows what is missing.
  const aligned = align(data.report, data.figures, translations, { requireAll: options.translations !== null, translationsDir: options.translations ?? '' });
  let glossary: GlossaryEntry[] = [];
  if (options.glossary !== null) {
    glossary = readGlossary(readYamlFile(options.glossary));
    checkGlossary(data.report, glossary, aligned, options.glossary);
  }
  const files = new Map([
    ...dataFiles(data, aligned, glossary),
    ...chineseChapters(data, glossary),
    ...englishChapters(data, aligned, glossary),
  ]);
  writeAtomically(options.out, files);
  return {
    source: options.source,
    out: options.out,
    paragraphs: paragraphsOf(data.report).length,
    chapters: data.report.parts.reduce((n, part) => n + part.sections.length, 0),
    figures: data.figures.length,
    mentions: data.mentions.length,
    translated: aligned.filter((text) => text.status === 'current').length,
    translatable: aligned.length,
    terms: glossary.length,
  };
}
