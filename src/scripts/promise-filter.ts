// The promises page's status counts as a filter: "✗ Not met 4" shows only the promises not met, and
// the address keeps the choice (?status=not-met), so the view can be shared. Without JavaScript the
// same links lead to the list of that status's promises (#status-not-met) or to #silent.
const counts = document.querySelector<HTMLElement>('[data-status-counts]');
const shown = document.querySelector<HTMLElement>('[data-status-shown]');
const shownText = document.querySelector<HTMLElement>('[data-status-shown-text]');

function apply(status: string): void {
  const cards = document.querySelectorAll<HTMLElement>('li.outcome[data-status]');
  for (const card of cards) card.hidden = status !== '' && card.dataset.status !== status;
  // A group left with no card is hidden with its heading; the unreported projects show only for their status.
  for (const list of document.querySelectorAll<HTMLElement>('.outcome-list')) {
    const section = list.closest('section');
    if (section) section.hidden = status !== '' && list.querySelector('li.outcome:not([hidden])') === null && status !== 'not-reported';
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-silent-stage]'))
    group.hidden = status !== '' && status !== 'not-reported';
  for (const link of document.querySelectorAll<HTMLElement>('[data-status-filter]'))
    if (link.dataset.statusFilter) link.setAttribute('aria-current', String(link.dataset.statusFilter === status));
  if (shown && shownText) {
    shown.hidden = status === '';
    // The words and the number of the count that was tapped ("✗ Not met 4"), as the page wrote them.
    const link = document.querySelector<HTMLElement>(`[data-status-filter="${CSS.escape(status)}"]`);
    const words =
      link
        ?.querySelector('.status')
        ?.textContent?.replace(/^\S+\s/u, '')
        .trim() ?? status;
    const count = /\d+\s*$/u.exec(link?.textContent ?? '')?.[0].trim() ?? '';
    shownText.textContent = (shownText.dataset.template ?? '').replace('{status}', words).replace('{count}', count);
  }
}

if (counts) {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-status-filter]');
    if (!link) return;
    event.preventDefault();
    const status = link.dataset.statusFilter ?? '';
    history.replaceState(history.state, '', `${location.pathname}${status ? `?status=${status}` : ''}`);
    apply(status);
    // The notice stands just above the first list, so what follows it is what was asked for.
    (status === '' ? counts : (shown ?? counts)).scrollIntoView({ block: 'start' });
  });
  const initial = new URLSearchParams(location.search).get('status') ?? '';
  if (document.querySelector(`[data-status-filter="${CSS.escape(initial)}"]`)) apply(initial);
}
