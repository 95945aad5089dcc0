#!/usr/bin/env bash
# Throughput per format and the peak memory of a 1 GiB CSV, with the release build of the
# `docs_bench` example. Usage: crates/pii-docs/bench.sh [WORKDIR] [CSV_MB]   (defaults: a temp dir, 1024)
# Office and PDF documents are made by the test venv's tools (run tests/setup.sh first).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${1:-$(mktemp -d)}"
csv_mb="${2:-1024}"
mkdir -p "$work"
cd "$here/../.."
cargo build --release -q -p pii-docs --example docs_bench
bin="${CARGO_TARGET_DIR:-target}/release/examples/docs_bench"
py="$here/tests/.venv/bin/python"
for f in text csv ndjson json html xml; do
    "$bin" gen "$f" "$work/doc.$f" 64
done
if [ -x "$py" ]; then
    "$py" "$here/tests/docs_tool.py" big docx "$work/doc.docx" >/dev/null
    "$py" "$here/tests/docs_tool.py" big xlsx "$work/doc.xlsx" >/dev/null
    "$py" "$here/tests/docs_tool.py" big pdf "$work/doc.pdf" >/dev/null
fi
for f in text csv ndjson json html xml docx xlsx pdf; do
    [ -f "$work/doc.$f" ] && "$bin" run "$f" "$work/doc.$f"
done
"$bin" gen csv "$work/big.csv" "$csv_mb"
/usr/bin/time -v "$bin" run csv "$work/big.csv" 2> "$work/time.txt"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$work/time.txt"
rm -f "$work"/*.redacted "$work/big.csv"
