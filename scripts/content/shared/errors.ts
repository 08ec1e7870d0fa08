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

/**
 * What a command says of an error that is not the input's fault: one line, never a bare stack
 * trace (set REPORT_DEBUG=1 to see it). A string too long for JavaScript means the input was.
 */
export function unexpectedErrorMessage(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (process.env['REPORT_DEBUG'] && error instanceof Error && error.stack) console.error(error.stack);
  const hint = error instanceof RangeError && /string length/u.test(error.message) ? ' The report is too large to convert: reports of the genre are under 1 MB.' : ' This is a fault of the tool: please report it with the command you ran (REPORT_DEBUG=1 shows where it happened).';
  return `the run stopped on an unexpected error (${what}); the output folder was left as it was.${hint}`;
}
