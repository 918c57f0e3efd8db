// Checks CSV rows off the main thread: the page posts {header, groups, options}; each
// group is the rows of one order (or one row), sent back in batches with progress.
import init, { checkRows } from "./pkg/precheck.js";

const ready = init();

self.onmessage = async (event) => {
  const { header, groups, options } = event.data;
  try {
    await ready;
  } catch (error) {
    self.postMessage({ type: "error", message: String(error?.message ?? error) });
    return;
  }
  const started = performance.now();
  let done = 0;
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  // Batches of about 200 rows keep progress smooth and messages few.
  let batch = [];
  let batchRows = [];
  const flush = () => {
    if (batch.length === 0) return;
    const results = checkRows(header, batchRows.map((r) => r.fields ?? r.error), options);
    done += batchRows.length;
    self.postMessage({ type: "progress", done, total, rowsPerSecond: done / ((performance.now() - started) / 1000),
      results: batchRows.map((r, k) => ({ index: r.index, ...results[k] })) });
    batch = [];
    batchRows = [];
  };
  for (const group of groups) {
    batch.push(group);
    batchRows.push(...group.rows);
    if (batchRows.length >= 200) flush();
  }
  flush();
  self.postMessage({ type: "done", total, seconds: (performance.now() - started) / 1000 });
};
