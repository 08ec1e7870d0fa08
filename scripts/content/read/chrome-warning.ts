/**
 * Page chrome (a web page's own lines around the report) is set apart, never shown as the report.
 * When it outweighs the report itself the file is probably not a report, or its layout was misread:
 * the run goes on, but says so.
 */
export function chromeWarning({ chrome, bodyLines }: { chrome: number; bodyLines: number }): string | null {
  if (chrome <= bodyLines) return null;
  return `${chrome} lines were set apart as page chrome, more than the ${bodyLines} read as the report: check that the file is the report itself`;
}
