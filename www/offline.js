// Registers the service worker (sw.js: the whole app pre-cached, so a kiosk installed
// once works with no network) and offers a reload when a new version has taken over.
//
// Registering installs the worker, which at once downloads every file of the app (about
// 4 MB) to cache it. On a first visit that ran beside the page's own start and made its
// first report about 80 ms later on a 2-core machine (measured in the README). So the
// worker is registered after the page's first report (its first precheck-result), or on
// a page without one (the bulk page, or an engine that could not load) 2 s after load,
// and then when the page is idle.
const AFTER_LOAD_MS = 2000;

export function registerOffline() {
  if (!("serviceWorker" in navigator)) return;
  let controlled = Boolean(navigator.serviceWorker.controller);
  const firstReport = new Promise((resolve) => document.addEventListener("precheck-result", resolve, { once: true }));
  const loaded = new Promise((resolve) => {
    if (document.readyState === "complete") resolve();
    else addEventListener("load", resolve, { once: true });
  }).then(() => new Promise((resolve) => setTimeout(resolve, AFTER_LOAD_MS)));
  const idle = (f) => (globalThis.requestIdleCallback ?? ((g) => setTimeout(g, 0)))(f, { timeout: 1000 });
  Promise.race([firstReport, loaded]).then(() => idle(() => {
    navigator.serviceWorker.register("./sw.js", { updateViaCache: "none" }).catch(() => {});
  }));
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // The first install takes control silently; a later one is a new version.
    const notice = document.getElementById("update");
    if (!controlled) {
      controlled = true;
      return;
    }
    if (!notice) return;
    notice.hidden = false;
    document.getElementById("reload")?.addEventListener("click", () => location.reload(), { once: true });
  });
}
