// precheck: the package entry point. Re-exports the wasm module's functions and, in
// `init()`, instantiates the module and loads the reference-data file it does not embed
// (HS texts, thresholds, rates, vague terms: text compresses better than wasm tables and
// changes on its own schedule). A service worker or the HTTP cache keeps both offline.

import initCore, { check, suggestHsCodes, declarationElements, renderDocument, rules, version, dataVersion, loadData, loadTariff } from "./precheck_core.js";

export { check, suggestHsCodes, declarationElements, renderDocument, rules, version, dataVersion, loadData, loadTariff };

const DATA_FILE = "precheck_data.tsv";
// China's 10-digit tariff (refund rates, supervision conditions, declaration elements).
const TARIFF_FILE = "precheck_cn_tariff.tsv";
let ready;
let dataText = "";

async function readText(url) {
  // Node and Deno have no fetch for file: URLs; browsers never take this branch.
  if (url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    return readFile(url, "utf8");
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`precheck: could not load ${url} (HTTP ${response.status})`);
  return response.text();
}

/**
 * Instantiates the module and loads the reference data. Safe to call more than once.
 * Options: `module_or_path` (the .wasm URL, Response, bytes or Module), `data` (the data
 * file's URL, or its contents as a string) and `tariff` (the same for the tariff chunk).
 */
export default function init(options = {}) {
  ready ??= (async () => {
    const text = (given, file) => typeof given === "string" && given.startsWith("# DO NOT EDIT")
      ? Promise.resolve(given)
      : readText(new URL(given ?? file, import.meta.url));
    // All three downloads run in parallel.
    const data = text(options.data, DATA_FILE);
    const tariff = text(options.tariff, TARIFF_FILE);
    await initCore(options.module_or_path === undefined ? undefined : { module_or_path: options.module_or_path });
    dataText = await data;
    loadData(dataText);
    loadTariff(await tariff);
  })().catch((error) => {
    ready = undefined; // let the page retry, e.g. once back online
    throw error;
  });
  return ready;
}

// The rows of one section of the loaded data file, split into columns.
const section = (name) => (dataText.split(`\n@${name}\n`)[1] ?? "").split("\n@")[0].split("\n")
  .filter((line) => line && line[0] !== "#").map((line) => line.split("\t"));

/**
 * The countries the reference data knows (ISO 3166 alpha-2 code, English and Chinese
 * names, main currency), from the data file already loaded; empty before `init()`.
 */
export const countries = () => section("countries").map(([code, , name, nameZh, currency]) => ({ code, name, nameZh, currency }));

/** The active ISO 4217 currency codes the reference data knows; empty before `init()`. */
export const currencies = () => section("currencies").map(([code]) => code);
