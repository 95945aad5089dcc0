//! Telemetry of the distributed deployment, observed from outside as an operator would: traces
//! exported over OTLP/HTTP to a receiver in this test, the Prometheus text of each process's admin
//! port, and the JSON logs.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::KeyValue;
use opentelemetry_proto::tonic::common::v1::any_value::Value as AnyValue;
use prost::Message;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One exported span, flattened.
#[derive(Debug, Clone)]
struct SpanRecord {
    service: String,
    name: String,
    kind: i32,
    trace_id: String,
    span_id: String,
    parent_span_id: String,
    attributes: BTreeMap<String, String>,
}

/// What the receiver got.
#[derive(Default)]
struct Received {
    spans: Vec<SpanRecord>,
    /// Metric names by service.
    metrics: HashMap<String, Vec<String>>,
}

/// An OTLP/HTTP (protobuf) receiver on loopback: decodes `/v1/traces` and `/v1/metrics` requests.
struct OtlpReceiver {
    port: u16,
    received: Arc<Mutex<Received>>,
    task: tokio::task::JoinHandle<()>,
}

impl OtlpReceiver {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Received::default()));
        let sink = received.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                tokio::spawn(serve_connection(stream, sink.clone()));
            }
        });
        OtlpReceiver { port, received, task }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn spans(&self) -> Vec<SpanRecord> {
        self.received.lock().unwrap().spans.clone()
    }

    fn metric_names(&self, service: &str) -> Vec<String> {
        self.received.lock().unwrap().metrics.get(service).cloned().unwrap_or_default()
    }
}

impl Drop for OtlpReceiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves HTTP/1.1 requests on one connection (keep-alive) until the client closes it.
async fn serve_connection(mut stream: tokio::net::TcpStream, sink: Arc<Mutex<Received>>) {
    let mut buf: Vec<u8> = Vec::new();
    loop {
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let path = head.split_whitespace().nth(1).unwrap_or_default().to_owned();
        let header = |name: &str| {
            head.lines()
                .find_map(|l| l.split_once(':').filter(|(k, _)| k.trim().eq_ignore_ascii_case(name)).map(|(_, v)| v.trim().to_owned()))
        };
        assert!(header("content-encoding").is_none(), "the exporter compressed its request: {head}");
        let len: usize = header("content-length").and_then(|v| v.parse().ok()).expect("requests carry a content-length");
        while buf.len() < head_end + len {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body: Vec<u8> = buf.drain(..head_end + len).skip(head_end).collect();
        record(&path, &body, &sink);
        let reply = b"HTTP/1.1 200 OK\r\ncontent-type: application/x-protobuf\r\ncontent-length: 0\r\n\r\n";
        if stream.write_all(reply).await.is_err() {
            return;
        }
    }
}

fn text(v: &Option<opentelemetry_proto::tonic::common::v1::AnyValue>) -> String {
    match v.as_ref().and_then(|v| v.value.as_ref()) {
        Some(AnyValue::StringValue(s)) => s.clone(),
        Some(AnyValue::IntValue(i)) => i.to_string(),
        Some(AnyValue::BoolValue(b)) => b.to_string(),
        Some(AnyValue::DoubleValue(d)) => d.to_string(),
        Some(other) => format!("{other:?}"),
        None => String::new(),
    }
}

fn attributes(kvs: &[KeyValue]) -> BTreeMap<String, String> {
    kvs.iter().map(|kv| (kv.key.clone(), text(&kv.value))).collect()
}

fn record(path: &str, body: &[u8], sink: &Mutex<Received>) {
    match path {
        "/v1/traces" => {
            let req = ExportTraceServiceRequest::decode(body).expect("a protobuf ExportTraceServiceRequest");
            let mut r = sink.lock().unwrap();
            for rs in req.resource_spans {
                let service = rs
                    .resource
                    .as_ref()
                    .map(|res| attributes(&res.attributes))
                    .unwrap_or_default()
                    .remove("service.name")
                    .unwrap_or_default();
                for ss in rs.scope_spans {
                    for s in ss.spans {
                        r.spans.push(SpanRecord {
                            service: service.clone(),
                            name: s.name,
                            kind: s.kind,
                            trace_id: hex::encode(&s.trace_id),
                            span_id: hex::encode(&s.span_id),
                            parent_span_id: hex::encode(&s.parent_span_id),
                            attributes: attributes(&s.attributes),
                        });
                    }
                }
            }
        }
        "/v1/metrics" => {
            let req = ExportMetricsServiceRequest::decode(body).expect("a protobuf ExportMetricsServiceRequest");
            let mut r = sink.lock().unwrap();
            for rm in req.resource_metrics {
                let service = rm
                    .resource
                    .as_ref()
                    .map(|res| attributes(&res.attributes))
                    .unwrap_or_default()
                    .remove("service.name")
                    .unwrap_or_default();
                let names = r.metrics.entry(service).or_default();
                for sm in rm.scope_metrics {
                    names.extend(sm.metrics.into_iter().map(|m| m.name));
                }
            }
        }
        other => panic!("unexpected OTLP path {other}"),
    }
}

/// Starts gateway, detector and redactor, each with its own admin port, exporting to `otlp` (if any).
async fn start_stack(otlp: Option<&OtlpReceiver>) -> (Stack, HashMap<&'static str, u16>) {
    let mut s = Stack::distributed();
    s.set_env("PII_REDACTOR_LOG_FORMAT", "json");
    if let Some(r) = otlp {
        s.set_env("OTEL_EXPORTER_OTLP_ENDPOINT", &r.endpoint());
        s.set_env("OTEL_BSP_SCHEDULE_DELAY", "100");
        s.set_env("OTEL_METRIC_EXPORT_INTERVAL", "500");
    }
    let mut admin = HashMap::new();
    for role in ["gateway", "detector", "redactor"] {
        let port = free_port();
        s.set_env("PII_REDACTOR_ADMIN_ADDR", &format!("127.0.0.1:{port}"));
        s.start(role, role);
        admin.insert(role, port);
    }
    s.wait_healthy().await;
    for (role, port) in &admin {
        wait_ok(&s, &format!("http://127.0.0.1:{port}/readyz"), role).await;
    }
    (s, admin)
}

async fn wait_ok(s: &Stack, url: &str, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(r) = s.client.get(url).send().await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{what}: {url} did not answer 200");
}

async fn scrape(s: &Stack, port: u16) -> String {
    let resp = s.client.get(format!("http://127.0.0.1:{port}/metrics")).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let ct = resp.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(ct.starts_with("text/plain; version=0.0.4"), "{ct}");
    resp.text().await.unwrap()
}

/// The value of the sample `name` whose labels are exactly `labels`.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let mut want: Vec<(String, String)> = labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    want.sort();
    text.lines().filter(|l| !l.starts_with('#')).find_map(|line| {
        let (series, value) = line.rsplit_once(' ')?;
        let (metric, mut got) = match series.split_once('{') {
            Some((m, rest)) => (m, parse_labels(rest.strip_suffix('}')?)),
            None => (series, Vec::new()),
        };
        got.sort();
        (metric == name && got == want).then(|| value.parse().ok()).flatten()
    })
}

fn parse_labels(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some((k, after)) = rest.split_once("=\"") {
        let mut value = String::new();
        let mut chars = after.char_indices();
        let mut end = after.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, n)) = chars.next() {
                        value.push(if n == 'n' { '\n' } else { n });
                    }
                }
                '"' => {
                    end = i + 1;
                    break;
                }
                c => value.push(c),
            }
        }
        out.push((k.trim_start_matches(',').to_owned(), value));
        rest = &after[end..];
    }
    out
}

/// Polls `port`'s metrics until `check` passes (counters of other processes' work arrive a little
/// later than the job status), then returns the text.
async fn scrape_until(s: &Stack, port: u16, what: &str, check: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = scrape(s, port).await;
        if check(&text) {
            return text;
        }
        if Instant::now() > deadline {
            panic!("{what}: the metrics never matched:\n{text}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_job_is_one_trace_from_the_http_request_through_detector_and_redactor() {
    let otlp = OtlpReceiver::start().await;
    let (s, _) = start_stack(Some(&otlp)).await;

    // The client starts the trace; the gateway's server span must continue it.
    let trace_id = format!("{:032x}", rand_u128());
    let client_span = format!("{:016x}", rand_u128() as u64 | 1);
    let uri = s.put_input("traced.txt", PII_TEXT.as_bytes());
    let resp = s
        .client
        .post(s.url("/redact/uri"))
        .header("X-API-Key", KEY_A)
        .header("traceparent", format!("00-{trace_id}-{client_span}-01"))
        .json(&json!({"input_uri": uri}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 202);
    let job: serde_json::Value = resp.json().await.unwrap();
    let id = job["id"].as_str().unwrap().to_owned();
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");

    let deadline = Instant::now() + Duration::from_secs(20);
    let (gateway, detector, redactor) = loop {
        let spans: Vec<SpanRecord> = otlp.spans().into_iter().filter(|sp| sp.trace_id == trace_id).collect();
        let find = |service: &str, name: &str| spans.iter().find(|sp| sp.service == service && sp.name == name).cloned();
        let found = (
            find("pii-redactor-gateway", "POST /api/v1/redact/uri"),
            find("pii-redactor-detector", "pii.detect process"),
            find("pii-redactor-redactor", "pii.redact process"),
        );
        if let (Some(g), Some(d), Some(r)) = found {
            break (g, d, r);
        }
        if Instant::now() > deadline {
            panic!("the trace {trace_id} is incomplete: {found:?}\nall spans: {:#?}", otlp.spans());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    // Parent-child links: client → gateway HTTP span → detector → redactor.
    assert_eq!(gateway.parent_span_id, client_span, "{gateway:?}");
    assert_eq!(detector.parent_span_id, gateway.span_id, "{detector:?}");
    assert_eq!(redactor.parent_span_id, detector.span_id, "{redactor:?}");
    // Server and consumer kinds (OTLP enum: 2 server, 5 consumer).
    assert_eq!((gateway.kind, detector.kind, redactor.kind), (2, 5, 5));
    // Attributes: ids, sizes, formats and counts.
    assert_eq!(gateway.attributes["http.route"], "/api/v1/redact/uri");
    assert_eq!(gateway.attributes["http.response.status_code"], "202");
    assert_eq!(gateway.attributes["pii.job_id"], id);
    assert_eq!(gateway.attributes["pii.tenant"], "tenant-a");
    let findings = done["findings"].as_array().unwrap().len().to_string();
    for sp in [&detector, &redactor] {
        assert_eq!(sp.attributes["job_id"], id, "{sp:?}");
        assert_eq!(sp.attributes["tenant"], "tenant-a");
        assert_eq!(sp.attributes["pii.format"], "text");
        assert_eq!(sp.attributes["pii.input.bytes"], PII_TEXT.len().to_string());
        assert_eq!(sp.attributes["pii.findings"], findings);
        assert_eq!(sp.attributes["messaging.system"], "rabbitmq");
    }
    assert_eq!(detector.attributes["messaging.destination.name"], "pii.detect");
    assert_eq!(redactor.attributes["messaging.destination.name"], "pii.redact");
    // No exported span holds document text or a PII value.
    for sp in otlp.spans() {
        for (k, v) in &sp.attributes {
            for pii in PII_VALUES {
                assert!(!v.contains(pii), "span {} attribute {k} holds {pii}", sp.name);
            }
        }
    }
    // Each process's JSON log lines of this job carry the trace id.
    for role in ["gateway", "detector", "redactor"] {
        let log = s.log(role);
        let traced: Vec<serde_json::Value> = log
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["trace_id"] == trace_id.as_str())
            .collect();
        assert!(!traced.is_empty(), "{role} logged nothing with trace id {trace_id}:\n{}", tail(&log, 20));
        for pii in PII_VALUES {
            assert!(!log.contains(pii), "{role}'s log holds {pii}");
        }
    }
    // Metrics are pushed over OTLP too, by each process on its own export interval: the gateway's
    // may arrive after the detector's, so both are waited for.
    let deadline = Instant::now() + Duration::from_secs(10);
    let pushed = |service: &str, metric: &str| otlp.metric_names(service).iter().any(|m| m == metric);
    while !(pushed("pii-redactor-detector", "pii.findings") && pushed("pii-redactor-gateway", "http.server.request.duration")) {
        assert!(
            Instant::now() < deadline,
            "metrics missing over OTLP: detector {:?}, gateway {:?}",
            otlp.metric_names("pii-redactor-detector"),
            otlp.metric_names("pii-redactor-gateway")
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn rand_u128() -> u128 {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    // Distinct per run and non-zero; nothing here needs to be unpredictable.
    t ^ (u128::from(std::process::id()) << 64) | 1
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_endpoints_count_jobs_stages_bytes_and_findings() {
    let (s, admin) = start_stack(None).await;
    let mut expected_findings: BTreeMap<String, u64> = BTreeMap::new();
    for i in 0..3 {
        let uri = s.put_input(&format!("m{i}.txt"), PII_TEXT.as_bytes());
        let job = s.submit(KEY_A, json!({"input_uri": uri})).await;
        let done = s.wait_for(KEY_A, job["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
        assert_eq!(done["status"], "completed", "{done}");
        for f in done["findings"].as_array().unwrap() {
            *expected_findings.entry(f["entity_type"].as_str().unwrap().to_owned()).or_default() += 1;
        }
    }
    // One input that is not what its name says: the detector ends its job as `error`.
    let bad = s.put_input("broken.pdf", b"this is not a PDF");
    let job = s.submit(KEY_B, json!({"input_uri": bad})).await;
    let done = s.wait_for(KEY_B, job["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "error", "{done}");
    let bytes = (3 * PII_TEXT.len()) as f64;

    let gateway = scrape_until(&s, admin["gateway"], "gateway", |t| {
        sample(t, "pii_jobs_total", &[("tenant", "tenant-a"), ("status", "completed")]) == Some(3.0)
            && sample(t, "pii_jobs_total", &[("tenant", "tenant-b"), ("status", "error")]) == Some(1.0)
    })
    .await;
    assert_eq!(sample(&gateway, "pii_jobs_total", &[("tenant", "tenant-a"), ("status", "queued")]), Some(3.0), "{gateway}");
    assert_eq!(sample(&gateway, "pii_jobs_total", &[("tenant", "tenant-b"), ("status", "queued")]), Some(1.0));
    assert_eq!(sample(&gateway, "pii_job_duration_seconds_count", &[("tenant", "tenant-a"), ("status", "completed")]), Some(3.0));
    let route = [("http_request_method", "POST"), ("http_route", "/api/v1/redact/uri"), ("http_response_status_code", "202")];
    assert_eq!(sample(&gateway, "http_server_request_duration_seconds_count", &route), Some(4.0), "{gateway}");
    let polled = [("http_request_method", "GET"), ("http_route", "/api/v1/jobs/{job_id}"), ("http_response_status_code", "200")];
    assert!(sample(&gateway, "http_server_request_duration_seconds_count", &polled).unwrap_or(0.0) >= 4.0);
    assert!(gateway.contains("# TYPE http_server_request_duration_seconds histogram"));
    assert_eq!(sample(&gateway, "pii_outbox_pending", &[]), Some(0.0));
    assert!(sample(&gateway, "pii_queue_depth", &[("queue", "pii.events")]).is_some(), "{gateway}");

    let detector = scrape_until(&s, admin["detector"], "detector", |t| {
        sample(t, "pii_deliveries_total", &[("queue", "pii.detect"), ("outcome", "ok")]) == Some(3.0)
            && sample(t, "pii_deliveries_total", &[("queue", "pii.detect"), ("outcome", "error")]) == Some(1.0)
    })
    .await;
    assert_eq!(sample(&detector, "pii_stage_duration_seconds_count", &[("stage", "detect"), ("outcome", "ok")]), Some(3.0));
    assert_eq!(sample(&detector, "pii_processed_bytes_total", &[("stage", "detect"), ("format", "text")]), Some(bytes), "{detector}");
    assert_eq!(sample(&detector, "pii_queue_lag_seconds_count", &[("queue", "pii.detect")]), Some(4.0));
    assert_eq!(sample(&detector, "pii_worker_in_flight", &[("queue", "pii.detect")]), Some(0.0));
    assert!(sample(&detector, "pii_queue_depth", &[("queue", "pii.detect")]).is_some());
    assert!(expected_findings.len() >= 5, "{expected_findings:?}");
    for (entity, n) in &expected_findings {
        assert_eq!(sample(&detector, "pii_findings_total", &[("entity_type", entity)]), Some(*n as f64), "{entity}: {detector}");
    }

    let redactor = scrape_until(&s, admin["redactor"], "redactor", |t| {
        sample(t, "pii_deliveries_total", &[("queue", "pii.redact"), ("outcome", "ok")]) == Some(3.0)
    })
    .await;
    assert_eq!(sample(&redactor, "pii_processed_bytes_total", &[("stage", "redact"), ("format", "text")]), Some(bytes));
    assert_eq!(sample(&redactor, "pii_stage_duration_seconds_count", &[("stage", "redact"), ("outcome", "ok")]), Some(3.0));

    // Labels never carry a value from the documents.
    for text in [&gateway, &detector, &redactor] {
        for pii in PII_VALUES {
            assert!(!text.contains(pii));
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn worker_admin_port_answers_probes_and_closes_when_the_worker_stops() {
    let (mut s, admin) = start_stack(None).await;
    let url = format!("http://127.0.0.1:{}/readyz", admin["detector"]);
    assert_eq!(s.client.get(&url).send().await.unwrap().status(), 200);
    assert_eq!(s.client.get(format!("http://127.0.0.1:{}/healthz", admin["detector"])).send().await.unwrap().status(), 200);
    let status = s.signal("detector", "TERM");
    assert!(status.success(), "{status:?}\n{}", s.log("detector"));
    assert!(s.client.get(&url).send().await.is_err(), "the admin port outlived the worker");
}
