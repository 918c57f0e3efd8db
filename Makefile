# make run: build everything and serve the demo at http://127.0.0.1:$(PORT)/
# make test: every test (native, wasm under Node, end-to-end in Chromium)
# Both install what they need first (tests/tools/setup.sh).

PORT ?= 8080
SHELL := /bin/bash
export PORT

.PHONY: run test setup build web native-test wasm-test e2e-test bench

setup:
	@bash tests/tools/setup.sh > .wasm-tools-path

build: setup
	cargo build --release
	PATH="$$(cat .wasm-tools-path):$$PATH" bash tests/tools/build-web.sh

run: build
	node tests/tools/serve.mjs

native-test:
	cargo test --release

wasm-test: setup
	PATH="$$(cat .wasm-tools-path):$$PATH" WASM_BINDGEN_TEST_ONLY_NODE=1 cargo test --target wasm32-unknown-unknown --test wasm

e2e-test: build
	node --test tests/e2e/

test: build native-test wasm-test e2e-test

# Benchmarks for the README (not part of make test): native, then wasm under Node.
bench: build
	cargo bench --bench native
	node tests/bench/wasm.mjs
