// On wide screens the contents stand in a column that scrolls on its own: bring the chapter being
// read (and its topics) into view in it, without scrolling the page.
// The width at which global.css makes the contents a column: asked of the media query, not of the
// column's computed style, which would make a phone lay the page out early, inside this script.
const WIDE = '(min-width: 68.75rem)';
const column = document.querySelector<HTMLElement>('.toc-bar');
const current = column?.querySelector<HTMLElement>('[aria-current="page"]');
if (column && current && matchMedia(WIDE).matches) {
  const shown = Math.min(column.getBoundingClientRect().bottom, innerHeight);
  if (current.getBoundingClientRect().bottom > shown) column.scrollTop = current.offsetTop - column.clientHeight / 3;
}
