import { serve } from "../tools/serve.mjs";
import { CHROMIUM } from "../tools/browser.mjs"; import { chromium } from "playwright-core"; const launchChromium = () => chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, ...(process.env.JSF ? ["--js-flags=" + process.env.JSF] : [])] });
const PAGE = `<!doctype html><html lang="en"><title>b</title><script type="module" src="/ph.js"></script>`;
const JS = `import initCore, { loadDataBytes, check, wantedParts, loadPartBytes } from "/pkg/precheck_core.js";
window.bench = async () => {
  const t = [performance.now()];
  const dataP = fetch("/pkg/precheck_data.tsv").then(r => r.arrayBuffer());
  await initCore(); t.push(performance.now());
  const data = new Uint8Array(await dataP); t.push(performance.now());
  loadDataBytes(data); t.push(performance.now());
  const decl = { origin: "CN", destination: "GB", currency: "USD", channel: "express", purpose: "sale",
    items: [{ description: "Women's knitted cotton T-shirt", descriptionZh: "女式针织棉T恤", hsCode: "6109.10", quantity: "2", unitPrice: "12.50" }] };
  let err = null; try { check(decl, { date: "2026-11-26" }); } catch (e) { err = wantedParts(); } t.push(performance.now());
  for (const p of (err||"").split(" ").filter(Boolean)) loadPartBytes(new Uint8Array(await (await fetch("/pkg/parts/"+p+".tsv")).arrayBuffer()));
  t.push(performance.now());
  check(decl, { date: "2026-11-26" }); t.push(performance.now());
  check(decl, { date: "2026-11-26" }); t.push(performance.now());
  return { err, d: t.slice(1).map((x, i) => Math.round((x - t[i]) * 10) / 10) };
};`;
const server = await serve(0, new Map([["/ph.html", PAGE], ["/ph.js", JS]]));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${base}/ph.html`);
  await page.waitForFunction(() => typeof window.bench === "function");
  console.log(JSON.stringify(await page.evaluate(() => window.bench())), "instantiate, data wait, loadData, check1(miss), parts, check2, check3");
  await context.close();
}
await browser.close(); server.close();
