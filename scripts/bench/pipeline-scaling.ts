import { readFileSync } from 'node:fs';
import { chapters, dataFiles } from '../content/output/emit.ts';
import { readGazetteer } from '../content/extract/places/gazetteer.ts';
import { normalize } from '../content/read/normalize.ts';
import { buildReportData } from '../content/extract/pipeline.ts';
import { readYamlFile } from '../content/shared/yaml-file.ts';
import { align } from '../content/translate/align.ts';

/**
 * A synthetic report N times the size of the real one: the real report as normalized blocks,
 * each paragraph repeated N times inside its section (headings kept, so the tree stays valid),
 * written one paragraph per line.
 */
export function syntheticReport(source: string, times: number): string {
  const { blocks } = normalize(source);
  return blocks
    .map((block) =>
      /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u.test(block.text) ? block.text : Array(times).fill(block.text).join('\n'),
    )
    .join('\n');
}

/** Milliseconds for normalize → segment → extract → emit (in memory) at 1x, 10x and 100x. */
export function measurePipeline(
  sourceFile: string,
  placesFile: string,
): Array<{ times: number; characters: number; paragraphs: number; figures: number; ms: number }> {
  const source = readFileSync(sourceFile, 'utf8');
  const places = readGazetteer(readYamlFile(placesFile));
  return [1, 10, 100].map((times) => {
    const text = syntheticReport(source, times);
    const runs: number[] = [];
    let last: ReturnType<typeof buildReportData> | null = null;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      last = buildReportData(text, `synthetic-${times}x`, places);
      const aligned = align(last.report, last.figures, new Map(), { requireAll: false, translationsDir: '' });
      dataFiles(last, aligned, []);
      chapters(last, aligned, []);
      runs.push(performance.now() - started);
    }
    const paragraphs = last!.report.parts.flatMap((p) => p.sections.flatMap((s) => s.topics.flatMap((t) => t.paragraphs))).length;
    return { times, characters: text.length, paragraphs, figures: last!.figures.length, ms: Math.min(...runs) };
  });
}
