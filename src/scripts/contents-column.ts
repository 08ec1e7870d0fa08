// On wide screens the contents stand in a column that scrolls on its own: bring the chapter being
// read (and its topics) into view in it, without scrolling the page.
const column = document.querySelector<HTMLElement>('.toc-bar');
const current = column?.querySelector<HTMLElement>('[aria-current="page"]');
if (column && current && getComputedStyle(column).position === 'sticky') {
  const shown = Math.min(column.getBoundingClientRect().bottom, innerHeight);
  if (current.getBoundingClientRect().bottom > shown) column.scrollTop = current.offsetTop - column.clientHeight / 3;
}
