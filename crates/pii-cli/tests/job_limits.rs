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

/// An ad-hoc pattern that gives up on part of a document (its backtracking or time limit) does not
/// fail the job, but the job says so in its warnings: a result with possibly missing matches is
/// never presented as complete. A pattern that finishes leaves no warning.
#[tokio::test(flavor = "multi_thread")]
async fn an_ad_hoc_pattern_that_gives_up_leaves_a_warning_on_its_job() {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;

    let hostile = format!("{}b\n", "a".repeat(60_000));
    let pattern = |re: &str| json!([{"supported_entity": "TICKET", "patterns": [{"regex": re, "score": 0.9}]}]);
    let cut = s
        .submit(KEY_A, json!({"input_uri": s.put_input("hostile.txt", hostile.as_bytes()), "ad_hoc_recognizers": pattern("(?=(a|aa)+c)a")}))
        .await;
    let fine = s
        .submit(KEY_A, json!({"input_uri": s.put_input("tickets.txt", b"ticket TK-4821 is open\n"), "ad_hoc_recognizers": pattern("(?<=ticket )TK-\\d{4}")}))
        .await;
    let ended = s.wait_for(KEY_A, cut["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(120)).await;
    assert_eq!(ended["status"], "completed", "{ended}");
    let warnings = ended["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w.as_str().unwrap().contains("ad-hoc pattern")), "{ended}");
    let done = s.wait_for(KEY_A, fine["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["findings"].as_array().unwrap().len(), 1, "{done}");
    assert!(done.get("warnings").is_none_or(|w| w.as_array().is_none_or(Vec::is_empty)), "{done}");
}
