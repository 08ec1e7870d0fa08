// The service worker. scripts/offline/write-service-worker.ts fills in VERSION (a hash of the whole
// build), PAGES (every page, by language) and ASSETS, and writes it to dist/sw.js.
const VERSION = '__VERSION__';
const PAGES = __PAGES__;
const ASSETS = __ASSETS__;
const CACHE = `report-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // The hashed styles and scripts (/_astro/) never change under one name: take the copies the
      // page has just loaded from the HTTP cache instead of downloading them a second time.
      .then((cache) => cache.addAll(ASSETS.map((url) => (url.startsWith('/_astro/') ? new Request(url, { cache: 'force-cache' }) : url))))
      .then(() => self.skipWaiting()),
  );
});

// A new build has a new VERSION: its caches replace every older one, so no old page is served.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('report-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  // Pages: the network first (always the current build), the saved copy when offline.
  if (request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html')) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(
          async () =>
            (await caches.match(request, { ignoreSearch: true })) ??
            (await caches.match(`/${url.pathname.startsWith('/en/') ? 'en' : 'zh'}/`)) ??
            Response.error(),
        ),
    );
    return;
  }
  // Everything else carries a content hash in its name or changes only with a build: cache first.
  // A module script is requested with an Origin header the saved copy was not; the server's
  // Vary must not hide the copy (the name's hash already says which build it is).
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then(
      (cached) =>
        cached ??
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});

// "Save for offline": every page of the chosen languages, and their search data.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'save') return;
  const urls = event.data.languages.flatMap((lang) => PAGES[lang] ?? []);
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      let saved = 0;
      let failed = 0;
      for (const url of urls) {
        try {
          await cache.add(url);
          // The count the reader sees is of pages; the search data is saved with them.
          if (url.endsWith('/')) saved++;
        } catch {
          failed++;
        }
      }
      event.ports[0]?.postMessage({ saved, failed });
    }),
  );
});
