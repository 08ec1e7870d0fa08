import type { APIRoute } from 'astro';
import { figures } from '../../lib/report.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(figures, null, 2), { headers: { 'Content-Type': 'application/json' } });
