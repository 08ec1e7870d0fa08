import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { siteContent, type BuildOptions } from './build-content.ts';

/**
 * The options both commands take: `npm run content` and `npm run site`.
 * --content DIR: a content folder laid out like content/ (curated layers checked, English may be partial);
 * --source FILE [--places FILE]: any report of the genre, with no curated data.
 */
export interface ParsedOptions {
  build: Omit<BuildOptions, 'out'>;
  out: string | undefined;
  help: boolean;
}

export function parseOptions(args: string[]): ParsedOptions {
  const values = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      source: { type: 'string' },
      places: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
  if (values.content !== undefined && values.source !== undefined) throw new TypeError('give either --content or --source, not both');
  if (values.places !== undefined && values.source === undefined) throw new TypeError('--places goes with --source (a content folder has its own places.yaml)');
  const help = values.help ?? false;
  if (values.source === undefined) {
    const build = siteContent(values.content ?? 'content');
    // Only the site's own content must be translated in full; another content folder may be partly.
    return { build: { ...build, requireTranslations: values.content === undefined }, out: values.out, help };
  }
  return {
    build: {
      contentDir: 'content',
      source: values.source,
      // Another report: the site's gazetteer and conversion rates, none of its curated data.
      places: values.places ?? join('content', 'places.yaml'),
      placesByDefault: values.places === undefined,
      conversions: join('content', 'conversions.yaml'),
      translations: null,
      clauseTranslations: null,
      requireTranslations: false,
      glossary: null,
      projects: null,
      clusters: null,
      summaries: null,
      runIns: null,
      charts: null,
      doors: null,
      outcomes: null,
      identity: null,
    },
    out: values.out,
    help,
  };
}
