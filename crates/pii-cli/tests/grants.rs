//! Tenant isolation in storage on PostgreSQL and RabbitMQ, with gateway, detector and redactor as
//! separate processes: each row of the security review's probe table, and a folder swapped for a
//! symlink between submission and the workers' reads and writes. The same rows at the API alone on
//! SQLite are in `pii-gateway/tests/api/grants.rs`.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use reqwest::Method;
use serde_json::json;

fn file_uri(p: &Path) -> String {
    format!("file://{}", p.display())
}

/// A distributed stack where tenant-a may reach `in/a/` and tenant-b `in/b/`.
fn stack() -> (Stack, PathBuf, PathBuf) {
    let mut s = Stack::distributed();
    let (a, b) = (s.input_dir().join("a"), s.input_dir().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let grants = format!("tenant-a={}/,tenant-b={}/", file_uri(&a), file_uri(&b));
    s.set_env("PII_REDACTOR_TENANT_GRANTS", &grants);
    (s, a, b)
}

#[tokio::test(flavor = "multi_thread")]
async fn every_probe_of_the_review_is_refused_on_postgres_and_rabbitmq() {
    let (mut s, a, b) = stack();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    std::fs::write(a.join("mine.txt"), "Call Jane Doe at 415-555-0142.\n").unwrap();
    std::fs::write(b.join("secret.txt"), "SSN 123-45-6789 belongs to tenant b.\n").unwrap();
    let submit = |body: serde_json::Value| s.call(Method::POST, "/redact/uri", Some(KEY_A), Some(body));

    // A submits B's file (with no entities it would come back verbatim): refused as a missing file is.
    let theirs = submit(json!({"input_uri": file_uri(&b.join("secret.txt")), "entities": []})).await;
    let missing = submit(json!({"input_uri": file_uri(&a.join("missing.txt")), "entities": []})).await;
    assert_eq!(theirs.0, 422, "{}", theirs.1);
    assert_eq!(theirs, missing);
    // A batch over B's prefix: no job, no name of B's files.
    let batch = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": file_uri(&b)}))).await;
    let none = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": file_uri(&a.join("none"))}))).await;
    assert_eq!(batch.0, 422);
    assert_eq!(batch, none);
    // B's file as A's output.
    let (status, _) =
        submit(json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&b.join("secret.txt")), "overwrite": true})).await;
    assert_eq!(status, 422);
    assert_eq!(std::fs::read_to_string(b.join("secret.txt")).unwrap(), "SSN 123-45-6789 belongs to tenant b.\n");
    // An existing object no job wrote: 409 unless asked; with a job that never writes it, DELETE keeps it.
    std::fs::write(a.join("keep.txt"), "the tenant's own file").unwrap();
    let (status, _) = submit(json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&a.join("keep.txt"))})).await;
    assert_eq!(status, 409);
    let (status, job) = submit(
        json!({"input_uri": file_uri(&a.join("missing-later.txt")), "output_uri": file_uri(&a.join("keep.txt")), "overwrite": true}),
    )
    .await;
    assert_eq!(status, 422, "a missing input is refused before anything: {job}");
    // memory:// for tenants.
    assert_eq!(submit(json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": "memory://m/x.txt"})).await.0, 422);

    // A real job through the workers writes its output, which DELETE then removes.
    let out = a.join("out/mine.txt");
    let job = s.submit(KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&out)})).await;
    let id = job["id"].as_str().unwrap().to_owned();
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert!(!std::fs::read_to_string(&out).unwrap().contains("415-555-0142"));
    // The tenant's next job may replace its own output without `overwrite`.
    let again = s.submit(KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&out)})).await;
    let again_id = again["id"].as_str().unwrap().to_owned();
    let again_done = s.wait_for(KEY_A, &again_id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(again_done["status"], "completed", "{again_done}");
    // The first job's object was replaced by the second job's: deleting the first keeps it.
    let (status, _) = s.call(Method::DELETE, &format!("/jobs/{id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    assert!(out.exists(), "the object the first job wrote was replaced since; the replacement stays");
    let (status, _) = s.call(Method::DELETE, &format!("/jobs/{again_id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    assert!(!out.exists(), "the second job's own output is removed with it");
}

#[tokio::test(flavor = "multi_thread")]
async fn folders_swapped_for_symlinks_after_submission_do_not_lead_the_workers_out() {
    let (mut s, a, b) = stack();
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    std::fs::create_dir_all(a.join("sub")).unwrap();
    std::fs::write(a.join("sub/doc.txt"), "Call Jane Doe at 415-555-0142.\n").unwrap();
    std::fs::write(a.join("doc.txt"), "Call Jane Doe at 415-555-0142.\n").unwrap();
    std::fs::write(b.join("doc.txt"), "tenant b's document, SSN 123-45-6789.\n").unwrap();
    // Read path: the input's folder becomes a symlink into B's folder.
    let read = s.submit(KEY_A, json!({"input_uri": file_uri(&a.join("sub/doc.txt")), "output_uri": file_uri(&a.join("r1.txt"))})).await;
    // Write path: the output's folder (not there at submission) appears as a symlink into B's folder.
    let write = s.submit(KEY_A, json!({"input_uri": file_uri(&a.join("doc.txt")), "output_uri": file_uri(&a.join("out/doc.txt"))})).await;
    std::fs::rename(a.join("sub"), a.join("sub-old")).unwrap();
    std::os::unix::fs::symlink(&b, a.join("sub")).unwrap();
    std::os::unix::fs::symlink(&b, a.join("out")).unwrap();
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    for job in [&read, &write] {
        let id = job["id"].as_str().unwrap();
        let end = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
        assert_eq!(end["status"], "error", "{end}");
    }
    assert!(!a.join("r1.txt").exists(), "nothing was read from B's folder");
    let listed: Vec<_> = std::fs::read_dir(&b).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(listed, vec![std::ffi::OsString::from("doc.txt")], "nothing was written into B's folder");
    assert_eq!(std::fs::read_to_string(b.join("doc.txt")).unwrap(), "tenant b's document, SSN 123-45-6789.\n");
}

/// Issue 14: a worker that was not running when a grant was revoked still learns of the job it
/// stopped. The job's detect command waits in `pii.detect` while the administrator revokes the
/// grant; the detector and redactor start only afterwards, read the cancel notice kept by RabbitMQ
/// before they consume, and skip the command: the input is never read.
#[tokio::test(flavor = "multi_thread")]
async fn a_worker_started_after_a_grant_was_revoked_never_reads_the_jobs_input() {
    let (mut s, a, _) = stack();
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    let a2 = s.input_dir().join("a2");
    std::fs::create_dir_all(&a2).unwrap();
    std::fs::write(a.join("mine.txt"), "Call Jane Doe at 415-555-0142.\n").unwrap();
    std::fs::write(a2.join("other.txt"), "Call Ana at 415-555-0199.\n").unwrap();
    let both = json!({"grants": [file_uri(&a) + "/", file_uri(&a2) + "/"]});
    assert_eq!(s.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(both)).await.0, 200);
    let stopped = s.submit(KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt"))})).await;
    let going = s.submit(KEY_A, json!({"input_uri": file_uri(&a2.join("other.txt"))})).await;
    let (stopped, going) = (stopped["id"].as_str().unwrap().to_owned(), going["id"].as_str().unwrap().to_owned());

    // Both commands reach the queue (no worker runs yet), then the grant of `a/` is revoked.
    let broker = pii_queue::Broker::amqp(s.vhost.as_ref().unwrap().url(), pii_queue::BrokerSettings::default());
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while broker.depth(pii_queue::QueueName::Detect).await.unwrap() != 2 {
        assert!(std::time::Instant::now() < deadline, "the detect commands never reached the queue");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let only_a2 = json!({"grants": [file_uri(&a2) + "/"]});
    assert_eq!(s.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(only_a2)).await.0, 200);
    let ended = s.job(KEY_A, &stopped).await;
    assert_eq!(
        (ended["status"].as_str(), ended["error_message"].as_str()),
        (Some("failed"), Some(pii_core::cancel::GRANT_REVOKED_MESSAGE))
    );
    // The gateway's relay broadcasts the notice: give it a moment before the workers start.
    tokio::time::sleep(Duration::from_secs(2)).await;

    s.start("detector", "detector");
    s.start("redactor", "redactor");
    let done = s.wait_for(KEY_A, &going, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    // The stopped job's command came first in the queue: it was taken and skipped, never handled.
    let log = s.log("detector");
    let about: Vec<&str> = log.lines().filter(|l| l.contains(&stopped)).collect();
    assert!(about.iter().any(|l| l.contains("skipping its command")), "the command was not skipped:\n{}", tail(&log, 40));
    assert!(about.iter().all(|l| l.contains("cancelled")), "the detector handled the stopped job:\n{}", about.join("\n"));
    let after = s.job(KEY_A, &stopped).await;
    assert_eq!(after["error_message"], pii_core::cancel::GRANT_REVOKED_MESSAGE, "{after}");
}
