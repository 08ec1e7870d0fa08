import { readFileSync, statSync, type Stats } from 'node:fs';
import { ContentError } from '../shared/errors.ts';
import { decodeTextFile } from '../shared/text-file.ts';

/**
 * Reads a report file: UTF-8 text with something in it (see text-file.ts for what else is refused),
 * no larger than `maxBytes`. A missing file, a folder and an unreadable file each get their own message.
 */
export function readSource(file: string, maxBytes: number): string {
  const unreadable = (error: unknown): ContentError => {
    const code = (error as NodeJS.ErrnoException).code;
    return new ContentError(file, null, code === 'ENOENT' ? "there is no such file: expected the report's text file (UTF-8)" : `cannot read the report (${code ?? 'error'}): expected a readable UTF-8 text file`);
  };
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw unreadable(error);
  }
  if (stats.isDirectory()) throw new ContentError(file, null, "this is a folder: expected the report's text file (UTF-8), such as report.zh.txt");
  if (stats.size > maxBytes) {
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    throw new ContentError(file, null, `the file is ${mb(stats.size)} MB: expected a report's text, which is under 1 MB, and at most ${mb(maxBytes)} MB (give --max-source-mb N to accept a larger file)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw unreadable(error);
  }
  return decodeSource(file, bytes);
}

export function decodeSource(file: string, bytes: Uint8Array): string {
  const text = decodeTextFile(file, bytes);
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new ContentError(file, 1, 'the report is empty: expected its text, with headings such as 一、… and （一）…');
  return text;
}
