/**
 * `npm run content` converts content/ into what the site reads (src/generated/).
 * `npm run content -- --source FILE --out DIR` converts any report of the genre.
 * Input problems print `file:line: what was expected` and exit 1, leaving the output untouched.
 */
import { parseArgs } from 'node:util';
import { buildContent, DEFAULTS } from './build-content.ts';
import { ContentError } from './errors.ts';

function main(): void {
  let options;
  try {
    options = parseArgs({
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        places: { type: 'string' },
        translations: { type: 'string' },
        glossary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`content: ${(error as Error).message}\nUsage: npm run content -- [--source FILE] [--out DIR] [--places FILE] [--translations DIR] [--glossary FILE]`);
    process.exit(1);
  }
  if (options.help) {
    console.log('Usage: npm run content -- [--source FILE] [--out DIR] [--places FILE] [--translations DIR] [--glossary FILE]\n' +
      `Defaults: --source ${DEFAULTS.source} --out ${DEFAULTS.out} --places ${DEFAULTS.places} --translations ${DEFAULTS.translations} (none when --source is given)`);
    return;
  }
  const started = performance.now();
  try {
    const summary = buildContent({
      source: options.source ?? DEFAULTS.source,
      out: options.out ?? DEFAULTS.out,
      places: options.places ?? DEFAULTS.places,
      // Another report has no translations unless a folder is named for it.
      translations: options.translations ?? (options.source === undefined ? DEFAULTS.translations : null),
      glossary: options.glossary ?? (options.source === undefined ? DEFAULTS.glossary : null),
      // The curated lists belong to the site's own report.
      projects: options.source === undefined ? DEFAULTS.projects : null,
      summaries: options.source === undefined ? DEFAULTS.summaries : null,
      charts: options.source === undefined ? DEFAULTS.charts : null,
    });
    const ms = Math.round(performance.now() - started);
    console.log(`content: ${summary.source} → ${summary.out}: ${summary.paragraphs} paragraphs in ${summary.chapters} chapters, ${summary.figures} figures, ${summary.mentions} place mentions, ${summary.translated}/${summary.translatable} texts translated, ${summary.terms} glossary terms, ${summary.projects} projects (${ms} ms)`);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`content: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main();
