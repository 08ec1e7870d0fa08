import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

/** Serves dist/ with Astro's own static preview server for the duration of the browser tests. */
export default async function serveDist(project: TestProject) {
  if (!existsSync('dist/zh/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ or its search index is missing: run `npm run build` before `npm run test:e2e`');
  }
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4322 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
