#!/usr/bin/env python3
"""Generalization set G (issue 13): English documents from templates written fresh, by two writers
who saw neither the engine nor any earlier set's templates, one writing the tune half and the other
the held-out half.

Set F's own tune half scores 0.945 and no longer shows what leaks in English documents; its
held-out half and set D stay below 0.90. This set keeps set F's values (its name lists of 40+
countries, addresses, phone and date layouts, identifiers: `../gen_f/f_data.py`) and its checks
(`../gen_f/gen_f.py`: every gold span equals its value, no listed name or structured value outside
a span, PII-free templates give no span), with new documents around them:

    python3 gen_g.py OUT_DIR [--per 4] [--seed 3737]
    python3 gen_g.py --check

writes `tune_g.jsonl` / `tune_g.meta.jsonl` (the `t_*` templates of `g_tpl_tune.py`) and
`heldout_g.jsonl` / `heldout_g.meta.jsonl` (the `h_*` templates of `g_tpl_held.py`, measured only).
Templates whose name holds `_neg_` are PII-free; `_json_` ones must parse as JSON, `_xml_` ones as XML.
"""
import os
import random
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ beside the imported generators
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "gen_f"))
import gen_f  # noqa: E402

import g_tpl_held  # noqa: E402
import g_tpl_tune  # noqa: E402

TUNE = gen_f.templates((g_tpl_tune,), "t_")
HELD = gen_f.templates((g_tpl_held,), "h_")


def configure():
    """Set F's document checks read these sets of templates."""
    every = TUNE + HELD
    gen_f.NEGATIVE = {t for t in every if "_neg_" in t.__name__}
    gen_f.JSON_TEMPLATES = {t for t in every if "_json_" in t.__name__}
    gen_f.XML_TEMPLATES = {t for t in every if "_xml_" in t.__name__}
    for half in (TUNE, HELD):
        assert len([t for t in half if t not in gen_f.NEGATIVE]) >= 28, "28+ templates with PII per half"
        assert any(t in gen_f.NEGATIVE for t in half), "PII-free templates in each half"
    kinds = {t.__name__[2:] for t in TUNE} & {t.__name__[2:] for t in HELD}
    assert not kinds, f"template kinds in both halves: {sorted(kinds)}"


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    configure()
    only_check = args[0] == "--check"
    per = int(args[args.index("--per") + 1]) if "--per" in args else 4
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 3737
    for stem, tpls, s in (("tune_g", TUNE, seed), ("heldout_g", HELD, seed + 1)):
        docs, meta = gen_f.build(tpls, stem, per, random.Random(s))
        if not only_check:
            gen_f.write(args[0], stem, docs, meta)
        spans = sum(len(d["spans"]) for d in docs)
        print(f"{stem}: {len(docs)} documents from {len(tpls)} templates, {spans} gold spans"
              + (" (checked, nothing written)" if only_check else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
