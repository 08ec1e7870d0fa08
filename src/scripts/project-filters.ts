// Filters the projects list in place. Without JavaScript the form stays hidden and the full,
// grouped list is shown.
const form = document.querySelector<HTMLFormElement>('[data-project-filters]');
const count = document.querySelector<HTMLElement>('[data-project-count]');
if (form && count) {
  const apply = (): void => {
    const data = new FormData(form);
    const kind = String(data.get('kind') ?? '');
    const stage = String(data.get('stage') ?? '');
    const place = String(data.get('place') ?? '');
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-kind]')) {
      const match = (!kind || item.dataset.kind === kind) && (!stage || item.dataset.stage === stage) && (!place || (item.dataset.places ?? '').split(' ').includes(place));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-project-group]')) {
      group.hidden = group.querySelector('[data-kind]:not([hidden])') === null;
    }
    count.textContent = (count.dataset.template ?? '').replace('{shown}', String(shown));
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
}
