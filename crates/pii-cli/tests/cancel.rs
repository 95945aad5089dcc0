//! Cancelling a job in both shapes: embedded (`serve`: SQLite, in-process queue) and distributed
//! (gateway, detector and redactor processes on PostgreSQL and RabbitMQ). A large job cancelled
//! right after submission ends `failed` with the cancel message and never leaves an output, while
//! the workers go on with the next job.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::Duration;

use common::*;
use reqwest::Method;
use serde_json::json;

async fn a_cancelled_job_ends_failed_and_leaves_no_output(s: Stack) {
    // Tens of chunks of text: still queued or running when the cancel arrives.
    let big = PII_TEXT.repeat(30 * (1 << 20) / PII_TEXT.len());
    let uri = s.put_input("big.txt", big.as_bytes());
    let output = uri.trim_start_matches("file://").replace("/in/big.txt", "/in/redacted/big.txt");
    let job = s.submit(KEY_A, json!({"input_uri": uri})).await;
    let id = job["id"].as_str().unwrap().to_owned();
    let (status, cancelled) = s.call(Method::POST, &format!("/jobs/{id}/cancel"), Some(KEY_A), None).await;
    assert_eq!(status, 200, "{cancelled}");
    assert_eq!(
        (cancelled["status"].as_str(), cancelled["error_message"].as_str()),
        (Some("failed"), Some("the job was cancelled on request"))
    );

    // The workers go on: a job submitted after it completes. Whatever the cancelled job's worker
    // was doing stopped at its next chunk, before the redactor: no output, ever.
    let next = s.submit(KEY_A, json!({"input_uri": s.put_input("small.txt", PII_TEXT.as_bytes())})).await;
    let done = s.wait_for(KEY_A, next["id"].as_str().unwrap(), &["completed", "failed", "error"], Duration::from_secs(120)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let after = s.job(KEY_A, &id).await;
    assert_eq!((after["status"].as_str(), after["error_message"].as_str()), (Some("failed"), Some("the job was cancelled on request")));
    assert!(!std::path::Path::new(&output).exists(), "a cancelled job wrote {output}");
    let written = output.replace("/redacted/big.txt", "/redacted/small.txt");
    assert!(std::path::Path::new(&written).exists(), "outputs go to {written}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cancelled_job_leaves_no_output_embedded() {
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;
    a_cancelled_job_ends_failed_and_leaves_no_output(s).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cancelled_job_leaves_no_output_distributed() {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    a_cancelled_job_ends_failed_and_leaves_no_output(s).await;
}
