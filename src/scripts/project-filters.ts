// Filters the projects list in place by kind, stage and place (the address keeps the choice: see
// filter-form.ts). Without JavaScript the form stays hidden and the full, grouped list is shown.
import { filterForm, listHas } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('[data-project-filters]');
const count = document.querySelector<HTMLElement>('[data-project-count]');
if (form && count) {
  filterForm(form, count, ['kind', 'stage', 'place'] as const, ({ kind, stage, place }) => {
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-kind]')) {
      const match =
        (!kind || item.dataset.kind === kind) && (!stage || item.dataset.stage === stage) && listHas(item.dataset.places, place);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-project-group]')) {
      group.hidden = group.querySelector('[data-kind]:not([hidden])') === null;
    }
    return shown;
  });
}
