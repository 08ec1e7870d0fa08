/** A span of a paragraph that the page renders with a component. */
export interface Annotation {
  start: number;
  end: number;
  tag: 'Fig' | 'Place' | 'Term';
  id: string;
}

/**
 * Keeps the annotations that do not overlap, earlier tags in `priority` first:
 * components cannot interleave, and links must not nest.
 */
export function resolveOverlaps(annotations: Annotation[], priority: Annotation['tag'][]): Annotation[] {
  const chosen: Annotation[] = [];
  const rank = (a: Annotation): number => priority.indexOf(a.tag);
  // Within a tag, the longer of two overlapping spans wins: 龙南经开区 over 龙南.
  for (const annotation of [...annotations].sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end)) {
    if (chosen.some((c) => annotation.start < c.end && c.start < annotation.end)) continue;
    chosen.push(annotation);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Text as a JSX expression: MDX then shows { } < > * _ # as the characters they are. */
export function mdxText(text: string): string {
  return text === '' ? '' : `{${JSON.stringify(text)}}`;
}

function mdxAttribute(value: string): string {
  return JSON.stringify(value);
}

/** MDX for text[from, to) with the annotations that fall inside it. */
export function renderSpan(text: string, from: number, to: number, annotations: Annotation[]): string {
  let out = '';
  let at = from;
  for (const annotation of annotations) {
    if (annotation.start < from || annotation.end > to) continue;
    out += mdxText(text.slice(at, annotation.start));
    out += `<${annotation.tag} id=${mdxAttribute(annotation.id)}>${mdxText(text.slice(annotation.start, annotation.end))}</${annotation.tag}>`;
    at = annotation.end;
  }
  return out + mdxText(text.slice(at, to));
}

/**
 * One paragraph as a single MDX line: a flow element whose children stay inline (no <p> inside).
 * Extra attributes (lang for the halves of a parallel pair) are written after the id. `heads` are
 * the run-in heads (content/run-ins.yaml), in order, outside the lead: the same text, set in bold.
 */
export function renderParagraph(
  id: string,
  text: string,
  lead: string | null,
  annotations: Annotation[],
  attributes: Record<string, string> = {},
  heads: ReadonlyArray<{ start: number; end: number }> = [],
): string {
  const leadEnd = lead === null ? 0 : lead.length;
  const leadMdx = lead === null ? '' : `<Lead>${renderSpan(text, 0, leadEnd, annotations)}</Lead>`;
  const extra = Object.entries(attributes).map(([name, value]) => ` ${name}=${mdxAttribute(value)}`).join('');
  let body = '';
  let at = leadEnd;
  for (const head of heads) {
    body += renderSpan(text, at, head.start, annotations) + `<RunIn>${renderSpan(text, head.start, head.end, annotations)}</RunIn>`;
    at = head.end;
  }
  return `<Para id=${mdxAttribute(id)}${extra}>${leadMdx}${body}${renderSpan(text, at, text.length, annotations)}</Para>`;
}
