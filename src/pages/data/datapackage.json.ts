import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/data-schemas/package.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dataPackage(site), null, 2), { headers: { 'Content-Type': 'application/json' } });
