#!/usr/bin/env python3
"""Reads the raw outputs of one scripts/bench run (a results folder) and writes summary.json beside
them, with every figure against the targets of issue 9, and prints the same as a table."""

from __future__ import annotations

import glob
import json
import os
import re
import sys

TARGETS = {
    "engine_ner_vs_presidio_ratio": 60.0,       # whole engine / Presidio, same corpus, per core
    "engine_ner_mb_s_per_core": 1.0,
    "engine_core_mb_s_per_core": 100.0,         # structured recognizers only
    "analyze_p99_ms_at_200": 5.0,
    "e2e_small_jobs_per_s": 500.0,
    "process_rss_mb": 100.0,                     # gateway and each worker during the small-job load
    "csv_1gb_rss_mb": 256.0,
}

LINE = re.compile(r"threads (\d+): median ([\d.]+) MB/s wall \(min ([\d.]+), max ([\d.]+), (\d+) runs\) = ([\d.]+) MB/s per core; ([\d.]+|NaN) MB per CPU-second")


def ner_bench(path: str) -> dict | None:
    if not os.path.exists(path):
        return None
    text = open(path).read()
    out: dict = {}
    m = re.search(r"file: ([\d.]+) MB in (\d+) documents; engine load ([\d.]+) s", text)
    if m:
        out.update(mb=float(m.group(1)), documents=int(m.group(2)), load_s=float(m.group(3)))
    for m in LINE.finditer(text):
        t = int(m.group(1))
        key = "single" if t == 1 else "all"
        out[key] = {"threads": t, "mb_s": float(m.group(2)), "min": float(m.group(3)), "max": float(m.group(4)),
                    "runs": int(m.group(5)), "mb_s_per_core": float(m.group(6)),
                    "mb_per_cpu_s": float(m.group(7)) if m.group(7) != "NaN" else None}
    m = re.search(r"load average while measuring: (.*)", text)
    if m:
        out["load"] = m.group(1)
    return out


def load(path: str):
    return json.load(open(path)) if os.path.exists(path) else None


def quality(rep: dict | None) -> dict | None:
    if not rep:
        return None
    return {
        "exact_micro_f1": rep["exact"]["micro_gold_types"]["f1"],
        "exact_micro_precision": rep["exact"]["micro_gold_types"]["precision"],
        "exact_micro_recall": rep["exact"]["micro_gold_types"]["recall"],
        "overlap_micro_f1": rep["overlap"]["micro_gold_types"]["f1"],
        "overlap_micro_precision": rep["overlap"]["micro_gold_types"]["precision"],
        "overlap_micro_recall": rep["overlap"]["micro_gold_types"]["recall"],
        "char_recall": rep["char"]["recall"],
        "char_precision": rep["char"]["precision"],
        "leaked_docs": rep["leaks"]["leaked_docs"],
        "docs_with_gold": rep["leaks"]["docs_with_gold"],
    }


def main() -> None:
    d = sys.argv[1]
    s: dict = {"machine": load(os.path.join(d, "machine.json")), "targets": TARGETS, "checks": {}}
    checks = s["checks"]

    engine = {}
    for f in sorted(glob.glob(os.path.join(d, "engine-*.txt"))):
        engine[os.path.basename(f)[len("engine-"):-4]] = ner_bench(f)
    if engine:
        s["engine"] = engine
    td_ner, td_core = engine.get("throughput_dev-ner"), engine.get("throughput_dev-core")
    if td_ner and "single" in td_ner:
        checks["engine_ner_mb_s_per_core"] = {"value": td_ner["single"]["mb_s"], "target": TARGETS["engine_ner_mb_s_per_core"],
                                              "ok": td_ner["single"]["mb_s"] >= TARGETS["engine_ner_mb_s_per_core"]}
    if td_core and "single" in td_core:
        checks["engine_core_mb_s_per_core"] = {"value": td_core["single"]["mb_s"], "target": TARGETS["engine_core_mb_s_per_core"],
                                               "ok": td_core["single"]["mb_s"] >= TARGETS["engine_core_mb_s_per_core"]}

    pres = load(os.path.join(d, "presidio-speed.json"))
    sample = engine.get("sample-ner")
    if pres:
        s["presidio"] = {"speed": pres}
        vers = os.path.join(d, "presidio-versions.txt")
        if os.path.exists(vers):
            s["presidio"]["versions"] = open(vers).read().strip()
        if sample and "single" in sample:
            ratio = sample["single"]["mb_s"] / pres["mb_per_s"]
            s["presidio"]["ratio_single_thread"] = ratio
            if "all" in sample:
                s["presidio"]["ratio_all_cores_vs_presidio_one_thread"] = sample["all"]["mb_s"] / pres["mb_per_s"]
            checks["engine_ner_vs_presidio_ratio"] = {"value": ratio, "target": TARGETS["engine_ner_vs_presidio_ratio"],
                                                      "ok": ratio >= TARGETS["engine_ner_vs_presidio_ratio"]}
    q = {who: quality(load(os.path.join(d, f"score-{who}.json"))) for who in ("pii-redactor", "presidio", "presidio-0.4")}
    q = {k: v for k, v in q.items() if v}
    if q:
        s["quality_dev"] = q
        if "pii-redactor" in q and "presidio" in q:
            ours = q["pii-redactor"]
            best = {k: max(q[w][k] for w in q if w != "pii-redactor") for k in ("exact_micro_f1", "overlap_micro_f1", "char_recall")}
            checks["quality_better_than_presidio"] = {
                "value": {k: ours[k] for k in best}, "presidio_best": best,
                "ok": all(ours[k] > best[k] for k in best)}

    an = load(os.path.join(d, "analyze.json"))
    if an:
        s["analyze"] = {k: v for k, v in an.items()}
        for k in ("fixed_rate", "max"):
            s["analyze"][k] = {x: y for x, y in an[k].items() if x != "runs"}
        checks["analyze_p99_ms_at_200"] = {"value": an["fixed_rate"]["p99_ms"], "rps": an["fixed_rate"]["rps"],
                                           "target": TARGETS["analyze_p99_ms_at_200"],
                                           "ok": an["fixed_rate"]["p99_ms"] < TARGETS["analyze_p99_ms_at_200"]}

    e2e = load(os.path.join(d, "e2e.json"))
    if e2e:
        s["e2e"] = {}
        for phase in ("small", "big"):
            if phase in e2e:
                s["e2e"][phase] = {k: v for k, v in e2e[phase].items() if k != "runs"}
        if "small" in e2e:
            v = e2e["small"]["jobs_per_s"]
            checks["e2e_small_jobs_per_s"] = {"value": v, "target": TARGETS["e2e_small_jobs_per_s"], "ok": v >= TARGETS["e2e_small_jobs_per_s"]}
            rss = {k: kb / 1024 for k, kb in e2e["small"]["vmhwm_kb_after_phase"].items()}
            checks["process_rss_mb_small_load"] = {"value": rss, "target": TARGETS["process_rss_mb"],
                                                   "ok": all(v < TARGETS["process_rss_mb"] for v in rss.values())}
        if "big" in e2e:
            s["e2e"]["peak_rss_mb_whole_run"] = {k: kb / 1024 for k, kb in e2e["big"]["vmhwm_kb_after_phase"].items()}

    mem = os.path.join(d, "memory-csv.json")
    if os.path.exists(mem):
        lines = [line for line in open(mem) if line.strip().startswith("{")]
        if lines:
            m = json.loads(lines[-1])
            s["memory_csv"] = m
            tf = os.path.join(d, "memory-csv.time")
            if os.path.exists(tf):
                r = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(tf).read())
                if r:
                    s["memory_csv"]["time_max_rss_kb"] = int(r.group(1))
            peak_kb = s["memory_csv"].get("time_max_rss_kb") or 0
            for k, v in m.items():
                if "hwm" in k.lower() or "rss" in k.lower():
                    if isinstance(v, (int, float)):
                        peak_kb = max(peak_kb, v if "kb" in k.lower() else v * 1024 if "mb" in k.lower() else v / 1024)
            checks["csv_1gb_rss_mb"] = {"value": peak_kb / 1024, "target": TARGETS["csv_1gb_rss_mb"], "ok": peak_kb / 1024 < TARGETS["csv_1gb_rss_mb"]}

    # Name-dense text from many countries (English, and six other languages), issues 13 and 19.
    for tag in ("en", "ml"):
        whole, sample_n = engine.get(f"names-{tag}-ner"), engine.get(f"names-{tag}-sample-ner")
        pres_n = load(os.path.join(d, f"presidio-names-{tag}.json"))
        if whole and "single" in whole:
            v = whole["single"]["mb_s"]
            checks[f"names_{tag}_mb_s_per_core"] = {"value": v, "target": TARGETS["engine_ner_mb_s_per_core"],
                                                    "ok": v >= TARGETS["engine_ner_mb_s_per_core"]}
        if pres_n and sample_n and "single" in sample_n:
            s.setdefault("presidio_names", {})[tag] = pres_n
            ratio = sample_n["single"]["mb_s"] / pres_n["mb_per_s"]
            checks[f"names_{tag}_vs_presidio_ratio"] = {"value": ratio, "target": TARGETS["engine_ner_vs_presidio_ratio"],
                                                        "ok": ratio >= TARGETS["engine_ner_vs_presidio_ratio"]}

    ocr, ocr_pres = os.path.join(d, "ocr.json"), os.path.join(d, "ocr-presidio.json")
    if os.path.exists(ocr):
        s["ocr"] = json.load(open(ocr))
        if os.path.exists(ocr_pres):
            s["ocr_presidio"] = json.load(open(ocr_pres))
            ratio = s["ocr"]["pages_per_cpu_s"] / max(s["ocr_presidio"]["pages_per_cpu_s"], 1e-9)
            checks["ocr_pages_per_cpu_s_vs_presidio"] = {"value": ratio, "ok": ratio >= 1.0}

    end = os.path.join(d, "load-end.txt")
    if os.path.exists(end) and s["machine"]:
        s["machine"]["load_at_end"] = open(end).read().strip().split(": ", 1)[-1]
    with open(os.path.join(d, "summary.json"), "w") as f:
        json.dump(s, f, indent=2)

    print(f"\n== summary ({os.path.join(d, 'summary.json')})")
    for name, c in checks.items():
        v = c["value"]
        shown = json.dumps({k: round(x, 3) for k, x in v.items()}) if isinstance(v, dict) else f"{v:.3f}"
        print(f"  {'PASS' if c['ok'] else 'MISS'}  {name}: {shown} (target {c.get('target', 'better than Presidio')})")
    for k, v in engine.items():
        if v and "single" in v and "all" in v:
            print(f"  engine {k}: {v['single']['mb_s']:.2f} MB/s on 1 thread, {v['all']['mb_s']:.2f} MB/s on {v['all']['threads']}")
    if pres:
        print(f"  presidio: {pres['chars_per_s']:,.0f} chars/s = {pres['mb_per_s']:.4f} MB/s on 1 thread")
    for tag, p in s.get("presidio_names", {}).items():
        print(f"  presidio on names-{tag}: {p['mb_per_s']:.4f} MB/s on 1 thread")
    if "ocr" in s:
        o = s["ocr"]
        print(f"  ocr: {o['pages_per_cpu_s']:.3f} scanned pages per CPU second (analyse + redact; {o['pages_per_s']:.3f}/s wall), peak RSS {o['peak_rss_mb']:.0f} MB")
    if "ocr_presidio" in s:
        o = s["ocr_presidio"]
        print(f"  ocr presidio: {o['pages_per_cpu_s']:.3f} pages per CPU second ({o['pages_per_s']:.3f}/s wall); planted PII readable after redaction: {o['readable_after']} "
              f"(of {o['planted_readable_before']} before, {o['checked_pages']} pages)")
    for who, x in q.items():
        print(f"  dev quality {who}: exact F1 {x['exact_micro_f1']:.3f}, overlap F1 {x['overlap_micro_f1']:.3f}, "
              f"char recall {x['char_recall']:.3f}, char precision {x['char_precision']:.3f}, leaked docs {x['leaked_docs']}/{x['docs_with_gold']}")


if __name__ == "__main__":
    main()
