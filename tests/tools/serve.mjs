// Serves www/ on 127.0.0.1:$PORT (default 8080) with the right MIME types, under the
// strict Content-Security-Policy a shop may use (issue 13), so every page and test runs
// under it: no inline script or style, wasm allowed, nothing from another origin.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../www/", import.meta.url));
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml", ".ts": "text/plain",
  ".webmanifest": "application/manifest+json", ".png": "image/png", ".tsv": "text/tab-separated-values; charset=utf-8" };
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// `overrides` maps a path ("/pkg/precache.js") to the body served instead of the file:
// tests use it to publish a "new build" or a missing file.
export function serve(port = Number(process.env.PORT || 8080), overrides = new Map()) {
  const server = createServer(async (req, res) => {
    const headers = (type) => ({ "content-type": type, "cache-control": "no-cache", "content-security-policy": CSP });
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    if (overrides.has(path)) {
      const body = overrides.get(path);
      if (body === null) res.writeHead(404, headers("text/plain")).end("not found");
      else res.writeHead(200, headers(types[extname(path)] || "application/octet-stream")).end(body);
      return;
    }
    const file = join(root, path.endsWith("/") ? path + "index.html" : path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, headers(types[extname(file)] || "application/octet-stream")).end(body);
    } catch {
      res.writeHead(404, headers("text/plain")).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve();
  console.log(`precheck demo at http://127.0.0.1:${server.address().port}/`);
}
