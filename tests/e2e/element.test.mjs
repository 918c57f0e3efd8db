// End-to-end: <export-precheck> as a shop, a phone and a postal-counter kiosk use it, in
// Debian Chromium, every page served under the strict Content-Security-Policy
// (tests/tools/serve.mjs sends it with every response).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../tools/serve.mjs";
import { CHROMIUM, launchChromium } from "../tools/browser.mjs";

const overrides = new Map();
let server, browser, base;

before(async () => {
  server = await serve(0, overrides);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A page that records every CSP violation and console error, at the given width.
async function open(path, { width = 1280, context } = {}) {
  const page = await (context ?? browser).newPage({ viewport: { width, height: 900 } });
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(base + path);
  return { page, problems };
}

const reportOf = (page, selector = "export-precheck") => page.waitForFunction((s) => document.querySelector(s)?.report, selector);
const cspErrors = (problems) => problems.filter((p) => /CSP|Content Security Policy/i.test(p));

test("every page works under the strict CSP: no violation, and the document preview keeps its styles", async () => {
  for (const path of ["", "kiosk.html", "bulk.html", "examples/checkout.html"]) {
    const { page, problems } = await open(path);
    if (path !== "bulk.html") await reportOf(page);
    else await page.waitForSelector("#file");
    if (path === "") {
      await page.evaluate(() => {
        document.getElementById("demo").value = { destination: "DE", currency: "EUR", channel: "postal", purpose: "gift",
          items: [{ description: "Silk scarf", hsCode: "6214.10", quantity: "1", unitPrice: "30" }] };
      });
      await page.locator('button.precheck-preview[data-document="cn22"]').click();
      const frame = page.frameLocator("dialog.precheck-document iframe");
      await frame.locator(".box").first().waitFor();
      const styled = await frame.locator(".box").first().evaluate((box) => getComputedStyle(box).borderTopStyle);
      assert.equal(styled, "solid", "the document's own styles apply in the preview");
    }
    assert.deepEqual(cspErrors(problems), [], `${path || "index.html"}: ${problems.join("; ")}`);
    await page.close();
  }
});

test("inside a checkout <form>: no nested form, the declaration is submitted as JSON under its name, reset and validity work", async () => {
  const { page } = await open("examples/checkout.html");
  await reportOf(page, "#precheck");
  const facts = await page.evaluate(() => {
    const precheck = document.getElementById("precheck");
    const form = document.getElementById("checkout");
    const data = new FormData(form);
    return {
      nestedForms: precheck.shadowRoot.querySelectorAll("form").length + precheck.querySelectorAll("form").length,
      sameForm: precheck.form === form,
      keys: [...data.keys()],
      declaration: JSON.parse(data.get("declaration")),
      valid: form.checkValidity(),
    };
  });
  assert.equal(facts.nestedForms, 0);
  assert.ok(facts.sameForm);
  assert.deepEqual(facts.keys, ["email", "declaration"], "the element's own inputs are not sent field by field");
  assert.equal(facts.declaration.items[0].description, "Silk scarf");
  assert.equal(facts.valid, true);

  // `required`: a blocked declaration stops the checkout, like an invalid native field.
  await page.locator('[data-field="items[0].quantity"]').fill("");
  await page.waitForFunction(() => document.getElementById("precheck").report.verdict === "blocked");
  assert.equal(await page.evaluate(() => document.getElementById("checkout").checkValidity()), false);
  await page.locator("#pay").click();
  assert.equal(await page.locator("#submitted").textContent(), "", "a blocked declaration does not submit");

  await page.evaluate(() => document.getElementById("checkout").reset());
  await page.waitForFunction(() => document.getElementById("precheck").report.verdict !== "blocked");
  assert.equal(await page.locator('[data-field="items[0].quantity"]').inputValue(), "1");
  await page.locator("#pay").click();
  assert.match(await page.locator("#submitted").textContent(), /email, declaration/);
  await page.close();
});

test("themed by CSS custom properties and ::part", async () => {
  const { page } = await open("examples/checkout.html");
  await reportOf(page, "#precheck");
  const look = await page.evaluate(() => {
    const root = document.getElementById("precheck").shadowRoot;
    return {
      button: getComputedStyle(root.querySelector(".precheck-add")).backgroundColor,
      radius: getComputedStyle(root.querySelector(".precheck-shipment")).borderTopLeftRadius,
      summaryBorder: getComputedStyle(root.querySelector('[part~="summary"]')).borderTopWidth,
    };
  });
  assert.equal(look.button, "rgb(138, 43, 226)", "--precheck-accent");
  assert.equal(look.radius, "12px", "--precheck-radius");
  assert.equal(look.summaryBorder, "2px", "::part(summary)");
  await page.close();
});

test("at 390 px nothing scrolls sideways, goods lines are cards, and touch targets are at least 44 px", async () => {
  for (const path of ["", "kiosk.html", "examples/checkout.html", "bulk.html"]) {
    const { page } = await open(path, { width: 390 });
    if (path !== "bulk.html") await reportOf(page);
    else await page.waitForSelector("#file");
    if (path === "") {
      // A long unbroken description and an open suggestion list must not widen the page either.
      await page.locator('[data-field="items[0].hsCode"]').fill("");
      await page.locator('[data-field="items[0].description"]').fill("Stainless steel insulated water bottle with straw lid 750ml");
      await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path || "index.html"} scrolls sideways by ${overflow}px`);
    if (path !== "bulk.html") {
      const small = await page.evaluate(() => {
        const root = document.querySelector("export-precheck").shadowRoot;
        const line = root.querySelector(".precheck-line");
        const card = line.getBoundingClientRect();
        const fields = [...line.querySelectorAll(".precheck-field")].map((f) => f.getBoundingClientRect());
        const targets = [...root.querySelectorAll("button, input, select, [role=option]")].filter((n) => n.getClientRects().length);
        return {
          inCard: fields.every((f) => f.left >= card.left - 0.5 && f.right <= card.right + 0.5),
          tooSmall: targets.map((n) => [n.dataset.field ?? n.textContent.trim(), n.getBoundingClientRect()])
            .filter(([, r]) => r.height < 44 || r.width < 44).map(([name, r]) => `${name} ${Math.round(r.width)}x${Math.round(r.height)}`),
        };
      });
      assert.ok(small.inCard, "every field of a goods line sits inside its card");
      assert.deepEqual(small.tooSmall, []);
    }
    await page.close();
  }
});

test('lang="zh-CN" (or an inherited zh lang) is Chinese; country and currency pickers name them in the page\'s language', async () => {
  const { page } = await open("");
  await reportOf(page);
  // The full lists follow the first report (at idle, or when a picker is focused); until
  // then each picker holds its current value, named.
  assert.equal(await page.evaluate(() => document.getElementById("demo").shadowRoot.querySelector('[data-field="destination"]').value), "GB");
  await page.waitForFunction(() => document.getElementById("demo").shadowRoot.querySelector('[data-field="currency"] option[value="EUR"]'));
  const english = await page.evaluate(() => {
    const root = document.getElementById("demo").shadowRoot;
    const option = (field, code) => root.querySelector(`[data-field="${field}"] option[value="${code}"]`)?.textContent;
    return { de: option("destination", "DE"), eur: option("currency", "EUR") };
  });
  assert.equal(english.de, "Germany (DE)");
  assert.equal(english.eur, "Euro (EUR)");
  await page.evaluate(() => document.getElementById("demo").setAttribute("lang", "zh-CN"));
  await page.waitForFunction(() => document.getElementById("demo").report?.findings.some((f) => /[\u4e00-\u9fff]/.test(f.message)));
  const chinese = await page.evaluate(() => {
    const root = document.getElementById("demo").shadowRoot;
    const option = (field, code) => root.querySelector(`[data-field="${field}"] option[value="${code}"]`)?.textContent;
    return { label: root.querySelector('label[for$="-destination"]').textContent, de: option("destination", "DE"), eur: option("currency", "EUR") };
  });
  assert.equal(chinese.label, "目的国");
  assert.equal(chinese.de, "德国 (DE)");
  assert.equal(chinese.eur, "欧元 (EUR)");
  // No lang attribute of its own: the page's lang decides (the kiosk page is zh-CN).
  const kiosk = await open("kiosk.html");
  await reportOf(kiosk.page);
  assert.equal(await kiosk.page.evaluate(() => document.getElementById("kiosk").lang), "zh");
  assert.match(await kiosk.page.locator('label[for$="-destination"]').textContent(), /目的国/);
  await kiosk.page.close();
  await page.close();
});

test("code that awaits ready and then listens hears the first report; the lines' declaration elements follow it", async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.heard = customElements.whenDefined("export-precheck").then(async () => {
      const form = document.querySelector("export-precheck");
      await form.ready;
      return new Promise((resolve) => form.addEventListener("precheck-result", (e) => resolve(e.detail.verdict), { once: true }));
    });
  });
  await page.goto(base);
  assert.equal(typeof (await page.evaluate(() => window.heard)), "string");
  // The demo's first line is coded 6109.10: its elements (品牌类型, ...) appear.
  await page.waitForFunction(() => document.getElementById("demo").shadowRoot.querySelector('[data-elements-for="0"]:not([hidden]) input'));
  await page.close();
});

test("a value set before the element is defined is taken over: the first render and the first report show it", async () => {
  overrides.set("/test/early-value.html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/test/early-value.js"></script></head><body><export-precheck></export-precheck></body></html>`);
  overrides.set("/test/early-value.js", `import { ExportPrecheckElement } from "/pkg/export-precheck.js";
    const form = document.querySelector("export-precheck");
    form.value = { origin: "CN", destination: "DE", currency: "EUR", channel: "postal", items: [{ description: "Gifts", quantity: "1", unitPrice: "5" }] };
    ExportPrecheckElement.define();
    window.drawn = form.shadowRoot.querySelector('[data-field="items[0].description"]').value;
    window.first = new Promise((resolve) => form.addEventListener("precheck-result", (e) => resolve(e.detail), { once: true }));`);
  const { page, problems } = await open("test/early-value.html");
  assert.equal(await page.evaluate(() => window.drawn), "Gifts", "drawn with the value at once");
  const report = await page.evaluate(() => window.first);
  assert.ok(report.findings.some((f) => f.rule === "description-too-general" && f.field === "items[0].description"));
  assert.equal(await page.evaluate(() => document.querySelector("export-precheck").value.destination), "DE");
  // No script error (the page has no icon: its 404 is not one).
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await page.close();
});

test("the destination's threshold is converted into the declared currency only when that is another currency", async () => {
  const { page } = await open("");
  await reportOf(page);
  const thresholdLine = (currency) => page.evaluate(async (currency) => {
    const demo = document.getElementById("demo");
    const next = new Promise((resolve) => demo.addEventListener("precheck-result", resolve, { once: true }));
    demo.value = { destination: "GB", currency, channel: "express", purpose: "sale",
      items: [{ description: "Women's cotton T-shirt", hsCode: "6109.10", quantity: "1", unitPrice: "20" }] };
    await next;
    return [...demo.shadowRoot.querySelectorAll("li")].map((li) => li.textContent).find((text) => text.includes("135 GBP"));
  }, currency);
  const same = await thresholdLine("GBP");
  assert.ok(same && !same.includes("≈"), same);
  const other = await thresholdLine("USD");
  assert.match(other, /135 GBP ≈ [0-9.]+ USD/);
  await page.close();
});

test("a finding that names the field's right value fills it in one click", async () => {
  const { page } = await open("");
  await reportOf(page);
  await page.evaluate(() => {
    document.getElementById("demo").value = { destination: "GB", currency: "USD", channel: "express", purpose: "sale",
      items: [{ description: "蓝牙耳机", hsCode: "8518.30", quantity: "1", unitPrice: "12,50" }] };
  });
  const demo = page.locator("#demo");
  const price = demo.locator('[data-field="items[0].unitPrice"]');
  await demo.locator('.precheck-fix:has-text("12.50")').click();
  assert.equal(await price.inputValue(), "12.50");
  await page.waitForFunction(() => !document.getElementById("demo").report.findings.some((f) => f.rule === "field-malformed"));
  // The Chinese name typed in the English field, offered for the Chinese one.
  await demo.locator('.precheck-fix:has-text("蓝牙耳机")').click();
  assert.equal(await demo.locator('[data-field="items[0].descriptionZh"]').inputValue(), "蓝牙耳机");
  await page.waitForFunction(() => !document.getElementById("demo").report.findings.some((f) => f.rule === "description-zh-missing"));
  await page.close();
});

test("screen readers hear only a short status, not the whole summary", async () => {
  const { page } = await open("");
  await reportOf(page);
  await page.locator('[data-field="items[0].description"]').fill("gift");
  await page.waitForFunction(() => document.getElementById("demo").report.verdict === "blocked");
  const live = await page.evaluate(() => {
    const root = document.getElementById("demo").shadowRoot;
    return {
      regions: [...root.querySelectorAll("[aria-live], [role=status], [role=alert]")].map((n) => n.textContent),
      summaryLive: root.querySelector(".precheck-summary").getAttribute("aria-live"),
      errors: document.getElementById("demo").report.findings.filter((f) => f.severity === "error").length,
    };
  });
  assert.equal(live.summaryLive, null);
  assert.equal(live.regions.length, 1);
  assert.match(live.regions[0], new RegExp(`^Blocked: fix the errors: ${live.errors} errors?`));
  assert.ok(live.regions[0].length < 80, live.regions[0]);
  await page.close();
});

test("a module or data location that cannot load shows a translated error, not Loading… forever", async () => {
  overrides.set("/test/missing-module.html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    <script type="module" src="/pkg/export-precheck-define.js"></script></head>
    <body><export-precheck id="a" module="/nowhere/precheck.js"></export-precheck>
    <export-precheck id="b" lang="zh-CN" data="/nowhere/"></export-precheck></body></html>`);
  const { page } = await open("test/missing-module.html");
  const alerts = page.locator('export-precheck [role="alert"]');
  await alerts.nth(1).waitFor();
  assert.match(await page.locator('#a [role="alert"]').textContent(), /could not load.*module and data attributes/s);
  assert.match(await page.locator('#b [role="alert"]').textContent(), /预检无法加载/);
  assert.equal(await page.locator("export-precheck", { hasText: "Loading" }).count(), 0);
  // The data folder appears: Try again loads it.
  overrides.set("/nowhere/precheck_data.tsv", readFileSync(new URL("../../www/pkg/precheck_data.tsv", import.meta.url)));
  // The parts come from the same folder, when the check asks for them.
  for (const part of readdirSync(new URL("../../www/pkg/parts/", import.meta.url))) {
    overrides.set(`/nowhere/parts/${part}`, readFileSync(new URL(`../../www/pkg/parts/${part}`, import.meta.url)));
  }
  await page.locator("#b button", { hasText: "重试" }).click();
  await reportOf(page, "#b");
  await page.close();
});

test("kiosk: full screen, large type, a new declaration in one touch", async () => {
  const { page } = await open("kiosk.html?lang=en", { width: 1024 });
  await reportOf(page);
  const look = await page.evaluate(() => {
    const k = document.getElementById("kiosk");
    const r = k.getBoundingClientRect();
    return { width: r.width, height: r.height, font: getComputedStyle(k).fontSize, vw: innerWidth, vh: innerHeight };
  });
  assert.equal(look.width, look.vw);
  assert.equal(look.height, look.vh);
  assert.ok(parseFloat(look.font) >= 20, look.font);
  await page.locator('[data-field="items[0].description"]').fill("Silk scarf");
  await page.locator("button", { hasText: "New declaration" }).click();
  assert.equal(await page.locator('[data-field="items[0].description"]').inputValue(), "");
  assert.equal(await page.evaluate(() => document.getElementById("kiosk").value.channel), "postal");
  await page.close();
});

test("installable, then works with no network at all; a new build replaces the old cache cleanly", { timeout: 90_000 }, async (t) => {
  // Each step says when it is done: a run that times out (once in a CI run, never again
  // in six) then shows where it waited.
  // A profile on disk: Chromium does not install apps from incognito contexts.
  const profile = mkdtempSync(join(tmpdir(), "precheck-kiosk-"));
  const context = await chromium.launchPersistentContext(profile, CHROMIUM);
  t.diagnostic("browser with a profile started");
  const { page } = await open("kiosk.html", { context });
  await reportOf(page);
  t.diagnostic("kiosk page reported");
  await page.evaluate(() => navigator.serviceWorker.ready);
  t.diagnostic("service worker ready");
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  const manifest = await (await page.request.get(`${base}kiosk.webmanifest`)).json();
  assert.equal(manifest.start_url, "./kiosk.html");

  // Everything, the data files included, is cached before the first offline visit.
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const urls = (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname);
    return { keys, urls };
  });
  assert.equal(cached.keys.length, 1);
  for (const file of ["/pkg/precheck_core_bg.wasm", "/pkg/precheck_data.tsv", "/pkg/parts/cn-tariff.61.tsv", "/pkg/parts/hs-index.00.tsv",
    "/pkg/parts/hs2022-texts.61.tsv", "/pkg/export-precheck.css", "/bulk.html"]) {
    assert.ok(cached.urls.includes(file), `${file} is pre-cached`);
  }
  assert.ok(!cached.urls.includes("/pkg/parts/all.tsv"), "the parts are cached once, not again as one file");

  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto(`${base}index.html`);
  await reportOf(offline);
  t.diagnostic("offline page reported");
  await offline.locator('[data-field="items[0].description"]').fill("gift");
  await offline.waitForFunction(() => document.getElementById("demo").report.findings.some((f) => f.rule === "description-too-general"));
  // The 10-digit tariff chunk is there too: China's refund rate for the demo's T-shirt.
  assert.equal(await offline.evaluate(() => document.getElementById("demo").report.clearance.taxRefund.items?.[0]?.rate), "13");
  // init()'s default (every part) works offline too: the parts one by one, from the cache.
  assert.equal(await offline.evaluate(async () => {
    const engine = await import("./pkg/precheck.js");
    await engine.default();
    return engine.rules().length > 20 && engine.suggestHsCodes("stainless steel water bottle", 3).length > 0;
  }), true);
  await offline.close();
  await context.close();
  t.diagnostic("offline checks done");

  // The browser again, on the same profile: the kiosk reopened, its worker installed.
  // (Not the context that was offline: on a loaded machine an update check the offline
  // page started could hang there and hold every later check, `update()` included.)
  const again = await chromium.launchPersistentContext(profile, CHROMIUM);
  const { page: kiosk } = await open("kiosk.html", { context: again });
  await reportOf(kiosk);
  await kiosk.evaluate(() => navigator.serviceWorker.ready);
  t.diagnostic("kiosk reopened");

  // A new build: a different pre-cache list. The new worker takes over, the old cache goes,
  // and the page offers a reload.
  const precache = readFileSync(new URL("../../www/pkg/precache.js", import.meta.url), "utf8");
  overrides.set("/pkg/precache.js", precache.replace(/PRECHECK_BUILD = "[^"]+"/, 'PRECHECK_BUILD = "next-build"'));
  try {
    // Waited for by the page's own state (the old cache gone, the reload offered), not by
    // an event a check the page started itself may have fired already.
    await kiosk.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await kiosk.waitForFunction(async () => (await caches.keys()).join() === "precheck-next-build");
    t.diagnostic("the new build's worker took over");
    await kiosk.locator("#update").waitFor({ state: "visible" });
  } finally {
    overrides.delete("/pkg/precache.js");
  }
  await again.close();
});

test("the npm package ships the element, its define file, stylesheet and types", () => {
  const pkg = fileURLToPath(new URL("../../www/pkg/", import.meta.url));
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkg, encoding: "utf8" }));
  const files = packed.files.map((f) => f.path);
  for (const file of ["export-precheck.js", "export-precheck-define.js", "export-precheck.css", "export-precheck.d.ts", "precheck.js",
    "precheck_core_bg.wasm", "precheck_data.tsv", "parts/cn-tariff.61.tsv", "parts/hs-index.63.tsv", "precheck.d.ts"]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  const manifest = JSON.parse(readFileSync(`${pkg}package.json`, "utf8"));
  assert.equal(manifest.exports["./element"].default, "./export-precheck-define.js");
});
