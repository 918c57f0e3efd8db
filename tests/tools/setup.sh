#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh machine; quick when it is all there.
# Prints the PATH addition for the wasm-bindgen CLI on its last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# The CLI version must equal the wasm-bindgen crate version in Cargo.lock.
wb_version=$(grep -A1 '^name = "wasm-bindgen"$' "$root/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
tools="$HOME/.cache/wasm-tools/wasm-bindgen-$wb_version"

if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown >&2
fi
# std's sources: the web build rebuilds std for size (build-web.sh).
if ! rustup component list --installed | grep -q '^rust-src'; then
  rustup component add rust-src >&2
fi
if [ ! -x "$tools/bin/wasm-bindgen" ] || [ ! -x "$tools/bin/wasm-bindgen-test-runner" ]; then
  echo "installing wasm-bindgen-cli $wb_version into $tools" >&2
  # Not --locked: the CLI's lock file wants a crate release the registry here lacks.
  cargo install wasm-bindgen-cli --version "$wb_version" --root "$tools" >&2
fi
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing Debian chromium and chromium-driver" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >&2
fi
if [ ! -d "$root/tests/node_modules/playwright-core" ] || [ ! -d "$root/tests/node_modules/binaryen" ] || [ ! -d "$root/tests/node_modules/terser" ] || [ "$root/tests/package-lock.json" -nt "$root/tests/node_modules/.package-lock.json" ]; then
  (cd "$root/tests" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
# Fuzzing (make fuzz, part of make test): AFL++ through the afl crate on stable Rust.
# cargo-afl builds its own AFL++; Debian's afl++ brings the clang it compiles with.
afl_version=0.18.2
afl_tools="$HOME/.cache/wasm-tools/cargo-afl-$afl_version"
if ! command -v clang >/dev/null || ! command -v afl-fuzz >/dev/null; then
  echo "installing Debian afl++ (and clang)" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >&2
fi
if [ ! -x "$afl_tools/bin/cargo-afl" ]; then
  echo "installing cargo-afl $afl_version into $afl_tools" >&2
  cargo install cargo-afl --version "$afl_version" --root "$afl_tools" >&2
fi
echo "$tools/bin:$afl_tools/bin"
