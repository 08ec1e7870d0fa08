// Filters the figures table in place by chapter, period and place, and keeps the filters in the
// address (?chapter=p2-s1&period=target-2023&place=yudu) so a filtered view can be shared. Without
// JavaScript the form stays hidden and each chapter's figures are a group to open. (A module: its
// names stay its own.)
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
  const FIELDS = ['chapter', 'period', 'place'] as const;
  const apply = (): void => {
    const data = new FormData(form);
    const [chapter, period, place] = FIELDS.map((field) => {
      const value = data.get(field);
      return typeof value === 'string' ? value : '';
    });
    const filtering = Boolean(chapter || period || place);
    let shown = 0;
    for (const row of document.querySelectorAll<HTMLElement>('tr[data-chapter]')) {
      const match =
        (!chapter || row.dataset.chapter === chapter) &&
        (!period || row.dataset.period === period) &&
        (!place || (row.dataset.places ?? '').split(' ').includes(place));
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) {
      const any = group.querySelector('tr[data-chapter]:not([hidden])') !== null;
      group.hidden = !any;
      // A filtered view shows its rows; clearing the filters closes the groups again.
      group.open = filtering && any;
    }
    count.textContent = (count.dataset.template ?? '').replace('{shown}', String(shown));
    const values = [chapter, period, place];
    const params = new URLSearchParams(FIELDS.flatMap((field, i) => (values[i] ? [[field, values[i]]] : [])));
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

export {};
