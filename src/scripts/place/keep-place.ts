// Links between editions and views of the same page (data-keep-place) keep the reader's place:
// the paragraph on screen when the link is followed (not a #hash the reader has since scrolled
// past), and the page's query (what was searched for, the projects page's filters).
import { carriedQuery, paragraphBeingRead } from './reading-position.ts';

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-keep-place]') as HTMLAnchorElement | null;
  if (!link) return;
  // Chapters mark paragraphs .para[id]; the parallel view marks pairs .pair[id].
  const boxes = [...document.querySelectorAll<HTMLElement>('main .para[id], main .pair[id]')].map((element) => {
    const rect = element.getBoundingClientRect();
    return { id: element.id, top: rect.top, bottom: rect.bottom };
  });
  const id = paragraphBeingRead(boxes, innerHeight);
  link.hash = id ?? (boxes.length === 0 ? location.hash : '');
  link.search = carriedQuery(location.search, location.pathname);
});
