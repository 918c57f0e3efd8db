// Registers the service worker (sw.js: the whole app pre-cached, so a kiosk installed
// once works with no network) and offers a reload when a new version has taken over.
export function registerOffline() {
  if (!("serviceWorker" in navigator)) return;
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.register("./sw.js", { updateViaCache: "none" }).catch(() => {});
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
