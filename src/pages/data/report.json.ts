import type { APIRoute } from 'astro';
import { report } from '../../lib/report.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(report, null, 2), { headers: { 'Content-Type': 'application/json' } });
