#!/usr/bin/env python3
"""Scores pii-redactor on the hand-written probe documents of this folder (PERSON, LOCATION and
ORGANIZATION only) and prints each miss, wrong edge and unmarked find.

    python3 score_hand.py [FILE ...]        (default: every *.txt here)

The documents were written by hand for rule work (issues 13 and 19): letters, minutes, chats,
forms, logs, receipts and court papers in English, Italian, Spanish, Portuguese, French, German
and Dutch, with fictional names. They are looked at while writing rules, so their figures are no
measure of generalization; they keep the cases of earlier work visible to later work.

Markup: `[[P:name]]`, `[[L:place]]`, `[[O:organisation]]` around a value (titles such as `Dr` and
`Frau` stay outside it); documents in one file are split by a line `=====`.
Environment: PII_REDACTOR_BIN (default: pii-redactor on PATH), PII_REDACTOR_MODELS_DIR (default:
the repository's models/), LANGOPT (extra analyze flags, e.g. `--language it`).
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
TYPES = {"P": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}


def parse(path):
    """(id, text, gold spans) of each document in `path`; offsets are code points."""
    docs = []
    for i, part in enumerate(open(path, encoding="utf-8").read().split("\n=====\n")):
        text, gold, pos = "", [], 0
        for m in re.finditer(r"\[\[([PLO]):(.*?)\]\]", part, re.S):
            text += part[pos:m.start()]
            start = len(text)
            text += m.group(2)
            gold.append((TYPES[m.group(1)], start, len(text)))
            pos = m.end()
        text += part[pos:]
        docs.append(("%s#%d" % (os.path.basename(path), i), text, gold))
    return docs


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.txt")))
    docs = [d for f in files for d in parse(f)]
    binary = os.environ.get("PII_REDACTOR_BIN") or shutil.which("pii-redactor")
    if not binary:
        sys.exit("score_hand.py: set PII_REDACTOR_BIN or put pii-redactor on PATH")
    env = dict(os.environ)
    env.setdefault("PII_REDACTOR_MODELS_DIR", os.path.join(ROOT, "models"))
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for doc_id, text, _ in docs:
                f.write(json.dumps({"id": doc_id, "text": text}) + "\n")
        cmd = [binary, "analyze", *os.environ.get("LANGOPT", "").split(), "-i", src, "-o", out]
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        pred = {}
        for line in open(out, encoding="utf-8"):
            d = json.loads(line)
            pred[d["id"]] = [(s["entity_type"], s["start"], s["end"]) for s in d["spans"] if s["entity_type"] in TYPES.values()]
    total = miss = edge = extra = 0
    for doc_id, text, gold in docs:
        found = pred.get(doc_id, [])
        for kind, s, e in gold:
            total += 1
            if (kind, s, e) in found:
                continue
            near = [(k, text[a:b]) for k, a, b in found if a < e and b > s]
            if near:
                edge += 1
                print("EDGE", doc_id, kind, repr(text[s:e]), "->", near)
            else:
                miss += 1
                print("MISS", doc_id, kind, repr(text[s:e]), "|", repr(text[max(0, s - 30):e + 30]))
        for kind, s, e in found:
            if not any(a < e and b > s for _, a, b in gold):
                extra += 1
                print("FIND", doc_id, kind, repr(text[s:e]), "|", repr(text[max(0, s - 30):e + 30]))
    print("values %d, missed %d, other edges or type %d, unmarked finds %d" % (total, miss, edge, extra))


if __name__ == "__main__":
    main()
