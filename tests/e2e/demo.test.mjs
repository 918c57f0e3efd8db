// End-to-end: the served demo in Debian Chromium, driven as a person would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve } from "../tools/serve.mjs";
import { launchChromium } from "../tools/browser.mjs";

const require = createRequire(import.meta.url);
let server, browser, page, base;
// axe-core is served from the test server: the pages' CSP forbids inline scripts.
const overrides = new Map([["/test/axe.js", readFileSync(require.resolve("axe-core/axe.min.js"))]]);
const foreignRequests = [];

before(async () => {
  server = await serve(0, overrides);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreignRequests.push(r.url()); });
  await page.goto(base);
  await page.waitForSelector(".precheck-verdict");
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the prefilled declaration is ready", async () => {
  const verdict = await page.evaluate(() => document.getElementById("demo").report.verdict);
  assert.equal(verdict, "ready");
});

test("the first report loads only the parts of the data it needs, and equals the report from all of it", async () => {
  const fresh = await browser.newPage();
  // Every part the page asks for exists: the page's script names parts as the generator does.
  const failed = [];
  fresh.on("response", (response) => { if (response.status() >= 400) failed.push(response.url()); });
  await fresh.addInitScript(() => {
    document.addEventListener("precheck-result", () => {
      window.fetchedBeforeReport ??= performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
    }, true);
  });
  await fresh.goto(base);
  await fresh.waitForFunction(() => window.fetchedBeforeReport);
  const fetched = await fresh.evaluate(() => window.fetchedBeforeReport);
  const parts = fetched.filter((path) => path.startsWith("/pkg/parts/"));
  assert.ok(fetched.includes("/pkg/precheck_data.tsv"), fetched.join(" "));
  // The demo's two coded lines: their chapters' tariff lines and their element sets, not
  // the 166 parts (the word index is not asked: the vocabulary knows both goods).
  assert.ok(parts.includes("/pkg/parts/cn-tariff.61.tsv") && parts.includes("/pkg/parts/cn-tariff.69.tsv"), parts.join(" "));
  assert.ok(parts.length < 20, parts.join(" "));
  assert.ok(!fetched.includes("/pkg/precheck_cn_tariff.tsv") && !parts.includes("/pkg/parts/cn-tariff.85.tsv"));
  assert.deepEqual(failed, []);
  // No character of the demo's Chinese text starts a hazardous chemical's name, so none
  // of the names' parts (a text whose characters do start some gets theirs, below).
  assert.deepEqual(parts.filter((path) => path.startsWith("/pkg/parts/cn-hazardous-names.")), []);
  // The destination's thresholds, not another's.
  assert.ok(parts.includes("/pkg/parts/thresholds.GB.tsv") && !parts.includes("/pkg/parts/thresholds.US.tsv"), parts.join(" "));
  // An English report needs neither the Chinese messages and notes nor the rules' explanations.
  assert.ok(!parts.includes("/pkg/parts/messages-zh.tsv") && !parts.includes("/pkg/parts/destination-notes-zh.tsv"), parts.join(" "));
  assert.ok(!parts.includes("/pkg/parts/rules.tsv"), parts.join(" "));
  // Nor the sources of China's controls and the destination rules, which only a finding
  // on such goods quotes (below, a vape to Thailand).
  assert.ok(!parts.includes("/pkg/parts/policy-sources.tsv"), parts.join(" "));
  // rules() names the part it needs until it is loaded, then explains every rule.
  const rules = await fresh.evaluate(async () => {
    const engine = await import("./pkg/precheck.js");
    let parts;
    try {
      engine.rules();
    } catch (error) {
      parts = error.parts;
    }
    const rules = await engine.settle(() => engine.rules());
    return { parts, explained: rules.length > 20 && rules.every((r) => r.explanation.includes("What to do")) };
  });
  assert.deepEqual(rules, { parts: ["rules"], explained: true });
  // The page's script names the chemical names' parts as the engine does: after
  // prefetch, a check of a Chinese chemical name asks for none of them.
  const prefetched = await fresh.evaluate(async () => {
    const engine = await import("./pkg/precheck.js");
    const thio = { destination: "US", currency: "USD", channel: "express",
      items: [{ description: "Thioacetic acid", descriptionZh: "硫代乙酸 500ml", quantity: 1, unitPrice: "20" }] };
    await engine.prefetch(thio);
    try {
      engine.check(thio);
      return [];
    } catch (error) {
      return error.parts ?? [String(error)];
    }
  });
  assert.deepEqual(prefetched.filter((name) => name.startsWith("cn-hazardous-names.")), [], prefetched.join(" "));
  // Caustic soda named in Chinese: its name's part loads, and the report says so.
  const hazardous = await fresh.evaluate(async () => {
    const engine = await import("./pkg/precheck.js");
    const caustic = { destination: "US", currency: "USD", channel: "express",
      items: [{ description: "Caustic soda flakes", descriptionZh: "氢氧化钠 片碱 25kg", quantity: 1, unitPrice: "20" }] };
    let parts;
    try {
      engine.check(caustic);
    } catch (error) {
      parts = error.parts;
    }
    const report = await engine.settle(() => engine.check(caustic));
    return { parts, found: report.laneReasons.some((reason) => reason.includes("1310-73-2")) };
  });
  assert.ok(hazardous.found && hazardous.parts.some((name) => name.startsWith("cn-hazardous-names.")), JSON.stringify(hazardous));
  // A code that does not fit its goods: the finding quotes the texts of two chapters,
  // each loaded as its chapter's part (a few KB), not the whole nomenclature.
  const mismatch = await fresh.evaluate(async () => {
    const engine = await import("./pkg/precheck.js");
    const shirt = { destination: "US", currency: "USD", channel: "express",
      items: [{ description: "Women cotton T-shirt", hsCode: "851713", quantity: 1, unitPrice: "8" }] };
    const before = new Set(performance.getEntriesByType("resource").map((e) => e.name));
    const report = await engine.settle(() => engine.check(shirt));
    const loaded = performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => !before.has(new URL(p, location.href).href));
    return { message: report.findings.find((f) => f.rule === "hs-code-mismatch")?.message, loaded };
  });
  assert.match(mismatch.message, /Telephone sets.*T-shirts, singlets/);
  assert.ok(mismatch.loaded.includes("/pkg/parts/hs2022-texts.85.tsv") && mismatch.loaded.includes("/pkg/parts/hs2022-texts.61.tsv"), mismatch.loaded.join(" "));
  // A vape to Thailand: the check asks for the controls' and destination rules' sources
  // (and those rules' messages, in the same file), and its finding then quotes one.
  const vape = await fresh.evaluate(async () => {
    const engine = await import("./pkg/precheck.js");
    const declaration = { destination: "TH", currency: "USD", channel: "express",
      items: [{ description: "Disposable vape 5000 puffs", quantity: 1, unitPrice: "8" }] };
    let parts;
    try {
      engine.check(declaration);
    } catch (error) {
      parts = error.parts;
    }
    const report = await engine.settle(() => engine.check(declaration));
    const finding = report.findings.find((f) => f.rule === "restricted-item");
    return { parts, source: finding?.source, message: finding?.message, help: finding?.help };
  });
  assert.ok(vape.parts?.includes("policy-sources") && /B\.E\. 2557/.test(vape.source), JSON.stringify(vape));
  assert.match(vape.message, /^"Disposable vape 5000 puffs" is an e-cigarette.*Thailand prohibits/);
  assert.ok(vape.help && !vape.help.includes("restricted-item."), JSON.stringify(vape));
  // The same declaration checked once every part is loaded: the same report.
  const same = await fresh.evaluate(async () => {
    const form = document.getElementById("demo");
    const engine = await import("./pkg/precheck.js");
    await engine.default();
    return JSON.stringify(engine.check(form.value, { lang: form.lang })) === JSON.stringify(form.report);
  });
  assert.equal(same, true);
  await fresh.close();
});

test("init() loads every part in one request, or part by part when that file is missing", async () => {
  overrides.set("/test/bare.html", '<!doctype html><html lang="en"><title>bare</title><script type="module" src="/test/bare.js"></script>');
  overrides.set("/test/bare.js", `import init, { check, rules, suggestHsCodes } from "/pkg/precheck.js";
window.result = init().then(() => ({
  parts: performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p.startsWith("/pkg/parts/")),
  answers: rules().length > 20 && suggestHsCodes("stainless steel water bottle", 3).length > 0 &&
    check({ destination: "US", currency: "USD", items: [{ description: "cotton T-shirt", hsCode: "610910", quantity: 1, unitPrice: "5" }] }).verdict !== undefined,
}));`);
  const load = async () => {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const bare = await context.newPage();
    await bare.goto(`${base}test/bare.html`);
    const result = await bare.evaluate(() => window.result);
    await context.close();
    return result;
  };
  const bundled = await load();
  assert.deepEqual(bundled, { parts: ["/pkg/parts/all.tsv"], answers: true });
  overrides.set("/pkg/parts/all.tsv", null);
  try {
    const oneByOne = await load();
    assert.ok(oneByOne.answers && oneByOne.parts.length > 200 && oneByOne.parts.includes("/pkg/parts/thresholds.US.tsv"), oneByOne.parts.length);
  } finally {
    overrides.delete("/pkg/parts/all.tsv");
  }
});

test("a line in English asks for no Chinese part; a Chinese name asks for the Chinese terms, vague ones included", async () => {
  overrides.set("/test/english.html", '<!doctype html><html lang="en"><title>english</title>');
  const context = await browser.newContext({ serviceWorkers: "block" });
  const bare = await context.newPage();
  await bare.goto(`${base}test/english.html`);
  const result = await bare.evaluate(async () => {
    const engine = await import("/pkg/precheck.js");
    await engine.default({ parts: "when-needed" });
    const line = (fields) => ({ destination: "GB", currency: "USD", channel: "postal", items: [{ quantity: 1, unitPrice: "5", ...fields }] });
    const wanted = (decl) => {
      try {
        engine.check(decl);
        return [];
      } catch (error) {
        return error.parts ?? [String(error)];
      }
    };
    const english = wanted(line({ description: "Ceramic coffee mug 350ml" }));
    const vague = wanted(line({ description: "gift" }));
    const chinese = line({ description: "Ceramic coffee mug 350ml", descriptionZh: "礼品" });
    const asked = wanted(chinese);
    const report = await engine.settle(() => engine.check(chinese));
    return { english, vague, asked, zhVague: report.findings.some((f) => f.rule === "description-too-general" && f.field.includes("descriptionZh")) };
  });
  await context.close();
  // The vocabulary's Chinese terms (16 KB) are no English page's download.
  assert.ok(!result.english.includes("vocabulary-zh") && !result.vague.includes("vocabulary-zh"), JSON.stringify(result));
  // 礼品 ("gift") is found once the part that holds the Chinese vague terms is loaded.
  assert.ok(result.asked.includes("vocabulary-zh") && result.zhVague, JSON.stringify(result));
});

test("prefetch asks for the destination's thresholds once the data file's header names its parts, before the module is up", async () => {
  overrides.set("/test/header.html", '<!doctype html><html lang="en"><title>header</title>');
  // A data file that holds its parts itself (the full generated file): nothing to ask for.
  overrides.set("/test/full/precheck_data.tsv", readFileSync(new URL("../../src/data/generated/precheck_data.tsv", import.meta.url)));
  const context = await browser.newContext({ serviceWorkers: "block" });
  const failed = [];
  // A blank page that records the files it fetches (`asked`) and every failed response.
  const recordingPage = async () => {
    const page = await context.newPage();
    page.on("response", (response) => { if (response.status() >= 400) failed.push(response.url()); });
    await page.addInitScript(() => {
      window.asked = [];
      window.fetchFile = window.fetch;
      window.fetch = (url, ...rest) => { window.asked.push(String(url).split("/").pop()); return window.fetchFile(url, ...rest); };
    });
    await page.goto(`${base}test/header.html`);
    return page;
  };
  const asked = await (await recordingPage()).evaluate(async () => {
    const engine = await import("/pkg/precheck.js");
    // The module is held back: only the data file's header can have named the parts.
    let release;
    const ready = engine.default({ parts: "when-needed", module_or_path: new Promise((resolve) => { release = resolve; }) });
    const prefetched = [engine.prefetch({ destination: "GB", items: [] }), engine.prefetch({ destination: "AR", items: [] })];
    for (let waited = 0; !window.asked.includes("thresholds.GB.tsv") && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    const whileHeld = [...window.asked];
    release(window.fetchFile("/pkg/precheck_core_bg.wasm"));
    await ready;
    await Promise.all(prefetched);
    const { missingParts } = await import("/pkg/precheck_core.js");
    return { whileHeld, all: window.asked, missing: missingParts().split(" ").includes("thresholds.GB") };
  });
  const askedOfWhole = await (await recordingPage()).evaluate(async () => {
    const engine = await import("/pkg/precheck.js");
    const ready = engine.default({ parts: "when-needed", data: "/test/full/precheck_data.tsv" });
    await Promise.all([ready, engine.prefetch({ destination: "GB", items: [] })]);
    return window.asked;
  });
  await context.close();
  assert.ok(asked.whileHeld.includes("thresholds.GB.tsv"), asked.whileHeld.join(" "));
  // Installed once the module is up; a destination the data has no thresholds for asks for none.
  assert.equal(asked.missing, false);
  assert.ok(!asked.all.some((name) => name.startsWith("thresholds.AR")), asked.all.join(" "));
  assert.ok(!askedOfWhole.some((name) => name.startsWith("thresholds.")), askedOfWhole.join(" "));
  assert.deepEqual(failed, []);
});

test("a vague description shows its finding next to the field", async () => {
  const field = page.locator('[data-field="items[0].description"]');
  await field.fill("gift");
  await page.waitForFunction(() => document.getElementById("demo").report.findings.some((f) => f.rule === "description-too-general"));
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  const msgId = await field.getAttribute("aria-describedby");
  const msg = await page.locator(`#${msgId}`).textContent();
  assert.match(msg, /too general/);
});

test("the result event carries the report", async () => {
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const form = document.getElementById("demo");
    form.addEventListener("precheck-result", (e) => resolve({ verdict: e.detail.verdict, bubbles: e.bubbles, composed: e.composed }), { once: true });
    form.value = { ...form.value, destination: "US" };
  }));
  assert.equal(detail.bubbles, true);
  assert.equal(detail.composed, true);
  assert.ok(["ready", "review", "blocked"].includes(detail.verdict));
});

test("lang=zh-CN switches labels and messages to Chinese", async () => {
  await page.selectOption("#lang-switch", "zh-CN");
  await page.waitForFunction(() => document.getElementById("demo").shadowRoot.querySelector('label[for$="-destination"]')?.textContent.includes("目的国"));
  const msg = await page.locator(".precheck-finding .precheck-message").first().textContent();
  assert.match(msg, /[\u4e00-\u9fff]/);
  // The destination's notes in Chinese as well, not English sentences in a Chinese frame
  // (their part loads with the first Chinese report).
  await page.waitForFunction(() => {
    const notes = document.getElementById("demo").report?.destination?.notes ?? [];
    return notes.length > 0 && notes.every((n) => /[\u4e00-\u9fff]/.test(n) && !/[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}/.test(n));
  });
  await page.selectOption("#lang-switch", "en");
});

test("typed text is rendered as text, never as markup", async () => {
  await page.locator('[data-field="items[0].description"]').fill('<img src=x onerror="window.pwned=1">');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator("export-precheck img").count(), 0);
});

test("HS suggestions appear as a listbox and one click fills the code", async () => {
  await page.locator('[data-field="items[0].hsCode"]').fill("");
  await page.locator('[data-field="items[0].description"]').fill("Silver hoop earrings");
  const option = page.locator('[role="listbox"] [role="option"]').first();
  await option.waitFor();
  await option.click();
  const code = await page.locator('[data-field="items[0].hsCode"]').inputValue();
  assert.match(code, /^\d{4}\.\d{2}$/);
});

test("no request leaves the machine", () => {
  assert.deepEqual(foreignRequests, []);
});

test("axe finds no serious or critical accessibility violation", async () => {
  await page.addScriptTag({ url: "/test/axe.js" });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help}`), []);
});

test("a screenshot is written", async () => {
  mkdirSync(new URL("./screenshots/", import.meta.url), { recursive: true });
  const path = new URL("./screenshots/demo.png", import.meta.url).pathname;
  await page.screenshot({ path, fullPage: true });
  assert.ok(readFileSync(path).length > 1000);
});

test("after one visit the page works offline (service worker)", { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  const offlinePage = await context.newPage();
  await offlinePage.goto(base);
  await offlinePage.waitForSelector(".precheck-verdict");
  await offlinePage.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await offlinePage.reload();
  await offlinePage.waitForSelector(".precheck-verdict");
  const field = offlinePage.locator('[data-field="items[0].description"]');
  await field.fill("gift");
  await offlinePage.waitForFunction(() => document.getElementById("demo").report.findings.some((f) => f.rule === "description-too-general"));
  const summary = await offlinePage.evaluate(() => document.getElementById("demo").report.dataVersion);
  assert.match(summary, /HS 2022/);
  await context.close();
});

test("the summary shows how China's customs clears it, and the code's elements get inputs", async () => {
  const demo = page.locator("#demo");
  await page.evaluate(() => {
    const form = document.getElementById("demo");
    form.value = { destination: "US", currency: "CNY", channel: "express", wantsTaxRefund: true,
      items: [{ description: "Women's T-shirt", descriptionZh: "女式T恤", hsCode: "6109100000", quantity: "100", unitPrice: "60" }] };
  });
  await page.waitForFunction(() => document.getElementById("demo").report?.clearance?.category === "formal-declaration");
  const report = await page.evaluate(() => document.getElementById("demo").report);
  assert.equal(report.clearance.valueCny, "6000");
  assert.equal(report.clearance.taxRefund.rate, "13");
  const summary = await demo.locator(".precheck-summary").textContent();
  assert.match(summary, /Formal declaration/);
  assert.match(summary, /13%/);
  // One input per declaration element of 6109100000, and typing one removes it from the finding.
  const composition = demo.locator('[data-field="items[0].elements.成分含量"]');
  await composition.waitFor();
  assert.ok(await page.locator(`label[for="${await composition.getAttribute("id")}"]`).count() === 1);
  const before = report.findings.find((f) => f.rule === "declaration-elements-missing");
  assert.ok(before.suggestions.includes("成分含量"));
  await composition.fill("100%棉");
  await page.waitForFunction(() =>
    !document.getElementById("demo").report.findings.find((f) => f.rule === "declaration-elements-missing")?.suggestions.includes("成分含量"));
  const value = await page.evaluate(() => document.getElementById("demo").value.items[0].elements);
  assert.equal(value["成分含量"], "100%棉");
});

test("each document the report needs previews with the form's values and prints without clipping", async () => {
  await page.evaluate(() => {
    document.getElementById("demo").value = { destination: "DE", currency: "EUR", channel: "postal", purpose: "gift", grossWeightKg: "0.5",
      shipper: { name: "Li Wei", city: "Shenzhen", country: "CN" }, consignee: { name: "Anna Schmidt", city: "Berlin", country: "DE" },
      items: [{ description: "Silk scarf", descriptionZh: "真丝围巾", hsCode: "6214.10", quantity: "1", unitPrice: "30", netWeightKg: "0.1" }] };
  });
  const button = page.locator('button.precheck-preview[data-document="cn22"]');
  await button.waitFor();
  await button.click();
  const frame = page.frameLocator("dialog.precheck-document iframe");
  await frame.locator("h1").waitFor();
  const text = await frame.locator("body").textContent();
  assert.match(text, /CN 22/);
  assert.match(text, /Silk scarf/);
  assert.match(text, /6214\.10/);
  // Printed (print media), the page is no wider than A4 and nothing overflows it.
  // Every kind, on A4 and the CN22 also on its 4 x 6 in label.
  for (const [kind, size] of [["cn22", "a4"], ["cn22", "label"], ["cn23", "a4"], ["commercial-invoice", "a4"], ["packing-list", "a4"]]) {
    const html = await page.evaluate(async ([k, z]) =>
      (await import("./pkg/precheck.js")).renderDocument(document.getElementById("demo").value, k, { size: z }), [kind, size]);
    const pdfPage = await browser.newPage({ viewport: size === "label" ? { width: 384, height: 576 } : { width: 794, height: 1123 } });
    await pdfPage.setContent(html);
    await pdfPage.emulateMedia({ media: "print" });
    assert.match(await pdfPage.locator("body").textContent(), /Silk scarf/, kind);
    const overflow = await pdfPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${kind} (${size}) overflows by ${overflow}px`);
    const pdf = await pdfPage.pdf(size === "label" ? { width: "4in", height: "6in" } : { format: "A4" });
    assert.ok(pdf.length > 1000);
    await pdfPage.close();
  }
  await page.locator("dialog.precheck-document button", { hasText: "Close" }).click();
});
