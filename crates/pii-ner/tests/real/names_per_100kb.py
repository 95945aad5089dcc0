#!/usr/bin/env python3
"""Names, places and organisations per 100 KB: `names_per_100kb.py DOCS.jsonl PRED.jsonl [TOP]`
(TOP: also list the most frequent found words, for the tune half only)."""
import json, sys, collections
docs = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(sys.argv[1])}
tot = sum(len(t.encode()) for t in docs.values()); c = collections.Counter(); words = collections.Counter()
for l in open(sys.argv[2]):
    d = json.loads(l); t = docs[d["id"]]
    for s in d["spans"]:
        if s["entity_type"] in ("PERSON", "LOCATION", "ORGANIZATION"):
            c[s["entity_type"]] += 1; words[(s["entity_type"][:3], t[s["start"]:s["end"]])] += 1
n = sum(c.values())
print(f"{n} names/places/orgs in {tot/1024:.0f} KB: {n/(tot/102400):.2f} per 100 KB", dict(c))
if len(sys.argv) > 3:
    for (ty, w), k in words.most_common(int(sys.argv[3])): print(k, ty, repr(w))
