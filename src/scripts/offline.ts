// Reading anywhere: registers the service worker (dist/sw.js, written after the build), says when
// the reader is offline, and saves the whole report (one language or both) on one tap.
const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
const showState = (): void => {
  if (banner && banner.hidden !== navigator.onLine) banner.hidden = navigator.onLine;
};
addEventListener('online', showState);
addEventListener('offline', showState);
showState();

if ('serviceWorker' in navigator) {
  // Once the page has loaded: the worker's first downloads then do not compete with the page's own.
  const register = (): void => void navigator.serviceWorker.register('/sw.js');
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
  for (const box of document.querySelectorAll<HTMLElement>('[data-save-offline]')) {
    const status = box.querySelector<HTMLElement>('[data-save-status]')!;
    const save = async (event: MouseEvent): Promise<void> => {
      const button = (event.target as Element | null)?.closest?.('button[data-save]') as HTMLButtonElement | null;
      if (!button) return;
      status.textContent = box.dataset.saving ?? '';
      const registration = await navigator.serviceWorker.ready;
      const channel = new MessageChannel();
      channel.port1.onmessage = (message: MessageEvent<{ saved: number; failed: number }>) => {
        status.textContent = (box.dataset.saved ?? '').replace('{count}', String(message.data.saved));
        box.dataset.done = String(message.data.saved);
      };
      registration.active?.postMessage({ type: 'save', languages: button.dataset.save!.split(' ') }, [channel.port2]);
    };
    box.addEventListener('click', (event) => void save(event));
  }
}
