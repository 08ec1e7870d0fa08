/**
 * Every file published under /data/, with its schema and the function that writes it (the pages
 * under src/pages/data/ serve exactly these bodies), and datapackage.json, the Frictionless Data
 * Package (v1, https://specs.frictionlessdata.io/data-package/) that describes them.
 */
import { z } from 'astro/zod';
import { useTranslations } from '../../i18n/index.ts';
import { chartCsv, chartJson } from '../charts/csv.ts';
import { CHART_IDS, chartTitle } from '../charts/specs.ts';
import { commitments } from '../commitments/commitments.ts';
import { commitmentsCsv } from '../data/commitments-csv.ts';
import { figuresCsv } from '../data/figures-csv.ts';
import { identity } from '../layers/identity.ts';
import { layers } from '../layers/layers.ts';
import { reportFacts } from '../meta/report-facts.ts';
import { fromPrevious, ledger } from '../ledger/outcomes.ts';
import { outcomesCsv } from '../data/outcomes-csv.ts';
import { figures, report } from '../report/report.ts';
import { CHART_KINDS, chartKindOf, chartSchema, type ChartKind } from './charts.ts';
import { commitmentFields, commitmentsSchema } from './commitments.ts';
import { csvColumns, ID_LIST_PATTERN, jsonObject, type Fields } from './field.ts';
import { figureFields, figuresSchema } from './figures.ts';
import { outcomeColumns, outcomesSchema } from './outcomes.ts';
import { reportSchema } from './report.ts';
import { targetFields, targetsSchema } from './targets.ts';
import { reportTargets } from '../report/main-targets.ts';
import { LOOKUP_TABLES, tableCsv } from '../data/lookups.ts';

/** A JSON Schema published under /data/schemas/, made from a zod schema. */
export interface PublishedSchema {
  /** e.g. "figures": /data/schemas/figures.schema.json */
  name: string;
  title: string;
  zod: z.ZodType;
}

export interface PublishedFile {
  /** Under /data/, e.g. "figures.csv", "charts/targets.json". */
  path: string;
  /** The resource's name in datapackage.json. */
  name: string;
  title: string;
  description: string;
  format: 'csv' | 'json';
  /** A CSV's columns (its Table Schema), or the fields of a JSON file's records. */
  fields?: Fields;
  primaryKey?: string;
  /** A JSON file's schema. */
  schema?: PublishedSchema;
  body: () => string;
}

const en = useTranslations('en');
const json = (value: unknown) => JSON.stringify(value, null, 2);

export const jsonSchemas: PublishedSchema[] = [
  { name: 'report', title: 'report.json', zod: reportSchema },
  { name: 'figures', title: 'figures.json', zod: figuresSchema },
  { name: 'commitments', title: 'commitments.json', zod: commitmentsSchema },
  { name: 'outcomes', title: 'outcomes.json', zod: outcomesSchema },
  { name: 'targets', title: 'targets.json', zod: targetsSchema },
  ...LOOKUP_TABLES.filter((table) => !table.link).map((table) => ({
    name: table.name,
    title: `${table.name}.json`,
    zod: z.array(jsonObject(table.fields)),
  })),
  ...(layers.charts
    ? (Object.keys(CHART_KINDS) as ChartKind[]).map((kind) => ({
        name: `chart-${kind}`,
        title: `charts/*.json (${kind})`,
        zod: chartSchema(kind),
      }))
    : []),
];
function schemaNamed(name: string): PublishedSchema {
  const schema = jsonSchemas.find((candidate) => candidate.name === name);
  if (!schema) throw new Error(`no schema ${name}`);
  return schema;
}

/** The JSON Schema (draft 2020-12) of a published JSON file. */
export const jsonSchemaOf = (schema: PublishedSchema) => ({
  ...z.toJSONSchema(schema.zod),
  title: schema.title,
  description: `The schema of /data/${schema.title}, made from the declarations in src/lib/data-schemas/.`,
});

export const publishedFiles: PublishedFile[] = [
  {
    path: 'report.json',
    name: 'report',
    title: 'The report tree',
    description: en('data.reportFile'),
    format: 'json',
    schema: schemaNamed('report'),
    body: () => json(report),
  },
  {
    path: 'figures.json',
    name: 'figures-json',
    title: 'Figures (JSON)',
    description: en('data.figuresFile', { count: figures.length }),
    format: 'json',
    fields: figureFields,
    schema: schemaNamed('figures'),
    body: () => json(figures),
  },
  {
    path: 'figures.csv',
    name: 'figures-csv',
    title: 'Figures (CSV)',
    description: en('data.figuresFile', { count: figures.length }),
    format: 'csv',
    fields: figureFields,
    primaryKey: 'id',
    body: () => figuresCsv(figures),
  },
  {
    path: 'commitments.json',
    name: 'commitments-json',
    title: 'Commitments (JSON)',
    description: en('data.commitmentsFile', { count: commitments.length }),
    format: 'json',
    fields: commitmentFields,
    schema: schemaNamed('commitments'),
    body: () => json(commitments),
  },
  {
    path: 'commitments.csv',
    name: 'commitments-csv',
    title: 'Commitments (CSV)',
    description: en('data.commitmentsFile', { count: commitments.length }),
    format: 'csv',
    fields: commitmentFields,
    primaryKey: 'id',
    body: () => commitmentsCsv(commitments),
  },
  // Published on every build, empty where the report has no paragraph of main targets: tools read this address.
  {
    path: 'targets.json',
    name: 'targets-json',
    title: 'Main targets (JSON)',
    description: en('data.targetsFile', { count: reportTargets.length }),
    format: 'json',
    fields: targetFields,
    schema: schemaNamed('targets'),
    body: () => json(reportTargets),
  },
  // Published on every build, empty where the content has no outcomes: tools may rely on the address.
  {
    path: 'outcomes.json',
    name: 'outcomes-json',
    title: fromPrevious ? "Outcomes of last year's main targets (JSON)" : 'Outcomes of the 2023 promises (JSON)',
    description: en(fromPrevious ? 'data.previousOutcomesFile' : 'data.outcomesFile', { count: ledger.length }),
    format: 'json',
    schema: schemaNamed('outcomes'),
    body: () => json(ledger),
  },
  {
    path: 'outcomes.csv',
    name: 'outcomes-csv',
    title: fromPrevious ? "Outcomes of last year's main targets (CSV)" : 'Outcomes of the 2023 promises (CSV)',
    description: en(fromPrevious ? 'data.previousOutcomesFile' : 'data.outcomesFile', { count: ledger.length }),
    format: 'csv',
    fields: outcomeColumns,
    primaryKey: 'id',
    body: () => outcomesCsv(ledger),
  },
  // What the ids of the files above stand for, and one row per link between them.
  ...LOOKUP_TABLES.flatMap((table): PublishedFile[] => {
    const description = `${table.title.en}: ${table.rows().length} rows.`;
    const csv: PublishedFile = {
      path: `${table.name}.csv`,
      name: `${table.name}-csv`,
      title: `${table.title.en} (CSV)`,
      description,
      format: 'csv',
      fields: table.fields,
      ...(table.link ? {} : { primaryKey: 'id' }),
      body: () => tableCsv(csvColumns(table.fields), table.rows()),
    };
    if (table.link) return [csv];
    return [
      {
        path: `${table.name}.json`,
        name: `${table.name}-json`,
        title: `${table.title.en} (JSON)`,
        description,
        format: 'json',
        fields: table.fields,
        schema: schemaNamed(table.name),
        body: () => json(table.rows()),
      },
      csv,
    ];
  }),
  ...(layers.charts
    ? CHART_IDS.flatMap((id): PublishedFile[] => {
        const kind = chartKindOf(id);
        const title = chartTitle(id, 'en');
        const description = `${en('data.chartsLead')} ${title}.`;
        return [
          {
            path: `charts/${id}.csv`,
            name: `chart-${id}-csv`,
            title: `${title} (CSV)`,
            description,
            format: 'csv',
            fields: CHART_KINDS[kind],
            body: () => chartCsv(id),
          },
          {
            path: `charts/${id}.json`,
            name: `chart-${id}-json`,
            title: `${title} (JSON)`,
            description,
            format: 'json',
            fields: CHART_KINDS[kind],
            schema: schemaNamed(`chart-${kind}`),
            body: () => chartJson(id),
          },
        ];
      })
    : []),
];

export function publishedFile(path: string): PublishedFile {
  const file = publishedFiles.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no published data file ${path}`);
  return file;
}

/** The CSV resource that holds the ids a reference points at; a paragraph's (report.json) is no table. */
const CSV_OF_REFERENCE: Partial<Record<NonNullable<Fields[string]['references']>, string>> = {
  figure: 'figures-csv',
  place: 'places-csv',
  cluster: 'clusters-csv',
  project: 'projects-csv',
  commitment: 'commitments-csv',
  outcome: 'outcomes-csv',
};

/** A list of ids in one cell ("p2-s1-1-f1 p2-s1-1-f2") cannot be a Table Schema foreign key: its description says what it points at. */
const isIdList = (field: Fields[string]) => field.csv?.pattern === ID_LIST_PATTERN;

/** The Table Schema of a CSV file. */
export function tableSchema(file: PublishedFile) {
  const fields = Object.entries(file.fields ?? {}).filter(([, field]) => field.csv);
  return {
    fields: fields.map(([name, field]) => {
      const column = field.csv!;
      const constraints = {
        ...(column.required ? { required: true } : {}),
        ...(column.enum ? { enum: [...column.enum] } : {}),
        ...(column.pattern ? { pattern: column.pattern } : {}),
      };
      return {
        name,
        type: column.type,
        description: field.description.en,
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
    missingValues: [''],
    ...(file.primaryKey ? { primaryKey: [file.primaryKey] } : {}),
    foreignKeys: fields.flatMap(([name, field]) => {
      const resource = field.references && !isIdList(field) ? CSV_OF_REFERENCE[field.references] : undefined;
      return resource ? [{ fields: [name], reference: { resource, fields: ['id'] } }] : [];
    }),
  };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/gu, '-')
    .replaceAll(/^-|-$/gu, '');

/** datapackage.json; `site` is the site's address, for the links that must be absolute. */
export function dataPackage(site: URL | undefined) {
  const english = identity('en');
  const dataPage = new URL('/en/data/', site ?? 'https://example.invalid/').href;
  return {
    profile: 'data-package',
    name: slug(english.title),
    title: `${english.title}: open data`,
    description: `${en('data.lead')} ${english.provenance}`,
    homepage: dataPage,
    // The site declares no named licence for its data: its data page states the terms, and this points there.
    licenses: [{ path: `${dataPage}#licence`, title: en('data.licence') }],
    sources: [
      {
        title: `${english.reportTitle} (${english.reportAuthor}): the Chinese text, unaltered`,
        ...(reportFacts.officialUrl ? { path: reportFacts.officialUrl } : {}),
      },
      { title: "This site's English translation, annotations, charts and outcome records", path: dataPage },
    ],
    resources: publishedFiles.map((file) => ({
      profile: file.format === 'csv' ? 'tabular-data-resource' : 'data-resource',
      name: file.name,
      path: file.path,
      title: file.title,
      description: file.description,
      format: file.format,
      mediatype: file.format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      ...(file.format === 'csv'
        ? { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true }, schema: tableSchema(file) }
        : { schema: `schemas/${file.schema!.name}.schema.json` }),
    })),
  };
}
