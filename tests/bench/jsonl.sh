#!/usr/bin/env bash
# Throughput of `precheck check --jsonl` on three-item declarations built from the
# quality sets' listing titles, against `jq -c .` re-reading the same file (make bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# PRECHECK_BIN measures another build (an A/B of two commits).
bin="${PRECHECK_BIN:-$root/target/release/precheck}"
file=$(mktemp)
n=${JSONL_DECLARATIONS:-20000}
python3 - "$root" "$n" > "$file" <<'PY'
import json, sys, random
root, n = sys.argv[1], int(sys.argv[2])
titles = []
for name in ["listings.tsv", "listings_fresh.tsv", "listings_zh.tsv"]:
    for line in open(f"{root}/tests/quality/{name}", encoding="utf-8"):
        if not line.startswith("#") and "\t" in line:
            titles.append(line.rstrip("\n").split("\t", 1)[1])
rng = random.Random(7)
for i in range(n):
    items = [{"description": rng.choice(titles), "quantity": rng.randint(1, 5), "unitPrice": f"{rng.randint(1, 80)}.{rng.randint(0, 99):02d}"} for _ in range(3)]
    print(json.dumps({"destination": rng.choice(["US", "GB", "DE", "AU", "FR", "CA"]), "currency": "USD", "channel": rng.choice(["postal", "express"]), "items": items}, ensure_ascii=False))
PY
time_of() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
best() { local b=999999 t; for _ in 1 2 3; do t=$(time_of "$@"); b=$(echo "if ($t < $b) $t else $b" | bc -l); done; echo "$b"; }
pc=$(best "$bin" check --jsonl --date 2026-07-01 "$file")
jq_t=$(best jq -c . "$file")
printf 'precheck check --jsonl: %d declarations (3 items) in %.2f s = %.0f a second\n' "$n" "$pc" "$(echo "$n / $pc" | bc -l)"
printf 'jq -c . on the same file: %.2f s; precheck takes %.1f times as long\n' "$jq_t" "$(echo "$pc / $jq_t" | bc -l)"
rm -f "$file"
