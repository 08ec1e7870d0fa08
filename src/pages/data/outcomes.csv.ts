import type { APIRoute } from 'astro';
import { ledger } from '../../lib/outcomes.ts';
import { outcomesCsv } from '../../lib/outcomes-csv.ts';

export const GET: APIRoute = () => new Response(outcomesCsv(ledger), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
