// Filters the glossary as the reader types (Chinese, English or words of the explanation);
// letters with no entry left are hidden. Without JavaScript the letter index still works.
const input = document.querySelector<HTMLInputElement>('[data-glossary-filter]');
const counter = document.querySelector<HTMLElement>('[data-glossary-count]');
const entries = [...document.querySelectorAll<HTMLElement>('.glossary__entry')];
const texts = entries.map((entry) => (entry.textContent ?? '').toLowerCase());

input?.addEventListener('input', () => {
  const query = input.value.trim().toLowerCase();
  let shown = 0;
  entries.forEach((entry, index) => {
    const match = query === '' || texts[index]!.includes(query);
    entry.hidden = !match;
    if (match) shown++;
  });
  for (const group of document.querySelectorAll<HTMLElement>('.glossary-group')) {
    group.hidden = !group.querySelector('.glossary__entry:not([hidden])');
  }
  if (counter) {
    counter.textContent =
      query === '' ? '' : (counter.dataset.template ?? '').replace('{{shown}}', String(shown)).replace('{{total}}', String(entries.length));
  }
});
