import type { APIRoute } from 'astro';
import { commitments } from '../../lib/commitments.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(commitments, null, 2), { headers: { 'Content-Type': 'application/json' } });
