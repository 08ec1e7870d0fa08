// Figures and glossary terms open their note under the line on tap or Enter (it never covers
// the text) and close it on a second one. Without JavaScript each is a link to its entry in
// the figures table or the glossary.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-toggletip]');
  if (!link?.parentElement) return;
  event.preventDefault();
  const open = link.parentElement.classList.toggle('is-open');
  link.setAttribute('aria-expanded', String(open));
});
