# make run: build everything and serve the demo at http://127.0.0.1:$(PORT)/
# make test: every test (native, wasm under Node, end-to-end in Chromium)
# Both install what they need first (tests/tools/setup.sh).

PORT ?= 8080
SHELL := /bin/bash
export PORT

.PHONY: run test setup build web native-test wasm-test e2e-test bench generate lint fuzz

setup:
	@bash tests/tools/setup.sh > .wasm-tools-path

build: setup
	cargo build --release
	PATH="$$(cat .wasm-tools-path):$$PATH" bash tests/tools/build-web.sh

run: build
	node tests/tools/serve.mjs

# Regenerates src/data/generated/ and the README's rule table from src/data/raw and the registry.
generate:
	cargo run -q -p xtask -- generate

# Formatting, lints, and generated files that match their sources.
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo run -q -p xtask -- check

native-test:
	cargo test --release --workspace

wasm-test: setup
	PATH="$$(cat .wasm-tools-path):$$PATH" WASM_BINDGEN_TEST_ONLY_NODE=1 cargo test --target wasm32-unknown-unknown --test wasm

e2e-test: build
	node --test tests/e2e/

# Coverage-guided fuzzing of the declaration reader, the data loader and the CSV reader:
# a short run here (FUZZ_SECONDS each, default 20); the README's long runs use 600.
fuzz: setup
	PATH="$$(cat .wasm-tools-path):$$PATH" bash fuzz/run.sh

test: lint build native-test wasm-test fuzz e2e-test

# Benchmarks for the README (not part of make test): native, then wasm under Node.
bench: build
	cargo bench --bench native
	node tests/bench/wasm.mjs
	bash tests/bench/jsonl.sh
	cd tests && node bench/bulk.mjs && node bench/page.mjs
