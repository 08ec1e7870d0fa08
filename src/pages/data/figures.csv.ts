import type { APIRoute } from 'astro';
import { figuresCsv } from '../../lib/figures-csv.ts';
import { figures } from '../../lib/report.ts';

export const GET: APIRoute = () => new Response(figuresCsv(figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
