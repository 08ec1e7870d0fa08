// A glossary term opens its explanation under the line on tap or Enter (it never covers the
// text) and closes it on a second one. Without JavaScript the term is a link to its glossary entry.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-term]');
  if (!link?.parentElement) return;
  event.preventDefault();
  const open = link.parentElement.classList.toggle('is-open');
  link.setAttribute('aria-expanded', String(open));
});
