// A form of <select> filters that filters a list in place and keeps its choice in the address
// (?place=yudu&stage=start), so a filtered view can be bookmarked, shared and carried to the other
// language (the values are ids, the same in both). Used by the projects list and the figures table.
import { formText } from './form-field.ts';

/** What a filter applies: each field's value ('' for all); returns how many items it shows. */
export type ApplyFilters<Field extends string> = (values: Record<Field, string>) => number;

/** Whether an item's space-separated list (data-places) holds a value, or the filter is off. */
export const listHas = (list: string | undefined, value: string): boolean => !value || (list ?? '').split(' ').includes(value);

export function filterForm<Field extends string>(
  form: HTMLFormElement,
  count: HTMLElement,
  fields: readonly Field[],
  filter: ApplyFilters<Field>,
): void {
  const apply = (): void => {
    const data = new FormData(form);
    const values = Object.fromEntries(fields.map((field) => [field, formText(data, field)])) as Record<Field, string>;
    const shown = filter(values);
    count.textContent = (count.dataset.template ?? '').replace('{shown}', String(shown));
    const params = new URLSearchParams(fields.filter((field) => values[field]).map((field) => [field, values[field]]));
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
  for (const field of fields) {
    const select = form.elements.namedItem(field);
    const value = initial.get(field);
    if (select instanceof HTMLSelectElement && value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
      any = true;
    }
  }
  if (any) apply();
}
