//! The client commands against a scripted server on loopback: which failures are tried again, that
//! a batch request keeps its `Idempotency-Key` across retries and runs, how a stalled download ends,
//! and the exit code of each way a command fails.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

/// One request as the scripted server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    idempotency_key: Option<String>,
}

/// What the scripted server does with the nth request (from 0).
type Script = Box<dyn Fn(usize, &Seen, &mut TcpStream) + Send>;

/// A loopback HTTP/1.1 server that answers each request by `script`, one connection per request.
struct Scripted {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Scripted {
    fn start(script: Script) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for (n, stream) in listener.incoming().enumerate() {
                let Ok(mut stream) = stream else { return };
                let Some(req) = read_request(&mut stream) else { continue };
                log.lock().unwrap().push(req.clone());
                script(n, &req, &mut stream);
            }
        });
        Scripted { port, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next()?.to_owned(), parts.next()?.to_owned());
    let (mut length, mut key) = (0usize, None);
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (name, value) = h.split_once(':')?;
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().ok()?,
            "idempotency-key" => key = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Seen { method, path, idempotency_key: key })
}

fn answer(stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &str) {
    let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn cli(port: u16, dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
        .args(args)
        .current_dir(dir)
        .env("PII_REDACTOR_URL", format!("http://127.0.0.1:{port}"))
        .env("PII_REDACTOR_API_KEY", "pk_client_retries_test_key_0001")
        .output()
        .unwrap()
}

const BATCH: &str = r#"{"batch_id":"bat_01JZZZZZZZZZZZZZZZZZZZZZZZ","jobs_created":1}"#;

#[test]
fn a_batch_refused_for_a_while_is_sent_again_with_the_same_key_and_a_rerun_reuses_it() {
    // 503 with Retry-After, then 429, then created; the second run's request is answered as a replay.
    let server = Scripted::start(Box::new(|n, _, s| match n {
        0 => answer(s, "503 Service Unavailable", &[("Retry-After", "0")], r#"{"detail":"not ready"}"#),
        1 => answer(s, "429 Too Many Requests", &[("Retry-After", "0")], r#"{"detail":"slow down"}"#),
        2 => answer(s, "202 Accepted", &[("Content-Type", "application/json")], BATCH),
        _ => answer(s, "202 Accepted", &[("Content-Type", "application/json"), ("Idempotent-Replayed", "true")], BATCH),
    }));
    let dir = tempfile::tempdir().unwrap();
    let out = cli(server.port, dir.path(), &["submit", "file:///in/a.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("trying again"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = cli(server.port, dir.path(), &["submit", "file:///in/a.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("submitted before"), "{}", String::from_utf8_lossy(&out.stdout));

    let seen = server.seen();
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert!(seen.iter().all(|r| r.method == "POST" && r.path == "/api/v1/redact/batch"), "{seen:?}");
    let key = seen[0].idempotency_key.clone().unwrap();
    assert!(seen.iter().all(|r| r.idempotency_key.as_deref() == Some(&key)), "{seen:?}");

    // Other inputs are another request, with another key; a base given on the command line is used.
    let out = cli(server.port, dir.path(), &["submit", "file:///in/b.txt"]);
    assert!(out.status.success());
    let out = cli(server.port, dir.path(), &["submit", "--idempotency-key", "nightly-2026-12-06", "file:///in/a.txt"]);
    assert!(out.status.success());
    let seen = server.seen();
    assert_ne!(seen[4].idempotency_key.as_deref(), Some(key.as_str()));
    assert_eq!(seen[5].idempotency_key.as_deref(), Some("nightly-2026-12-06-1"));
}

#[test]
fn a_request_the_server_may_have_acted_on_is_not_sent_twice() {
    // POST /jobs/{id}/retry has no idempotency key: a 503 after it was sent is final (exit 4).
    let server = Scripted::start(Box::new(|_, _, s| answer(s, "503 Service Unavailable", &[("Retry-After", "0")], "{}")));
    let dir = tempfile::tempdir().unwrap();
    let out = cli(server.port, dir.path(), &["jobs", "retry", "job_01JZZZZZZZZZZZZZZZZZZZZZZZ"]);
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(server.seen().len(), 1);
    // A read is tried again, up to --retries, then given up on with the same code.
    let out = cli(server.port, dir.path(), &["jobs", "get", "--retries", "2", "job_01JZZZZZZZZZZZZZZZZZZZZZZZ"]);
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("after 2 retries"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(server.seen().len(), 4);
}

#[test]
fn each_way_of_failing_has_its_exit_code() {
    let server = Scripted::start(Box::new(|_, req, s| {
        if req.path.starts_with("/api/v1/jobs/") {
            answer(s, "404 Not Found", &[("Content-Type", "application/problem+json")], r#"{"detail":"Job not found"}"#);
        } else {
            answer(s, "401 Unauthorized", &[], r#"{"detail":"Invalid API key"}"#);
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let out = cli(server.port, dir.path(), &["jobs", "get", "job_01JZZZZZZZZZZZZZZZZZZZZZZZ"]);
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Job not found"));
    let out = cli(server.port, dir.path(), &["batches", "get", "bat_01JZZZZZZZZZZZZZZZZZZZZZZZ"]);
    assert_eq!(out.status.code(), Some(5));
    // Nothing listens on a port just released: unreachable, after the retries.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let out = cli(closed, dir.path(), &["jobs", "list", "--retries", "1"]);
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    // A usage error is clap's 2; a local error is 1.
    assert_eq!(cli(server.port, dir.path(), &["jobs", "get"]).status.code(), Some(2));
    let out = cli(server.port, dir.path(), &["submit", "--from-file", "no-such-list.txt"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_download_that_stalls_is_given_up_on_and_leaves_no_file() {
    let server = Scripted::start(Box::new(|_, _, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Disposition: attachment; filename=\"out.txt\"\r\n\r\n");
        let _ = s.write_all(b"0123456789");
        let _ = s.flush();
        // Then nothing: the idle timeout, not a total one, ends it.
        std::thread::sleep(std::time::Duration::from_secs(20));
    }));
    let dir = tempfile::tempdir().unwrap();
    let out =
        cli(server.port, dir.path(), &["jobs", "download", "--idle-timeout", "1", "--retries", "0", "job_01JZZZZZZZZZZZZZZZZZZZZZZZ"]);
    assert_eq!(out.status.code(), Some(4), "{}", String::from_utf8_lossy(&out.stderr));
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn completions_are_generated_for_each_shell() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let out = cli(1, dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(script.contains("pii-redactor") && script.contains("download"), "{shell}");
    }
    assert_eq!(cli(1, dir.path(), &["completions", "tcsh"]).status.code(), Some(2));
}
