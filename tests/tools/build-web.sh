#!/usr/bin/env bash
# Builds the wasm module and its JS glue into www/pkg (the npm package and the demo's copy).
# Needs tests/tools/setup.sh to have run (wasm-bindgen on PATH, binaryen in tests/node_modules).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/www/pkg"
cd "$root"
cargo build --lib --profile wasm --target wasm32-unknown-unknown
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/wasm/precheck.wasm
# npm binaryen (never Debian's: its wasm-opt 108 writes modules that fail to load).
"$root/tests/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/precheck_bg.wasm" -o "$out/precheck_bg.wasm"
cp "$root/www/precheck.d.ts" "$out/precheck.d.ts"
cp "$root/pkg.json" "$out/package.json"
cp "$root/README.md" "$out/README.md"
raw=$(stat -c %s "$out/precheck_bg.wasm")
glue=$(stat -c %s "$out/precheck.js")
gz=$(cat "$out/precheck_bg.wasm" "$out/precheck.js" | gzip -9 | wc -c)
br=$( (cat "$out/precheck_bg.wasm" "$out/precheck.js" | brotli -c -q 11 2>/dev/null || true) | wc -c)
echo "wasm $raw B + glue $glue B; gzip $gz B; brotli $br B" | tee "$out/SIZE.txt"
