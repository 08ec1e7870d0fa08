import { ContentError } from './errors.ts';

/**
 * Every input (the report, each YAML file) must be UTF-8 text. Reports of this genre are often
 * saved as GBK, or exported from Word as UTF-16, or the PDF itself is passed: each is named for
 * what it is, with the file, instead of being read as mojibake or failing somewhere later.
 */
export function decodeTextFile(file: string, bytes: Uint8Array): string {
  const kind = binaryKind(bytes);
  if (kind) throw new ContentError(file, null, `this is ${kind}, not a text file: expected UTF-8 text${kind.startsWith('a PDF') || kind.startsWith('a Word') ? ' (copy the text out of it and save that as UTF-8)' : ''}`);
  const utf16 = utf16Kind(bytes);
  if (utf16) throw new ContentError(file, null, `the file is ${utf16}, not UTF-8: save it as UTF-8, e.g. \`iconv -f UTF-16 -t UTF-8\``);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, lineOfFirstInvalidByte(bytes), 'the file is not valid UTF-8: it is probably GBK/GB18030, as many Chinese reports are; convert it first, e.g. `iconv -f GB18030 -t UTF-8`');
  }
}

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

/** A file format by its first bytes, or null. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF file';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive (a .docx, .xlsx or .zip file)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'a Word or Excel file (.doc, .xls)';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'an image';
  if (utf16Kind(bytes) !== null) return null;
  // Text has no NUL bytes; nearly every binary format has many.
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0) ? 'a binary file' : null;
}

/** "UTF-16 (little-endian)" by its byte-order mark, or by NULs at every other byte (ASCII-heavy UTF-16 without one). */
function utf16Kind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'UTF-16 (little-endian)';
  if (startsWith(bytes, [0xfe, 0xff])) return 'UTF-16 (big-endian)';
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  if (pairs < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.3 && evenZero === 0) return 'UTF-16 (little-endian)';
  if (evenZero > pairs * 0.3 && oddZero === 0) return 'UTF-16 (big-endian)';
  return null;
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
