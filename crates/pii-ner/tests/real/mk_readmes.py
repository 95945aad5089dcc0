#!/usr/bin/env python3
"""Over-redaction probe on real technical prose: the README of every crate in this machine's cargo
registry (the workspace's own dependencies, fetched by the build), first 20,000 characters, each
text once. Split by a CRC of the crate's name: `readmes_tune.jsonl` (looked at while writing rules)
and `readmes_heldout.jsonl` (only measured). No gold: READMEs name few people (authors, credits),
so names per 100 KB (`names_per_100kb.py`) is an upper bound on ordinary words taken for names.

    python3 mk_readmes.py OUT_DIR
"""
import sys
import glob, json, os, zlib
out = {0: [], 1: []}; seen=set()
for p in sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/*/README*"))):
    if not os.path.isfile(p): continue
    try: t = open(p, encoding="utf-8").read()[:20000]
    except Exception: continue
    if t in seen or len(t) < 300: continue
    seen.add(t)
    crate = os.path.basename(os.path.dirname(p)).rsplit("-", 1)[0]
    out[zlib.crc32(crate.encode()) % 2].append({"id": p, "text": t})
outdir = sys.argv[1]
os.makedirs(outdir, exist_ok=True)
for h, n in ((0, "readmes_tune"), (1, "readmes_heldout")):
    with open(os.path.join(outdir, n + ".jsonl"), "w") as f:
        for d in out[h]: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(n, len(out[h]), sum(len(d["text"].encode()) for d in out[h]))
