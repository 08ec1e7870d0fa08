// Links between editions and views of the same page (data-keep-place) keep the reader's place:
// the paragraph being read (not a #hash the reader has since scrolled past) and the page's query
// (what was searched for, the projects page's filters).
//
// On a phone the language link is in the header, so the reader scrolls up to it, through the
// paragraphs above, before tapping. The paragraph that counts is therefore the last one the reader
// stopped on while the header was out of view. A reader who never left the top of the page (the
// header still in view) lands at the top of the other; one who taps a link while the header is out
// of view (a keyboard, a wide screen) lands on the paragraph on screen.
import { carriedQuery, paragraphBeingRead } from './reading-position.ts';

const DWELL_MS = 400;

const onScreen = (): { id: string | null; any: boolean } => {
  // Chapters mark paragraphs .para[id]; the parallel view marks pairs .pair[id].
  const boxes = [...document.querySelectorAll<HTMLElement>('main .para[id], main .pair[id]')].map((element) => {
    const rect = element.getBoundingClientRect();
    return { id: element.id, top: rect.top, bottom: rect.bottom };
  });
  return { id: paragraphBeingRead(boxes, innerHeight), any: boxes.length > 0 };
};

let lastRead: string | null = null;
const header = document.querySelector('.site-header');
// Measured when needed rather than observed: an observer reports late on a busy phone, and a tap
// that comes first would read a header the reader has already scrolled back to as out of view.
const headerInView = (): boolean => (header?.getBoundingClientRect().bottom ?? 0) > 0;
// Arriving by a link to a paragraph (#p2-s5-3) is reading it, until the reader stops on another.
// Read from the address, not the screen: the browser may not have scrolled to it yet, and a tap
// that comes first must still carry it.
// Paragraph ids are plain ASCII (p2-s5-3), so the hash needs no decoding.
const arrivedAt = location.hash.slice(1);
if (arrivedAt && document.getElementById(arrivedAt)?.matches('main .para, main .pair')) lastRead = arrivedAt;
let timer: ReturnType<typeof setTimeout> | undefined;
addEventListener(
  'scroll',
  () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!headerInView()) lastRead = onScreen().id ?? lastRead;
    }, DWELL_MS);
  },
  { passive: true },
);

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-keep-place]') as HTMLAnchorElement | null;
  if (!link) return;
  const now = onScreen();
  // Pages without paragraphs (glossary, places) keep their own #anchor.
  const id = now.any ? (headerInView() ? lastRead : now.id) : location.hash.slice(1) || null;
  link.hash = id ?? '';
  link.search = carriedQuery(location.search, location.pathname);
});
