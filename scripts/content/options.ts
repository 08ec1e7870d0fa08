import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_SOURCE_MB, PROJECT_ROOT, siteContent, type BuildOptions } from './build-content.ts';
import { isInside } from './output/output-folder.ts';

/**
 * The options both commands take: `npm run content` and `npm run site`.
 * --content DIR: a content folder laid out like content/ (curated layers checked, English may be partial);
 * --source FILE [--places FILE]: any report of the genre, with no curated data;
 * --max-source-mb N: accept a report file larger than the default limit;
 * --previous FILE: last year's report of the same government, whose main targets this report's review answers.
 * Paths people type are read from the folder they typed them in (see `userFolder`).
 */
export interface ParsedOptions {
  build: BuildOptions;
  /** The absolute output path, or undefined for the default. */
  out: string | undefined;
  help: boolean;
}

export function parseOptions(args: string[], from = userFolder()): ParsedOptions {
  const values = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      source: { type: 'string' },
      places: { type: 'string' },
      previous: { type: 'string' },
      out: { type: 'string' },
      'max-source-mb': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
  if (values.content !== undefined && values.source !== undefined) throw new TypeError('give either --content or --source, not both');
  if (values.places !== undefined && values.source === undefined) throw new TypeError('--places goes with --source (a content folder has its own places.yaml)');
  const help = values.help ?? false;
  const path = (typed: string | undefined) => (typed === undefined ? undefined : userPath(typed, from));
  // An empty --out is refused by the output check, which says so.
  const out = values.out === undefined || values.out.trim() === '' ? values.out : path(values.out);
  const maxSourceBytes = megabytes(values['max-source-mb']) * 1024 * 1024;
  const previous = path(values.previous) ?? null;
  if (values.source === undefined) {
    const build = siteContent(path(values.content) ?? 'content');
    // Only the site's own content must be translated in full; another content folder may be partly.
    return { build: { ...build, maxSourceBytes, requireTranslations: values.content === undefined, previous }, out, help };
  }
  return {
    build: {
      contentDir: 'content',
      source: path(values.source)!,
      maxSourceBytes,
      // Another report: the site's gazetteer and conversion rates, none of its curated data.
      places: path(values.places) ?? join('content', 'places.yaml'),
      placesByDefault: values.places === undefined,
      conversions: join('content', 'conversions.yaml'),
      translations: null,
      clauseTranslations: null,
      requireTranslations: false,
      glossary: null,
      projects: null,
      clusters: null,
      summaries: null,
      runIns: null,
      charts: null,
      doors: null,
      outcomes: null,
      identity: null,
      terms: null,
      tradeWords: null,
      previous,
    },
    out,
    help,
  };
}

function megabytes(typed: string | undefined): number {
  if (typed === undefined) return DEFAULT_MAX_SOURCE_MB;
  const value = Number(typed);
  if (!/^\d+(?:\.\d+)?$/u.test(typed) || value <= 0) throw new TypeError(`--max-source-mb ${typed}: expected a number of megabytes, such as 50`);
  return value;
}

/**
 * The folder the user typed the command in. npm runs scripts in the project's folder and keeps the
 * user's in INIT_CWD; a process started elsewhere (not by npm) was started where the user is.
 */
export function userFolder(): string {
  const cwd = process.cwd();
  const initCwd = process.env['INIT_CWD'];
  if (initCwd === undefined || initCwd === '') return cwd;
  try {
    return realpathSync(cwd) === realpathSync(PROJECT_ROOT) ? initCwd : cwd;
  } catch {
    return cwd;
  }
}

/** An absolute path for what the user typed: read from their folder, with a leading ~ as their home (a quoted ~ is not expanded by the shell). */
export function userPath(typed: string, from: string): string {
  const expanded = typed === '~' ? homedir() : typed.startsWith('~/') ? join(homedir(), typed.slice(2)) : typed;
  return resolve(from, expanded);
}

/**
 * A shell standing in the output folder stands, after the swap, in the old folder, now deleted:
 * say how to see the new one.
 */
export function shellFolderNote(target: string): string | null {
  return isInside(userFolder(), target) ? `your shell's folder was inside the old output, which has been replaced: run \`cd ${target}\` to see the new one` : null;
}
