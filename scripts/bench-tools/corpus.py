#!/usr/bin/env python3
"""Inputs for scripts/bench, made from the shared evaluation kit (standard library only).

  corpus.py gen    --dev DEV.jsonl --out FILE --mb N [--seed S]   text corpus of N MB
  corpus.py sample --src FILE --out FILE --kb N                   first documents of FILE, about N KB
  corpus.py jsonl  --src FILE --out FILE.jsonl                    FILE's documents as {"id","text"} lines
  corpus.py small  --dev DEV.jsonl --out DIR --n N                N small text files (one dev document each)
  corpus.py big    --src FILE --out DIR --n N --mb M              N text files of M MB cut from FILE
  corpus.py bodies --dev DEV.jsonl --out DIR --n N --kb K         N JSON bodies {"text": ...} of K KB
  corpus.py names  --gen GEN.py --out FILE --mb N [--seed S]      N MB of documents from a generalization
                   set generator (crates/pii-ner/tests/gen*/), both halves, a seed no scored set uses

Documents are separated by a blank line ("\\n\\n"), as in throughput_dev.txt and as the engine
benchmark (crates/pii-ner/examples/ner_bench.rs) and the Presidio runner cut them, so that every
program sees the same documents.

The generated corpus is the dev documents shuffled and repeated with a fixed seed; in every second
copy each digit is replaced by a random digit, so that numbers are not the same strings over and over
(some of those no longer pass their checksums, as in real text).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys


def dev_texts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def mutate_digits(text: str, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) if c.isdigit() and c.isascii() else c for c in text)


def gen(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    texts = dev_texts(args.dev)
    target = int(args.mb * 1_000_000)
    size = 0
    copy = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while size < target:
            order = list(range(len(texts)))
            rng.shuffle(order)
            for i in order:
                t = texts[i].strip("\n")
                if copy % 2 == 1:
                    t = mutate_digits(t, rng)
                piece = t + "\n\n"
                out.write(piece)
                size += len(piece.encode("utf-8"))
                if size >= target:
                    break
            copy += 1
    print(f"corpus: {size} bytes in {args.out}", file=sys.stderr)


def docs_of(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [d for d in f.read().split("\n\n") if d.strip()]


def sample(args: argparse.Namespace) -> None:
    target = args.kb * 1000
    out, size = [], 0
    for d in docs_of(args.src):
        out.append(d)
        size += len(d.encode("utf-8")) + 2
        if size >= target:
            break
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")
    print(f"sample: {len(out)} documents, {size} bytes in {args.out}", file=sys.stderr)


def jsonl(args: argparse.Namespace) -> None:
    with open(args.out, "w", encoding="utf-8") as f:
        for n, d in enumerate(docs_of(args.src)):
            f.write(json.dumps({"id": f"doc-{n:06d}", "text": d}) + "\n")


def small(args: argparse.Namespace) -> None:
    texts = dev_texts(args.dev)
    os.makedirs(args.out, exist_ok=True)
    for n in range(args.n):
        with open(os.path.join(args.out, f"doc-{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(texts[n % len(texts)])


def big(args: argparse.Namespace) -> None:
    with open(args.src, encoding="utf-8") as f:
        text = f.read()
    size = int(args.mb * 1_000_000)
    os.makedirs(args.out, exist_ok=True)
    pos = 0
    for n in range(args.n):
        parts, got = [], 0
        while got < size:
            if pos >= len(text):
                pos = 0
            piece = text[pos:pos + (size - got)]
            pos += len(piece)
            parts.append(piece)
            got += len(piece.encode("utf-8"))
        with open(os.path.join(args.out, f"big-{n:03d}.txt"), "w", encoding="utf-8") as f:
            f.write("".join(parts))


def bodies(args: argparse.Namespace) -> None:
    texts = dev_texts(args.dev)
    rng = random.Random(7)
    os.makedirs(args.out, exist_ok=True)
    limit = args.kb * 1024
    for n in range(args.n):
        buf = ""
        while len(buf.encode("utf-8")) < limit:
            buf += texts[rng.randrange(len(texts))] + "\n\n"
        raw = buf.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
        with open(os.path.join(args.out, f"body-{n:02d}.json"), "w", encoding="utf-8") as f:
            json.dump({"text": raw}, f)


def names(args: argparse.Namespace) -> None:
    """Name-dense documents with names from many countries (and, for gen_ml.py, six languages).

    The generator writes tune.jsonl and heldout.jsonl into a scratch folder; blank lines inside a
    document become single line breaks so that each document stays one unit for the benchmark,
    which cuts documents at blank lines."""
    import subprocess
    import tempfile

    target = int(args.mb * 1_000_000)
    size, round_ = 0, 0
    with open(args.out, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        while size < target:
            # About 250 bytes per document; the generators take documents per half (gen_set.py) or
            # per half and language pair (gen_ml.py); one round of 2,000 is a few seconds.
            subprocess.run([sys.executable, os.path.abspath(args.gen), tmp, "--n", "2000", "--seed", str(args.seed + round_)],
                           check=True, cwd=os.path.dirname(os.path.abspath(args.gen)))
            texts = [t for half in ("tune", "heldout") for t in dev_texts(os.path.join(tmp, f"{half}.jsonl"))]
            random.Random(args.seed + round_).shuffle(texts)
            for t in texts:
                t = "\n".join(line for line in t.strip("\n").split("\n") if line.strip())
                piece = t + "\n\n"
                out.write(piece)
                size += len(piece.encode("utf-8"))
                if size >= target:
                    break
            round_ += 1
    print(f"names: {size} bytes in {args.out}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("gen")
    p.add_argument("--dev", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--mb", type=float, required=True)
    p.add_argument("--seed", type=int, default=20261129)
    p.set_defaults(fn=gen)
    p = sub.add_parser("sample")
    p.add_argument("--src", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--kb", type=int, default=200)
    p.set_defaults(fn=sample)
    p = sub.add_parser("jsonl")
    p.add_argument("--src", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(fn=jsonl)
    p = sub.add_parser("small")
    p.add_argument("--dev", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--n", type=int, default=10000)
    p.set_defaults(fn=small)
    p = sub.add_parser("big")
    p.add_argument("--src", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--mb", type=float, default=1.0)
    p.set_defaults(fn=big)
    p = sub.add_parser("bodies")
    p.add_argument("--dev", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--n", type=int, default=16)
    p.add_argument("--kb", type=int, default=2)
    p.set_defaults(fn=bodies)
    p = sub.add_parser("names")
    p.add_argument("--gen", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--mb", type=float, default=10.0)
    p.add_argument("--seed", type=int, default=424242)
    p.set_defaults(fn=names)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
