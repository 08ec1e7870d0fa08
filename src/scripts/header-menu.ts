// The phone header's toggle for search and the comfort buttons is a <details>, so it opens without
// JavaScript; with it, Escape closes the panel and gives focus back to the toggle.
for (const menu of document.querySelectorAll<HTMLDetailsElement>('[data-header-menu]')) {
  menu.parentElement?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
}
