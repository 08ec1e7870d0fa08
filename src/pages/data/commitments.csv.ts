import type { APIRoute } from 'astro';
import { commitments } from '../../lib/commitments.ts';
import { commitmentsCsv } from '../../lib/commitments-csv.ts';

export const GET: APIRoute = () => new Response(commitmentsCsv(commitments), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
