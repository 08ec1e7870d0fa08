// Large text and dark mode: buttons in the header set them, localStorage remembers them across
// pages, and an inline script in <head> applies them before the first paint (no layout shift).
const root = document.documentElement;

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

const isDark = (): boolean =>
  root.dataset.theme === 'dark' || (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);

for (const controls of document.querySelectorAll<HTMLElement>('[data-comfort]')) {
  const size = controls.querySelector<HTMLButtonElement>('[data-comfort-size]')!;
  const theme = controls.querySelector<HTMLButtonElement>('[data-comfort-theme]')!;
  const sync = (): void => {
    size.setAttribute('aria-pressed', String(root.dataset.size === 'large'));
    theme.setAttribute('aria-pressed', String(isDark()));
  };
  size.addEventListener('click', () => {
    const large = root.dataset.size !== 'large';
    if (large) root.dataset.size = 'large';
    else delete root.dataset.size;
    store('size', large ? 'large' : null);
    sync();
  });
  theme.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    store('theme', next);
    sync();
  });
  sync();
}
