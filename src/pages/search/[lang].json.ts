import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, type Lang } from '../../i18n/index.ts';
import { searchDocuments } from '../../lib/search/documents.ts';

export const getStaticPaths: GetStaticPaths = () => languages.map((lang) => ({ params: { lang } }));

// Read by scripts/search/build-index.ts (Pagefind records) and by the search page (exact matches).
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchDocuments(params.lang as Lang)), { headers: { 'Content-Type': 'application/json' } });
