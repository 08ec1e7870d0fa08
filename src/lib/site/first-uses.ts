/**
 * Links the first use of each word of the trade in a page's reading text to its entry in the
 * glossary: a plain link, so it works without JavaScript. Later uses on the page stay plain.
 *
 * It works on the page's finished HTML because "first on the page" is a property of the whole page
 * (a chapter's summary, paragraphs and cards come from different components). Only text inside
 * <main> counts, and only text a link may wrap: not inside a link, a button, a heading, a term or
 * label being defined (<dt>), a note, a chart or map (<figure>), a marked figure, a glossary term
 * or Chinese text.
 */

export interface LinkTarget {
  id: string;
  match: string[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not reading text, or where a link is not allowed or not wanted. */
const SKIPPED_ELEMENTS = new Set([
  'a',
  'button',
  'summary',
  'label',
  'select',
  'option',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'svg',
  'code',
  'pre',
  'nav',
  'figure',
  'dt',
]);
/** Classes of the site's own inline widgets: figures and their notes, glossary terms, screen-reader-only text. */
const SKIPPED_CLASSES = ['toggletip', 'fig-wrap', 'term-wrap', 'visually-hidden'];
/** Elements whose content is raw text, never parsed as markup. */
const RAW = /^<(script|style|template|textarea|title)\b/iu;

const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|template|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/giu;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** One pattern for all phrases, longest first, matched as whole words. */
export function phrasePattern(targets: readonly LinkTarget[]): { pattern: RegExp; owner: Map<string, string> } {
  const owner = new Map(targets.flatMap((target) => target.match.map((phrase) => [phrase, target.id] as const)));
  const phrases = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phrases.join('|')})(?![\\p{L}\\p{N}-])`, 'gu'), owner };
}

/** A text node with the first use of each not-yet-seen entry wrapped in a link; `seen` is updated. */
export function linkInText(
  text: string,
  pattern: RegExp,
  owner: Map<string, string>,
  seen: Set<string>,
  link: (id: string, words: string) => string,
): string {
  return text.replace(pattern, (words) => {
    const id = owner.get(words)!;
    if (seen.has(id)) return words;
    seen.add(id);
    return link(id, words);
  });
}

function attribute(tag: string, name: string): string | null {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'iu').exec(tag);
  return found ? (found[1] ?? found[2] ?? found[3] ?? '') : null;
}

/** Whether an opening tag starts a part of the page whose text is never linked. */
function skips(name: string, tag: string): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if (attribute(tag, 'data-trade-words') === 'off') return true;
  const lang = attribute(tag, 'lang');
  if (lang !== null && !lang.toLowerCase().startsWith('en')) return true;
  const classes = (attribute(tag, 'class') ?? '').split(/\s+/u);
  return SKIPPED_CLASSES.some((skipped) => classes.includes(skipped));
}

/** The page with the first use of each target in its <main> linked by `link`. */
export function linkFirstUses(html: string, targets: readonly LinkTarget[], link: (id: string, words: string) => string): string {
  if (targets.length === 0) return html;
  const { pattern, owner } = phrasePattern(targets);
  const seen = new Set<string>();
  // The open elements inside <main>, each marked if its text is skipped (or an ancestor's is).
  const open: Array<{ name: string; skip: boolean }> = [];
  let inMain = false;
  let out = '';
  let last = 0;
  const text = (chunk: string): string => (inMain && !open.at(-1)?.skip ? linkInText(chunk, pattern, owner, seen, link) : chunk);
  for (const token of html.matchAll(TOKEN)) {
    out += text(html.slice(last, token.index));
    last = token.index + token[0].length;
    out += token[0];
    const tag = token[0];
    if (tag.startsWith('<!--') || RAW.test(tag)) continue;
    const name = /^<\/?([a-zA-Z][\w:-]*)/u.exec(tag)![1]!.toLowerCase();
    if (tag.startsWith('</')) {
      if (name === 'main') inMain = false;
      const at = open.findLastIndex((element) => element.name === name);
      if (at >= 0) open.length = at;
    } else if (name === 'main') {
      inMain = true;
      open.length = 0;
    } else if (inMain && !VOID.has(name) && !tag.endsWith('/>')) {
      open.push({ name, skip: (open.at(-1)?.skip ?? false) || skips(name, tag) });
    }
  }
  return out + text(html.slice(last));
}
