// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Routes carry the language themselves (/zh/…, /en/…): see src/pages/[lang].
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // The site ships no client framework; the few scripts are inlined per component.
  devToolbar: { enabled: false },
});
