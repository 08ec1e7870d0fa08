/**
 * Which paragraph the reader is on, from where the paragraphs sit in the viewport: the first one
 * that reaches below a quarter of the screen's height. A paragraph scrolled mostly out of view
 * above is finished; the next is being read. Kept free of the DOM so it can be unit-tested.
 */
export interface Box {
  id: string;
  top: number;
  bottom: number;
}

export function paragraphBeingRead(boxes: Box[], viewportHeight: number): string | null {
  const line = viewportHeight / 4;
  const current = boxes.find((box) => box.bottom > line);
  // None reaching into the screen (the reader is above the first paragraph or below the last).
  if (!current || current.top >= viewportHeight) return null;
  return current.id;
}

/**
 * The query string a link to the same page in the other language (or view) carries over. The
 * search page keeps only the words searched for (its filters are labels in the page's language);
 * other pages keep theirs whole (the projects page's filters are ids, the same in both languages).
 */
export function carriedQuery(search: string, pathname: string): string {
  const params = new URLSearchParams(search);
  if (/^\/(zh|en)\/search\/$/u.test(pathname)) {
    const q = params.get('q');
    return q ? `?${new URLSearchParams({ q })}` : '';
  }
  return params.size > 0 ? `?${params}` : '';
}
