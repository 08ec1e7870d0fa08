// Filters the figures table in place by chapter, period and place (the address keeps the choice:
// see filter-form.ts). Without JavaScript the form stays hidden and each chapter's figures are a
// group to open.
import { filterForm, listHas } from './filter-form.ts';

const form = document.querySelector<HTMLFormElement>('[data-figure-filters]');
const count = document.querySelector<HTMLElement>('[data-figure-count]');
const groups = [...document.querySelectorAll<HTMLDetailsElement>('[data-figure-group]')];
// A link to one figure (#p2-s1-1-f3) opens its chapter's group.
const openTarget = (): void => {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const group = target?.closest('details');
  if (group && !group.open) {
    group.open = true;
    target!.scrollIntoView();
  }
};
openTarget();
window.addEventListener('hashchange', openTarget);
if (form && count) {
  filterForm(form, count, ['chapter', 'period', 'place'] as const, ({ chapter, period, place }) => {
    const filtering = Boolean(chapter || period || place);
    let shown = 0;
    for (const row of document.querySelectorAll<HTMLElement>('tr[data-chapter]')) {
      const match =
        (!chapter || row.dataset.chapter === chapter) && (!period || row.dataset.period === period) && listHas(row.dataset.places, place);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) {
      const any = group.querySelector('tr[data-chapter]:not([hidden])') !== null;
      group.hidden = !any;
      // A filtered view shows its rows; clearing the filters closes the groups again.
      group.open = filtering && any;
    }
    return shown;
  });
}
