/**
 * An input problem the author of the input can fix. The CLI prints `file:line: message`
 * and exits 1; it is never shown as a stack trace.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
  }
}
