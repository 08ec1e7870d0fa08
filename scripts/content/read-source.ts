import { readFileSync } from 'node:fs';
import { ContentError } from './errors.ts';

/**
 * Reads a report file as UTF-8. Reports of this genre are often saved as GBK: such a file
 * is refused with a hint rather than turned into mojibake.
 */
export function readSource(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new ContentError(file, null, 'cannot read the report: expected a readable UTF-8 text file');
  }
  return decodeSource(file, bytes);
}

export function decodeSource(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new ContentError(file, line, 'the file is not valid UTF-8: it is probably GBK/GB18030, as many Chinese reports are; convert it first, e.g. `iconv -f GB18030 -t UTF-8`');
  }
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new ContentError(file, 1, 'the report is empty: expected its text, with headings such as 一、… and （一）…');
  return text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
