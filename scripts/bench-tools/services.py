#!/usr/bin/env python3
"""Service benchmarks of scripts/bench (standard library only; needs wrk, psql, createdb, rabbitmqctl).

  services.py analyze --bin BIN --work DIR --bodies DIR --json OUT [--runs N] [--secs S] [--rate R]
      `pii-redactor serve` (embedded) and wrk on POST /api/v1/analyze with 2 KB documents: at a fixed
      rate R (default 200 requests/s) and at the most wrk can get; medians of N runs.
  services.py e2e --bin BIN --work DIR --small DIR --big DIR --json OUT [--runs N] [--big-runs N]
      gateway, detector and redactor as separate processes on a fresh PostgreSQL database and a fresh
      RabbitMQ vhost; one batch (POST /api/v1/redact/batch, input_prefix file://…) per run; jobs/s and
      submit-to-completed latency from the jobs' created_at/completed_at; peak RSS (VmHWM) per process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

API_KEY = "pk_bench_0123456789abcdef"
MASTER_KEY = "5e" * 32
PG_BASE = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
AMQP_BASE = os.environ.get("BENCH_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def http(method: str, url: str, body: dict | None = None, timeout: float = 120) -> tuple[int, bytes]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"X-API-Key": API_KEY, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, b""


def wait_ready(url: str, procs: list[subprocess.Popen], secs: float = 180) -> None:
    deadline = time.time() + secs
    while time.time() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise SystemExit(f"a process exited early with {p.returncode}; see its log")
        if http("GET", url, timeout=2)[0] == 200:
            return
        time.sleep(0.3)
    raise SystemExit(f"{url} not ready after {secs} s")


def proc_status(pid: int, field: str) -> int:
    """A /proc/PID/status field in KiB (0 when gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def base_env(work: str, models: str | None) -> dict:
    env = dict(os.environ)
    env.update({
        "PII_REDACTOR_API_KEYS": f"bench:{API_KEY}",
        "PII_REDACTOR_MASTER_KEY": MASTER_KEY,
        "PII_REDACTOR_LOG_FORMAT": "text",
        "RUST_LOG": os.environ.get("BENCH_RUST_LOG", "warn"),
        "PII_REDACTOR_FILE_ROOTS": work,
        "PII_REDACTOR_TENANT_GRANTS": f"bench=file://{os.path.abspath(work)}/",
    })
    if models:
        env["PII_REDACTOR_MODELS_DIR"] = models
    return env


def start(bin_: str, role: str, env: dict, logdir: str) -> subprocess.Popen:
    out = open(os.path.join(logdir, f"{role}.log"), "w")
    return subprocess.Popen([bin_, role], env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=40)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# ---------------------------------------------------------------- analyze


def wrk(lua: str, url: str, bodies: list[str], threads: int, conns: int, secs: int, delay_ms: float) -> dict:
    env = dict(os.environ, BENCH_BODIES=":".join(bodies), BENCH_API_KEY=API_KEY, BENCH_DELAY_MS=f"{delay_ms:.3f}")
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{secs}s", "-s", lua, url],
                         env=env, capture_output=True, text=True, check=True).stdout
    m = re.search(r"^WRKJSON (.*)$", out, re.M)
    if not m:
        raise SystemExit(f"wrk printed no summary:\n{out}")
    r = json.loads(m.group(1))
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    return r


def analyze(args: argparse.Namespace) -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    lua = os.path.join(here, "analyze.lua")
    bodies = sorted(os.path.join(args.bodies, f) for f in os.listdir(args.bodies) if f.endswith(".json"))
    os.makedirs(args.work, exist_ok=True)
    env = base_env(args.work, args.models)
    env.update({"PII_REDACTOR_ADDR": f"127.0.0.1:{args.port}", "PII_REDACTOR_DATA_DIR": os.path.join(args.work, "data")})
    server = start(args.bin, "serve", env, args.work)
    base = f"http://127.0.0.1:{args.port}"
    results: dict = {"body_bytes": [os.path.getsize(b) for b in bodies][:1], "runs": args.runs, "secs": args.secs}
    try:
        wait_ready(f"{base}/api/v1/readyz", [server])
        with open(bodies[0]) as f:
            status, answer = http("POST", f"{base}/api/v1/analyze", json.load(f))
        if status != 200:
            raise SystemExit(f"POST /api/v1/analyze answered {status}: {answer[:300]!r}")
        parsed = json.loads(answer)
        found = parsed if isinstance(parsed, list) else parsed.get("findings", [])
        results["findings_in_first_body"] = len(found)
        url = f"{base}/api/v1/analyze"
        # Warm-up, and the latency that the fixed-rate delay has to leave room for.
        cal = wrk(lua, url, bodies, 1, 1, 3, 0)
        conns = args.conns
        mean_ms = cal["mean_us"] / 1000
        delay = max(0.0, conns * 1000.0 / args.rate - mean_ms)
        log(f"analyze: calibration {cal['rps']:.0f} req/s on one connection, mean {mean_ms:.2f} ms; "
            f"fixed rate: {conns} connections, {delay:.2f} ms between answer and next request")
        fixed = []
        for i in range(args.runs):
            r = wrk(lua, url, bodies, 1, conns, args.secs, delay)
            log(f"analyze fixed run {i + 1}: {r['rps']:.1f} req/s, p50 {r['p50_us'] / 1000:.2f} ms, p99 {r['p99_us'] / 1000:.2f} ms, errors {r['errors'] + r['non_2xx']}")
            fixed.append(r)
        peak = []
        for i in range(args.runs):
            r = wrk(lua, url, bodies, 2, args.max_conns, args.secs, 0)
            log(f"analyze max run {i + 1}: {r['rps']:.1f} req/s, p50 {r['p50_us'] / 1000:.2f} ms, p99 {r['p99_us'] / 1000:.2f} ms, errors {r['errors'] + r['non_2xx']}")
            peak.append(r)
        results["server_vmhwm_kb"] = proc_status(server.pid, "VmHWM")

        def summary(rs: list[dict]) -> dict:
            return {
                "rps": median([r["rps"] for r in rs]),
                "p50_ms": median([r["p50_us"] / 1000 for r in rs]),
                "p90_ms": median([r["p90_us"] / 1000 for r in rs]),
                "p99_ms": median([r["p99_us"] / 1000 for r in rs]),
                "errors": sum(r["errors"] + r["non_2xx"] for r in rs),
                "runs": rs,
            }

        results["fixed_rate"] = dict(summary(fixed), target_rps=args.rate, connections=conns, delay_ms=delay)
        results["max"] = dict(summary(peak), connections=args.max_conns, wrk_threads=2)
    finally:
        stop([server])
    with open(args.json, "w") as f:
        json.dump(results, f, indent=2)
    fr, mx = results["fixed_rate"], results["max"]
    print(f"sync analyze (2 KB): at {fr['rps']:.0f} req/s p50 {fr['p50_ms']:.2f} ms p99 {fr['p99_ms']:.2f} ms; "
          f"max {mx['rps']:.0f} req/s p50 {mx['p50_ms']:.2f} ms p99 {mx['p99_ms']:.2f} ms (medians of {args.runs})")


# ---------------------------------------------------------------- e2e


def psql(db_url: str, sql: str) -> str:
    return subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", db_url, "-c", sql],
                          capture_output=True, text=True, check=True).stdout


def rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", "-q", *args], check=True, capture_output=True)


def batch_body(folder: str, out_prefix: str, items: bool) -> dict:
    """A batch over every file of `folder`: as an input prefix the gateway lists, or as explicit items."""
    if not items:
        return {"input_prefix": f"file://{folder}/", "output_prefix": out_prefix}
    names = sorted(os.listdir(folder))
    return {"items": [{"input_uri": f"file://{folder}/{n}", "output_uri": f"{out_prefix}{n}"} for n in names]}


def run_batch(base: str, db_url: str, request: dict, procs: dict, timeout: float) -> dict:
    """One batch from submission until every job ended; RSS sampled meanwhile."""
    rss_max = {name: 0 for name in procs}
    t0 = time.time()
    status, body = http("POST", f"{base}/api/v1/redact/batch", request, timeout=600)
    t_submitted = time.time()
    if status != 202:
        raise SystemExit(f"POST /redact/batch answered {status}: {body[:300]!r}")
    batch = json.loads(body)
    batch_id, total = batch["batch_id"], batch["jobs_created"]
    deadline = time.time() + timeout
    last = ""
    while True:
        for name, p in procs.items():
            rss_max[name] = max(rss_max[name], proc_status(p.pid, "VmRSS"))
            if p.poll() is not None:
                raise SystemExit(f"{name} exited with {p.returncode} during the run")
        rows = psql(db_url, f"SELECT status, count(*) FROM jobs WHERE batch_id = '{batch_id}' GROUP BY status")
        counts = dict(line.split("\t") for line in rows.strip().splitlines() if line)
        counts = {k: int(v) for k, v in counts.items()}
        done = counts.get("completed", 0) + counts.get("error", 0)
        if done >= total:
            break
        if time.time() > deadline:
            raise SystemExit(f"batch {batch_id} not finished after {timeout} s: {counts}")
        state = json.dumps(counts)
        if state != last:
            last = state
        time.sleep(0.25)
    rows = psql(db_url, "SELECT status, extract(epoch from created_at), extract(epoch from completed_at) "
                        f"FROM jobs WHERE batch_id = '{batch_id}'")
    lat, created, completed, errors = [], [], [], 0
    for line in rows.strip().splitlines():
        st, c, d = line.split("\t")
        if st != "completed":
            errors += 1
            continue
        created.append(float(c))
        completed.append(float(d))
        lat.append(float(d) - float(c))
    wall = max(completed) - t0
    return {
        "batch_id": batch_id, "jobs": total, "completed": len(lat), "errors": errors,
        "submit_seconds": t_submitted - t0,
        "wall_seconds": wall,
        "jobs_per_s": len(lat) / wall,
        "jobs_per_s_after_submit": len(lat) / (max(completed) - min(created)) if len(lat) > 1 else float("nan"),
        "p50_s": pct(lat, 0.5), "p95_s": pct(lat, 0.95), "max_s": max(lat),
        "rss_sampled_max_kb": rss_max,
    }


def e2e(args: argparse.Namespace) -> None:
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    name = f"pii_bench_{os.getpid()}"
    db_url = f"{PG_BASE}/{name}"
    amqp_url = f"{AMQP_BASE}/{name}"
    subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", name], check=False, capture_output=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    rabbitmqctl("add_vhost", name)
    rabbitmqctl("set_permissions", "-p", name, "guest", ".*", ".*", ".*")
    env = base_env(work, args.models)
    env.update({"DATABASE_URL": db_url, "AMQP_URL": amqp_url, "PII_REDACTOR_ADDR": f"127.0.0.1:{args.port}"})
    procs: dict[str, subprocess.Popen] = {}
    results: dict = {"database": "postgresql", "broker": "rabbitmq", "runs": args.runs, "big_runs": args.big_runs}
    try:
        # As the manifests run it (deploy/k8s/base/gateway.yaml): one glibc malloc arena.
        genv = dict(env, PII_REDACTOR_DATA_DIR=os.path.join(work, "data-gateway"), MALLOC_ARENA_MAX="1")
        procs["gateway"] = start(args.bin, "gateway", genv, work)
        base = f"http://127.0.0.1:{args.port}"
        wait_ready(f"{base}/api/v1/readyz", list(procs.values()))
        for i, role in enumerate(("detector", "redactor")):
            renv = dict(env, PII_REDACTOR_DATA_DIR=os.path.join(work, f"data-{role}"),
                        PII_REDACTOR_ADMIN_ADDR=f"127.0.0.1:{args.port + 1 + i}")
            procs[role] = start(args.bin, role, renv, work)
            wait_ready(f"http://127.0.0.1:{args.port + 1 + i}/readyz", list(procs.values()))
        log(f"e2e: gateway, detector and redactor up (pids {', '.join(f'{k}={p.pid}' for k, p in procs.items())})")
        phases = [("small", args.small, args.runs), ("big", args.big, args.big_runs)]
        for phase, folder, runs in phases:
            rs = []
            for r in range(runs):
                out_prefix = f"file://{work}/out/{phase}-{r}/"
                # Small-job runs alternate between a prefix the gateway lists and the same files as
                # explicit items (the "10,000-item batch accepted in under 1 s").
                items = phase == "small" and r % 2 == 1
                request = batch_body(os.path.abspath(folder), out_prefix, items)
                res = run_batch(base, db_url, request, procs, args.timeout)
                res["submitted_as"] = "items" if items else "prefix"
                log(f"e2e {phase} run {r + 1} ({res['submitted_as']}): {res['completed']} jobs ({res['errors']} errors) in {res['wall_seconds']:.1f} s = "
                    f"{res['jobs_per_s']:.1f} jobs/s; latency p50 {res['p50_s']:.2f} s p95 {res['p95_s']:.2f} s; submit {res['submit_seconds']:.2f} s")
                rs.append(res)
            hwm = {k: proc_status(p.pid, "VmHWM") for k, p in procs.items()}
            results[phase] = {
                "jobs_per_s": median([x["jobs_per_s"] for x in rs]),
                "jobs_per_s_after_submit": median([x["jobs_per_s_after_submit"] for x in rs]),
                "p50_s": median([x["p50_s"] for x in rs]),
                "p95_s": median([x["p95_s"] for x in rs]),
                "submit_seconds": median([x["submit_seconds"] for x in rs]),
                "errors": sum(x["errors"] for x in rs),
                "vmhwm_kb_after_phase": hwm,
                "runs": rs,
            }
            subprocess.run(["rm", "-rf", f"{work}/out"], check=False)
    finally:
        stop(list(procs.values()))
        subprocess.run(["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", name], check=False, capture_output=True)
        subprocess.run(["rabbitmqctl", "-q", "delete_vhost", name], check=False, capture_output=True)
    with open(args.json, "w") as f:
        json.dump(results, f, indent=2)
    for phase in ("small", "big"):
        p = results[phase]
        mem = ", ".join(f"{k} {v / 1024:.0f} MiB" for k, v in p["vmhwm_kb_after_phase"].items())
        print(f"e2e {phase}: {p['jobs_per_s']:.1f} jobs/s, submit-to-completed p50 {p['p50_s']:.2f} s p95 {p['p95_s']:.2f} s; "
              f"peak RSS so far: {mem}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("analyze")
    p.add_argument("--bin", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--bodies", required=True)
    p.add_argument("--json", required=True)
    p.add_argument("--models")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--secs", type=int, default=10)
    p.add_argument("--rate", type=float, default=200)
    p.add_argument("--conns", type=int, default=4)
    p.add_argument("--max-conns", type=int, default=16)
    p.add_argument("--port", type=int, default=18480)
    p.set_defaults(fn=analyze)
    p = sub.add_parser("e2e")
    p.add_argument("--bin", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--small", required=True)
    p.add_argument("--big", required=True)
    p.add_argument("--json", required=True)
    p.add_argument("--models")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--big-runs", type=int, default=3)
    p.add_argument("--timeout", type=float, default=1800)
    p.add_argument("--port", type=int, default=18490)
    p.set_defaults(fn=e2e)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
