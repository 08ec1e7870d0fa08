import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { ContentError } from './errors.ts';
import { decodeTextFile } from './text-file.ts';

/** A parsed YAML file that can say on which line each value stands, for error messages. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: ReadonlyArray<string | number>): number | null;
  fail(path: ReadonlyArray<string | number>, message: string): never;
}

export function readYamlFile(file: string): YamlFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ContentError(file, null, 'cannot read the file: expected it to exist and be readable');
  }
  return parseYaml(file, decodeTextFile(file, bytes));
}

export function parseYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? null;
    throw new ContentError(file, line, `YAML syntax error: ${error.message.split('\n')[0]}`);
  }
  const lineAt = (node: unknown): number | null => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : null;
  };
  // The line of a map entry is its key's ("p2-s1-1:" or "zh:"), not where its value starts, which
  // for a block value is the line after; a list item's is its own.
  const lineOfPath = (path: ReadonlyArray<string | number>): number | null => {
    if (path.length === 0) return lineAt(document.contents);
    const parent = document.getIn(path.slice(0, -1), true);
    const last = String(path.at(-1));
    if (isMap(parent)) return lineAt(parent.items.find((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) === last)?.key);
    if (isSeq(parent)) return lineAt(parent.items[Number(last)]);
    return null;
  };
  // A path that does not exist (a missing field) is placed at its nearest existing parent.
  const lineOf = (path: ReadonlyArray<string | number>): number | null => {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = lineOfPath(path.slice(0, depth));
      if (line !== null) return line;
    }
    return null;
  };
  return {
    file,
    data: document.toJS(),
    lineOf,
    fail(path, message) {
      throw new ContentError(file, lineOf(path), message);
    },
  };
}

/** Small readers that name the entry and say what was expected. */
export function requireString(yaml: YamlFile, value: unknown, path: Array<string | number>, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') yaml.fail(path, `${path.join('.')}: expected ${what} (a non-empty string)`);
  return value;
}

/** A scalar written as text: YAML reads `text: 2800` as a number, which is still the text "2800"; a list or map is refused. */
export function requireText(yaml: YamlFile, value: unknown, path: Array<string | number>, what: string): string {
  return requireString(yaml, typeof value === 'number' ? String(value) : value, path, what);
}

/**
 * A stable id of an entry: lowercase letters, digits and hyphens, and not one of `taken` (the ids
 * of the entries before it, to which it is added). `use` says where it is published, so the
 * message says why its form matters ("it is an anchor in the address").
 */
export function requireId(yaml: YamlFile, value: unknown, path: Array<string | number>, what: string, use: string, taken: Set<string>): string {
  const id = requireString(yaml, value, path, what);
  if (!/^[a-z][a-z0-9-]*$/u.test(id)) yaml.fail(path, `"${id}": expected lowercase letters, digits and hyphens (${use})`);
  if (taken.has(id)) yaml.fail(path, `duplicate id "${id}"`);
  taken.add(id);
  return id;
}

export function requireArray(yaml: YamlFile, value: unknown, path: Array<string | number>, what: string): unknown[] {
  if (!Array.isArray(value)) yaml.fail(path, `${path.join('.') || 'the file'}: expected ${what} (a list)`);
  return value;
}

export function requireRecord(yaml: YamlFile, value: unknown, path: Array<string | number>, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) yaml.fail(path, `${path.join('.') || 'the file'}: expected ${what} (a mapping)`);
  return value as Record<string, unknown>;
}

/**
 * Reads every *.yaml of a folder (in name order) as one map of id → entry, each file mapping ids to
 * records. An id may be given once in the whole folder; `readEntry` checks and shapes one record.
 */
export function readYamlEntries<T extends { file: string; line: number | null }>(
  dir: string,
  what: { root: string; twice: string },
  readEntry: (yaml: YamlFile, id: string, raw: unknown) => T,
): Map<string, T> {
  const entries = new Map<string, T>();
  if (!existsSync(dir)) return entries;
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const yaml = readYamlFile(join(dir, name));
    if (yaml.data === null || yaml.data === undefined) continue;
    for (const [id, raw] of Object.entries(requireRecord(yaml, yaml.data, [], what.root))) {
      const previous = entries.get(id);
      if (previous) throw new ContentError(yaml.file, yaml.lineOf([id]), `${id} ${what.twice}: also in ${previous.file}:${previous.line}`);
      entries.set(id, readEntry(yaml, id, raw));
    }
  }
  return entries;
}
