#!/usr/bin/env python3
"""Third multilingual generalization set (issue 19): fresh templates and fresh names, split by
template into a tune half and a held-out half.

The second set's tune half (`../gen_ml2/`) scores 0.93 and its held-out half 0.88: rules written while
reading the tune half no longer move the held-out half much. This set gives new material of the same
shape, written by six new writers working apart, one language each, who saw neither the engine nor
the templates of the first two sets. `tpl_LANG.py` holds each language's name lists and its `TUNE`
and `HELD` templates; the placeholders, the values they take and the renderer are the second set's
(`../gen_ml2/gen_ml2.py`), so the three sets score alike.

Deterministic, standard library only:

    python3 gen_ml3.py OUT_DIR [--per 3] [--seed 3939] [--langs it,nl]
    python3 gen_ml3.py --check [--langs it]

writes `tune.jsonl` / `heldout.jsonl` (each template rendered PER times, evaluation-kit gold format)
and `tune.meta.jsonl` / `heldout.meta.jsonl` (template, language, style = language). `--check` only
runs the checks below and prints what it would write.

Checks, before anything is written: no name token of a language's lists (particles aside) is in the
first or second set's lists of any language; each list is long enough; each half has 16+ templates
and no template is in both; every placeholder is one the renderer knows; and no given or family name
of the language's lists stands in a template as plain text, outside a placeholder (it would be PII
without a gold span).
"""
import importlib.util
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ beside the imported generators
HERE = os.path.dirname(os.path.abspath(__file__))
ML2 = os.path.join(HERE, "..", "gen_ml2")
sys.path.insert(0, os.path.join(HERE, "..", "gen_ml"))
sys.path.insert(0, ML2)
import gen_ml as ml  # noqa: E402
import gen_ml2 as ml2  # noqa: E402

LANGS = ml2.LANGS


def load(folder, lang, prefix):
    """A language's template module by path: both sets name theirs `tpl_LANG.py`."""
    spec = importlib.util.spec_from_file_location(f"{prefix}_tpl_{lang}", os.path.join(folder, f"tpl_{lang}.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def earlier_names(folders):
    """Every name token of the first set's lists and of the `tpl_LANG.py` lists in `folders`."""
    names = set()
    for table in (ml.FEMALE, ml.MALE, ml.LAST):
        for listed in table.values():
            names |= ml2.name_tokens(listed)
    for folder in folders:
        for lang in LANGS:
            mod = load(folder, lang, os.path.basename(os.path.normpath(folder)))
            names |= ml2.name_tokens(mod.GIVEN_F + mod.GIVEN_M + mod.FAMILY)
    return names


def check(mods, placeholders, earlier_folders):
    earlier = earlier_names(earlier_folders)
    for lang, mod in mods.items():
        ours = ml2.name_tokens(mod.GIVEN_F + mod.GIVEN_M + mod.FAMILY)
        shared = sorted(ours & earlier)
        assert not shared, f"{lang}: names shared with an earlier set's lists: {shared}"
        assert len(mod.GIVEN_F) >= 30 and len(mod.GIVEN_M) >= 30 and len(mod.FAMILY) >= 40, lang
        assert len(mod.CITIES) >= 20 and len(mod.STREETS) >= 15 and len(mod.ORGS) >= 20, lang
        assert len(mod.MAIL_DOMAINS) >= 4, lang
        assert not set(mod.TUNE) & set(mod.HELD), f"{lang}: a template in both halves"
        words = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(ours, key=len, reverse=True)) + r")\b")
        for half in (mod.TUNE, mod.HELD):
            assert len(half) >= 16, f"{lang}: {len(half)} templates in a half"
            for name, tpl in half.items():
                for ph in ml2.PLACEHOLDER.findall(tpl):
                    assert ph in placeholders, f"{lang}/{name}: unknown placeholder {{{ph}}}"
                plain = words.search(ml2.PLACEHOLDER.sub(" ", tpl))
                assert not plain, f"{lang}/{name}: the listed name {plain.group(0)!r} as plain text"


def main(here=HERE, earlier_folders=(ML2,), default_seed=3939, prefix="ml3"):
    """Checks and writes the set whose `tpl_LANG.py` are in `here`; `earlier_folders` hold the
    template modules of the sets (beyond the first) whose names this one must not reuse."""
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    only_check = args[0] == "--check"
    out, per, seed = (None if only_check else args[0]), 3, default_seed
    if "--per" in args:
        per = int(args[args.index("--per") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    langs = args[args.index("--langs") + 1].split(",") if "--langs" in args else LANGS
    mods = {lang: load(here, lang, prefix) for lang in langs}
    placeholders = set(ml2.Values(random.Random(0), langs[0], mods[langs[0]]).v)
    check(mods, placeholders, earlier_folders)
    r = random.Random(seed)
    for half in ("tune", "heldout"):
        rows, meta = [], []
        for lang in langs:
            table = mods[lang].TUNE if half == "tune" else mods[lang].HELD
            for name in sorted(table):
                for k in range(per):
                    vals = ml2.Values(r, lang, mods[lang])
                    text, spans = vals.render(table[name].strip("\n") + "\n")
                    doc_id = f"{half}-{lang}-{name}-{k}"
                    rows.append({"id": doc_id, "format": "text", "text": text, "spans": spans})
                    meta.append({"id": doc_id, "template": name, "language": lang, "style": lang,
                                 "negative": not spans})
        if only_check:
            print(half, len(rows), "documents (checked, nothing written)")
            continue
        for suffix, items in (("", rows), (".meta", meta)):
            with open(os.path.join(out, f"{half}{suffix}.jsonl"), "w", encoding="utf-8") as f:
                for item in items:
                    f.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(half, len(rows), "documents")


if __name__ == "__main__":
    main()
