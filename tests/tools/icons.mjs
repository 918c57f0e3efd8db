// Renders www/icons/precheck.svg to the PNG sizes the web app manifest lists (run by
// hand when the icon changes: node tests/tools/icons.mjs; the PNGs are committed).
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const svg = readFileSync(new URL("../../www/icons/precheck.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: new URL(`../../www/icons/precheck-${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
