// Checks CSV rows off the main thread. The page posts {header, groups, options}; each
// group holds the rows of one order (or a lone row). Each group becomes one declaration,
// checked by the same engine as the form; results go back in batches with progress.
// The row mapping is the contract's (5.4), as the command line's `check --csv` does it
// (src/faces/bulk.rs): findings as rule@field, a row's own goods line named by its column.
import init, { check, suggestHsCodes } from "./pkg/precheck.js";

const ready = init();
const ITEM = ["description", "descriptionZh", "hsCode", "quantity", "unit", "unitPrice", "totalPrice", "netWeightKg",
  "originCountry", "brand", "material", "yearMade"];
const DECLARATION = ["origin", "destination", "currency", "channel", "purpose", "invoiceTotal", "shippingCost", "grossWeightKg",
  "parcels", "date", "wantsTaxRefund", "exporterType", "salesModel", "invoiceNumber", "incoterm"];
const squash = (s) => s.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
const canonical = (h) => [...ITEM, ...DECLARATION].find((c) => c.toLowerCase() === squash(h)) ?? "";

function checkGroup(header, rows, options) {
  const names = header.map(canonical);
  const declaration = { items: [] };
  rows.forEach((row, k) => {
    const item = {};
    names.forEach((name, c) => {
      const value = (row.fields[c] ?? "").trim();
      if (!value || !name) return;
      if (ITEM.includes(name)) item[name] = value;
      else if (k === 0) declaration[name] = value;
    });
    item.quantity ??= "1";
    declaration.items.push(item);
  });
  const report = check(declaration, options);
  const at = names.indexOf("description");
  return rows.map((row, k) => {
    const own = `items[${k}].`;
    const listed = [];
    for (const f of report.findings) {
      const field = f.field.startsWith(own) ? f.field.slice(own.length) : f.field.startsWith("items[") ? null : f.field;
      const entry = field === null ? null : `${f.rule}@${field}`;
      if (entry && !listed.includes(entry)) listed.push(entry);
    }
    const description = at >= 0 ? row.fields[at] ?? "" : "";
    return { index: row.index, verdict: report.verdict, lane: report.lane, findings: listed.join("; "),
      suggestedHsCode: description.trim() ? suggestHsCodes(description, 1)[0]?.code ?? "" : "" };
  });
}

self.onmessage = async (event) => {
  const { header, groups, options } = event.data;
  try {
    await ready;
  } catch (error) {
    self.postMessage({ type: "error", message: String(error?.message ?? error) });
    return;
  }
  const started = performance.now();
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const hasDescription = header.map(canonical).includes("description");
  let done = 0;
  let batch = [];
  const flush = () => {
    if (batch.length === 0) return;
    self.postMessage({ type: "progress", done, total, rowsPerSecond: done / Math.max((performance.now() - started) / 1000, 1e-3), results: batch });
    batch = [];
  };
  for (const group of groups) {
    const readable = group.rows.filter((r) => !r.error);
    for (const r of group.rows.filter((r) => r.error)) batch.push({ index: r.index, verdict: "", lane: "", findings: `unreadable: ${r.error}`, suggestedHsCode: "" });
    if (readable.length) {
      if (!hasDescription) {
        for (const r of readable) batch.push({ index: r.index, verdict: "", lane: "", findings: "unreadable: the header needs a `description` column", suggestedHsCode: "" });
      } else {
        try {
          batch.push(...checkGroup(header, readable, options));
        } catch (error) {
          for (const r of readable) batch.push({ index: r.index, verdict: "", lane: "", findings: `unreadable: ${error?.message ?? error}`, suggestedHsCode: "" });
        }
      }
    }
    done += group.rows.length;
    if (batch.length >= 200) flush();
  }
  flush();
  self.postMessage({ type: "done", total, seconds: (performance.now() - started) / 1000 });
};
