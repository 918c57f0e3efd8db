// The README's screenshots: the form, a printable document and the bulk page, each at
// 1280 and 390 px wide, from the served pages in Debian Chromium. Run by hand after a
// visible change (make build first; fonts-noto-cjk installed for the Chinese text):
//   node tests/tools/screenshots.mjs   ->  docs/screenshots/*.png
import { serve } from "./serve.mjs";
import { launchChromium } from "./browser.mjs";

const out = (name) => new URL(`../../docs/screenshots/${name}.png`, import.meta.url).pathname;
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const parcel = {
  origin: "CN", destination: "DE", currency: "EUR", channel: "postal", purpose: "gift", grossWeightKg: "0.6", invoiceNumber: "INV-2026-118",
  shipper: { name: "李伟 Li Wei", address: ["科技园南区 8 栋"], city: "Shenzhen", postcode: "518057", country: "CN", phone: "+86 755 0000 0000" },
  consignee: { name: "Anna Schmidt", address: ["Torstraße 12"], city: "Berlin", postcode: "10119", country: "DE" },
  items: [
    { description: "Silk scarf", descriptionZh: "真丝围巾", hsCode: "6214.10", quantity: "1", unitPrice: "30", netWeightKg: "0.1", originCountry: "CN" },
    { description: "gift", descriptionZh: "礼物", quantity: "1", unitPrice: "12", netWeightKg: "0.3" },
  ],
};
const csv = ["order,description,descriptionZh,hsCode,quantity,unitPrice,currency,destination,channel",
  "A1,Women's knitted cotton T-shirt,女式针织棉T恤,6109.10,2,9.50,USD,GB,express",
  "A1,Ceramic coffee mug 350ml,陶瓷咖啡杯,6912.00,1,15,USD,GB,express",
  "A2,gift,礼物,,1,20,EUR,DE,postal",
  "A3,Replica designer handbag,,4202.21,1,35,USD,US,express",
  "A4,Bluetooth earbuds with charging case,蓝牙耳机,8518.30,3,22,USD,FR,postal",
  "A5,Stainless steel water bottle 750ml,不锈钢水杯,9617.00,4,6.5,USD,AU,postal"].join("\n");

for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(base);
  await page.waitForFunction(() => document.getElementById("demo").report);
  await page.evaluate((v) => { document.getElementById("demo").value = v; }, parcel);
  await page.waitForFunction(() => document.getElementById("demo").report?.findings.length);
  await page.locator("#demo").screenshot({ path: out(`form-${width}`) });

  const html = await page.evaluate(async (v) => (await import("./pkg/precheck.js")).renderDocument(v, "cn23", {}), parcel);
  const doc = await browser.newPage({ viewport: { width, height: 1100 } });
  await doc.setContent(html);
  await doc.screenshot({ path: out(`document-${width}`), fullPage: true });
  await doc.close();

  await page.goto(`${base}bulk.html`);
  await page.setInputFiles("#file", { name: "listings.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => /checked in/.test(document.getElementById("status").textContent));
  await page.screenshot({ path: out(`bulk-${width}`), fullPage: true });
  await page.close();
}
await browser.close();
server.close();
