/** RFC 4180 CSV with a header row; UTF-8 with a BOM so spreadsheet programs read the Chinese right. */
/** What a CSV cell can hold: lists are joined by the caller, so a list never prints as "a,b" by accident. */
export type CsvCell = string | number | boolean | null | undefined;

function cell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
