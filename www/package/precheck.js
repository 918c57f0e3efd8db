// precheck: the package entry point. Re-exports the wasm module's functions and, in
// `init()`, instantiates the module and loads the reference data it does not embed
// (thresholds, rates, vague terms, HS texts, China's tariff: text compresses better than
// wasm tables and changes on its own schedule): a core file, and parts loaded all at
// once or when a check first needs them. A service worker or the HTTP cache keeps them
// offline.

import initCore, {
  check as checkCore, suggestHsCodes as suggestCore, declarationElements as elementsCore, renderDocument, rules as rulesCore, version, dataVersion, csvColumn,
  loadDataBytes, loadTariffBytes, loadPartBytes, wantedParts, missingParts,
} from "./precheck_core.js";

export { renderDocument, version, dataVersion, csvColumn };

// The files' texts, as strings (the module takes their bytes).
export const loadData = (text) => loadDataBytes(new TextEncoder().encode(text));
export const loadTariff = (text) => loadTariffBytes(new TextEncoder().encode(text));

const DATA_FILE = "precheck_data.tsv";
// The parts of the data (HS texts, the tariff by chapter, the word index by bucket), one
// file each, next to the data file: a first report needs a few of them, not 3 MB.
const PARTS_FOLDER = "parts/";
// The file in it that holds every part (xtask/src/parts.rs, ALL).
const ALL_PARTS = "all";
// The hazardous-chemical names' parts (src/base/text.rs, HAZARDOUS_NAME_BUCKETS).
const HAZARDOUS_NAME_BUCKETS = 32;
// A line's text fields, as the engine reads them (src/input/declaration.rs, all_text).
const LINE_TEXT_KEYS = ["description", "descriptionZh", "material", "brand"];
let ready;
// The module instantiated (init's first step): parts can load from then on.
let instantiated;
let partsFolder = new URL(PARTS_FOLDER, import.meta.url);
// The data file as loaded, as bytes: a section is decoded only when the page asks for it
// (the country list), and only that section.
let dataBytes = null;
const sectionTexts = new Map();

// The files go to the module as bytes: decoding 3 MB to a JS string and encoding it back
// to UTF-8 for the module cost more than the module's own parse.
// `onBytes`, if given, hears the bytes read so far as they arrive, until it returns true
// (it has what it wanted: the data file's header is in its first chunk).
async function readBytes(url, onBytes = null) {
  // Node and Deno have no fetch for file: URLs; browsers never take this branch.
  if (url.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    const bytes = new Uint8Array(await readFile(url));
    onBytes?.(bytes);
    return bytes;
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`precheck: could not load ${url} (HTTP ${response.status})`);
  if (!onBytes || !response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks = [];
  let size = 0;
  let heard = false;
  for (const reader = response.body.getReader(); ;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    heard ||= onBytes(chunks.length === 1 ? value : joinBytes(chunks, size));
  }
  return joinBytes(chunks, size);
}

// The chunks as one array (which then replaces them).
function joinBytes(chunks, size) {
  if (chunks.length !== 1) {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    chunks.splice(0, chunks.length, bytes);
  }
  return chunks[0];
}

// The names of the parts the data file leaves to part files (its header's "# parts:" line,
// less the sections its "# sections:" line says it holds itself, as the full generated
// file does), known as soon as the file's first bytes arrive, before the module and the
// rest of the file: prefetch() asks for the destination's thresholds then, not once the
// file is read. Null when the header names none (a file from before parts).
let partNames = Promise.resolve(null);
// Tells `heard` those names once `bytes` hold the whole header; true if they did.
function hearPartNames(bytes, heard) {
  const end = nextSectionLine(bytes, 0);
  if (end === -1) return false; // the header goes on past these bytes
  const lines = new TextDecoder().decode(bytes.subarray(0, end)).split("\n");
  const words = (key) => (lines.find((l) => l.startsWith(key))?.slice(key.length) ?? "").split(" ").filter(Boolean);
  const held = new Set(words("# sections: ").map((entry) => entry.split(":")[0]));
  const parts = words("# parts: ");
  heard(parts.length > 0 ? new Set(parts.filter((name) => !held.has(name))) : null);
  return true;
}

// Each part's bytes, fetched once (a fetch that failed is forgotten, so a later attempt,
// back online, starts afresh), and installed once the module is there.
const partLoads = new Map();
function loadPart(name) {
  if (!partLoads.has(name)) {
    const loading = Promise.all([readBytes(new URL(`${name}.tsv`, partsFolder)), instantiated]).then(([bytes]) => installPart(bytes));
    loading.catch(() => partLoads.delete(name));
    partLoads.set(name, loading);
  }
  return partLoads.get(name);
}

/**
 * Loads parts of the reference data by name (`wantedParts()` names the ones a check
 * reached for), each once however often asked.
 */
export async function loadParts(names) {
  // Nothing to load, nothing to ask the module (which may not be instantiated yet).
  if (names.length === 0) return;
  await Promise.all(names.map(loadPart));
  // A file that is not its part would have a page ask for it again and again.
  const missing = missingParts().split(" ");
  const absent = names.filter((name) => missing.includes(name));
  if (absent.length > 0) throw new Error(`precheck: ${new URL(`${absent[0]}.tsv`, partsFolder)} does not hold the data part ${absent[0]}`);
}

/**
 * Starts loading the parts of the data a check of `declaration` (with `options`, as
 * check takes them) will likely need, while the module and the core file load: the
 * destination's thresholds (`parts/thresholds.GB.tsv`), each coded line's tariff chapter
 * (its lines and element sets, `parts/cn-tariff.61.tsv`), the vocabulary's and the vague
 * terms' Chinese terms for lines with Chinese characters (`parts/vocabulary-zh.tsv`), the hazardous-chemical names
 * starting with the characters of its text that start any, and for a Chinese report the
 * Chinese messages and destination notes (the part names are the generator's, xtask/src/parts.rs). A hint: a
 * check still names whatever it lacks. Call it once init() has been called. Only parts
 * the data has are asked for: the thresholds once the data file's header has named the
 * parts, the chemical names once the file is read.
 */
export function prefetch(declaration, options = {}) {
  if (!instantiated) return Promise.resolve();
  const items = Array.isArray(declaration?.items) ? declaration.items : [];
  const parts = new Set();
  if (/^zh/i.test(String(options?.lang ?? ""))) {
    parts.add("messages-zh");
    parts.add("destination-notes-zh");
  }
  for (const item of items) {
    const chapter = String(item?.hsCode ?? "").replace(/\D/g, "").slice(0, 2);
    if (chapter.length === 2) parts.add(`cn-tariff.${chapter}`);
  }
  // The destination's thresholds, asked for as soon as the data file's header names its
  // parts (only a destination the data has thresholds for has one); and the vocabulary's
  // Chinese terms when a line's text has Chinese characters.
  const thresholds = `thresholds.${String(declaration?.destination ?? "").trim().toUpperCase()}`;
  const chinese = items.some((item) => LINE_TEXT_KEYS.some((key) => /[\u3400-\u9fff]/.test(String(item?.[key] ?? ""))));
  const afterHeader = partNames.then((names) =>
    loadParts([thresholds, ...(chinese ? ["vocabulary-zh"] : [])].filter((name) => names?.has(name))));
  // Asked for once the core file is read, which knows them: the chemical names starting
  // with the characters of the lines' text that start any (most start none), in their
  // parts by code point (src/base/text.rs, hazardous_names_part).
  const afterCore = (ready ?? Promise.resolve()).then(() => {
    const later = [];
    const starts = sectionText("cn-hazardous-starts").split("\n").find((line) => line && line[0] !== "#") ?? "";
    for (const item of items) {
      for (const key of LINE_TEXT_KEYS) {
        for (const c of String(item?.[key] ?? "")) {
          const point = c.codePointAt(0);
          if (point > 0x7f && starts.includes(c)) later.push(`cn-hazardous-names.${String(point % HAZARDOUS_NAME_BUCKETS).padStart(2, "0")}`);
        }
      }
    }
    const missing = missingParts().split(" ");
    return loadParts([...new Set(later)].filter((name) => missing.includes(name)));
  });
  return Promise.all([loadParts([...parts]), afterHeader, afterCore]).then(() => undefined);
}

// The engine's answer; or, when it reached for parts of the data that are not loaded yet
// (after `init({ parts: "when-needed" })`), its error with `parts` (their names) and
// `ready` (a promise that loads them): await `ready` and ask again, or use `settle`.
function needingParts(call) {
  return (...args) => {
    try {
      return call(...args);
    } catch (error) {
      let parts = [];
      try {
        parts = wantedParts().split(" ").filter(Boolean);
      } catch {
        // the module is not instantiated: init() was not awaited
      }
      if (parts.length > 0 && error instanceof Error) {
        error.parts = parts;
        error.ready = loadParts(parts);
      }
      throw error;
    }
  };
}

export const check = needingParts(checkCore);
export const suggestHsCodes = needingParts(suggestCore);
export const declarationElements = needingParts(elementsCore);
export const rules = needingParts(rulesCore);

/**
 * `call`'s answer once the parts of the data it needs are loaded: for a page that
 * init()s with `parts: "when-needed"`, e.g. `await settle(() => check(declaration))`.
 */
export async function settle(call) {
  for (let attempt = 0; ; attempt++) {
    try {
      return call();
    } catch (error) {
      // Each attempt loads what the last one reached for; a part read can lead a check
      // on to another (the suggestions a word index bucket gives, and their texts).
      if (!error?.ready || attempt >= 8) throw error;
      await error.ready;
    }
  }
}

/**
 * Instantiates the module and loads the reference data. Safe to call more than once.
 * Options: `module_or_path` (the .wasm URL, Response, bytes or Module), `data` (the data
 * file's URL, or its contents as a string), `tariff` (the whole tariff chunk's URL or
 * contents, for a page that has it; the package ships it in parts), `partsFolder` (where
 * the parts are; default `parts/` next to the data file) and `parts`: "all" (the
 * default: every part loaded before init() resolves, so any call answers at once) or
 * "when-needed" (a call that needs a part not loaded throws an error whose `ready`
 * loads it: see `settle`).
 */
export default function init(options = {}) {
  ready ??= (async () => {
    const given = (value) => typeof value === "string" && value.startsWith("# DO NOT EDIT");
    // The file's bytes: from a string that is the file itself, else fetched from its URL.
    const contents = (value, file = undefined, onBytes = null) => {
      if (!given(value)) return readBytes(new URL(value ?? file, import.meta.url), onBytes);
      const bytes = new TextEncoder().encode(value);
      onBytes?.(bytes);
      return Promise.resolve(bytes);
    };
    const dataUrl = given(options.data) ? import.meta.url : new URL(options.data ?? DATA_FILE, import.meta.url);
    partsFolder = new URL(options.partsFolder ?? PARTS_FOLDER, dataUrl);
    // The downloads run in parallel.
    let heard;
    partNames = new Promise((resolve) => { heard = resolve; });
    const data = contents(options.data, DATA_FILE, (bytes) => hearPartNames(bytes, heard));
    // A file that failed, or has no section, names no parts.
    const heardNone = () => heard(null);
    data.then(heardNone, heardNone);
    // China's whole tariff chunk, only from a page that hands it over (the package ships it in parts).
    const tariff = options.tariff === undefined ? null : contents(options.tariff);
    instantiated = initCore(options.module_or_path === undefined ? undefined : { module_or_path: options.module_or_path });
    await instantiated;
    dataBytes = await data;
    sectionTexts.clear();
    loadDataBytes(dataBytes);
    if (tariff) loadTariffBytes(await tariff);
  })().catch((error) => {
    ready = undefined; // let the page retry, e.g. once back online
    throw error;
  });
  return options.parts === "when-needed" ? ready : ready.then(loadAllParts);
}

// Every part: in one file (`parts/all.tsv`: one request, not one per part), except on a
// page a service worker serves (it has each part cached; the bundle it does not cache)
// or when that file cannot load (offline, or a folder without it): then part by part.
async function loadAllParts() {
  const missing = () => missingParts().split(" ").filter(Boolean);
  if (missing().length > 0 && !globalThis.navigator?.serviceWorker?.controller) {
    try {
      installPart(await readBytes(new URL(`${ALL_PARTS}.tsv`, partsFolder)));
    } catch {
      // part by part, below
    }
  }
  await loadParts(missing());
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
// check, and decoding the whole 1.3 MB file for that took 5-17 ms. A section the page
// reads from a part (PAGE_PARTS) is "" until its part is loaded.
function sectionText(name) {
  if (!sectionTexts.has(name)) {
    const text = sectionIn(dataBytes, name);
    if (text === null) return "";
    sectionTexts.set(name, text);
  }
  return sectionTexts.get(name);
}

// The text of section `name` in `bytes` (a data or part file), or null.
function sectionIn(bytes, name) {
  if (!bytes) return null;
  const line = new TextEncoder().encode(`@${name}\n`);
  for (let at = nextSectionLine(bytes, 0); at !== -1; at = nextSectionLine(bytes, at + 1)) {
    if (line.every((b, k) => bytes[at + k] === b)) {
      const start = at + line.length;
      const end = nextSectionLine(bytes, start);
      return new TextDecoder().decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    }
  }
  return null;
}

// The sections of parts the page reads itself (the countries' Chinese names, which
// come with the Chinese messages: xtask/src/parts.rs), kept as their part loads.
const PAGE_PARTS = ["countries-zh"];
function installPart(bytes) {
  loadPartBytes(bytes);
  for (const name of PAGE_PARTS) {
    const text = sectionTexts.has(name) ? null : sectionIn(bytes, name);
    if (text !== null) sectionTexts.set(name, text);
  }
}

// The rows of one section of the loaded data file, split into columns.
const section = (name) => sectionText(name).split("\n")
  .filter((line) => line && line[0] !== "#").map((line) => line.split("\t"));

/**
 * The countries the reference data knows (ISO 3166 alpha-2 code, English and Chinese
 * names, main currency), from the data file already loaded; empty before `init()`.
 */
export const countries = () => {
  const zh = new Map(section("countries-zh"));
  return section("countries").map(([code, , name, currency]) => ({ code, name, nameZh: zh.get(code) ?? "", currency }));
};

/** The active ISO 4217 currency codes the reference data knows; empty before `init()`. */
export const currencies = () => section("currencies").map(([code]) => code);
