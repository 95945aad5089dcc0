-- wrk script for scripts/bench: POST /api/v1/analyze with the JSON bodies listed in BENCH_BODIES
-- (colon-separated files), rotated per request. BENCH_DELAY_MS > 0 makes every connection wait that
-- long after each answer (a fixed request rate with few connections); done() prints one JSON line.
local bodies = {}
local reqs = {}
local n = 0
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local key = os.getenv("BENCH_API_KEY")

function init(args)
  for path in string.gmatch(os.getenv("BENCH_BODIES"), "[^:]+") do
    local f = assert(io.open(path, "rb"))
    local body = f:read("*a")
    f:close()
    table.insert(reqs, wrk.format("POST", "/api/v1/analyze",
      { ["Content-Type"] = "application/json", ["X-API-Key"] = key }, body))
  end
end

function request()
  n = n + 1
  return reqs[(n % #reqs) + 1]
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f, "errors": %d, "non_2xx": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, e.connect + e.read + e.write + e.timeout, e.status))
end
