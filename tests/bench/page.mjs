// The browser figures issue #9 names, in a real Chromium against the local server (part
// of `make bench`, after `make build`): how long after navigation the demo page's first
// `precheck-result` arrives, how long a check takes once the engine is up (early, and
// steady once V8 has optimised it), and how long the first HS suggestion takes after
// init() on a page that has not suggested before.
// Each figure is the median of RUNS fresh pages (no HTTP cache, no service worker; the
// first report is also measured with the service worker allowed, as a first visit).
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { serve } from "../tools/serve.mjs";
import { launchChromium } from "../tools/browser.mjs";

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A bare page that loads the engine and waits: nothing on it checks or suggests.
const BARE = `<!doctype html><html lang="en"><title>bench</title><script type="module" src="/bench-page.js"></script>`;
const BARE_JS = `import init, { check, suggestHsCodes } from "/pkg/precheck.js";
window.bench = async () => {
  const t0 = performance.now();
  await init();
  const initMs = performance.now() - t0;
  const t1 = performance.now();
  suggestHsCodes("Stainless steel insulated water bottle 750ml", 5);
  const firstSuggestionMs = performance.now() - t1;
  const decl = { origin: "CN", destination: "GB", currency: "USD", channel: "express", purpose: "sale",
    items: [{ description: "Women's knitted cotton T-shirt", descriptionZh: "女式针织棉T恤", hsCode: "6109.10", quantity: "2", unitPrice: "12.50" }] };
  const checks = (n) => { const t = performance.now(); for (let i = 0; i < n; i++) check(decl, { date: "2026-11-26" }); return (performance.now() - t) / n; };
  // Early: checks 51-550, much of the code still as V8's baseline compiler left it.
  checks(50);
  const checkMs = checks(500);
  // Steady: after 2,000 more checks with pauses, as a person typing gives V8 time to
  // optimise the hot functions in the background.
  for (let i = 0; i < 20; i++) { checks(100); await new Promise((r) => setTimeout(r, 10)); }
  const steadyCheckMs = checks(500);
  return { initMs, firstSuggestionMs, checkMs, steadyCheckMs };
};`;

const server = await serve(0, new Map([["/bench.html", BARE], ["/bench-page.js", BARE_JS]]));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const firstReport = [], init = [], firstSuggestion = [], check = [], steadyCheck = [];
let fetched = [];
// Opens the demo page in `context` and waits for its first report: when it came (ms after
// navigation) and the files fetched before it.
async function demoFirstReport(context) {
  const page = await context.newPage();
  // Recorded against the navigation's time origin, before any page script runs.
  await page.addInitScript(() => {
    document.addEventListener("precheck-result", () => {
      window.firstReportAt ??= performance.now();
      window.fetchedBeforeReport ??= performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
    }, true);
  });
  await page.goto(`${base}/index.html`);
  // Waited for by a promise in the page, not `waitForFunction`: that injects Playwright's
  // own script into the page while it loads (13-16 ms of the main thread in a trace), a
  // cost no visitor's page pays.
  const at = await page.evaluate(() => window.firstReportAt ?? new Promise((resolve, reject) => {
    document.addEventListener("precheck-result", () => resolve(window.firstReportAt), { once: true });
    setTimeout(() => reject(new Error("no precheck-result within 30 s")), 30_000);
  }));
  return { page, at, fetched: await page.evaluate(() => window.fetchedBeforeReport) };
}
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const demo = await demoFirstReport(context);
  firstReport.push(demo.at);
  fetched = demo.fetched;
  const page = demo.page;
  await page.goto(`${base}/bench.html`);
  await page.waitForFunction(() => typeof window.bench === "function");
  const r = await page.evaluate(() => window.bench());
  init.push(r.initMs);
  firstSuggestion.push(r.firstSuggestionMs);
  check.push(r.checkMs);
  steadyCheck.push(r.steadyCheckMs);
  await context.close();
}
// A first visit as a visitor makes it: the service worker allowed, so the page registers
// it (after its first report, www/offline.js) and it installs, downloading every file.
const firstVisit = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ serviceWorkers: "allow" });
  firstVisit.push((await demoFirstReport(context)).at);
  await context.close();
}
console.log(`Chromium page (median of ${RUNS} fresh pages): first report ${median(firstReport).toFixed(0)} ms after navigation ` +
  `(${median(firstVisit).toFixed(0)} ms with the service worker allowed, as on a visitor's first visit); ` +
  `init() ${median(init).toFixed(0)} ms; first suggestion ${median(firstSuggestion).toFixed(0)} ms after init(); ` +
  `check ${median(check).toFixed(3)} ms (checks 51-550), ${median(steadyCheck).toFixed(3)} ms steady (after 2,550)`);
// What the first report downloaded, each file compressed alone as a server sends it
// (brotli, quality 11): the engine and the data it needed (the page's own files apart).
const brotli = (path) => brotliCompressSync(readFileSync(new URL(`../../www${path}`, import.meta.url)),
  { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sum = (paths) => paths.reduce((total, path) => total + brotli(path), 0);
const engine = fetched.filter((p) => /^\/pkg\/precheck(_core)?(\.js|_bg\.wasm)$/.test(p));
const core = fetched.filter((p) => p === "/pkg/precheck_data.tsv");
const parts = fetched.filter((p) => p.startsWith("/pkg/parts/"));
console.log(`First report's engine and data: ${sum([...engine, ...core, ...parts])} B brotli (module + glue ${sum(engine)}, ` +
  `core data ${sum(core)}, ${parts.length} parts ${sum(parts)}: ${parts.map((p) => p.slice(11, -4)).join(" ")})`);
await browser.close();
server.close();
