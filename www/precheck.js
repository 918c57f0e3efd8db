// precheck: the package entry point. Re-exports the wasm module's functions and, in
// `init()`, instantiates the module and loads the reference-data file it does not embed
// (HS texts, thresholds, rates, vague terms: text compresses better than wasm tables and
// changes on its own schedule). A service worker or the HTTP cache keeps both offline.

import initCore, { check, suggestHsCodes, rules, version, dataVersion, loadData } from "./precheck_core.js";

export { check, suggestHsCodes, rules, version, dataVersion, loadData };

const DATA_FILE = "precheck_data.tsv";
let ready;

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
 * Options: `module_or_path` (the .wasm URL, Response, bytes or Module) and `data`
 * (the data file's URL, or its contents as a string).
 */
export default function init(options = {}) {
  ready ??= (async () => {
    const data = typeof options.data === "string" && options.data.startsWith("# DO NOT EDIT")
      ? Promise.resolve(options.data)
      : readText(new URL(options.data ?? DATA_FILE, import.meta.url));
    await initCore(options.module_or_path === undefined ? undefined : { module_or_path: options.module_or_path });
    loadData(await data);
  })().catch((error) => {
    ready = undefined; // let the page retry, e.g. once back online
    throw error;
  });
  return ready;
}
