// Filters the projects list in place, and keeps the filters in the address (?place=yudu&stage=start)
// so "projects in Yudu" can be bookmarked, shared and carried to the other language (the values
// are ids, the same in both). Without JavaScript the form stays hidden and the full, grouped list
// is shown.
import { formText } from './form-field.ts';

const form = document.querySelector<HTMLFormElement>('[data-project-filters]');
const count = document.querySelector<HTMLElement>('[data-project-count]');
if (form && count) {
  const FIELDS = ['kind', 'stage', 'place'] as const;
  const apply = (): void => {
    const data = new FormData(form);
    const [kind, stage, place] = FIELDS.map((field) => formText(data, field));
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-kind]')) {
      const match =
        (!kind || item.dataset.kind === kind) &&
        (!stage || item.dataset.stage === stage) &&
        (!place || (item.dataset.places ?? '').split(' ').includes(place));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-project-group]')) {
      group.hidden = group.querySelector('[data-kind]:not([hidden])') === null;
    }
    count.textContent = (count.dataset.template ?? '').replace('{shown}', String(shown));
    const params = new URLSearchParams(FIELDS.flatMap((field, i) => ([kind, stage, place][i] ? [[field, [kind, stage, place][i]!]] : [])));
    history.replaceState(history.state, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // A shared address: set the fields it names (only to values the form offers) and filter.
  const initial = new URLSearchParams(location.search);
  let any = false;
  for (const field of FIELDS) {
    const select = form.elements.namedItem(field);
    const value = initial.get(field);
    if (select instanceof HTMLSelectElement && value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
      any = true;
    }
  }
  if (any) apply();
}
