#!/usr/bin/env bash
# Runs each fuzz target under AFL++ for SECONDS (default 20) and fails if any input
# crashed it or hung it (ran past the 5-second timeout). `make fuzz` (part of `make test`) runs it briefly; for the README's long
# runs: FUZZ_SECONDS=600 bash fuzz/run.sh; FUZZ_TARGETS="csv" picks targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"
seconds=${FUZZ_SECONDS:-20}
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
# A fresh process every 1,000 inputs (the afl crate's default is never): the data-file
# target's readers keep each input for the life of the process (the tables borrow it),
# and one process leaked 24 GB in 800,000 inputs until the kernel killed it.
export AFL_FUZZER_LOOPCOUNT=1000
cargo afl build --release -q
status=0
for target in ${FUZZ_TARGETS:-declaration data_file csv}; do
  seeds="seeds/$target"; [ "$target" = data_file ] && seeds=seeds/data
  out="$root/target/fuzz-out/$target-$seconds"
  rm -rf "$out" && mkdir -p "$(dirname "$out")"
  cargo afl fuzz -V "$seconds" -t 5000 -i "$seeds" -o "$out" "$root/fuzz/target/release/$target" > "$out.log" 2>&1 || true
  stats="$out/default/fuzzer_stats"
  execs=$(sed -n 's/^execs_done *: *//p' "$stats" 2>/dev/null || echo 0)
  crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$out/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  echo "fuzz $target: $execs executions in ${seconds}s, $crashes crashes, $hangs hangs"
  if [ "${execs:-0}" -eq 0 ]; then echo "fuzz $target did not run; see $out.log" >&2; tail -20 "$out.log" >&2; status=1; fi
  if [ "$crashes" -gt 0 ]; then echo "fuzz $target found crashes in $out/default/crashes" >&2; status=1; fi
  if [ "$hangs" -gt 0 ]; then echo "fuzz $target found hangs in $out/default/hangs" >&2; status=1; fi
done
exit $status
