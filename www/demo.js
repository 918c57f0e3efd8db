// The demo page's script (a file, not inline: the pages run under a strict
// Content-Security-Policy, script-src 'self').
import { ExportPrecheckElement } from "./pkg/export-precheck.js";
import init, { check, settle, suggestHsCodes } from "./pkg/precheck.js";
import { registerOffline } from "./offline.js";

registerOffline();

const form = document.getElementById("demo");
form.value = {
  origin: "CN", destination: "GB", currency: "USD", channel: "express", purpose: "sale",
  invoiceTotal: "57.00", shippingCost: "", grossWeightKg: "0.8", parcels: 1,
  items: [
    { description: "Women's knitted cotton T-shirt", descriptionZh: "女式针织棉T恤", hsCode: "6109.10",
      quantity: "3", unit: "pcs", unitPrice: "9.00", totalPrice: "27.00",
      elements: { "品牌类型": "无品牌", "出口享惠情况": "出口货物在最终目的国（地区）不享受优惠关税", "是否有领": "圆领", "是否有扣": "无扣",
        "是否有拉链": "无拉链", "成分含量": "100%棉", "品牌（中文或外文名称）": "无品牌", "货号": "TS-001" } },
    { description: "Ceramic coffee mug 350ml", descriptionZh: "陶瓷咖啡杯", hsCode: "6912.00",
      quantity: "2", unit: "pcs", unitPrice: "15.00", totalPrice: "30.00",
      elements: { "品牌类型": "无品牌", "出口享惠情况": "出口货物在最终目的国（地区）不享受优惠关税", "种类（餐具、厨房器具等）": "餐具", "品牌（中文或外文名称）": "无品牌" } },
  ],
};
// Defined after the value is set: the form is drawn once, with it (the element takes
// over a value set before it was defined).
ExportPrecheckElement.define();
document.getElementById("lang-switch").addEventListener("change", (e) => {
  form.setAttribute("lang", e.target.value);
  document.documentElement.lang = e.target.value;
});

// The JavaScript example below is secondary: it runs once the form has shown its first
// report, so the page's own check is not queued behind it.
await new Promise((resolve) => form.addEventListener("precheck-result", resolve, { once: true }));
// The parts of the data it needs load as it asks (settle), as the form's do.
await init({ parts: "when-needed" });
const listing = {
  destination: "DE", currency: "EUR", channel: "postal",
  items: [{ description: "2024 New Fashion Women Gold Color Hoop Earrings Party Jewelry Gift", quantity: 1, unitPrice: "4.99" }],
};
const report = await settle(() => check(listing, { lang: "en" }));
const codes = await settle(() => suggestHsCodes(listing.items[0].description, 3));
document.getElementById("js-example").textContent = JSON.stringify(
  { verdict: report.verdict, findings: report.findings.map((f) => `${f.rule}: ${f.message}`), suggestedCodes: codes.map((c) => c.code) },
  null, 2);
