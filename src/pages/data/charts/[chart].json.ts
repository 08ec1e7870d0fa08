import type { APIRoute, GetStaticPaths } from 'astro';
import { chartJson } from '../../../lib/charts/csv.ts';
import { CHART_IDS, type ChartId } from '../../../lib/charts/specs.ts';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) => new Response(chartJson(params.chart as ChartId), { headers: { 'Content-Type': 'application/json' } });
