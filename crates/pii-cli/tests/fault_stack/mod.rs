//! What the fault tests share: the opt-in flag, guards that stop RabbitMQ or PostgreSQL and start
//! them again on drop, the three-process stack, batch submission and the checks of a finished batch.

use std::collections::HashSet;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::*;
use reqwest::Method;
use serde_json::{Value, json};

pub const FLAG: &str = "PII_REDACTOR_FAULT_TESTS";

/// Whether the fault tests may run; prints why not when they may not.
pub fn enabled(test: &str) -> bool {
    if std::env::var(FLAG).as_deref() == Ok("1") {
        return true;
    }
    println!("{test}: skipped because {FLAG} is unset (it stops and starts the machine's services); run `make test-faults`");
    false
}

pub fn run(cmd: &str, args: &[&str]) -> Result<String, String> {
    let out = Command::new(cmd).args(args).output().map_err(|e| format!("cannot run {cmd}: {e}"))?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if out.status.success() { Ok(text) } else { Err(format!("{cmd} {args:?} failed: {text}")) }
}

/// RabbitMQ stopped (`rabbitmqctl stop_app`) until dropped.
pub struct RabbitDown;

impl RabbitDown {
    pub fn stop() -> Self {
        run("rabbitmqctl", &["-q", "stop_app"]).expect("stop RabbitMQ");
        RabbitDown
    }
}

impl Drop for RabbitDown {
    fn drop(&mut self) {
        let started = run("rabbitmqctl", &["-q", "start_app"]).and_then(|_| run("rabbitmqctl", &["-q", "await_startup"]));
        if let Err(e) = started {
            eprintln!("could not start RabbitMQ again: {e}");
        }
    }
}

pub fn pg_cluster() -> (String, String) {
    let version = std::fs::read_dir("/etc/postgresql")
        .expect("PostgreSQL is required for this test (no /etc/postgresql)")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .max()
        .expect("a PostgreSQL cluster");
    (version, "main".to_owned())
}

/// PostgreSQL stopped (`pg_ctlcluster … stop`) until dropped.
pub struct PostgresDown;

impl PostgresDown {
    pub fn stop() -> Self {
        let (v, c) = pg_cluster();
        run("pg_ctlcluster", &["--skip-systemctl-redirect", &v, &c, "stop"]).expect("stop PostgreSQL");
        PostgresDown
    }
}

impl Drop for PostgresDown {
    fn drop(&mut self) {
        let (v, c) = pg_cluster();
        if let Err(e) = run("pg_ctlcluster", &["--skip-systemctl-redirect", &v, &c, "start"]) {
            eprintln!("could not start PostgreSQL again: {e}");
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline && run("pg_isready", &["-h", "127.0.0.1", "-q"]).is_err() {
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

/// Stops nothing, but makes sure both services are up before a test starts (a previous failed run
/// might have left one down) — and fails loudly if they cannot be.
pub fn services_up() {
    run("rabbitmqctl", &["-q", "await_startup"]).expect("RabbitMQ is required for the fault tests");
    run("pg_isready", &["-h", "127.0.0.1", "-q"]).expect("PostgreSQL is required for the fault tests");
}

pub async fn full_stack(extra: &[(&str, &str)]) -> Stack {
    services_up();
    let mut s = Stack::distributed();
    for (k, v) in extra {
        s.set_env(k, v);
    }
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    s
}

/// The same document for every job but for its number, so that every job must have the very same
/// findings; the end marker proves an output is complete.
pub fn doc(i: usize) -> String {
    format!("Case {i:04}: write to case{i:04}@example.com or call +1 415-555-0142; SSN on file 123-45-6789.\nEND OF DOCUMENT {i:04}\n")
}

/// A submitted batch and its jobs in item order.
pub struct Batch {
    pub id: String,
    pub dir: String,
    pub jobs: Vec<String>,
}

pub async fn submit_batch(s: &Stack, dir: &str, n: usize) -> Batch {
    let items: Vec<Value> = (0..n).map(|i| json!({"input_uri": s.put_input(&format!("{dir}/{i:04}.txt"), doc(i).as_bytes())})).collect();
    let (status, created) = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items}))).await;
    assert_eq!(status, 202, "{created}");
    let jobs: Vec<String> = created["job_ids"].as_array().unwrap().iter().map(|j| j.as_str().unwrap().to_owned()).collect();
    assert_eq!(jobs.len(), n);
    Batch { id: created["batch_id"].as_str().unwrap().to_owned(), dir: dir.to_owned(), jobs }
}

pub async fn batch_status(s: &Stack, id: &str) -> Value {
    let (status, b) = s.call(Method::GET, &format!("/batches/{id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200, "{b}");
    b
}

pub async fn completed(s: &Stack, b: &Batch) -> u64 {
    batch_status(s, &b.id).await["counts"]["completed"].as_u64().unwrap_or(0)
}

pub async fn wait_completed_at_least(s: &Stack, b: &Batch, n: u64, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    loop {
        let done = completed(s, b).await;
        if done >= n {
            return;
        }
        assert!(Instant::now() < deadline, "only {done} of {n} jobs completed in {timeout:?}\n{}", logs(s));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub fn logs(s: &Stack) -> String {
    ["gateway", "gateway2", "detector", "detector2", "redactor", "redactor2"]
        .iter()
        .map(|n| format!("--- {n}\n{}", tail(&s.log(n), 20)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Waits until every job of the batch has ended; returns how long that took.
pub async fn wait_batch_done(s: &Stack, b: &Batch, timeout: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let st = batch_status(s, &b.id).await;
        if st["status"] == "completed" {
            return started.elapsed();
        }
        assert!(started.elapsed() < timeout, "batch not done in {timeout:?}: {st}\n{}", logs(s));
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// What the checks of a finished batch found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub submitted: usize,
    pub completed: usize,
    pub lost: usize,
    pub duplicated_findings: usize,
    pub incomplete_outputs: usize,
    pub leftover_temp_files: usize,
}

/// Every job completed with exactly the findings of its document, once each; every output is there,
/// complete and redacted, exactly one file per job and no half-written file left beside them.
pub async fn check_batch(s: &Stack, b: &Batch) -> Outcome {
    let mut o = Outcome { submitted: b.jobs.len(), ..Default::default() };
    let mut reference: Option<Vec<(String, u64, u64)>> = None;
    let mut out0: Option<String> = None;
    for (i, id) in b.jobs.iter().enumerate() {
        let job = s.job(KEY_A, id).await;
        if job["status"] != "completed" {
            o.lost += 1;
            eprintln!("job {i} ({id}) ended {job}");
            continue;
        }
        o.completed += 1;
        let mut f: Vec<(String, u64, u64)> = job["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["entity_type"].as_str().unwrap().to_owned(), f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap()))
            .collect();
        let unique: HashSet<_> = f.iter().cloned().collect();
        if unique.len() != f.len() {
            o.duplicated_findings += 1;
        }
        f.sort();
        match &reference {
            None => {
                for t in ["EMAIL_ADDRESS", "US_SSN", "PHONE_NUMBER"] {
                    assert!(f.iter().any(|x| x.0 == t), "{t} missing in {f:?}");
                }
                reference = Some(f);
            }
            Some(r) => assert_eq!(r, &f, "job {i} has other findings than job 0"),
        }
        let path = job["output_uri"].as_str().unwrap().trim_start_matches("file://").to_owned();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let expected = match &out0 {
            None => {
                assert!(
                    text.ends_with("END OF DOCUMENT 0000\n") && !text.contains("123-45-6789") && !text.contains("@example.com"),
                    "{text}"
                );
                out0 = Some(text.clone());
                text.clone()
            }
            Some(t) => t.replace("0000", &format!("{i:04}")),
        };
        if text != expected {
            o.incomplete_outputs += 1;
            eprintln!("output of job {i} is not the expected redaction: {text:?}");
        }
    }
    let out_dir = s.input_dir().join(&b.dir).join("redacted");
    let names: Vec<String> = std::fs::read_dir(&out_dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    o.leftover_temp_files = names.iter().filter(|n| n.contains(".pii-tmp-")).count();
    assert_eq!(names.len() - o.leftover_temp_files, b.jobs.len(), "one output per job in {}", out_dir.display());
    o
}

/// How often the redactors wrote an output (a job redone after a crash is written again, atomically,
/// with the same bytes).
pub fn redactions_logged(s: &Stack, names: &[&str]) -> usize {
    names.iter().map(|n| s.log(n).lines().filter(|l| l.contains("redacted")).count()).sum()
}

pub fn assert_clean(o: &Outcome) {
    assert_eq!(o.completed, o.submitted, "{o:?}");
    assert_eq!((o.lost, o.duplicated_findings, o.incomplete_outputs, o.leftover_temp_files), (0, 0, 0, 0), "{o:?}");
}
