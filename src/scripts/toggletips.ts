// Figures and glossary terms open a note on tap or Enter: one note at a time, shown as a bottom
// sheet on phones and a popover under the word on wider screens, so it never breaks the line or
// pushes the text down. A second tap, a tap anywhere else, or Escape closes it. Without
// JavaScript each is a link to its entry in the figures table or the glossary.
const OPEN = 'is-open';
const DISMISSED = 'is-dismissed';

function closeAll(except?: Element): void {
  for (const wrap of document.querySelectorAll(`.${OPEN}`)) {
    if (wrap === except) continue;
    wrap.classList.remove(OPEN);
    wrap.querySelector('a[data-toggletip]')?.setAttribute('aria-expanded', 'false');
  }
}

/** Keeps a popover inside the window: shifted left or right as far as its word's position needs. */
function keepInView(wrap: Element): void {
  const tip = wrap.querySelector<HTMLElement>('.toggletip');
  if (!tip) return;
  tip.style.translate = '';
  const box = tip.getBoundingClientRect();
  if (box.width === 0 || getComputedStyle(tip).position === 'fixed') return;
  const margin = 8;
  const shift = box.right > innerWidth - margin ? innerWidth - margin - box.right : box.left < margin ? margin - box.left : 0;
  if (shift !== 0) tip.style.translate = `${Math.round(shift)}px 0`;
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest?.('a[data-toggletip]');
  if (!link?.parentElement) {
    // A tap inside an open note (its "more" link) is the reader's; anywhere else closes it.
    if (!target?.closest?.('.toggletip')) closeAll();
    return;
  }
  event.preventDefault();
  const wrap = link.parentElement;
  closeAll(wrap);
  wrap.classList.remove(DISMISSED);
  const open = wrap.classList.toggle(OPEN);
  link.setAttribute('aria-expanded', String(open));
  if (open) keepInView(wrap);
});

document.addEventListener('focusin', (event) => {
  const wrap = (event.target as Element | null)?.closest?.('.fig-wrap, .term-wrap');
  if (wrap) keepInView(wrap);
});
document.addEventListener('mouseover', (event) => {
  const wrap = (event.target as Element | null)?.closest?.('.fig-wrap, .term-wrap');
  if (wrap) keepInView(wrap);
});

// Escape closes the open note, and the one that keyboard focus shows, until focus moves on.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  closeAll();
  document.activeElement?.closest('.fig-wrap, .term-wrap')?.classList.add(DISMISSED);
});
document.addEventListener('focusout', (event) => {
  (event.target as Element | null)?.closest?.('.fig-wrap, .term-wrap')?.classList.remove(DISMISSED);
});
