// End-to-end: the bulk listing page in Chromium, as a marketplace seller uses it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "../tools/serve.mjs";
import { launchChromium } from "../tools/browser.mjs";

let server, browser, page, base;

before(async () => {
  server = await serve(0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto(`${base}bulk.html`);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("a 2,000-row CSV is checked with visible progress and downloaded with every row", { timeout: 120_000 }, async () => {
  const lines = ["order,description,quantity,unitPrice,currency,destination,channel"];
  for (let i = 0; i < 2000; i++) {
    const description = i % 400 === 5 ? "gift" : `"Stainless steel water bottle, ${i} ml"`;
    lines.push(`O${Math.floor(i / 2)},${description},1,${(i % 50) + 5}.50,USD,DE,express`);
  }
  lines.push("O9999,broken");
  await page.setInputFiles("#file", { name: "listings.csv", mimeType: "text/csv", buffer: Buffer.from("\ufeff" + lines.join("\n")) });
  await page.waitForFunction(() => /checked in/.test(document.getElementById("status").textContent), null, { timeout: 110_000 });
  assert.equal(await page.locator("#progress").evaluate((p) => p.value), 2001);
  const chart = await page.locator("#chart").textContent();
  assert.match(chart, /description-too-general/);
  await page.selectOption("#filter-verdict", "blocked");
  assert.ok((await page.locator("#results tbody tr").count()) >= 5);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const text = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "");
  const out = text.trim().split(/\r\n/);
  assert.equal(out.length, 2002, "header + every row");
  assert.match(out[0], /verdict,lane,findings,suggestedHsCode$/);
  assert.match(out[6], /description-too-general@description/);
  assert.match(out[2001], /unreadable/);
});

test("a marketplace export's own headers, Chinese ones included, name the columns", { timeout: 60_000 }, async () => {
  const csv = "订单号,商品名称,中文品名,HS编码,数量,单价,币种,目的国\nA1,Women cotton T-shirt,女式棉T恤,6109.10,2,9.5,USD,GB\nA1,Bluetooth earbuds,蓝牙耳机,851830,1,25,USD,GB\n";
  await page.setInputFiles("#file", { name: "zh-headers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => /2 rows checked/.test(document.getElementById("status").textContent));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const out = readFileSync(await download.path(), "utf8");
  assert.doesNotMatch(out, /unreadable/, out);
  // Both rows one order: the declaration's totals and the lines' own findings.
  assert.match(out, /A1,Women cotton T-shirt,女式棉T恤,6109.10,2,9.5,USD,GB,(ready|review|blocked)/, out);
});

test("a GB18030 file from a Chinese spreadsheet reads as Chinese", { timeout: 60_000 }, async () => {
  // 女式棉T恤 in GB18030.
  const gb = Buffer.from([0xc5, 0xae, 0xca, 0xbd, 0xc3, 0xde, 0x54, 0xd0, 0xf4]);
  const csv = Buffer.concat([Buffer.from("description,descriptionZh,quantity,unitPrice,currency,destination\nCotton T-shirt,"), gb, Buffer.from(",1,9,USD,US\n")]);
  await page.setInputFiles("#file", { name: "gb.csv", mimeType: "text/csv", buffer: csv });
  await page.waitForFunction(() => /1 rows checked/.test(document.getElementById("status").textContent));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  assert.match(readFileSync(await download.path(), "utf8"), /女式棉T恤/);
});

test("a semicolon file with decimal commas, as a European spreadsheet saves it, reads and comes back the same way", { timeout: 60_000 }, async () => {
  const csv = 'Title;Qty;Price;Currency;Country\n"Women cotton T-shirt; short sleeve";2;12,50;EUR;DE\nPhone case;1;abc;EUR;DE\n';
  await page.setInputFiles("#file", { name: "semicolons.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => /2 rows checked/.test(document.getElementById("status").textContent));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const out = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "").trim().split(/\r\n/);
  assert.equal(out[0], "Title;Qty;Price;Currency;Country;verdict;lane;findings;suggestedHsCode");
  assert.ok(out[1].startsWith('"Women cotton T-shirt; short sleeve";2;12,50;EUR;DE;') && !out[1].includes("unitPrice"), out[1]);
  assert.match(out[2], /field-malformed@unitPrice/);
});

test("a listings export without destination takes the page's destination, currency and channel; a row's own stays", { timeout: 60_000 }, async () => {
  const csv = "Handle,Title,Variant Price,Country\ntee,Women cotton knitted T-shirt,12.99,\ncase,Silicone phone case,5.50,GB\n";
  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    return readFileSync(await file.path(), "utf8").replace(/^\ufeff/, "").trim().split(/\r\n/);
  };
  await page.setInputFiles("#file", { name: "shopify.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => /2 rows checked/.test(document.getElementById("status").textContent));
  const without = await download();
  assert.match(without[1], /required-field-missing@destination/);
  assert.match(without[2], /required-field-missing@currency/);
  // Choosing them checks the file again (each change starts a new run; the last one counts).
  await page.fill("#default-destination", "us");
  await page.fill("#default-currency", "usd");
  await page.selectOption("#default-channel", "postal");
  // Leaving the last field commits it (its change event), as a person clicking elsewhere does.
  await page.click("h1");
  await page.waitForFunction(() => /2 rows checked/.test(document.getElementById("status").textContent) && !document.getElementById("download").disabled);
  const out = await download();
  assert.equal(out.length, 3);
  assert.doesNotMatch(out.join("\n"), /required-field-missing|unitPrice/);
});
