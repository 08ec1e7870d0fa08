import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The marker a run leaves in its output folder: every file it wrote, at every depth, with its size
 * and SHA-256, and the folder it was written for. A later run may replace the folder only when
 * every file in it is listed there and unchanged, so a file someone added or edited anywhere, or a
 * marker copied into another folder, makes the run refuse rather than delete.
 */
export const OUTPUT_MARKER = '.report-content-output.json';
const TOOL = 'ganzhou-report content converter';
const FORMAT = 2;

interface WrittenFile {
  size: number;
  sha256: string;
}

/** Which command wrote a folder: each replaces only its own kind of output. */
export type OutputCommand = 'content' | 'site';

interface Marker {
  tool: string;
  format: number;
  command: OutputCommand;
  /** The real path of the folder the files were written for. */
  folder: string;
  files: Record<string, WrittenFile>;
  /** A hash of the fields above: a marker edited by hand no longer matches it. */
  seal: string;
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const sealOf = (marker: Omit<Marker, 'seal'>): string => sha256(JSON.stringify([marker.tool, marker.format, marker.command, marker.folder, marker.files]));

/** The marker for the files now in `staging`, which is about to become `folder`. */
export function markerFor(folder: string, staging: string, command: OutputCommand): string {
  const files: Record<string, WrittenFile> = {};
  for (const entry of walk(staging)) {
    if (entry.kind !== 'file' || entry.path === OUTPUT_MARKER) continue;
    const bytes = readFileSync(join(staging, entry.path));
    files[entry.path] = { size: bytes.length, sha256: sha256(bytes) };
  }
  const marker = { tool: TOOL, format: FORMAT, command, folder, files };
  return `${JSON.stringify({ ...marker, seal: sealOf(marker) }, null, 2)}\n`;
}

/**
 * Why `folder` is not wholly this tool's earlier output for `writtenFor` (the folder itself, or
 * where it stood before the swap moved it), or null when it is: the marker's own fault, or the
 * first path (in name order, at any depth) that this tool did not write or that has changed.
 */
export function foreignContent(folder: string, writtenFor: string, command: OutputCommand, { acceptOlder = false } = {}): string | null {
  const marker = readMarker(join(folder, OUTPUT_MARKER), acceptOlder);
  if (typeof marker === 'string') return marker;
  if (Array.isArray(marker)) {
    const unlisted = readdirSync(folder).find((name) => name !== OUTPUT_MARKER && !marker.includes(name));
    return unlisted === undefined ? null : `the folder holds ${JSON.stringify(unlisted)}, which this tool did not write`;
  }
  if (marker.command !== command) return `its ${OUTPUT_MARKER} says \`npm run ${marker.command}\` wrote it, and this is \`npm run ${command}\`, which replaces only its own output`;
  if (marker.folder !== writtenFor) return `its ${OUTPUT_MARKER} was written for ${marker.folder}, not for this folder (a copied marker proves nothing)`;
  const listedFolders = new Set(Object.keys(marker.files).flatMap((path) => ancestorsOf(path)));
  for (const entry of walk(folder)) {
    if (entry.path === OUTPUT_MARKER) continue;
    const quoted = JSON.stringify(entry.kind === 'folder' ? `${entry.path}/` : entry.path);
    if (entry.kind === 'folder') {
      if (!listedFolders.has(entry.path)) return `the folder holds ${quoted}, which this tool did not make`;
      continue;
    }
    if (entry.kind === 'other') return `the folder holds ${quoted}, which is not a plain file or folder, so this tool did not write it`;
    const written = marker.files[entry.path];
    if (written === undefined) return `the folder holds ${quoted}, which this tool did not write`;
    const size = statSync(join(folder, entry.path)).size;
    if (size !== written.size) return `${quoted} has changed since this tool wrote it (${written.size} bytes then, ${size} now)`;
    if (sha256(readFileSync(join(folder, entry.path))) !== written.sha256) return `${quoted} has changed since this tool wrote it (same size, other bytes)`;
  }
  return null;
}

/**
 * The marker, or why it is not one. `acceptOlder`: the project's own src/generated/ may hold the
 * marker of an earlier version of this tool, which listed only the top-level names it wrote.
 */
function readMarker(file: string, acceptOlder: boolean): Marker | string[] | string {
  let marker: Partial<Marker> & { entries?: unknown };
  try {
    marker = JSON.parse(readFileSync(file, 'utf8')) as Partial<Marker>;
  } catch {
    return `its ${OUTPUT_MARKER} cannot be read as this tool's marker`;
  }
  if (marker.tool !== TOOL) return `its ${OUTPUT_MARKER} is not this tool's marker`;
  if (acceptOlder && marker.format === undefined && Array.isArray(marker.entries)) return marker.entries.map(String);
  if (marker.format !== FORMAT || (marker.command !== 'content' && marker.command !== 'site') || typeof marker.folder !== 'string' || typeof marker.files !== 'object' || marker.files === null) {
    return `its ${OUTPUT_MARKER} does not list every file this tool wrote (a marker from an older version, or written by hand)`;
  }
  if (marker.seal !== sealOf(marker as Marker)) return `its ${OUTPUT_MARKER} has been edited since this tool wrote it`;
  return marker as Marker;
}

/** "a/b/c.md" → ["a", "a/b"]. */
function ancestorsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

interface Entry {
  path: string;
  kind: 'file' | 'folder' | 'other';
}

/** Every entry under `root`, depth first in name order, with '/'-separated relative paths; links are not followed. */
function* walk(root: string, prefix = ''): Generator<Entry> {
  const entries = readdirSync(join(root, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      yield { path, kind: 'folder' };
      yield* walk(root, path);
    } else {
      yield { path, kind: entry.isFile() ? 'file' : 'other' };
    }
  }
}
