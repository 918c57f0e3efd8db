// Checks CSV rows off the main thread. The page posts {header, rows, options}; the
// columns are named by the engine (`csvColumn`: "HS code", "商品名称", "Qty" as the
// contract's fields) and told back to the page, rows sharing an order form one group,
// each group one declaration checked by the same engine as the form; results go back in
// batches with progress. The row mapping is the contract's (5.4), as the command line's
// `check --csv` does it (src/faces/bulk.rs): findings as rule@field, a row's own goods
// line named by its column.
import init, { check, suggestHsCodes, csvColumn } from "./pkg/precheck.js";

const ready = init();
const ITEM = ["description", "descriptionZh", "hsCode", "quantity", "unit", "unitPrice", "totalPrice", "netWeightKg",
  "originCountry", "brand", "material", "yearMade"];
const DECLARATION = ["origin", "destination", "currency", "channel", "purpose", "invoiceTotal", "shippingCost", "grossWeightKg",
  "parcels", "date", "wantsTaxRefund", "exporterType", "salesModel", "invoiceNumber", "incoterm"];

// The columns that hold amounts or weights, and an amount as a decimal-comma file writes
// it ("12,50", "1.234,56") with a decimal point; null when there is no decimal comma to
// read (src/knowledge/money.rs, from_decimal_comma).
const NUMBERS = ["quantity", "unitPrice", "totalPrice", "netWeightKg", "invoiceTotal", "shippingCost", "grossWeightKg"];
function fromDecimalComma(text) {
  const m = /^(-?)(\d+|\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(text);
  return m ? `${m[1]}${m[2].replaceAll(".", "")}.${m[3]}` : null;
}

// Rows sharing a value in the order column, in first-seen order; unreadable rows and rows
// without an order travel alone (they keep their place and get their reason).
function groupsOf(names, rows) {
  const orderAt = names.indexOf("order");
  const byOrder = new Map();
  const groups = [];
  for (const row of rows) {
    const order = orderAt >= 0 && row.fields ? (row.fields[orderAt] ?? "").trim() : "";
    if (order) {
      if (!byOrder.has(order)) { byOrder.set(order, { rows: [] }); groups.push(byOrder.get(order)); }
      byOrder.get(order).rows.push(row);
    } else groups.push({ rows: [row] });
  }
  return groups;
}

function checkGroup(names, rows, options, decimalComma, defaults) {
  const declaration = { items: [] };
  rows.forEach((row, k) => {
    const item = {};
    names.forEach((name, c) => {
      let value = (row.fields[c] ?? "").trim();
      if (!value || !name) return;
      if (decimalComma && NUMBERS.includes(name)) value = fromDecimalComma(value) ?? value;
      if (ITEM.includes(name)) item[name] = value;
      else if (k === 0 && DECLARATION.includes(name)) declaration[name] = value;
    });
    item.quantity ??= "1";
    declaration.items.push(item);
  });
  // The page's destination, currency and channel where the rows give none (as the
  // command line's --destination, --currency, --channel: src/faces/bulk.rs, with_defaults).
  for (const [name, value] of Object.entries(defaults)) if (value && !declaration[name]) declaration[name] = value;
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
  const { header, rows, options, decimalComma = false, defaults = {} } = event.data;
  try {
    await ready;
  } catch (error) {
    self.postMessage({ type: "error", message: String(error?.message ?? error) });
    return;
  }
  const started = performance.now();
  const names = header.map((h) => csvColumn(h));
  self.postMessage({ type: "columns", names });
  const groups = groupsOf(names, rows);
  const total = rows.length;
  const hasDescription = names.includes("description");
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
          batch.push(...checkGroup(names, readable, options, decimalComma, defaults));
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
