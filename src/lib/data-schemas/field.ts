/**
 * One declaration per field of the open data: its description in both languages, its value in the
 * JSON file (a zod schema) and its cell in the CSV file (a Table Schema type). The JSON Schemas,
 * the Table Schemas of datapackage.json, the validators and the data page's field tables are all
 * made from these declarations.
 */
import { z } from 'astro/zod';

export interface Bilingual {
  zh: string;
  en: string;
}

/** Table Schema (v1) field types used by the CSV files. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean';

/** What a field's ids point at: a figure of figures.csv, a paragraph of report.json, a row of a lookup table. */
export type Reference = 'figure' | 'paragraph' | 'place' | 'cluster' | 'project' | 'commitment' | 'outcome';

export interface Column {
  type: ColumnType;
  /** An empty cell is not allowed. */
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
}

export interface FieldDeclaration {
  description: Bilingual;
  /** The value in the JSON file; absent for a column of the CSV only. */
  json?: z.ZodType;
  /** The cell in the CSV file; absent for a field of the JSON only. */
  csv?: Column;
  /** The ids this field holds (one id, or a list of them) must exist there. */
  references?: Reference;
}

export type Fields = Record<string, FieldDeclaration>;

/** A JSON object of these fields, each described in English (the JSON Schema's `description`); no other field allowed. */
export function jsonObject(fields: Fields) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(fields)) if (field.json) shape[name] = field.json.describe(field.description.en);
  return z.strictObject(shape);
}

/** The names of the CSV columns, in order. */
export const csvColumns = <F extends Fields>(fields: F) =>
  Object.keys(fields).filter((name) => fields[name]!.csv) as Array<keyof F & string>;

/** A nullable enum: the value or null (the JSON), an empty cell (the CSV). */
export const nullableEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();

/** A list of ids written as one cell, separated by spaces. */
export const ID_LIST_PATTERN = '^(\\S+( \\S+)*)?$';
