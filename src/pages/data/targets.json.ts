import type { APIRoute } from 'astro';
import { publishedFile } from '../../lib/data-schemas/package.ts';

export const GET: APIRoute = () => new Response(publishedFile('targets.json').body(), { headers: { 'Content-Type': 'application/json' } });
