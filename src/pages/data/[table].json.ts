import type { APIRoute, GetStaticPaths } from 'astro';
import { LOOKUP_TABLES } from '../../lib/data/lookups.ts';
import { publishedFile } from '../../lib/data-schemas/package.ts';

// The lookup tables as JSON (link tables are CSV only; the other files have their own routes).
export const getStaticPaths: GetStaticPaths = () =>
  LOOKUP_TABLES.filter((table) => !table.link).map((table) => ({ params: { table: table.name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(publishedFile(`${params.table}.json`).body(), { headers: { 'Content-Type': 'application/json' } });
