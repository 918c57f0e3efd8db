// Debian's Chromium as every browser test, benchmark and tool here starts it: headless,
// no sandbox (containers), and none of the background traffic a fresh profile makes.
import { chromium } from "playwright-core";

export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
};

export const launchChromium = () => chromium.launch(CHROMIUM);
