// Chart tooltips: hovering or focusing a bar shows its label and value above it. The values are
// also printed beside the bars and in the table view, so nothing depends on this script.
function show(target: Element): void {
  const plot = target.closest('.chart__plot');
  const tip = plot?.querySelector<HTMLElement>('.chart__tip');
  const text = target.getAttribute('data-tip');
  if (!plot || !tip || !text) return;
  tip.textContent = text;
  tip.hidden = false;
  const box = target.getBoundingClientRect();
  const frame = plot.getBoundingClientRect();
  const left = Math.min(Math.max(0, box.left - frame.left), Math.max(0, frame.width - tip.offsetWidth));
  tip.style.left = `${left}px`;
  tip.style.top = `${Math.max(0, box.top - frame.top - tip.offsetHeight - 4)}px`;
}

function hide(target: Element): void {
  const tip = target.closest('.chart__plot')?.querySelector<HTMLElement>('.chart__tip');
  if (tip) tip.hidden = true;
}

for (const type of ['pointerover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    const target = (event.target as Element | null)?.closest?.('.chart [data-tip]');
    if (target) show(target);
  });
}
for (const type of ['pointerout', 'focusout'] as const) {
  document.addEventListener(type, (event) => {
    const target = (event.target as Element | null)?.closest?.('.chart [data-tip]');
    if (target) hide(target);
  });
}
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') document.querySelectorAll<HTMLElement>('.chart__tip').forEach((tip) => (tip.hidden = true));
});
