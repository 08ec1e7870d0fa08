// The search page: reads ?q= and the filters, shows entity matches, then paragraphs (exact
// matches first, then Pagefind's), each linking to its anchor. Loaded only on /zh|en/search/.
import type { SearchDocuments, SearchParagraph } from '../../lib/search/documents.ts';
import { matchCommitments } from './commitments.ts';
import { rankLocal, type Filters } from './core.ts';
import { excerpt } from './excerpt.ts';

interface PagefindResult { data(): Promise<{ url: string; meta: Record<string, string> }> }
interface Pagefind { search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null> }

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(container: HTMLElement): Promise<void> {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const form = container.querySelector<HTMLFormElement>('form')!;
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;
  const partialList = container.querySelector<HTMLOListElement>('[data-search-partial]')!;
  const partialSection = partialList.closest('section')!;
  const entityList = container.querySelector<HTMLUListElement>('[data-search-entities]')!;
  const commitmentList = container.querySelector<HTMLOListElement>('[data-search-commitments]')!;
  // UI strings come from the page, in its language: data-label-count → text('count').
  const text = (key: string): string => container.dataset[`label${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '';

  const documents = (await (await fetch(`/search/${lang}.json`)).json()) as SearchDocuments;
  let pagefind: Pagefind | null = null;
  const loadPagefind = async (): Promise<Pagefind> => {
    const url = '/pagefind/pagefind.js';
    pagefind ??= (await import(/* @vite-ignore */ url)) as Pagefind;
    return pagefind;
  };

  const run = async (): Promise<void> => {
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const filters: Filters = {};
    for (const key of ['chapter', 'period', 'county'] as const) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    const params = new URLSearchParams([...data].filter(([, value]) => value !== '') as Array<[string, string]>);
    history.replaceState(null, '', `?${params}`);
    list.replaceChildren();
    partialList.replaceChildren();
    entityList.replaceChildren();
    commitmentList.replaceChildren();
    partialSection.hidden = true;
    if (query === '') {
      status.textContent = '';
      return;
    }
    const local = rankLocal(documents, query, filters);
    const paragraphs = local.paragraphs;
    // Pagefind's own matches (stems, parts of words) go in a list of their own, so a reader can
    // tell a paragraph that holds the words from one that only resembles them.
    const partial: SearchParagraph[] = [];
    try {
      const pf = await loadPagefind();
      const found = await pf.search(query, { filters: filters as Record<string, string> });
      const byUrl = new Map(documents.paragraphs.map((paragraph) => [paragraph.url, paragraph]));
      for (const result of found?.results.slice(0, 20) ?? []) {
        const paragraph = byUrl.get((await result.data()).url);
        if (paragraph && !paragraphs.includes(paragraph) && !partial.includes(paragraph)) partial.push(paragraph);
      }
    } catch {
      // Without the Pagefind index (offline, a partial copy of the site) the exact matches still stand.
      pagefind = null;
    }
    for (const entity of local.entities.slice(0, 6)) {
      const item = document.createElement('li');
      item.dataset.entity = entity.id;
      const link = Object.assign(document.createElement('a'), { href: entity.url, textContent: entity.label });
      const kind = Object.assign(document.createElement('span'), { className: 'search-kind', textContent: text(`kind${entity.kind[0]!.toUpperCase()}${entity.kind.slice(1)}`) });
      const other = Object.assign(document.createElement('span'), { className: 'search-other', textContent: entity.other });
      other.lang = lang === 'zh' ? 'en' : 'zh-CN';
      item.append(kind, link, ' ', other);
      entityList.append(item);
    }
    // Clauses that answer the query in one line, above whole paragraphs (the place or project marked).
    for (const commitment of matchCommitments(documents, query)) {
      const item = document.createElement('li');
      item.dataset.commitment = commitment.id;
      const body = document.createElement('a');
      body.href = commitment.url;
      for (const piece of excerpt(commitment.text, query, 200)) body.append(piece.mark ? Object.assign(document.createElement('mark'), { textContent: piece.text }) : piece.text);
      item.append(body);
      commitmentList.append(item);
    }
    for (const paragraph of paragraphs) list.append(resultItem(paragraph, query));
    for (const paragraph of partial) partialList.append(resultItem(paragraph, query));
    partialSection.hidden = partial.length === 0;
    status.textContent = (paragraphs.length === 0 && local.entities.length === 0 ? text('none') : text('count')).replace('{count}', String(paragraphs.length));
    // Tests and assistive tools can tell the results for this query are in place.
    container.dataset.searched = query;
  };

  const resultItem = (paragraph: SearchParagraph, query: string): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'search-result';
    item.dataset.paragraph = paragraph.id;
    const link = Object.assign(document.createElement('a'), { href: paragraph.url, textContent: `${paragraph.chapter} · ${text('paragraph').replace('{number}', paragraph.id.split('-').at(-1) ?? '')}` });
    const meta = Object.assign(document.createElement('span'), { className: 'search-meta', textContent: paragraph.period });
    const body = document.createElement('p');
    for (const piece of excerpt(paragraph.text, query)) body.append(piece.mark ? Object.assign(document.createElement('mark'), { textContent: piece.text }) : piece.text);
    item.append(link, meta, body);
    return item;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  const initial = new URLSearchParams(location.search);
  for (const [key, value] of initial) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  }
  container.dataset.ready = 'true';
  if (initial.get('q')) await run();
}
