import type { APIRoute } from 'astro';
import { publishedFile } from '../../lib/data-schemas/package.ts';

export const GET: APIRoute = () =>
  new Response(publishedFile('figures.csv').body(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
