//! No planted personal value leaves the documents: jobs with distinctive planted PII run through
//! gateway, detector and redactor (separate processes, PostgreSQL, RabbitMQ) with `RUST_LOG=debug`,
//! JSON logs, OTLP traces and metrics exported to a loopback receiver and the admin ports open; then
//! no planted value may appear in any process's stdout or stderr, in any column of any table
//! (`pg_dump` of the whole database), in any message body published to any exchange (a tap queue
//! bound to each of them), in any exported span or metric, or in the `/metrics` of any process.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use lapin::options::{BasicGetOptions, QueueBindOptions, QueueDeclareOptions};
use lapin::types::FieldTable;
use lapin::{Connection, ConnectionProperties};
use reqwest::Method;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Values that exist nowhere but in the test documents.
const PLANTED: [&str; 7] = [
    "Thaddeus Quimbleworth",
    "Quimbleworth",
    "thaddeus.quimbleworth@zyxplanted.example",
    "536-90-4417",
    "+1 212-555-0187",
    "4539 1488 0343 6467",
    "4539148803436467",
];

fn document() -> String {
    "Incident report filed by Thaddeus Quimbleworth (thaddeus.quimbleworth@zyxplanted.example).\n\
     Reach him at +1 212-555-0187. SSN 536-90-4417, card 4539 1488 0343 6467 (also 4539148803436467).\n\
     Nothing else of note happened that day.\n"
        .to_owned()
}

/// An OTLP/HTTP receiver on loopback that keeps the raw bodies (protobuf strings are plain UTF-8).
struct RawReceiver {
    port: u16,
    bodies: Arc<Mutex<Vec<u8>>>,
    task: tokio::task::JoinHandle<()>,
}

impl RawReceiver {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let sink = bodies.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else { return };
                let sink = sink.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 65536];
                    loop {
                        let Some(head_end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
                            match stream.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                            }
                            continue;
                        };
                        let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
                        let len: usize = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
                            .unwrap_or(0);
                        while buf.len() < head_end + 4 + len {
                            match stream.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                            }
                        }
                        sink.lock().unwrap().extend_from_slice(&buf[head_end + 4..head_end + 4 + len]);
                        buf.drain(..head_end + 4 + len);
                        let reply = b"HTTP/1.1 200 OK\r\ncontent-type: application/x-protobuf\r\ncontent-length: 0\r\n\r\n";
                        if stream.write_all(reply).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        RawReceiver { port, bodies, task }
    }
}

impl Drop for RawReceiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A queue bound to every exchange of the topology, so that it receives a copy of every message
/// published while it exists.
async fn tap(url: &str) -> (Connection, lapin::Channel, String) {
    let conn = Connection::connect(url, ConnectionProperties::default()).await.expect("RabbitMQ is required for this test");
    let name = "privacy.tap".to_owned();
    let ch = conn.create_channel().await.unwrap();
    ch.queue_declare(name.as_str().into(), QueueDeclareOptions::default(), FieldTable::default()).await.unwrap();
    for (exchange, key) in [("pii", "detect"), ("pii", "redact"), ("pii", "event"), ("pii.dlx", ""), ("pii.delay", "")] {
        ch.queue_bind(name.as_str().into(), exchange.into(), key.into(), QueueBindOptions::default(), FieldTable::default())
            .await
            .unwrap_or_else(|e| panic!("cannot bind the tap to {exchange}: {e}"));
    }
    (conn, ch, name)
}

fn find_planted(what: &str, haystack: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(haystack);
    PLANTED.iter().filter(|v| text.contains(*v)).map(|v| format!("{what} contains {v:?}")).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn no_planted_value_appears_in_logs_database_messages_traces_or_metrics() {
    let otlp = RawReceiver::start().await;
    let mut s = Stack::distributed();
    s.set_env("RUST_LOG", "debug");
    s.set_env("PII_REDACTOR_LOG_FORMAT", "json");
    s.set_env("PII_REDACTOR_NER", "on");
    s.set_env("OTEL_EXPORTER_OTLP_ENDPOINT", &format!("http://127.0.0.1:{}", otlp.port));
    s.set_env("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
    s.set_env("OTEL_BSP_SCHEDULE_DELAY", "100");
    s.set_env("OTEL_METRIC_EXPORT_INTERVAL", "500");
    let gateway_admin = free_port();
    s.set_env("PII_REDACTOR_ADMIN_ADDR", &format!("127.0.0.1:{gateway_admin}"));
    let mut admin = vec![("gateway", gateway_admin)];
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    // The topology exists once the gateway is ready; tap every exchange before any job is sent.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while s.call(Method::GET, "/readyz", None, None).await.0 != 200 {
        assert!(std::time::Instant::now() < deadline, "the gateway did not become ready\n{}", tail(&s.log("gateway"), 30));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_conn, ch, tap_queue) = tap(s.vhost.as_ref().unwrap().url()).await;
    for role in ["detector", "redactor"] {
        let port = free_port();
        s.set_env("PII_REDACTOR_ADMIN_ADDR", &format!("127.0.0.1:{port}"));
        s.start(role, role);
        admin.push((role, port));
    }

    // Jobs: plain text, CSV, the encrypt and hash operators, deny lists and ad-hoc recognizers that
    // name planted values, a document that cannot be read (its
    // error must not quote it), and the synchronous text endpoints.
    let doc = document();
    let mut ids = Vec::new();
    let csv = "name,email,ssn\nThaddeus Quimbleworth,thaddeus.quimbleworth@zyxplanted.example,536-90-4417\n".to_string();
    for (name, content, extra) in [
        ("report.txt", doc.clone(), json!({})),
        ("people.csv", csv, json!({})),
        ("sealed.txt", doc.clone(), json!({"operators": {"DEFAULT": {"type": "encrypt"}}})),
        ("hashed.txt", doc.clone(), json!({"operators": {"DEFAULT": {"type": "hash"}}})),
        // The caller's own lists are PII too: sealed wherever the policy rests or travels.
        (
            "denied.txt",
            doc.clone(),
            json!({"deny_list": ["Thaddeus Quimbleworth", {"value": "536-90-4417", "entity_type": "US_SSN"}],
                   "ad_hoc_recognizers": [{"name": "planted", "supported_entity": "PERSON",
                       "patterns": [{"name": "p", "regex": "Quimbleworth", "score": 0.9}], "context": ["Quimbleworth"],
                       "deny_list": ["thaddeus.quimbleworth@zyxplanted.example"]}]}),
        ),
    ] {
        let mut body = json!({"input_uri": s.put_input(name, content.as_bytes())});
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        ids.push(s.submit(KEY_A, body).await["id"].as_str().unwrap().to_owned());
    }
    let mut broken = vec![0u8, 159, 146, 150, 0];
    broken.extend_from_slice(doc.as_bytes());
    let broken_id = s.submit(KEY_A, json!({"input_uri": s.put_input("broken.bin", &broken)})).await["id"].as_str().unwrap().to_owned();
    for path in ["/analyze", "/redact"] {
        let (status, body) = s.call(Method::POST, path, Some(KEY_A), Some(json!({"text": doc}))).await;
        assert_eq!(status, 200, "{path}: {body}");
    }
    let (status, body) = s.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": doc, "score_threshold": 7}))).await;
    assert_eq!(status, 422, "{body}");
    for id in &ids {
        let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(120)).await;
        assert_eq!(done["status"], "completed", "{done}");
        let types: Vec<&str> = done["findings"].as_array().unwrap().iter().map(|f| f["entity_type"].as_str().unwrap()).collect();
        assert!(types.contains(&"EMAIL_ADDRESS") && types.contains(&"US_SSN"), "{types:?}");
        let (status, _, out) = s.download(KEY_A, id).await;
        assert_eq!(status, 200);
        assert!(find_planted("output", &out).is_empty(), "{}", String::from_utf8_lossy(&out));
    }
    let failed = s.wait_for(KEY_A, &broken_id, &["completed", "error", "failed"], Duration::from_secs(120)).await;
    assert_eq!(failed["status"], "error", "{failed}");
    // The person was found by the name recognizer in the text job.
    let report = s.job(KEY_A, &ids[0]).await;
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["entity_type"] == "PERSON"), "{report}");

    // Let the exporters flush, then read everything the services produced.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut leaks = Vec::new();
    let mut metrics_seen = 0;
    for (role, port) in &admin {
        let m = s.client.get(format!("http://127.0.0.1:{port}/metrics")).send().await.unwrap().text().await.unwrap();
        assert!(m.contains("# TYPE"), "{role} /metrics: {m}");
        metrics_seen += m.len();
        leaks.extend(find_planted(&format!("{role} /metrics"), m.as_bytes()));
    }
    let mut messages = 0;
    while let Some(m) = ch.basic_get(tap_queue.as_str().into(), BasicGetOptions { no_ack: true }).await.unwrap() {
        messages += 1;
        leaks.extend(find_planted("a queue message body", &m.delivery.data));
    }
    assert!(messages >= 15, "the tap saw only {messages} messages");
    let url = s.db.as_ref().unwrap().url().to_owned();
    let dump = Command::new("pg_dump").args(["--data-only", "--no-owner", &url]).output().expect("pg_dump");
    assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
    assert!(String::from_utf8_lossy(&dump.stdout).contains("COPY public.jobs"), "the dump holds no jobs table");
    // The search works: what may be stored (the input's name) is found where it is stored.
    assert!(String::from_utf8_lossy(&dump.stdout).contains("people.csv"), "the dump misses the job rows");
    leaks.extend(find_planted("the database", &dump.stdout));
    let traces = otlp.bodies.lock().unwrap().clone();
    assert!(!traces.is_empty(), "no OTLP export arrived");
    leaks.extend(find_planted("the OTLP exports", &traces));

    // Stop the processes so that their logs are complete, then read them.
    let ended = s.signal_all(&["gateway", "detector", "redactor"], "TERM", Duration::from_secs(60));
    assert!(ended.iter().all(|(_, st, _)| st.is_some_and(|st| st.success())), "{ended:?}");
    let (mut log_lines, mut debug_lines) = (0, 0);
    for role in ["gateway", "detector", "redactor"] {
        let log = s.log(role);
        log_lines += log.lines().count();
        debug_lines += log.lines().filter(|l| l.contains("\"DEBUG\"")).count();
        assert!(log.lines().filter(|l| !l.trim().is_empty()).all(|l| l.starts_with('{')), "{role} logs are not JSON lines");
        for line in log.lines() {
            leaks.extend(find_planted(&format!("{role} log line {line}"), line.as_bytes()));
        }
    }
    assert!(debug_lines > 0, "RUST_LOG=debug should log at debug level; got {log_lines} lines, none at debug");
    println!(
        "PRIVACY: {} planted values; searched {log_lines} log lines ({debug_lines} at debug), {messages} queue messages, {} bytes of database dump, \
         {} bytes of OTLP exports, {metrics_seen} bytes of /metrics: {} leaks",
        PLANTED.len(),
        dump.stdout.len(),
        traces.len(),
        leaks.len()
    );
    assert!(leaks.is_empty(), "planted values leaked:\n{}", leaks.join("\n"));
}
