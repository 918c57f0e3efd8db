#!/usr/bin/env bash
# Builds the wasm module and its JS glue into www/pkg (the npm package and the demo's copy).
# Needs tests/tools/setup.sh to have run (wasm-bindgen on PATH, binaryen in tests/node_modules).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/www/pkg"
cd "$root"
cargo build --lib --profile wasm --target wasm32-unknown-unknown
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-name precheck_core --out-dir "$out" target/wasm32-unknown-unknown/wasm/precheck.wasm
# npm binaryen (never Debian's: its wasm-opt 108 writes modules that fail to load).
"$root/tests/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  "$out/precheck_core_bg.wasm" -o "$out/precheck_core_bg.wasm"
# The entry module (its init() also loads the data) and the reference-data files. The
# shipped JS drops its comment lines (about 1 KB brotli); the sources keep them.
strip_comments() { node -e 'const fs=require("fs");const f=process.argv[1];fs.writeFileSync(f,fs.readFileSync(f,"utf8").split("\n").filter(l=>{const x=l.trim();return !(x.startsWith("//")||x.startsWith("/**")||x.startsWith("* ")||x==="*"||x==="*/")}).join("\n"))' "$1"; }
cp "$root/www/precheck.js" "$out/precheck.js"
strip_comments "$out/precheck.js"
strip_comments "$out/precheck_core.js"
cp "$root/src/data/generated/precheck_data.tsv" "$out/precheck_data.tsv"
cp "$root/src/data/generated/precheck_cn_tariff.tsv" "$out/precheck_cn_tariff.tsv"
cp "$root/www/precheck.d.ts" "$out/precheck.d.ts"
cp "$root/pkg.json" "$out/package.json"
cp "$root/README.md" "$out/README.md"
# What a page downloads before the first check: module + JS (budget 150 KB gzip), then
# the reference-data file, fetched in parallel and cached.
size() { local total=0 f; for f in "$@"; do total=$((total + $(stat -c %s "$f"))); done; echo "$total"; }
gz() { cat "$@" | gzip -9 | wc -c; }
# Brotli at quality 11, as servers send it, from Node's zlib (no brotli binary needed).
br() { cat "$@" | node -e 'const z=require("zlib");const c=[];process.stdin.on("data",d=>c.push(d)).on("end",()=>console.log(z.brotliCompressSync(Buffer.concat(c),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))'; }
code=("$out/precheck_core_bg.wasm" "$out/precheck_core.js" "$out/precheck.js")
data="$out/precheck_data.tsv"
tariff="$out/precheck_cn_tariff.tsv"
{
  echo "wasm + JS glue: $(size "${code[@]}") B raw, $(gz "${code[@]}") B gzip, $(br "${code[@]}") B brotli"
  echo "data file:      $(size "$data") B raw, $(gz "$data") B gzip, $(br "$data") B brotli"
  echo "tariff chunk:   $(size "$tariff") B raw, $(gz "$tariff") B gzip, $(br "$tariff") B brotli"
  echo "all together:   $(size "${code[@]}" "$data" "$tariff") B raw, $(( $(gz "${code[@]}") + $(gz "$data") + $(gz "$tariff") )) B gzip, $(( $(br "${code[@]}") + $(br "$data") + $(br "$tariff") )) B brotli"
} | tee "$out/SIZE.txt"

# The budget. Issue #2 set module + JS glue at 150 KB gzip; issue #9 restates it as what
# the first report needs, in brotli (what servers send), at most 150 KB. Enforced here:
# module + JS glue at most 150,000 B brotli; the build fails above it. Not yet met (see
# README, "Size"): the data the first check reads comes on top of it.
budget=150000
code_br=$(br "${code[@]}")
if [ "$code_br" -gt "$budget" ]; then
  echo "wasm + JS glue is $code_br B brotli, over the $budget B budget" >&2
  exit 1
fi
