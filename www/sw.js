// Service worker for the demo and for postal-counter kiosks: after one visit the page,
// the module and the reference data work offline. Network first, so an online kiosk
// always runs the newest build and data; the cache answers when the network cannot.
// Only same-origin GETs are handled; nothing here ever sends declaration data anywhere.

const CACHE = "precheck-v1";
const SHELL = [
  "./", "./index.html", "./styles.css", "./export-precheck.js", "./export-precheck-define.js",
  "./pkg/precheck.js", "./pkg/precheck_core.js", "./pkg/precheck_core_bg.wasm", "./pkg/precheck_data.tsv", "./pkg/precheck_cn_tariff.tsv",
  "./bulk.html", "./bulk.js", "./bulk-worker.js", "./bulk.css",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("precheck-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? Response.error())),
  );
});
