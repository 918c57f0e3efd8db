// Wasm benchmarks under Node (V8, the engine of Chrome): `make bench` after `make build`.
// Mean time per call of suggestHsCodes on 100-character titles and of check on one-line
// declarations, through the package's own entry module. Figures go to the README.
import { readFileSync } from "node:fs";
import init, { check, suggestHsCodes } from "../../www/pkg/precheck.js";
import initCore from "../../www/pkg/precheck_core.js";

const pkg = new URL("../../www/pkg/", import.meta.url);
const t0 = performance.now();
// The core data file and every part (init's default), read from the package's files.
await init({ module_or_path: readFileSync(new URL("precheck_core_bg.wasm", pkg)), data: readFileSync(new URL("precheck_data.tsv", pkg), "utf8") });
const initMs = performance.now() - t0;
// initCore again returns the already-instantiated module's exports (its linear memory).
const { memory } = await initCore();
const afterInit = memory.buffer.byteLength;

const titles = ["listings.tsv", "rulings.tsv", "listings_fresh.tsv"].flatMap((name) =>
  readFileSync(new URL(`../quality/${name}`, import.meta.url), "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#") && l.includes("\t")).map((l) => l.split("\t")[1]));
const long = titles.map((t) => { let s = t; while (s.length < 100) s += " Women Men Gift New 2026"; return s.slice(0, 100); });

function measure(name, inputs, rounds, f) {
  for (const i of inputs) f(i);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const i of inputs) f(i);
  const us = ((performance.now() - start) * 1000) / (rounds * inputs.length);
  console.log(`${name.padEnd(44)} ${us.toFixed(1).padStart(9)} us/call  (${inputs.length} inputs x ${rounds})`);
}

// The first suggestion builds the word index (issue #9 asks for at most 30 ms after init).
const t1 = performance.now();
suggestHsCodes("Stainless steel insulated water bottle 750ml", 5);
const firstMs = performance.now() - t1;
console.log(`precheck wasm benchmarks (Node ${process.version}); init + data load ${initMs.toFixed(0)} ms; first suggestion ${firstMs.toFixed(0)} ms`);
measure("suggestHsCodes(title, 5), 100-char title", long, 5, (t) => suggestHsCodes(t, 5));
const declarations = titles.map((t) => ({ origin: "CN", destination: "GB", currency: "USD", channel: "express", purpose: "sale",
  items: [{ description: t, hsCode: "6109.10", quantity: "2", unitPrice: "12.50" }] }));
measure("check(declaration), one line", declarations, 3, (d) => check(d, { date: "2026-11-26" }));
measure("check(declaration), vague description only", ["gift", "phone accessories", "礼物"].map((d) => ({ ...declarations[0], items: [{ ...declarations[0].items[0], description: d }] })), 300, (d) => check(d, { date: "2026-11-26" }));
const mem = process.memoryUsage();
console.log(`wasm linear memory: ${(afterInit / 1048576).toFixed(1)} MiB after init, ${(memory.buffer.byteLength / 1048576).toFixed(1)} MiB after the runs; Node rss ${(mem.rss / 1e6).toFixed(0)} MB`);
