// The search page: reads ?q= and the filters, and shows results from the site's own search data
// (loaded with the page) as the reader types, with no wait: entity matches, paragraphs holding
// the words, then partial matches apart. Pagefind's index is fetched only for a query those find
// nothing for, on Enter, and its results fill the (empty) partial list: nothing above moves.
// Loaded only on /zh|en/search/.
import type { SearchDocuments, SearchEntity, SearchParagraph } from '../../lib/search/documents.ts';
import { formText } from '../form-field.ts';
import { matchCommitments } from './commitments.ts';
import { closestEntities, queryAlternatives, queryTerms, rankLocal, type Filters } from './core.ts';
import { excerpt } from './excerpt.ts';

interface PagefindResult {
  data(): Promise<{ url: string }>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Screen readers hear the count once the reader pauses, not at every keystroke. */
const ANNOUNCE_AFTER_MS = 700;
/**
 * The address (?q=…) follows the box once the reader pauses: history.replaceState costs a few
 * milliseconds, about a third of a keystroke's work, so it is not done at every key.
 */
const ADDRESS_AFTER_MS = 250;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(container: HTMLElement): Promise<void> {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const form = container.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;
  const partialList = container.querySelector<HTMLOListElement>('[data-search-partial]')!;
  const partialSection = partialList.closest('section')!;
  const entityList = container.querySelector<HTMLUListElement>('[data-search-entities]')!;
  const commitmentList = container.querySelector<HTMLOListElement>('[data-search-commitments]')!;
  const note = container.querySelector<HTMLElement>('[data-search-note]')!;
  const elsewhere = container.querySelector<HTMLElement>('[data-search-elsewhere]')!;
  const otherEdition = elsewhere.querySelector<HTMLAnchorElement>('[data-search-other-edition]')!;
  const otherSearchPath = otherEdition.getAttribute('href')!;
  const closestList = elsewhere.querySelector<HTMLUListElement>('[data-search-closest]')!;
  const closestSection = closestList.closest('section')!;
  // UI strings come from the page, in its language: data-label-count → text('count').
  const text = (key: string): string => container.dataset[`label${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '';

  let documents: SearchDocuments;
  try {
    documents = (await (await fetch(`/search/${lang}.json`)).json()) as SearchDocuments;
  } catch {
    // Offline before the report was saved: say so instead of showing an empty page.
    status.textContent = text('unavailable');
    return;
  }

  let pagefind: Pagefind | null = null;
  const loadPagefind = async (): Promise<Pagefind> => {
    const url = '/pagefind/pagefind.js';
    pagefind ??= (await import(/* @vite-ignore */ url)) as Pagefind;
    return pagefind;
  };

  let generation = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingAddress: string | null = null;

  const writeAddress = (): void => {
    clearTimeout(addressTimer);
    if (pendingAddress !== null && pendingAddress !== `${location.pathname}${location.search}`)
      history.replaceState(history.state, '', pendingAddress);
    pendingAddress = null;
  };
  // A reader who taps a result (or leaves) before the pause still finds the query on coming back.
  container.addEventListener('click', writeAddress, { capture: true });
  addEventListener('pagehide', writeAddress);

  const readForm = (how: { typing: boolean }): { query: string; filters: Filters } => {
    const data = new FormData(form);
    const filters: Filters = {};
    for (const key of ['chapter', 'period', 'county'] as const) {
      const value = formText(data, key);
      if (value) filters[key] = value;
    }
    const params = new URLSearchParams([...data].filter(([, value]) => value !== '') as Array<[string, string]>);
    pendingAddress = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
    if (how.typing) {
      clearTimeout(addressTimer);
      addressTimer = setTimeout(writeAddress, ADDRESS_AFTER_MS);
    } else writeAddress();
    return { query: formText(data, 'q').trim(), filters };
  };

  /** Renders every local tier at once; on Enter, asks Pagefind when they found nothing. */
  const run = (how: { typing: boolean }): void => {
    const current = ++generation;
    const { query, filters } = readForm(how);
    clearTimeout(announceTimer);
    note.hidden = true;
    if (query === '') {
      list.replaceChildren();
      partialList.replaceChildren();
      entityList.replaceChildren();
      commitmentList.replaceChildren();
      partialSection.hidden = true;
      elsewhere.hidden = true;
      status.textContent = '';
      delete container.dataset.searched;
      return;
    }
    const local = rankLocal(documents, query, filters);
    // The query as one phrase too, so "rare earth" is marked whole rather than word by word.
    const terms = [queryTerms(query).join(' '), ...queryAlternatives(documents, query).flat()];
    entityList.replaceChildren(...local.entities.slice(0, 6).map((entity) => entityItem(entity, 'entity')));
    // Clauses that answer the query in one line, above whole paragraphs (the place or project marked).
    commitmentList.replaceChildren(
      ...matchCommitments(documents, query).map((commitment) => {
        const item = document.createElement('li');
        item.dataset.commitment = commitment.id;
        const body = Object.assign(document.createElement('a'), { href: commitment.url });
        for (const piece of excerpt(commitment.text, terms, 200))
          body.append(piece.mark ? Object.assign(document.createElement('mark'), { textContent: piece.text }) : piece.text);
        item.append(body);
        return item;
      }),
    );
    list.replaceChildren(...local.paragraphs.map((paragraph) => resultItem(paragraph, terms)));
    partialList.replaceChildren(...local.partial.map((paragraph) => resultItem(paragraph, terms, true)));
    partialSection.hidden = local.partial.length === 0;
    const nothing = local.paragraphs.length === 0 && local.entities.length === 0 && local.partial.length === 0;
    // Nothing here: the same query on the other edition, and the names closest to what was typed.
    elsewhere.hidden = !nothing;
    if (nothing) {
      otherEdition.textContent = text('otherEdition').replace('{query}', query);
      otherEdition.href = `${otherSearchPath}?${new URLSearchParams({ q: query })}`;
      const closest = closestEntities(documents, query);
      closestList.replaceChildren(...closest.map((entity) => entityItem(entity, 'closest')));
      closestSection.hidden = closest.length === 0;
    }
    const count = local.paragraphs.length;
    const message = (nothing ? text('none') : text(count === 1 ? 'countOne' : 'count')).replace('{count}', String(count));
    if (how.typing) announceTimer = setTimeout(() => (status.textContent = message), ANNOUNCE_AFTER_MS);
    else status.textContent = message;
    // Tests and assistive tools can tell the results for this query are in place.
    container.dataset.searched = query;
    if (nothing && !how.typing) void askPagefind(query, filters, terms, current);
  };

  const askPagefind = async (query: string, filters: Filters, terms: string[], current: number): Promise<void> => {
    container.dataset.pagefind = 'loading';
    try {
      const found = await (await loadPagefind()).search(query, { filters: filters as Record<string, string> });
      const byUrl = new Map(documents.paragraphs.map((paragraph) => [paragraph.url, paragraph]));
      const partial: SearchParagraph[] = [];
      for (const result of found?.results.slice(0, 20) ?? []) {
        const paragraph = byUrl.get((await result.data()).url);
        if (paragraph && !partial.includes(paragraph)) partial.push(paragraph);
      }
      if (current !== generation) return;
      partialList.replaceChildren(...partial.map((paragraph) => resultItem(paragraph, terms, true)));
      partialSection.hidden = partial.length === 0;
    } catch {
      // Offline (Pagefind's index is not saved with the report) or a partial copy of the site.
      pagefind = null;
      if (current === generation) {
        note.textContent = text('offline');
        note.hidden = false;
      }
    } finally {
      if (current === generation) container.dataset.pagefind = 'done';
    }
  };

  /** An entity as a link to its page, its kind and its name in the other language; `role` names its list for tests. */
  const entityItem = (entity: SearchEntity, role: 'entity' | 'closest'): HTMLLIElement => {
    const item = document.createElement('li');
    item.dataset[role] = entity.id;
    const link = Object.assign(document.createElement('a'), { href: entity.url, textContent: entity.label });
    const kind = Object.assign(document.createElement('span'), {
      className: 'search-kind',
      textContent: text(`kind${entity.kind[0]!.toUpperCase()}${entity.kind.slice(1)}`),
    });
    const other = Object.assign(document.createElement('span'), { className: 'search-other', textContent: entity.other });
    other.lang = lang === 'zh' ? 'en' : 'zh-CN';
    item.append(kind, link, ' ', other);
    return item;
  };

  /** A paragraph: its link, its part, and an excerpt around the first word that matched, marked (as partial matches meet it for `partial`). */
  const resultItem = (paragraph: SearchParagraph, terms: string[], partial = false): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'search-result';
    item.dataset.paragraph = paragraph.id;
    const link = Object.assign(document.createElement('a'), {
      href: paragraph.url,
      textContent: `${paragraph.chapter} · ${text('paragraph').replace('{number}', paragraph.id.split('-').at(-1) ?? '')}`,
    });
    const meta = Object.assign(document.createElement('span'), { className: 'search-meta', textContent: paragraph.period });
    const body = document.createElement('p');
    for (const piece of excerpt(paragraph.text, terms, 60, partial))
      body.append(piece.mark ? Object.assign(document.createElement('mark'), { textContent: piece.text }) : piece.text);
    item.append(link, meta, body);
    return item;
  };

  // Results as the reader types (no debounce: the local tiers take a few milliseconds).
  input.addEventListener('input', () => run({ typing: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run({ typing: false });
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) run({ typing: false });
  });
  const initial = new URLSearchParams(location.search);
  for (const [key, value] of initial) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  }
  container.dataset.ready = 'true';
  if (initial.get('q')) run({ typing: false });
}
