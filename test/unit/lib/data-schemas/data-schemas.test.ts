import { describe, expect, it } from 'vitest';
import { jsonSchemaErrors } from '../../../json-schema.ts';
import {
  dataPackage,
  jsonSchemaOf,
  jsonSchemas,
  publishedFile,
  publishedFiles,
  tableSchema,
} from '../../../../src/lib/data-schemas/package.ts';
import { csvProblems, dataProblems, jsonProblems, parseCsv } from '../../../../src/lib/data-schemas/validate.ts';

// Every published file, written by the same functions the /data/ pages serve.
const bodies = new Map(publishedFiles.map((file) => [file.path, file.body()]));
const withBody = (path: string, body: string) => new Map([...bodies, [path, body]]);

describe('published data files', () => {
  it('each match their schema (zod), their Table Schema and the ids they point at', () => {
    expect(publishedFiles.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        'report.json',
        'figures.json',
        'figures.csv',
        'commitments.json',
        'commitments.csv',
        'outcomes.json',
        'outcomes.csv',
        'targets.json',
      ]),
    );
    expect(dataProblems(publishedFiles, bodies)).toEqual([]);
  });

  it('each JSON file matches its published JSON Schema (ajv, draft 2020-12)', () => {
    for (const file of publishedFiles.filter((candidate) => candidate.format === 'json'))
      expect([file.path, jsonSchemaErrors(jsonSchemaOf(file.schema!), JSON.parse(bodies.get(file.path)!))]).toEqual([file.path, []]);
  });

  it('the JSON Schema refuses what zod refuses: a commitment with role "maybe"', () => {
    const broken = JSON.parse(bodies.get('commitments.json')!) as Array<Record<string, unknown>>;
    broken[3]!.role = 'maybe';
    const errors = jsonSchemaErrors(jsonSchemaOf(publishedFile('commitments.json').schema!), broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.instancePath).toBe('/3/role');
  });
});

describe('a broken copy fails, naming the file and the field', () => {
  it('a commitment with role "maybe"', () => {
    const broken = JSON.parse(bodies.get('commitments.json')!) as Array<Record<string, unknown>>;
    broken[3]!.role = 'maybe';
    const problems = jsonProblems(publishedFile('commitments.json'), JSON.stringify(broken));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^commitments\.json: \[3\]\.role: Invalid option: expected one of "target"\|"result"$/u);
  });

  it('a renamed field of a JSON file', () => {
    const broken = JSON.parse(bodies.get('figures.json')!) as Array<Record<string, unknown>>;
    broken[0]!.unit_as_written = broken[0]!.unitAsWritten;
    delete broken[0]!.unitAsWritten;
    const problems = jsonProblems(publishedFile('figures.json'), JSON.stringify(broken));
    expect(problems.join('\n')).toMatch(/figures\.json: \[0\]\.unitAsWritten: Invalid input/u);
    expect(problems.join('\n')).toMatch(/figures\.json: .*unit_as_written/u);
  });

  it('a CSV with a missing column', () => {
    const rows = parseCsv(bodies.get('figures.csv')!);
    const unit = rows[0]!.indexOf('unit');
    const csv = rows.map((row) => row.filter((_, i) => i !== unit).join(',')).join('\r\n');
    expect(csvProblems(publishedFile('figures.csv'), csv)).toEqual(['figures.csv: missing column "unit"']);
  });

  it('a CSV cell of the wrong type, and an empty required cell', () => {
    const rows = parseCsv(bodies.get('figures.csv')!);
    const [value, text] = [rows[0]!.indexOf('value'), rows[0]!.indexOf('text')];
    rows[2]![value] = '12亿';
    rows[5]![text] = '';
    const csv = rows
      .map((row) => row.map((cell) => (/[",\n\r]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
      .join('\r\n');
    expect(csvProblems(publishedFile('figures.csv'), csv)).toEqual([
      'figures.csv: row 2, field "value": expected a number (got "12亿")',
      'figures.csv: row 5, field "text": required, but empty (got "")',
    ]);
  });

  it('a figure whose paragraph does not exist', () => {
    const broken = JSON.parse(bodies.get('figures.json')!) as Array<Record<string, unknown>>;
    broken[7]!.paragraph = 'p9-s9-9';
    expect(dataProblems([publishedFile('figures.json')], withBody('figures.json', JSON.stringify(broken)))).toEqual([
      'figures.json: [7].paragraph: no paragraph "p9-s9-9" in report.json',
    ]);
  });

  it('a commitment naming a figure that figures.csv does not hold', () => {
    const rows = parseCsv(bodies.get('commitments.csv')!);
    const figures = rows[0]!.indexOf('figures');
    const row = rows.findIndex((cells, i) => i > 0 && cells[figures] !== '');
    rows[row]![figures] = `${rows[row]![figures]} p2-s1-1-f999`;
    const csv = rows
      .map((cells) => cells.map((cell) => (/[",\n\r]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
      .join('\r\n');
    expect(dataProblems([publishedFile('commitments.csv')], withBody('commitments.csv', csv))).toEqual([
      `commitments.csv: row ${row}, field "figures": no figure "p2-s1-1-f999" in figures.csv`,
    ]);
  });
});

describe('the lookup and link tables', () => {
  const csvRows = (path: string) => {
    const [header = [], ...rows] = parseCsv(bodies.get(path)!);
    return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]!])));
  };

  it('name, in both languages, every place, cluster and project id the clauses, figures and outcomes use', () => {
    const places = new Map(csvRows('places.csv').map((row) => [row.id, row]));
    for (const row of csvRows('commitments.csv'))
      for (const entry of row.places!.split(' ').filter(Boolean)) expect(places.has(entry.split(':')[0])).toBe(true);
    for (const row of places.values()) expect(row.name_zh && row.name_en).toBeTruthy();
    const projects = new Set(csvRows('projects.csv').map((row) => row.id));
    for (const row of csvRows('commitments.csv'))
      for (const id of row.projects!.split(' ').filter(Boolean)) expect(projects.has(id)).toBe(true);
    expect(csvRows('projects.csv').find((row) => row.id === 'farasis-power-battery')?.name_en).toBeTruthy();
    const clusters = new Set(csvRows('clusters.csv').map((row) => row.id));
    for (const row of csvRows('commitments.csv'))
      for (const id of row.clusters!.split(' ').filter(Boolean)) expect(clusters.has(id)).toBe(true);
  });

  it('give each zone the figure of its own target, also where one clause names three zones', () => {
    const zones = csvRows('zones.csv');
    const longnan = zones.find((row) => row.id === 'longnan-etdz')!;
    const hidz = zones.find((row) => row.id === 'ganzhou-hidz')!;
    expect(longnan.target_zh).toBe('580亿元');
    expect(hidz.target_zh).toBe('500亿元');
    expect(longnan.target_figure).not.toBe(hidz.target_figure);
  });

  it('join clauses, figures and outcomes to them by foreign keys in datapackage.json', () => {
    const keys = (path: string) => tableSchema(publishedFile(path)).foreignKeys.map((key) => `${key.fields[0]}→${key.reference.resource}`);
    expect(keys('commitment-places.csv')).toEqual(['commitment→commitments-csv', 'place→places-csv']);
    expect(keys('figure-subjects.csv')).toEqual([
      'figure→figures-csv',
      'commitment→commitments-csv',
      'place→places-csv',
      'cluster→clusters-csv',
    ]);
    expect(keys('outcome-places.csv')).toEqual(['outcome→outcomes-csv', 'place→places-csv']);
    expect(keys('zones.csv')).toEqual(['id→places-csv', 'county→places-csv', 'target_figure→figures-csv']);
    expect(keys('projects.csv')).toEqual(['cluster→clusters-csv']);
  });

  it('refuse a link to a place that places.csv does not hold, naming file, row and field', () => {
    const rows = parseCsv(bodies.get('commitment-places.csv')!);
    rows[3]![rows[0]!.indexOf('place')] = 'atlantis';
    const csv = rows
      .map((cells) => cells.map((cell) => (/[",\n\r]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
      .join('\r\n');
    expect(dataProblems([publishedFile('commitment-places.csv')], withBody('commitment-places.csv', csv))).toEqual([
      'commitment-places.csv: row 3, field "place": no place "atlantis" in places.csv',
    ]);
  });
});

describe('datapackage.json', () => {
  const descriptor = dataPackage(new URL('https://reports.example.org/'));

  it('lists every published file with its format, media type, encoding and schema', () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(publishedFiles.map((file) => file.path));
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[-a-z0-9._/]+$/u);
      expect(resource.title && resource.description).toBeTruthy();
      expect(resource.mediatype).toBe(resource.format === 'csv' ? 'text/csv' : 'application/json');
      expect(resource.encoding).toBe('utf-8');
      if (resource.format === 'json') expect(jsonSchemas.map((schema) => `schemas/${schema.name}.schema.json`)).toContain(resource.schema);
    }
    expect(new Set(descriptor.resources.map((resource) => resource.name)).size).toBe(descriptor.resources.length);
  });

  it('gives each CSV a Table Schema whose fields are the file header, with a primary key and foreign keys to figures.csv', () => {
    for (const file of publishedFiles.filter((candidate) => candidate.format === 'csv')) {
      const header = parseCsv(bodies.get(file.path)!)[0];
      expect([file.path, tableSchema(file).fields.map((field) => field.name)]).toEqual([file.path, header]);
      for (const field of tableSchema(file).fields) expect(field.description).toBeTruthy();
    }
    expect(tableSchema(publishedFile('figures.csv')).primaryKey).toEqual(['id']);
    expect(tableSchema(publishedFile('charts/targets.csv')).foreignKeys).toEqual([
      { fields: ['figure'], reference: { resource: 'figures-csv', fields: ['id'] } },
    ]);
  });

  it('names its sources and points to the terms the data page states, with absolute links on the site address', () => {
    expect(descriptor.homepage).toBe('https://reports.example.org/en/data/');
    expect(descriptor.licenses).toHaveLength(1);
    expect(descriptor.licenses[0]!.path).toBe('https://reports.example.org/en/data/#licence');
    expect(descriptor.licenses[0]!.title).toContain('attribution');
    expect(descriptor.sources[0]!.title).toContain("Ganzhou Municipal People's Government");
  });
});
