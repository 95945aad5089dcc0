#!/usr/bin/env python3
"""Leak probe on real text no generator wrote: the Debian copyright files and changelogs of this
machine's packages (/usr/share/doc, first 6,000 characters of each).

Gold (PERSON, recall only): every occurrence, as written or in capitals, of a name that the same
file writes as a mailbox `Name <addr@host>` (two to four name words, no organisation word, titles
dropped; an all-lower-case name only where it opens a line, a trailer or a year list). Names written
only without an address are not in the gold, so precision figures mean nothing here; leaked
documents and character recall do. Split by a CRC of the package name: `tune.jsonl` (looked at
while writing rules) and `heldout.jsonl` (only measured).

    python3 mk_credits.py OUT_DIR
"""
import gzip, json, os, re, sys, zlib
DOC = "/usr/share/doc"
L = r"[^\W\d_]"
NAME = re.compile(r"(?<![\w.])(" + L + r"[\w'’.\-]*(?:[ \t]+(?:(?:van|von|der|de|da|del|la|le|du|dos|di|ten|bin)[ \t]+)*" + L + r"[\w'’.\-]*){1,3})[ \t]*<[^@\s<>]+@[^<>\s]+>")
ORG = re.compile(r"(?i)\b(foundation|inc|project|team|developers?|maintainers?|group|ltd|corp|corporation|university|debian|ubuntu|gnu|software|systems|authors?|contributors?|list|mailing|community|company|gmbh|llc|org|package|the|and|security|support|release|packagers?|consortium|institute|labs?|technologies|association)\b")
MAXB = 6000
def cut(t):
    if len(t) <= MAXB: return t
    i = t.rfind("\n", 0, MAXB)
    return t[: i if i > 0 else MAXB]
def gold(text):
    names = set()
    for m in NAME.finditer(text):
        n = m.group(1).strip()
        toks = n.split()
        if all(t[0].islower() for t in toks):
            pre = text[max(0, text.rfind("\n", 0, m.start()) + 1):m.start()]
            if not re.fullmatch(r"\s*(--\s*|\[\s*|.*\d{4},?\s+)?", pre): continue
        else:
            while toks and (toks[0][0].islower() or toks[0] in ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.")): toks.pop(0)
            if len(toks) < 2 or any(t[0].islower() and t not in ("van","von","der","de","da","del","la","le","du","dos","di","ten","bin") for t in toks): continue
            n = " ".join(toks)
        if ORG.search(n) or len(n) < 5 or not re.search(r"\s", n): continue
        if any(c.isdigit() for c in n): continue
        names.add(n)
    spans = set()
    for n in names:
        for v in {n, n.upper()}:
            for m in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", text):
                spans.add((m.start(), m.end()))
    # drop spans nested in others
    out = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return sorted(out)
def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    sets = {0: [], 1: []}
    for pkg in sorted(os.listdir(DOC)):
        for kind, fn in (("copyright", "copyright"), ("changelog", "changelog.Debian.gz")):
            p = os.path.join(DOC, pkg, fn)
            if not os.path.isfile(p) or os.path.islink(p): continue
            try:
                raw = gzip.open(p).read() if fn.endswith(".gz") else open(p, "rb").read()
                text = cut(raw.decode("utf-8"))
            except Exception:
                continue
            sp = gold(text)
            if not sp: continue
            # python offsets are code points, as the kit expects
            half = zlib.crc32(pkg.encode()) % 2
            sets[half].append({"id": f"{kind}-{pkg}", "format": "text", "text": text,
                               "spans": [{"entity_type": "PERSON", "start": a, "end": b} for a, b in sp]})
    for half, name in ((0, "tune"), (1, "heldout")):
        with open(os.path.join(outdir, name + ".jsonl"), "w") as f:
            for d in sets[half]: f.write(json.dumps(d, ensure_ascii=False) + "\n")
        with open(os.path.join(outdir, name + ".meta.jsonl"), "w") as f:
            for d in sets[half]: f.write(json.dumps({"id": d["id"], "style": d["id"].split("-")[0], "template": d["id"].split("-")[0], "negative": False}) + "\n")
        print(name, len(sets[half]), sum(len(d["spans"]) for d in sets[half]))
main(sys.argv[1])
