import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../../lib/charts/csv.ts';
import { CHART_IDS, type ChartId } from '../../../lib/charts/specs.ts';
import { layers } from '../../../lib/layers/layers.ts';

export const getStaticPaths: GetStaticPaths = () => (layers.charts ? CHART_IDS : []).map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(params.chart as ChartId), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
