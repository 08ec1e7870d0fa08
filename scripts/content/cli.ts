/**
 * `npm run content` converts content/ into what the site reads (src/generated/).
 * `npm run content -- --content DIR --out OUT` does the same for a content folder laid out like content/.
 * `npm run content -- --source FILE --out OUT` converts any report of the genre (no curated data:
 * its English edition says each paragraph is not translated yet).
 * Input problems print `file:line: what was expected` and exit 1, leaving the output untouched.
 */
import { convertReport, DEFAULT_OUT, outputRules } from './build-content.ts';
import { ContentError, unexpectedErrorMessage } from './shared/errors.ts';
import { nameCommand } from './output/interrupts.ts';
import { chromeWarning } from './read/chrome-warning.ts';
import { parseOptions, shellFolderNote, type ParsedOptions } from './options.ts';
import { openOutputFolder, writeFiles } from './output/output-folder.ts';

const USAGE = 'Usage: npm run content -- [--content DIR | --source FILE [--places FILE]] [--out DIR] [--max-source-mb N] [--previous FILE]';

async function main(): Promise<void> {
  const started = performance.now();
  nameCommand('content');
  let parsed: ParsedOptions;
  try {
    parsed = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof ContentError ? `content: ${error.message}` : `content: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  if (parsed.help) {
    console.log(`${USAGE}\nDefaults: --content content --out ${DEFAULT_OUT}. Relative paths are read from the folder you run the command in.`);
    return;
  }
  try {
    const owned = parsed.out === undefined;
    const output = openOutputFolder(parsed.out ?? DEFAULT_OUT, outputRules(parsed.build, owned), { command: 'content', owned });
    try {
      const { files, summary } = convertReport(parsed.build);
      await output.replace((staging) => writeFiles(staging, files));
      const ms = Math.round(performance.now() - started);
      console.log(`content: ${summary.source} → ${output.shown}: ${summary.paragraphs} paragraphs in ${summary.chapters} chapters, ${summary.figures} figures, ${summary.mentions} place mentions, ${summary.translated}/${summary.translatable} texts translated, ${summary.terms} glossary terms, ${summary.projects} projects, ${summary.commitments} clauses (${summary.targets} targets, ${summary.results} results, ${summary.clausesTranslated} in English), ${summary.reported}/${summary.promises} promises with a reported outcome, ${summary.chrome} lines set apart as page chrome (${ms} ms)`);
      if (summary.places) console.log(`content: places: ${summary.places}`);
      const warning = chromeWarning(summary);
      if (warning) console.error(`content: warning: ${warning}`);
      const note = shellFolderNote(output.target);
      if (note) console.log(`content: note: ${note}`);
    } finally {
      output.close();
    }
  } catch (error) {
    console.error(`content: ${error instanceof ContentError ? error.message : unexpectedErrorMessage(error)}`);
    process.exit(1);
  }
}

await main();
