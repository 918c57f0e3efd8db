// The bulk listing check: a CSV (UTF-8 with or without BOM, or GB18030) is read here,
// checked in a Web Worker (bulk-worker.js) with visible progress, shown as a filterable
// table with a summary of the commonest problems, and downloaded with every row.

import { registerOffline } from "./offline.js";

registerOffline();
const $ = (id) => document.getElementById(id);
let header = [];
// The contract field each column names, as the worker's engine read the header.
let columns = [];
let rows = []; // { index, fields } or { index, error }
let results = [];
// The file's field separator (its header line's), used again for the download.
let separator = ",";

/** Bytes to text: UTF-8 (BOM dropped) when valid, else GB18030. */
export function decode(bytes) {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * The field separator the header line uses: a comma, the semicolon spreadsheets write
 * where the comma is the decimal mark (Excel in French, German, Russian ... locales), or
 * a tab; commas win ties. As the command line reads it (src/faces/csv_input.rs).
 */
export function separatorOf(text) {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  return counts[";"] > counts[","] && counts[";"] >= counts["\t"] ? ";" : counts["\t"] > counts[","] ? "\t" : ",";
}

/** RFC 4180: quoted fields with separators, quotes ("") and newlines. Returns arrays of fields. */
export function parseCsv(text, sep = ",") {
  const records = [];
  let field = "";
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === sep) { record.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field); field = "";
      records.push(record); record = [];
    } else field += c;
  }
  if (field !== "" || record.length) { record.push(field); records.push(record); }
  return records.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** CSV field: quoted when it holds the separator, a quote or a newline. */
const csvField = (v) => (/["\r\n]/.test(v) || v.includes(separator) ? `"${v.replaceAll('"', '""')}"` : v);

function start(bytes, name) {
  const text = decode(bytes);
  separator = separatorOf(text);
  const records = parseCsv(text, separator);
  header = (records.shift() ?? []).map((h) => h.trim());
  rows = records.map((fields, index) =>
    fields.length === header.length ? { index, fields } : { index, raw: fields, error: `${fields.length} fields where the header has ${header.length}` });
  results = new Array(rows.length);
  $("file-name").textContent = `${name}: ${rows.length} rows`;
  checkRows();
}

// Where the goods go, for rows that do not say (a marketplace's listings export names no
// destination, currency or channel): the seller's choice, applied by the worker only
// where a row's own column is empty. Changing one checks the file again.
function defaults() {
  const value = (id) => $(id).value.trim().toUpperCase();
  return { destination: value("default-destination"), currency: value("default-currency"), channel: $("default-channel").value };
}
for (const id of ["default-destination", "default-currency", "default-channel"]) {
  $(id).addEventListener("change", () => { if (rows.length) checkRows(); });
}

let worker = null;
function checkRows() {
  worker?.terminate();
  results = new Array(rows.length);
  $("progress").value = 0;
  $("progress").max = rows.length || 1;
  $("status").textContent = "Checking…";
  $("download").disabled = true;
  worker = new Worker(new URL("./bulk-worker.js", import.meta.url), { type: "module" });
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.type === "error") { $("status").textContent = `The checker could not start: ${m.message}`; return; }
    if (m.type === "columns") columns = m.names;
    if (m.type === "progress") {
      for (const r of m.results) results[r.index] = r;
      $("progress").value = m.done;
      $("status").textContent = `${m.done} / ${m.total} rows · ${Math.round(m.rowsPerSecond)} rows/s`;
    }
    if (m.type === "done") {
      $("status").textContent = `${m.total} rows checked in ${m.seconds.toFixed(1)} s`;
      $("download").disabled = false;
      worker.terminate();
      render();
    }
  };
  // A semicolon-separated file comes from a spreadsheet whose decimal mark is the comma.
  worker.postMessage({ header, rows, decimalComma: separator === ";", defaults: defaults(), options: { lang: document.documentElement.lang === "zh" ? "zh" : "en" } });
}

function rulesOf(r) {
  return (r?.findings ?? "").split("; ").filter(Boolean).map((f) => f.split("@")[0]);
}

function render() {
  const verdict = $("filter-verdict").value;
  const rule = $("filter-rule").value;
  // Summary: the commonest problems, as a bar chart.
  const counts = new Map();
  for (const r of results) for (const name of new Set(rulesOf(r))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const chart = $("chart");
  chart.replaceChildren();
  const max = top[0]?.[1] ?? 1;
  for (const [name, n] of top) {
    const bar = document.createElement("div");
    bar.className = "bar";
    const label = document.createElement("span");
    label.textContent = `${name} (${n})`;
    const fill = document.createElement("span");
    fill.className = "fill";
    fill.style.setProperty("--share", String(n / max));
    bar.append(label, fill);
    chart.append(bar);
  }
  const select = $("filter-rule");
  const chosen = select.value;
  select.replaceChildren(new Option("any rule", ""), ...[...counts.keys()].sort().map((k) => new Option(k, k)));
  select.value = chosen;
  // Table.
  const body = $("results").tBodies[0];
  const columns = [...$("results").tHead.rows[0].cells].map((th) => th.textContent);
  body.replaceChildren();
  const shown = [];
  rows.forEach((row, i) => {
    const r = results[i] ?? {};
    if (verdict && r.verdict !== verdict && !(verdict === "unreadable" && (r.findings ?? "").startsWith("unreadable"))) return;
    if (rule && !rulesOf(r).includes(rule)) return;
    shown.push(i);
  });
  for (const i of shown.slice(0, 500)) {
    const row = rows[i];
    const r = results[i] ?? {};
    const tr = document.createElement("tr");
    const description = row.fields ? row.fields[columns.indexOf("description")] ?? "" : (row.raw ?? []).join(",");
    const cells = [String(i + 2), description, r.verdict ?? "", r.lane ?? "", r.findings ?? "", r.suggestedHsCode ?? ""];
    cells.forEach((text, c) => {
      const td = document.createElement("td");
      td.textContent = text;
      td.dataset.label = columns[c]; // the column's name, shown beside the value when rows are cards
      tr.append(td);
    });
    tr.className = `verdict-${r.verdict || "unreadable"}`;
    body.append(tr);
  }
  $("shown").textContent = `${shown.length} of ${rows.length} rows match${shown.length > 500 ? " (first 500 shown)" : ""}`;
}

function download() {
  const lines = [[...header, "verdict", "lane", "findings", "suggestedHsCode"].map(csvField).join(separator)];
  rows.forEach((row, i) => {
    const r = results[i] ?? {};
    const fields = (row.fields ?? row.raw ?? []).slice(0, header.length);
    while (fields.length < header.length) fields.push("");
    const findings = row.error ? `unreadable: ${row.error}` : r.findings ?? "";
    lines.push([...fields, r.verdict ?? "", r.lane ?? "", findings, r.suggestedHsCode ?? ""].map(csvField).join(separator));
  });
  // A BOM so spreadsheets open the UTF-8 file with its Chinese text intact.
  const blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "precheck-results.csv";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

$("file").addEventListener("change", async (e) => {
  const file = e.target.files?.[0];
  if (file) start(new Uint8Array(await file.arrayBuffer()), file.name);
});
const drop = $("drop");
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", async (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const file = e.dataTransfer?.files?.[0];
  if (file) start(new Uint8Array(await file.arrayBuffer()), file.name);
});
$("filter-verdict").addEventListener("change", render);
$("filter-rule").addEventListener("change", render);
$("download").addEventListener("click", download);
