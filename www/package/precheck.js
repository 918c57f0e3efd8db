// precheck: the package entry point. Re-exports the wasm module's functions and, in
// `init()`, instantiates the module and loads the reference-data file it does not embed
// (HS texts, thresholds, rates, vague terms: text compresses better than wasm tables and
// changes on its own schedule). A service worker or the HTTP cache keeps both offline.

import initCore, { check, suggestHsCodes, declarationElements, renderDocument, rules, version, dataVersion, loadData, loadTariff, loadDataBytes, loadTariffBytes } from "./precheck_core.js";

export { check, suggestHsCodes, declarationElements, renderDocument, rules, version, dataVersion, loadData, loadTariff };

const DATA_FILE = "precheck_data.tsv";
// China's 10-digit tariff (refund rates, supervision conditions, declaration elements).
const TARIFF_FILE = "precheck_cn_tariff.tsv";
let ready;
// The data file as loaded, as bytes: a section is decoded only when the page asks for it
// (the country list), and only that section.
let dataBytes = null;
const sectionTexts = new Map();

// The files go to the module as bytes: decoding 3 MB to a JS string and encoding it back
// to UTF-8 for the module cost more than the module's own parse.
async function readBytes(url) {
  // Node and Deno have no fetch for file: URLs; browsers never take this branch.
  if (url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`precheck: could not load ${url} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Instantiates the module and loads the reference data. Safe to call more than once.
 * Options: `module_or_path` (the .wasm URL, Response, bytes or Module), `data` (the data
 * file's URL, or its contents as a string) and `tariff` (the same for the tariff chunk).
 */
export default function init(options = {}) {
  ready ??= (async () => {
    // The file's bytes: from a string that is the file itself, else fetched from its URL.
    const contents = (given, file) => typeof given === "string" && given.startsWith("# DO NOT EDIT")
      ? Promise.resolve(new TextEncoder().encode(given))
      : readBytes(new URL(given ?? file, import.meta.url));
    // All three downloads run in parallel.
    const data = contents(options.data, DATA_FILE);
    const tariff = contents(options.tariff, TARIFF_FILE);
    await initCore(options.module_or_path === undefined ? undefined : { module_or_path: options.module_or_path });
    dataBytes = await data;
    sectionTexts.clear();
    loadDataBytes(dataBytes);
    loadTariffBytes(await tariff);
  })().catch((error) => {
    ready = undefined; // let the page retry, e.g. once back online
    throw error;
  });
  return ready;
}

// Where the next line starting with "@" (a section's name line) starts in the bytes,
// from `from`: "@" is rare in the file, so this is a few native byte searches.
const AT = 0x40, NEWLINE = 0x0a;
function nextSectionLine(bytes, from) {
  for (let i = bytes.indexOf(AT, from); i !== -1; i = bytes.indexOf(AT, i + 1)) {
    if (i === 0 || bytes[i - 1] === NEWLINE) return i;
  }
  return -1;
}

// The text of one section of the loaded data file (after its "@name" line), decoded
// alone: the element names its countries as the engine comes up, before the first
// check, and decoding the whole 1.3 MB file for that took 5-17 ms.
function sectionText(name) {
  if (!dataBytes) return "";
  if (!sectionTexts.has(name)) {
    const line = new TextEncoder().encode(`@${name}\n`);
    let text = "";
    for (let at = nextSectionLine(dataBytes, 0); at !== -1; at = nextSectionLine(dataBytes, at + 1)) {
      if (line.every((b, k) => dataBytes[at + k] === b)) {
        const start = at + line.length;
        const end = nextSectionLine(dataBytes, start);
        text = new TextDecoder().decode(dataBytes.subarray(start, end === -1 ? dataBytes.length : end));
        break;
      }
    }
    sectionTexts.set(name, text);
  }
  return sectionTexts.get(name);
}

// The rows of one section of the loaded data file, split into columns.
const section = (name) => sectionText(name).split("\n")
  .filter((line) => line && line[0] !== "#").map((line) => line.split("\t"));

/**
 * The countries the reference data knows (ISO 3166 alpha-2 code, English and Chinese
 * names, main currency), from the data file already loaded; empty before `init()`.
 */
export const countries = () => section("countries").map(([code, , name, nameZh, currency]) => ({ code, name, nameZh, currency }));

/** The active ISO 4217 currency codes the reference data knows; empty before `init()`. */
export const currencies = () => section("currencies").map(([code]) => code);
