#!/usr/bin/env python3
"""Fifth multilingual generalization set (issue 19): fresh templates and fresh names, split by
template into a tune half and a held-out half.

The fourth set's tune half (`../gen_ml4/`) scores PERSON 0.944 and its held-out half 0.899, Italian
and Portuguese below 0.90: rules written while reading the tune half have found most of what that
half shows, and the held-out half must stay unread. This set gives new material of the same shape,
written by six new writers working apart, one language each, who saw neither the engine nor any
earlier set's templates. `tpl_LANG.py` holds each language's name lists and its `TUNE` and `HELD`
templates; the placeholders, the values they take, the renderer and the checks are the third set's
(`../gen_ml3/gen_ml3.py`), and no name token may be in the lists of the first four sets.

Deterministic, standard library only:

    python3 gen_ml5.py OUT_DIR [--per 3] [--seed 5959] [--langs it,nl]
    python3 gen_ml5.py --check [--langs it]
"""
import importlib.util
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ML3 = os.path.join(HERE, "..", "gen_ml3")
ML4 = os.path.join(HERE, "..", "gen_ml4")
_spec = importlib.util.spec_from_file_location("gen_ml3", os.path.join(ML3, "gen_ml3.py"))
ml3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ml3)

if __name__ == "__main__":
    ml3.main(here=HERE, earlier_folders=(ml3.ML2, ML3, ML4), default_seed=5959, prefix="ml5")
