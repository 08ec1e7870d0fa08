import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../../scripts/content/shared/text-file.ts';

const decode = (bytes: number[] | Uint8Array) => () => decodeTextFile('in.txt', Uint8Array.from(bytes));

describe('decodeTextFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeTextFile('in.txt', new TextEncoder().encode('一、总结\n'))).toBe('一、总结\n');
    expect(decodeTextFile('in.txt', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('says GBK, with the line of the first byte that is not UTF-8', () => {
    // 一、 in GBK
    expect(decode([0x61, 0x0a, 0x62, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2, 0x0a])).toThrow(
      /^in\.txt:3: the file is not valid UTF-8: it is probably GBK\/GB18030/u,
    );
  });

  it('calls UTF-16 UTF-16, with or without a byte-order mark', () => {
    const utf16 = Buffer.from('一、总结\n各位代表：\n', 'utf16le');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))).toThrow(/^in\.txt: the file is UTF-16 \(little-endian\), not UTF-8/u);
    expect(decode(Buffer.from('report: yes\nyear: 2026\n', 'utf16le'))).toThrow(/UTF-16 \(little-endian\)/u);
    expect(decode(Buffer.from([0xfe, 0xff, 0x4e, 0x00]))).toThrow(/UTF-16 \(big-endian\)/u);
  });

  it('calls a PDF, a Word file, an image or other binary what it is', () => {
    expect(decode([...Buffer.from('%PDF-1.7\n'), 0, 1, 2])).toThrow(
      /^in\.txt: this is a PDF file, not a text file: expected UTF-8 text \(copy the text out of it/u,
    );
    expect(decode([0x50, 0x4b, 0x03, 0x04, 0, 0])).toThrow(/this is a ZIP archive \(a \.docx, \.xlsx or \.zip file\)/u);
    expect(decode([0xd0, 0xcf, 0x11, 0xe0, 0, 0])).toThrow(/this is a Word or Excel file/u);
    expect(decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).toThrow(/this is an image/u);
    expect(decode([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])).toThrow(/this is a binary file/u);
  });
});
