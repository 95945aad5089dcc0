//! Limits that only the workers can enforce end the job as `error` with a message that says which
//! limit, never quoting the document: the findings of one job and the size of its input. Gateway,
//! detector and redactor run as separate processes on PostgreSQL and RabbitMQ.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::Duration;

use common::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn too_many_findings_and_too_large_inputs_end_as_errors_and_the_next_job_goes_through() {
    let mut s = Stack::distributed();
    s.set_env("PII_REDACTOR_MAX_FINDINGS", "50");
    s.set_env("PII_REDACTOR_MAX_INPUT_BYTES", "65536");
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;

    let many = "SSN 123-45-6789.\n".repeat(60);
    let too_many = s.submit(KEY_A, json!({"input_uri": s.put_input("many.txt", many.as_bytes())})).await;
    let big = "Nothing to see here.\n".repeat(4000);
    let too_big = s.submit(KEY_A, json!({"input_uri": s.put_input("big.txt", big.as_bytes())})).await;
    let fine = s.submit(KEY_A, json!({"input_uri": s.put_input("fine.txt", "SSN 123-45-6789.\n".repeat(40).as_bytes())})).await;

    let ended = s.wait_for(KEY_A, too_many["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(ended["status"], "error", "{ended}");
    let why = ended["error_message"].as_str().unwrap();
    let many_why = why.to_owned();
    assert!(why.contains("findings") && why.contains("50"), "{why}");
    assert!(!why.contains("123-45-6789"), "{why}");
    assert_eq!(s.download(KEY_A, too_many["id"].as_str().unwrap()).await.0, 404, "no output for a failed job");

    let ended = s.wait_for(KEY_A, too_big["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(ended["status"], "error", "{ended}");
    let why = ended["error_message"].as_str().unwrap();
    assert!(why.contains("65536") || why.contains("large"), "{why}");
    let big_why = why.to_owned();

    let done = s.wait_for(KEY_A, fine["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["findings"].as_array().unwrap().len(), 40);
    assert!(!s.input_dir().join("redacted/many.txt").exists() && !s.input_dir().join("redacted/big.txt").exists());
    println!("LIMITS: too many findings: {many_why:?}; too large: {big_why:?}");
}
