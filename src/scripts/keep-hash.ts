// Links between editions and views of the same page keep the reader's paragraph (#anchor).
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-keep-hash]') as HTMLAnchorElement | null;
  if (link && location.hash) link.hash = location.hash;
});
