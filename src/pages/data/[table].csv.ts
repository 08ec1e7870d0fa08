import type { APIRoute, GetStaticPaths } from 'astro';
import { LOOKUP_TABLES } from '../../lib/data/lookups.ts';
import { publishedFile } from '../../lib/data-schemas/package.ts';

// The lookup and link tables (the other files have their own routes beside this one).
export const getStaticPaths: GetStaticPaths = () => LOOKUP_TABLES.map((table) => ({ params: { table: table.name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(publishedFile(`${params.table}.csv`).body(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
