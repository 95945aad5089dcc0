#!/usr/bin/env python3
"""Turns tests/data/heldout.src.txt (hand-written documents with inline gold marks) into
tests/data/heldout.jsonl in the evaluation kit's gold format (code-point offsets).

    python3 crates/pii-ner/tools/make_heldout.py            # rewrite heldout.jsonl
    python3 crates/pii-ner/tools/make_heldout.py --check    # fail if heldout.jsonl is stale

Marks: [[P:...]] PERSON, [[L:...]] LOCATION, [[O:...]] ORGANIZATION; `\\n` is a line break.
Standard library only. The set is independent of the evaluation corpora and of any name generator.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "tests" / "data" / "heldout.src.txt"
OUT = HERE.parent / "tests" / "data" / "heldout.jsonl"
TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}
MARK = re.compile(r"\[\[([PLO]):(.+?)\]\]")


def parse(line: str):
    line = line.replace("\\n", "\n")
    text, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos : m.start()]
        text.append(before)
        length += len(before)
        value = m.group(2)
        spans.append({"entity_type": TYPES[m.group(1)], "start": length, "end": length + len(value)})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(line[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        raise SystemExit(f"unbalanced mark in: {line!r}")
    return out, spans


def build() -> str:
    rows = []
    for raw in SRC.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = parse(raw)
        rows.append({"id": f"heldout-{len(rows) + 1:04d}", "format": "text", "text": text, "spans": spans})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    data = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != data:
            raise SystemExit("heldout.jsonl is stale: run tools/make_heldout.py")
        return
    OUT.write_text(data, encoding="utf-8")
    n = data.count("\n")
    print(f"wrote {OUT.name}: {n} documents")


if __name__ == "__main__":
    main()
