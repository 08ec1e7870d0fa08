import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';

// The MDX chapters written by scripts/content (npm run content); one per section of the report and language.
const chapterSchema = z.object({ section: z.string() });

export const collections = {
  chaptersZh: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/generated/chapters/zh' }),
    schema: chapterSchema,
  }),
  chaptersEn: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/generated/chapters/en' }),
    schema: chapterSchema,
  }),
  chaptersParallel: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/generated/chapters/parallel' }),
    schema: chapterSchema,
  }),
};
