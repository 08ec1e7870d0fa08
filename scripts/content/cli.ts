/**
 * `npm run content` converts content/ into what the site reads (src/generated/).
 * `npm run content -- --content DIR --out OUT` does the same for a content folder laid out like content/.
 * `npm run content -- --source FILE --out OUT` converts any report of the genre (no curated data:
 * its English edition says each paragraph is not translated yet).
 * Input problems print `file:line: what was expected` and exit 1, leaving the output untouched.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent, DEFAULT_OUT, siteContent, type BuildOptions } from './build-content.ts';
import { ContentError } from './errors.ts';

const USAGE = 'Usage: npm run content -- [--content DIR | --source FILE [--places FILE]] [--out DIR]';

function options(): BuildOptions {
  const values = parseArgs({
    options: {
      content: { type: 'string' },
      source: { type: 'string' },
      places: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
  if (values.help) {
    console.log(`${USAGE}\nDefaults: --content content --out ${DEFAULT_OUT}`);
    process.exit(0);
  }
  if (values.content !== undefined && values.source !== undefined) throw new TypeError('give either --content or --source, not both');
  const out = values.out ?? DEFAULT_OUT;
  if (values.source === undefined) return { ...siteContent(values.content ?? 'content'), out };
  // Another report: the site's gazetteer and conversion rates, none of its curated data.
  return {
    source: values.source,
    out,
    places: values.places ?? join('content', 'places.yaml'),
    conversions: join('content', 'conversions.yaml'),
    translations: null,
    glossary: null,
    projects: null,
    summaries: null,
    charts: null,
    doors: null,
    outcomes: null,
  };
}

function main(): void {
  const started = performance.now();
  try {
    let parsed: BuildOptions;
    try {
      parsed = options();
    } catch (error) {
      if (error instanceof ContentError) throw error;
      console.error(`content: ${(error as Error).message}\n${USAGE}`);
      process.exit(1);
    }
    const summary = buildContent(parsed);
    const ms = Math.round(performance.now() - started);
    console.log(`content: ${summary.source} → ${summary.out}: ${summary.paragraphs} paragraphs in ${summary.chapters} chapters, ${summary.figures} figures, ${summary.mentions} place mentions, ${summary.translated}/${summary.translatable} texts translated, ${summary.terms} glossary terms, ${summary.projects} projects, ${summary.reported}/${summary.promises} promises with a reported outcome (${ms} ms)`);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`content: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main();
