//! Cancelling jobs and batches through the API, on SQLite and on PostgreSQL: a cancelled job ends
//! `failed` with the cancel message and is never sent to a worker; another tenant's job is not
//! found; a batch cancel ends its going jobs and the batch.

use std::time::{Duration, Instant};

use pii_core::cancel::CANCELLED_MESSAGE;
use pii_queue::QueueName;
use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

async fn submit(app: &TestApp, name: &str) -> Value {
    let input = app.put_input(name, b"call 555-0100");
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(KEY_A), Some(json!({"input_uri": input}))).await;
    assert_eq!(status, 202, "{job}");
    job
}

/// Polls `/audit` (as the administrator) until `action` on `target` shows, or fails at the deadline.
async fn wait_for_audit(app: &TestApp, action: &str, target: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, rows) = app.call(Method::GET, &format!("/audit?action={action}"), Some(KEY_ADMIN), None).await;
        if let Some(row) = rows.as_array().and_then(|r| r.iter().find(|e| e["target"] == target)) {
            return row.clone();
        }
        assert!(Instant::now() < deadline, "no {action} audit row for {target}: {rows}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn a_queued_job_cancelled_ends_failed_and_is_never_sent_to_a_worker(app: TestApp) {
    let job = submit(&app, "c1.txt").await;
    let id = job["id"].as_str().unwrap();
    let path = format!("/jobs/{id}/cancel");

    // Negative first: another tenant's job is not found, and stays as it was.
    let (status, body) = app.call(Method::POST, &path, Some(KEY_B), None).await;
    assert_eq!((status, body["detail"].as_str()), (404, Some("Job not found")));
    assert_eq!(app.call(Method::POST, "/jobs/not-a-job/cancel", Some(KEY_A), None).await.0, 404);
    assert_eq!(app.call(Method::POST, &path, None, None).await.0, 401);

    let (status, cancelled) = app.call(Method::POST, &path, Some(KEY_A), None).await;
    assert_eq!(status, 200, "{cancelled}");
    assert_eq!(cancelled["status"], "failed");
    assert_eq!(cancelled["error_message"], CANCELLED_MESSAGE);
    let (_, stored) = app.call(Method::GET, &format!("/jobs/{id}"), Some(KEY_A), None).await;
    assert_eq!(stored, cancelled);

    // Idempotent: again, the job as it is.
    let (status, again) = app.call(Method::POST, &path, Some(KEY_A), None).await;
    assert_eq!((status, &again), (200, &cancelled));

    // Its detect command never leaves the outbox; only the notice for the workers does.
    pii_gateway::background::relay::relay_once(&app.state).await.unwrap();
    assert_eq!(app.state.broker.depth(QueueName::Detect).await.unwrap(), 0, "never processed");
    assert_eq!(app.state.db.run(pii_db::outbox::pending).await.unwrap(), 0);

    let row = wait_for_audit(&app, "job.cancel", id).await;
    assert_eq!(row["outcome"], "success");

    // A retry on request runs it again.
    let (status, retried) = app.call(Method::POST, &format!("/jobs/{id}/retry"), Some(KEY_A), None).await;
    assert_eq!((status, retried["status"].as_str()), (202, Some("queued")), "{retried}");
}

#[tokio::test]
async fn a_queued_job_cancelled_ends_failed_and_is_never_sent_on_sqlite() {
    a_queued_job_cancelled_ends_failed_and_is_never_sent_to_a_worker(spawn_app().await).await;
}

#[tokio::test]
async fn a_queued_job_cancelled_ends_failed_and_is_never_sent_on_postgres() {
    a_queued_job_cancelled_ends_failed_and_is_never_sent_to_a_worker(spawn_app_on_postgres().await).await;
}

async fn a_batch_cancel_ends_every_going_job_of_the_batch(app: TestApp) {
    let items: Vec<Value> = ["b1", "b2", "b3"].iter().map(|n| json!({"input_uri": app.put_input(&format!("{n}.txt"), b"x")})).collect();
    let (status, batch) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items}))).await;
    assert_eq!(status, 202, "{batch}");
    let batch_id = batch["batch_id"].as_str().unwrap();
    let job_ids: Vec<&str> = batch["job_ids"].as_array().unwrap().iter().map(|j| j.as_str().unwrap()).collect();
    // One job completed before the cancel.
    let (_, done) = app.call(Method::GET, &format!("/jobs/{}", job_ids[0]), Some(KEY_A), None).await;
    crate::grants::complete(&app, &done, None).await;

    let path = format!("/batches/{batch_id}/cancel");
    assert_eq!(app.call(Method::POST, &path, Some(KEY_B), None).await.0, 404, "another tenant's batch");
    let (status, cancelled) = app.call(Method::POST, &path, Some(KEY_A), None).await;
    assert_eq!(status, 200, "{cancelled}");
    assert_eq!(cancelled["counts"]["failed"], 2, "{cancelled}");
    assert_eq!(cancelled["counts"]["completed"], 1, "{cancelled}");
    assert!(cancelled["completed_at"].is_string(), "the batch has ended: {cancelled}");
    for id in &job_ids[1..] {
        let (_, job) = app.call(Method::GET, &format!("/jobs/{id}"), Some(KEY_A), None).await;
        assert_eq!((job["status"].as_str(), job["error_message"].as_str()), (Some("failed"), Some(CANCELLED_MESSAGE)));
    }
    let (_, first) = app.call(Method::GET, &format!("/jobs/{}", job_ids[0]), Some(KEY_A), None).await;
    assert_eq!(first["status"], "completed", "an ended job stays as it was");
    // Again: unchanged.
    let (status, again) = app.call(Method::POST, &path, Some(KEY_A), None).await;
    assert_eq!((status, &again["counts"]), (200, &cancelled["counts"]));
    pii_gateway::background::relay::relay_once(&app.state).await.unwrap();
    assert_eq!(app.state.broker.depth(QueueName::Detect).await.unwrap(), 0, "no cancelled job was sent");
    wait_for_audit(&app, "batch.cancel", batch_id).await;
}

#[tokio::test]
async fn a_batch_cancel_ends_every_going_job_on_sqlite() {
    a_batch_cancel_ends_every_going_job_of_the_batch(spawn_app().await).await;
}

#[tokio::test]
async fn a_batch_cancel_ends_every_going_job_on_postgres() {
    a_batch_cancel_ends_every_going_job_of_the_batch(spawn_app_on_postgres().await).await;
}
