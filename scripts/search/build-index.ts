/**
 * Builds the Pagefind index from the search documents the site build wrote (dist/search/{zh,en}.json):
 * one record per paragraph, so a result is a paragraph and links to its anchor, with filters for
 * chapter, period and county; and one record per chapter with its "at a glance" points.
 * One index per language. Run after `astro build`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchDocuments } from '../../src/lib/search/documents.ts';

const DIST = process.argv[2] ?? 'dist';

async function main(): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let records = 0;
  for (const lang of ['zh', 'en'] as const) {
    const documents = JSON.parse(readFileSync(join(DIST, 'search', `${lang}.json`), 'utf8')) as SearchDocuments;
    for (const paragraph of documents.paragraphs) {
      await add(index, {
        url: paragraph.url,
        content: paragraph.text,
        language: lang,
        meta: { title: paragraph.chapter, paragraph: paragraph.id, period: paragraph.period },
        filters: { chapter: [paragraph.chapter], period: [paragraph.period], county: paragraph.counties },
      });
      records++;
    }
    for (const chapter of documents.chapters) {
      if (chapter.points.length === 0) continue;
      await add(index, {
        url: chapter.url,
        content: [chapter.title, ...chapter.points].join('\n'),
        language: lang,
        meta: { title: chapter.title, period: chapter.period, kind: 'chapter' },
        filters: { chapter: [chapter.title], period: [chapter.period] },
      });
      records++;
    }
  }
  rmSync(join(DIST, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search: ${records} records in 2 languages → ${join(DIST, 'pagefind')} (${Math.round(performance.now() - started)} ms)`);
}

async function add(index: pagefind.PagefindIndex, record: pagefind.CustomRecord): Promise<void> {
  const response = await index.addCustomRecord(record);
  if (response.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${response.errors.join('; ')}`);
}

main().catch(async (error: unknown) => {
  console.error(`search: ${(error as Error).message}`);
  await pagefind.close();
  process.exit(1);
});
