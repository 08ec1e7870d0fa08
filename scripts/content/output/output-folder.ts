import { accessSync, chmodSync, chownSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ContentError } from '../shared/errors.ts';
import { undoIfStopped, yieldToSignals } from './interrupts.ts';
import { lockOutput } from './output-lock.ts';
import { foreignContent, markerFor, OUTPUT_MARKER, type OutputCommand } from './output-marker.ts';
import { makeWorkFolder, sweepWorkFolders } from './output-work.ts';

/**
 * The converter and `npm run site` are run by people on their own folders, so they write only where
 * they may: a path that does not exist yet, an empty folder, or a folder that holds nothing but
 * their own earlier output, file for file, as its marker lists it (output-marker.ts). The folder is
 * checked when the run starts and again just before the new output is swapped in; the previous
 * output is checked once more before it is deleted. A refusal names the path and what was
 * expected, and leaves the disk as it was.
 */
export { OUTPUT_MARKER };

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
}

export interface OutputFolder {
  /** The absolute path as given, for messages. */
  shown: string;
  /** Where the output lands: the real path (through a symbolic link, its target). */
  target: string;
  /** Builds the new output in a work folder beside the target, then swaps it in. */
  replace(fill: (staging: string) => void | Promise<void>): Promise<void>;
  /** Releases the lock; call once, when the run ends either way. */
  close(): void;
}

export interface OutputOptions {
  /** Which command writes (each replaces only its own output). */
  command: OutputCommand;
  /**
   * The project's own build folder (src/generated, the default of `npm run content`): the
   * project's folder rules do not apply, and it may hold an earlier version's marker.
   */
  owned?: boolean;
}

/** Checks that `out` may be written and takes its lock; throws ContentError otherwise. */
export function openOutputFolder(out: string, rules: OutputRules, { command, owned = false }: OutputOptions): OutputFolder {
  if (out.trim() === '') throw new ContentError('--out', null, `the path is empty: ${EXPECTED}`);
  const shown = resolve(out);
  const target = realPathOf(shown);
  if (owned && isLink(shown)) {
    throw new ContentError(shown, null, `the project's own build folder is a symbolic link to ${target}: expected the folder itself, so that no run empties another folder; remove the link`);
  }
  for (const guarded of rules.protect) {
    if (isInside(realPathOf(resolve(guarded.path)), target)) {
      throw new ContentError(shown, null, `this path holds ${guarded.what} (${guarded.path}): ${EXPECTED}, outside it`);
    }
  }
  for (const folder of rules.notInside ?? []) {
    if (isInside(target, realPathOf(resolve(folder.path)))) {
      throw new ContentError(shown, null, `this path is inside ${folder.what} (${folder.path}), which this tool never writes: ${EXPECTED}, outside it`);
    }
  }
  const check = () => refusal(target, { command, owned });
  const early = check();
  if (early !== null) throw new ContentError(shown, null, early);
  // The lock lives beside the folder, so its parent must exist before anyone can hold it.
  createAncestors(dirname(target), shown);
  let unlock: () => void;
  try {
    unlock = lockOutput(target, shown);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw cannotWriteHere(shown, error);
  }
  const dropUndo = undoIfStopped(unlock);
  const close = () => {
    unlock();
    dropUndo();
  };
  // Checked again under the lock: another run may have finished in between.
  const refused = check();
  if (refused !== null) {
    close();
    throw new ContentError(shown, null, refused);
  }
  return { shown, target, close, replace: (fill) => replaceFolder(shown, target, { command, owned }, fill) };
}

/** Writes the files (paths relative to the folder) into `folder`, which must be empty. */
export async function writeFiles(folder: string, files: OutputFiles): Promise<void> {
  let written = 0;
  for (const [path, content] of files) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    // A signal is handled between writes, so a stopped run removes its work folder at once.
    if (++written % 50 === 0) await yieldToSignals();
  }
}

async function replaceFolder(shown: string, target: string, options: Required<OutputOptions>, fill: (staging: string) => void | Promise<void>): Promise<void> {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.content-`;
  sweepWorkFolders(parent, prefix, target);
  const work = createWorkFolder(parent, prefix, shown);
  const dropUndo = undoIfStopped(() => rmSync(work, { recursive: true, force: true }));
  try {
    const staging = join(work, 'new');
    mkdirSync(staging);
    await fill(staging);
    await yieldToSignals();
    writeFileSync(join(staging, OUTPUT_MARKER), markerFor(target, staging, options.command));

    // Someone may have written into the folder while the run was under way.
    const changed = refusal(target, options);
    if (changed !== null) {
      const kept = keepVisible(staging, `${target}.new-`);
      throw new ContentError(shown, null, `the folder changed while this run was under way (${changed}), so it was left as it was; the new output is in ${kept}`);
    }
    const previous = existsSync(target) ? join(work, 'old') : null;
    if (previous !== null) keepModeAndOwner(target, staging);
    // The swap: no await between the two renames, so no signal handler runs in between.
    try {
      if (previous !== null) renameSync(target, previous);
    } catch (error) {
      throw new ContentError(shown, null, `the folder cannot be moved aside (${(error as NodeJS.ErrnoException).code ?? 'error'}), so it was left as it was: ${EXPECTED}, that this tool may rename`);
    }
    try {
      renameSync(staging, target);
    } catch (error) {
      if (previous !== null) renameSync(previous, target);
      throw new ContentError(shown, null, `the new output cannot be moved into place (${(error as NodeJS.ErrnoException).code ?? 'error'}); the folder was left as it was`);
    }
    // The last check before deleting anything: the moment between the check above and the swap.
    const lastMoment = previous === null || readdirSync(previous).length === 0 ? null : foreignContent(previous, target, options.command, { acceptOlder: options.owned });
    if (lastMoment !== null && previous !== null) {
      const kept = keepVisible(previous, `${target}.previous-`);
      throw new ContentError(shown, null, `the new output is in place, but the previous one changed at the last moment (${lastMoment}), so it was kept in ${kept}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    dropUndo();
  }
}

/** Why `target` may not be replaced now, or null when it may. */
function refusal(target: string, { command, owned }: Required<OutputOptions>): string | null {
  if (!existsSync(target)) return creatable(target);
  const stats = statSync(target);
  if (!stats.isDirectory()) return `a file is in the way: ${EXPECTED}`;
  // A mount point (a USB drive, a container volume) cannot be renamed, so it cannot be swapped.
  if (stats.dev !== statSync(dirname(target)).dev) return `this folder is a mount point (a file system of its own), and this tool replaces its output folder as a whole: ${EXPECTED}, inside it, such as ${join(target, 'site')}`;
  const unwritable = writable(target) ?? writable(dirname(target));
  if (unwritable !== null) return unwritable;
  const entries = readdirSync(target);
  if (entries.length === 0) return null;
  if (!entries.includes(OUTPUT_MARKER)) return `the folder is not empty and has no ${OUTPUT_MARKER}, so this tool did not write it: ${EXPECTED}`;
  const foreign = foreignContent(target, target, command, { acceptOlder: owned });
  return foreign === null ? null : `${foreign}: ${EXPECTED}; move it elsewhere first`;
}

/** A path that does not exist yet must hang under a folder this user may write to. */
function creatable(target: string): string | null {
  let ancestor = dirname(target);
  while (!existsSync(ancestor)) ancestor = dirname(ancestor);
  if (!statSync(ancestor).isDirectory()) return `${ancestor} is a file, so nothing can be made under it: ${EXPECTED}`;
  return writable(ancestor);
}

function writable(folder: string): string | null {
  try {
    accessSync(folder, constants.W_OK);
    return null;
  } catch {
    return `${folder} cannot be written to by this user: ${EXPECTED}, somewhere you may write`;
  }
}

/**
 * Creates the missing ancestors one by one. Node's recursive mkdir spins forever on some special
 * file systems (/proc).
 */
function createAncestors(parent: string, shown: string): void {
  try {
    const missing: string[] = [];
    for (let folder = parent; !existsSync(folder); folder = dirname(folder)) missing.unshift(folder);
    for (const folder of missing) mkdirSync(folder);
  } catch (error) {
    throw cannotWriteHere(shown, error);
  }
}

/** A uniquely named work folder beside the output (mkdtemp never reuses, so never removes, someone else's). */
function createWorkFolder(parent: string, prefix: string, shown: string): string {
  try {
    return makeWorkFolder(parent, prefix);
  } catch (error) {
    throw cannotWriteHere(shown, error);
  }
}

/** The system refused to let this tool write (EACCES, ENOENT under /proc, a read-only file system). */
function cannotWriteHere(shown: string, error: unknown): ContentError {
  return new ContentError(shown, null, `the system does not let this tool write here (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${EXPECTED}, somewhere you may write`);
}

/**
 * A folder that replaces another keeps its mode and, where the system allows, its owner and group.
 * In a setgid folder (a shared group folder) what is inside gets its group and subfolders the bit,
 * as if it had been made there.
 */
function keepModeAndOwner(from: string, to: string): void {
  const stats = statSync(from);
  chmodSync(to, stats.mode & 0o7777);
  try {
    chownSync(to, stats.uid, stats.gid);
  } catch {
    // Only the superuser may give a folder away; the mode is kept all the same.
  }
  if ((stats.mode & 0o2000) === 0) return;
  for (const entry of readdirSync(to, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    try {
      chownSync(path, lstatSync(path).uid, stats.gid);
      if (entry.isDirectory()) chmodSync(path, (lstatSync(path).mode & 0o7777) | 0o2000);
    } catch {
      // Not a member of that group: the files keep this user's group.
    }
  }
}

/** Moves `folder` to a new, visible path `<prefix>XXXXXX` and returns it. */
function keepVisible(folder: string, prefix: string): string {
  const kept = mkdtempSync(prefix);
  // Renaming a folder onto an empty folder replaces it.
  renameSync(folder, kept);
  return kept;
}

/**
 * The real path of `path`, or of its nearest existing ancestor joined with the rest. A symbolic
 * link is followed to where it points, so the output lands there and the link stays a link.
 */
function realPathOf(path: string): string {
  const missing: string[] = [];
  let existing = path;
  while (!existsSync(existing)) {
    // Nothing exists at `existing`: a link there points nowhere.
    if (isLink(existing)) {
      throw new ContentError(path, null, `${existing} is a symbolic link to ${readlinkSync(existing)}, which does not exist: ${EXPECTED}; make the folder it points to, or remove the link`);
    }
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...missing);
  } catch {
    throw new ContentError(path, null, `the path cannot be resolved: ${EXPECTED}`);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** True when `inner` is `outer` itself or lies somewhere below it. */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
