// Share a paragraph: the system share sheet where the browser has one, otherwise copy its link.
// Without JavaScript the paragraph's own anchor link ("第3段") is the link to share.
async function share(event: MouseEvent): Promise<void> {
  const button = (event.target as Element | null)?.closest?.('button[data-share]') as HTMLButtonElement | null;
  if (!button) return;
  const url = new URL(`#${button.dataset.share}`, location.href).href;
  try {
    if (navigator.share) await navigator.share({ title: document.title, url });
    else {
      await navigator.clipboard.writeText(url);
      button.textContent = button.dataset.copied ?? button.textContent;
    }
  } catch {
    // The reader closed the share sheet, or the clipboard was refused: nothing to undo.
  }
}

document.addEventListener('click', (event) => void share(event));
