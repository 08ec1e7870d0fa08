/**
 * `npm run content` converts content/ into what the site reads (src/generated/).
 * `npm run content -- --content DIR --out OUT` does the same for a content folder laid out like content/.
 * `npm run content -- --source FILE --out OUT` converts any report of the genre (no curated data:
 * its English edition says each paragraph is not translated yet).
 * Input problems print `file:line: what was expected` and exit 1, leaving the output untouched.
 */
import { buildContent, DEFAULT_OUT } from './build-content.ts';
import { ContentError } from './errors.ts';
import { parseOptions, type ParsedOptions } from './options.ts';

const USAGE = 'Usage: npm run content -- [--content DIR | --source FILE [--places FILE]] [--out DIR]';

function main(): void {
  const started = performance.now();
  let parsed: ParsedOptions;
  try {
    parsed = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof ContentError ? `content: ${error.message}` : `content: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  if (parsed.help) {
    console.log(`${USAGE}\nDefaults: --content content --out ${DEFAULT_OUT}`);
    return;
  }
  try {
    const summary = buildContent({ ...parsed.build, out: parsed.out ?? DEFAULT_OUT });
    const ms = Math.round(performance.now() - started);
    console.log(`content: ${summary.source} → ${summary.out}: ${summary.paragraphs} paragraphs in ${summary.chapters} chapters, ${summary.figures} figures, ${summary.mentions} place mentions, ${summary.translated}/${summary.translatable} texts translated, ${summary.terms} glossary terms, ${summary.projects} projects, ${summary.commitments} clauses (${summary.targets} targets, ${summary.results} results, ${summary.clausesTranslated} in English), ${summary.reported}/${summary.promises} promises with a reported outcome (${ms} ms)`);
    if (summary.places) console.log(`content: places: ${summary.places}`);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`content: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main();
