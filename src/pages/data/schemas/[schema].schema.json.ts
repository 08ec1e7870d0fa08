import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf, jsonSchemas } from '../../../lib/data-schemas/package.ts';

// The JSON Schema of each published JSON file, referenced from datapackage.json.
export const getStaticPaths: GetStaticPaths = () => jsonSchemas.map((schema) => ({ params: { schema: schema.name }, props: { schema } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(jsonSchemaOf(props.schema as (typeof jsonSchemas)[number]), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
