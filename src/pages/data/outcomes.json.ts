import type { APIRoute } from 'astro';
import { ledger } from '../../lib/outcomes.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(ledger, null, 2), { headers: { 'Content-Type': 'application/json' } });
