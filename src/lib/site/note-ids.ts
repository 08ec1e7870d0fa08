/**
 * Ids for the notes of figures and glossary terms. A page can show the same figure or term more
 * than once (the parallel view, a term quoted twice), so each note gets a page-wide counter.
 */
export function nextNoteId(locals: object, base: string): string {
  const counter = locals as { noteCount?: number };
  counter.noteCount = (counter.noteCount ?? 0) + 1;
  return `note-${base}-${counter.noteCount}`;
}
