// Service worker for the pages and for postal-counter kiosks. The build lists every file
// of the app (pages, element, module, data files, icons) in pkg/precache.js with a
// build id; installing pre-caches all of them under that id, so a kiosk that opened the
// page once (or installed it) works with no network at all. Files are served from that
// cache first: the module, its glue and the data files always come from one build.
// A new build changes pkg/precache.js; the browser notices, installs the new version
// beside the old, then switches over and deletes the old cache (the page offers a reload).
// Only same-origin GETs are handled; nothing here ever sends declaration data anywhere.

importScripts("./pkg/precache.js");

const CACHE = `precheck-${self.PRECHECK_BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // "reload": straight from the server, never a stale HTTP-cache copy of another build.
    await cache.addAll(self.PRECHECK_FILES.map((url) => new Request(url, { cache: "reload" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith("precheck-") && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Pages are matched without their query (kiosk.html?lang=en is kiosk.html).
    const cached = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
    // Every part of the data is cached one by one; the file that repeats them all is not
    // (3 MB more): answered as absent, so a page or worker that asks for it (init()'s
    // default) loads the parts from this cache instead of downloading it.
    if (!cached && new URL(request.url).pathname.endsWith("/pkg/parts/all.tsv")) return new Response("", { status: 404 });
    return cached ?? fetch(request);
  })());
});
