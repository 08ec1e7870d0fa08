// Filters the projects list in place by kind, stage, county, zone and cluster (the address keeps the choice: see
// filter-form.ts). Without JavaScript the form stays hidden and the full, grouped list is shown.
import { filterForm, listHas } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('[data-project-filters]');
const count = document.querySelector<HTMLElement>('[data-project-count]');
if (form && count) {
  filterForm(form, count, ['kind', 'stage', 'place', 'zone', 'cluster'] as const, ({ kind, stage, place, zone, cluster }) => {
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>('[data-kind]')) {
      const match =
        (!kind || item.dataset.kind === kind) &&
        (!stage || item.dataset.stage === stage) &&
        listHas(item.dataset.places, place) &&
        listHas(item.dataset.places, zone) &&
        (!cluster || item.dataset.cluster === cluster);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-project-group]')) {
      group.hidden = group.querySelector('[data-kind]:not([hidden])') === null;
    }
    return shown;
  });
}
