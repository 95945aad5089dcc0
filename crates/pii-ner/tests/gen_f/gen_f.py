#!/usr/bin/env python3
"""Generalization set F: many small templates, one per document kind, split by template into two halves.

Deterministic, standard library only (the seed and the files of this folder, plus ../gen/gen_set.py's
Doc span builder and value generators and ../gen_e/e_data.py's value layouts, fully decide the output):

    python3 gen_f.py OUT_DIR [--per 4] [--seed 3131]

writes, in the evaluation kit's gold format ({"id", "format", "text", "spans": [{"entity_type",
"start", "end"}]}, code point offsets, end exclusive):
  * `tune_f.jsonl` / `tune_f.meta.jsonl`: the templates of f_tpl_tune1..5.py (t_*);
  * `heldout_f.jsonl` / `heldout_f.meta.jsonl`: the templates of f_tpl_held1..5.py (h_*),
    measured only, never tuned on.
Each template gives `--per` documents. Meta lines are {"id", "template", "negative", "style"};
style = the template name so that `score.py --meta` prints one line per template.

Before writing, the generator checks that:
  * no name token (particles aside) is shared with the name lists of sets A/B (gen_set.py), C (gen_c.py),
    D (d_data.py) or E (e_data.py) (imported, never printed), and no set F place is also a set F name;
  * each half has 90+ templates with PII and PII-free ones, and no template name is in both halves;
  * every gold span's text equals the value inserted, is non-empty, has no outer whitespace, and
    spans do not overlap;
  * every occurrence of a PERSON value's tokens in its document (any case), and of any set F name
    (as written, in capitals or lower case) in any document, lies inside a gold span;
  * no e-mail address, URL or IPv4 address is left outside a gold span;
  * JSON and XML documents parse; PII-free templates produce no span, the others at least one
    PERSON / LOCATION / ORGANIZATION span.
"""
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # leave no __pycache__ beside the imported generators
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
for sub in ("gen", "gen_c", "gen_d", "gen_e"):
    sys.path.insert(0, os.path.join(HERE, "..", sub))
import d_data  # noqa: E402  (name lists only, for the disjointness check)
import e_data  # noqa: E402
import gen_c  # noqa: E402
import gen_set  # noqa: E402
from gen_set import Doc  # noqa: E402

import f_data  # noqa: E402
import f_tpl_held1  # noqa: E402
import f_tpl_held2  # noqa: E402
import f_tpl_held3  # noqa: E402
import f_tpl_held4  # noqa: E402
import f_tpl_held5  # noqa: E402
import f_tpl_tune1  # noqa: E402
import f_tpl_tune2  # noqa: E402
import f_tpl_tune3  # noqa: E402
import f_tpl_tune4  # noqa: E402
import f_tpl_tune5  # noqa: E402
from f_data import PARTICLES, PLACES_F, US_PLACES_F, all_f_names, name_tokens  # noqa: E402


def templates(mods, prefix):
    out = []
    for mod in mods:
        fs = [v for k, v in vars(mod).items() if k.startswith(prefix) and callable(v) and v.__module__ == mod.__name__]
        out += sorted(fs, key=lambda f: f.__code__.co_firstlineno)
    return out


TUNE = templates((f_tpl_tune1, f_tpl_tune2, f_tpl_tune3, f_tpl_tune4, f_tpl_tune5), "t_")
HELD = templates((f_tpl_held1, f_tpl_held2, f_tpl_held3, f_tpl_held4, f_tpl_held5), "h_")
NEGATIVE = {t for t in TUNE + HELD if "_neg_" in t.__name__}
JSON_TEMPLATES = {f_tpl_tune2.t_json_record, f_tpl_tune2.t_package_json}
XML_TEMPLATES = {f_tpl_held2.h_pom_xml, f_tpl_held2.h_xml_customer, f_tpl_tune2.t_html_table}


class CheckedDoc(Doc):
    """Doc that also keeps each inserted gold value, to compare with the text it ends up in."""

    def __init__(self):
        super().__init__()
        self.values = []

    def e(self, ty, s):
        self.values.append((ty, s, self.n))
        return super().e(ty, s)


def check_lists():
    earlier = ([n for v in gen_set.FIRST.values() for n in v] + [n for v in gen_set.LAST.values() for n in v]
               + [n for v in gen_c.FIRST_C.values() for n in v] + [n for v in gen_c.LAST_C.values() for n in v]
               + gen_c.WORD_FIRST + gen_c.WORD_LAST + d_data.all_d_names() + e_data.all_e_names())
    shared = name_tokens(all_f_names()) & name_tokens(earlier)
    assert not shared, f"{len(shared)} name tokens shared with sets A/B/C/D/E"
    places = {t.casefold() for pl in PLACES_F for x in pl for t in re.split(r"[\s\-]+", x)}
    places |= {c.casefold() for c, _, _ in US_PLACES_F}
    clash = sorted(places & name_tokens(all_f_names()))
    assert not clash, f"set F places that are also set F names: {clash}"
    assert len(f_data.FIRST_F) >= 40 and set(f_data.FIRST_F) == set(f_data.LAST_F), "need 40+ countries with both lists"
    for half in (TUNE, HELD):
        assert len([t for t in half if t not in NEGATIVE]) >= 90 and any(t in NEGATIVE for t in half)
    names = [t.__name__[2:] for t in TUNE]
    assert not set(names) & {t.__name__[2:] for t in HELD}, "a template kind is in both halves"


def occurrences(text, token, flags=0):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(token) + r"(?!\w)", text, flags)]


def covered(spans, start, end):
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def person_tokens(value):
    for t in re.split(r"[\s,/\-]+", value):
        t = t.rstrip(".")
        if len(t) >= 2 and t.casefold() not in PARTICLES:
            yield t


_NAME_PARTS = {t for n in all_f_names() for t in re.split(r"[\s\-]+", n) if t.casefold() not in PARTICLES}
GLOBAL_TOKENS = sorted(_NAME_PARTS | {t.upper() for t in _NAME_PARTS} | {t.lower() for t in _NAME_PARTS})

STRUCTURED = [re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), re.compile(r"(https?://|www\.)\S+?(?=[\s\"'<>)]|$)"),
              re.compile(r"(?<![\d.])(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])")]


def check_doc(tpl, d, text):
    name = tpl.__name__
    prev_end = -1
    for s in sorted(d.spans, key=lambda s: s["start"]):
        assert s["start"] >= prev_end, (name, "overlapping spans", text[s["start"]:s["end"]])
        prev_end = s["end"]
    for (ty, value, start), s in zip(d.values, d.spans):
        got = text[s["start"]:s["end"]]
        assert s["start"] == start and got == value and s["entity_type"] == ty, (name, value, got)
        assert got and got == got.strip(), (name, repr(got))
    tokens = {t for ty, v, _ in d.values if ty == "PERSON" for t in person_tokens(v)}
    for t in sorted(tokens):
        for pos in occurrences(text, t, re.IGNORECASE):
            assert covered(d.spans, pos, pos + len(t)), (name, "name outside any gold span", t, text[max(0, pos - 30):pos + 30])
    for t in GLOBAL_TOKENS:
        for pos in occurrences(text, t):
            assert covered(d.spans, pos, pos + len(t)), (name, "set F name outside any gold span", t, text[max(0, pos - 30):pos + 30])
    for pat in STRUCTURED:
        for m in pat.finditer(text):
            assert covered(d.spans, m.start(), m.end()), (name, "structured value outside any gold span", m.group())
    if tpl in NEGATIVE:
        assert not d.spans, (name, "PII-free template produced spans")
    else:
        assert any(s["entity_type"] in ("PERSON", "LOCATION", "ORGANIZATION") for s in d.spans), name
    if tpl in JSON_TEMPLATES:
        json.loads(text)
    if tpl in XML_TEMPLATES:
        ET.fromstring(text)


def build(tpls, prefix, per, rng):
    g = f_data.GenF(rng)
    docs, meta = [], []
    for i in range(per * len(tpls)):
        tpl = tpls[i % len(tpls)]
        d = CheckedDoc()
        tpl(d, g)
        text = d.text()
        check_doc(tpl, d, text)
        doc_id = f"{prefix}-{i:05d}"
        docs.append({"id": doc_id, "format": "text", "text": text, "spans": d.spans})
        meta.append({"id": doc_id, "template": tpl.__name__, "negative": not d.spans, "style": tpl.__name__})
    return docs, meta


def write(out, stem, docs, meta):
    with open(os.path.join(out, f"{stem}.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(os.path.join(out, f"{stem}.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m) + "\n")


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    check_lists()
    out = args[0]
    per = int(args[args.index("--per") + 1]) if "--per" in args else 4
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 3131
    for stem, tpls, s in (("tune_f", TUNE, seed), ("heldout_f", HELD, seed + 1)):
        docs, meta = build(tpls, stem, per, random.Random(s))
        write(out, stem, docs, meta)
        counts = {}
        for doc in docs:
            for sp in doc["spans"]:
                counts[sp["entity_type"]] = counts.get(sp["entity_type"], 0) + 1
        neg = sum(m["negative"] for m in meta)
        print(f"{stem}: {len(docs)} documents, {neg} PII-free, {sum(counts.values())} gold spans, "
              f"{len(tpls)} templates ({len([t for t in tpls if t not in NEGATIVE])} with PII); "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])), file=sys.stderr)


if __name__ == "__main__":
    main()
