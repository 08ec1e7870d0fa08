import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ContentError } from './errors.ts';

/**
 * The converter is run by people on their own folders, so it writes only where it may:
 * a path that does not exist yet, an empty folder, or a folder holding its own earlier output,
 * recognised by the marker file it writes there (never by guessing from file names).
 * Everything is checked before anything is written; a refusal names the path, says what was
 * expected, and leaves the disk as it was.
 */
export const OUTPUT_MARKER = '.report-content-output.json';
const MARKER_TOOL = 'ganzhou-report content converter';

const EXPECTED = 'expected a folder that does not exist yet, an empty folder, or a folder this tool wrote before';

/** Files to write, by path relative to the output folder. */
export type OutputFiles = Map<string, string>;

/** A path the output must never be, nor contain: what it is, for the message. */
export interface ProtectedPath {
  path: string;
  what: string;
}

export interface OutputRules {
  protect: ProtectedPath[];
  /** The output must not land inside these folders (a content folder is written by people only). */
  notInside?: ProtectedPath[];
  /** Folders of the project's own build (src/generated) that may be replaced without a marker. */
  owned?: string[];
}

/** Checks that `out` may be written, and returns it as an absolute path; throws ContentError otherwise. */
export function checkOutputFolder(out: string, rules: OutputRules): string {
  if (out.trim() === '') throw new ContentError('--out', null, `the path is empty: ${EXPECTED}`);
  const target = resolve(out);
  const real = realPathOf(target, out);

  for (const guarded of rules.protect) {
    if (isInside(realPathOf(resolve(guarded.path), guarded.path), real)) {
      throw new ContentError(out, null, `this path holds ${guarded.what} (${guarded.path}): ${EXPECTED}, outside it`);
    }
  }
  for (const folder of rules.notInside ?? []) {
    if (isInside(real, realPathOf(resolve(folder.path), folder.path))) {
      throw new ContentError(out, null, `this path is inside ${folder.what} (${folder.path}), which only people write: ${EXPECTED}, outside it`);
    }
  }

  if (!existsSync(target)) {
    checkCreatable(target, out);
    return target;
  }
  if (!statSync(target).isDirectory()) throw new ContentError(out, null, `a file is in the way: ${EXPECTED}`);
  checkWritable(target, out);
  const entries = readdirSync(target);
  if (entries.length === 0) return target;
  if ((rules.owned ?? []).some((path) => realPathOf(resolve(path), path) === real)) return target;
  if (!entries.includes(OUTPUT_MARKER)) {
    throw new ContentError(out, null, `the folder is not empty and has no ${OUTPUT_MARKER}, so this tool did not write it: ${EXPECTED}`);
  }
  const written = readMarker(join(target, OUTPUT_MARKER), out);
  const foreign = entries.filter((entry) => entry !== OUTPUT_MARKER && !written.includes(entry));
  if (foreign.length > 0) {
    throw new ContentError(out, null, `the folder holds ${JSON.stringify(foreign[0])}, which this tool did not write: ${EXPECTED}; move it elsewhere first`);
  }
  return target;
}

/** Writes all files and the marker into a fresh folder beside `out`, then swaps it in (see replaceOutputFolder). */
export function writeOutputFolder(out: string, files: OutputFiles): void {
  replaceOutputFolder(out, (staging) => {
    for (const [path, content] of files) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  });
}

/**
 * Lets `fill` write the new output into a fresh folder beside `out`, adds the marker, then swaps it
 * in: a run that fails before the swap leaves the previous output untouched. Call checkOutputFolder first.
 */
export function replaceOutputFolder(out: string, fill: (staging: string) => void): void {
  const target = resolve(out);
  const work = createWorkFolder(dirname(target), basename(target), out);
  const staging = join(work, 'new');
  const previous = join(work, 'old');
  try {
    mkdirSync(staging);
    fill(staging);
    writeFileSync(join(staging, OUTPUT_MARKER), markerFor(readdirSync(staging)));
    const hadPrevious = existsSync(target);
    if (hadPrevious) renameSync(target, previous);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (hadPrevious) renameSync(previous, target);
      throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function markerFor(entries: string[]): string {
  return `${JSON.stringify({ tool: MARKER_TOOL, entries: [...entries].sort() }, null, 2)}\n`;
}

function readMarker(file: string, out: string): string[] {
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8')) as { tool?: unknown; entries?: unknown };
    if (marker.tool === MARKER_TOOL && Array.isArray(marker.entries) && marker.entries.every((entry) => typeof entry === 'string')) {
      return marker.entries;
    }
  } catch {
    // Falls through to the refusal: an unreadable marker proves nothing.
  }
  throw new ContentError(out, null, `${OUTPUT_MARKER} there is not this tool's marker: ${EXPECTED}`);
}

/**
 * Creates the missing ancestors one by one, then a uniquely named work folder beside the output.
 * Node's recursive mkdir spins forever on some special file systems (/proc), and mkdtemp never
 * reuses, so never removes, a folder someone else made.
 */
function createWorkFolder(parent: string, name: string, out: string): string {
  try {
    const missing: string[] = [];
    for (let folder = parent; !existsSync(folder); folder = dirname(folder)) missing.unshift(folder);
    for (const folder of missing) mkdirSync(folder);
    return mkdtempSync(join(parent, `.${name}.content-`));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ContentError(out, null, `the system does not let this tool write here (${code}): ${EXPECTED}, somewhere you may write`);
  }
}

/** A path that does not exist yet must hang under a folder this user may write to. */
function checkCreatable(target: string, out: string): void {
  let ancestor = dirname(target);
  while (!existsSync(ancestor)) ancestor = dirname(ancestor);
  if (!statSync(ancestor).isDirectory()) {
    throw new ContentError(out, null, `${ancestor} is a file, so nothing can be made under it: ${EXPECTED}`);
  }
  checkWritable(ancestor, out);
}

function checkWritable(folder: string, out: string): void {
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new ContentError(out, null, `${folder} cannot be written to by this user: ${EXPECTED}, somewhere you may write`);
  }
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
function realPathOf(path: string, shown: string): string {
  const missing: string[] = [];
  let existing = path;
  while (!existsSync(existing)) {
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...missing);
  } catch {
    throw new ContentError(shown, null, `the path cannot be resolved: ${EXPECTED}`);
  }
}

/** True when `inner` is `outer` itself or lies somewhere below it. */
function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
