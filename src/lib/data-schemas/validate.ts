/**
 * Checks published data files against their declarations: a JSON file against its zod schema, a
 * CSV file against its Table Schema (header, then every cell), and every id a field points at
 * (a figure, a paragraph) against the files that hold them. Each problem is one line naming the
 * file, the row and the field.
 */
import { z } from 'astro/zod';
import type { Report } from '../../../scripts/content/shared/model.ts';
import { ID_LIST_PATTERN, type Fields, type Reference } from './field.ts';
import { tableSchema, type PublishedFile } from './package.ts';
import { paragraphIds } from './report.ts';

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/u, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted && char === '"' && source[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) cell += char;
    else if (char === '"') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/u;
const INTEGER = /^-?\d+$/u;

/** The zod schema of one CSV cell, from its Table Schema field; an empty cell is a missing value. */
function cellSchema(field: ReturnType<typeof tableSchema>['fields'][number]): z.ZodType {
  const constraints = 'constraints' in field ? field.constraints : {};
  let present: z.ZodType<string, string> = z.string();
  if (field.type === 'integer') present = z.string().regex(INTEGER, 'expected an integer');
  if (field.type === 'number') present = z.string().regex(NUMBER, 'expected a number');
  // Table Schema's default true and false values include these; toCsv writes booleans so.
  if (field.type === 'boolean') present = z.enum(['true', 'false'], 'expected true or false');
  if (constraints.enum) present = z.enum(constraints.enum as [string, ...string[]]);
  if (constraints.pattern) present = z.string().regex(new RegExp(constraints.pattern, 'u'), `expected the pattern ${constraints.pattern}`);
  return constraints.required ? z.string().min(1, 'required, but empty').pipe(present) : z.union([z.literal(''), present]);
}

const at = (path: PropertyKey[]) => path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');

/** A JSON file against its schema: "commitments.json: [12].role: Invalid option: …". */
export function jsonProblems(file: PublishedFile, text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`${file.path}: not JSON (${(error as Error).message})`];
  }
  const result = file.schema!.zod.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${file.path}: ${at(issue.path) || '(whole file)'}: ${issue.message}`);
}

/** A CSV file against its Table Schema: "figures.csv: row 3, field "role": …" (row 1 is the first after the header). */
export function csvProblems(file: PublishedFile, text: string): string[] {
  const schema = tableSchema(file);
  const [header = [], ...rows] = parseCsv(text);
  const names = schema.fields.map((field) => field.name);
  const problems = [
    ...names.filter((name) => !header.includes(name)).map((name) => `${file.path}: missing column "${name}"`),
    ...header.filter((name) => !names.includes(name)).map((name) => `${file.path}: column "${name}" is not in its schema`),
  ];
  if (problems.length === 0 && header.join() !== names.join()) problems.push(`${file.path}: columns out of order: ${header.join(', ')}`);
  if (problems.length > 0) return problems;
  const cells = schema.fields.map(cellSchema);
  rows.forEach((row, index) => {
    if (row.length !== names.length)
      return void problems.push(`${file.path}: row ${index + 1} has ${row.length} cells, not ${names.length}`);
    row.forEach((cell, column) => {
      const result = cells[column]!.safeParse(cell);
      if (!result.success)
        problems.push(`${file.path}: row ${index + 1}, field "${names[column]}": ${result.error.issues[0]!.message} (got "${cell}")`);
    });
  });
  const key = schema.primaryKey?.[0];
  if (key) {
    const column = names.indexOf(key);
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const id = row[column] ?? '';
      if (seen.has(id)) problems.push(`${file.path}: row ${index + 1}, field "${key}": "${id}" is not unique`);
      seen.add(id);
    });
  }
  return problems;
}

/** The records of a file as name → value, for the reference check: a CSV's rows, or a JSON array's objects. */
function records(file: PublishedFile, text: string): Array<Record<string, unknown>> {
  if (file.format === 'json') {
    const data: unknown = JSON.parse(text);
    return Array.isArray(data) ? (data as Array<Record<string, unknown>>) : [];
  }
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** The ids a field's value holds: a list, an id, a space-separated cell, or nothing. */
function idsIn(value: unknown, field: Fields[string]): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value !== 'string' || value === '') return [];
  return field.csv?.pattern === ID_LIST_PATTERN ? value.split(' ') : [value];
}

export type KnownIds = Record<Reference, ReadonlySet<string>>;

/** Where the ids of each reference live: a CSV file's id column, or report.json for paragraphs. */
const WHERE: Record<Reference, string> = {
  figure: 'figures.csv',
  paragraph: 'report.json',
  place: 'places.csv',
  cluster: 'clusters.csv',
  project: 'projects.csv',
  commitment: 'commitments.csv',
  outcome: 'outcomes.csv',
};

/** The ids in a CSV file's id column. */
function csvIds(text: string): Set<string> {
  const [header = [], ...rows] = parseCsv(text);
  const column = header.indexOf('id');
  return new Set(rows.map((row) => row[column] ?? ''));
}

/** The ids the files hold: the rows of figures.csv and the lookup tables, the paragraphs of report.json. */
export function knownIds(bodies: ReadonlyMap<string, string>): KnownIds {
  const fromCsv = (reference: Exclude<Reference, 'paragraph'>) => csvIds(bodies.get(WHERE[reference]) ?? '');
  return {
    figure: fromCsv('figure'),
    place: fromCsv('place'),
    cluster: fromCsv('cluster'),
    project: fromCsv('project'),
    commitment: fromCsv('commitment'),
    outcome: fromCsv('outcome'),
    paragraph: new Set(paragraphIds(JSON.parse(bodies.get('report.json') ?? '{"parts":[]}') as Report)),
  };
}

/** Every id a field points at exists: "figures.csv: row 3, field "paragraph": no paragraph "p9-s9-9" in report.json". */
export function referenceProblems(file: PublishedFile, text: string, ids: KnownIds): string[] {
  const where = WHERE;
  const problems: string[] = [];
  records(file, text).forEach((record, index) => {
    for (const [name, field] of Object.entries(file.fields ?? {})) {
      if (!field.references || !(name in record)) continue;
      for (const id of idsIn(record[name], field))
        if (!ids[field.references].has(id)) {
          const row = file.format === 'csv' ? `row ${index + 1}, field "${name}"` : `[${index}].${name}`;
          problems.push(`${file.path}: ${row}: no ${field.references} "${id}" in ${where[field.references]}`);
        }
    }
  });
  return problems;
}

/** Every problem of a set of published files (path → body), each file against its own declaration and the others' ids. */
export function dataProblems(files: readonly PublishedFile[], bodies: ReadonlyMap<string, string>): string[] {
  const ids = knownIds(bodies);
  return files.flatMap((file) => {
    const text = bodies.get(file.path);
    if (text === undefined) return [`${file.path}: missing`];
    const own = file.format === 'csv' ? csvProblems(file, text) : jsonProblems(file, text);
    return own.length > 0 ? own : referenceProblems(file, text, ids);
  });
}
