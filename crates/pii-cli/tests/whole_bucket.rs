//! A prefix of any size becomes one batch that completes: in the embedded shape (SQLite, in-process
//! queue) with the default settings, and across gateway, detector and redactor processes on
//! PostgreSQL and RabbitMQ, where a gateway killed mid-listing leaves the listing to a restarted one
//! that resumes it without creating any job twice.
//!
//! The embedded run lists 12,000 objects (`PII_TEST_BUCKET_OBJECTS` sets another number): measured in
//! a debug build on 2 shared cores, the batch completed 61-102 s after the request and the
//! whole test took 95-151 s (most of the rest: writing the inputs, reading the jobs back and removing
//! 24,000 files at the end).
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::*;
use reqwest::Method;
use serde_json::{Value, json};

/// Objects of the embedded run: twelve default pages, more than the explicit item limit.
const OBJECTS: usize = 12_000;

fn objects(default: usize) -> usize {
    std::env::var("PII_TEST_BUCKET_OBJECTS").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Writes `n` tiny files below `in/{dir}/` (a tenth of them one folder down) and returns the prefix.
fn put_bucket(s: &Stack, dir: &str, n: usize) -> String {
    for i in 0..n {
        let name = if i % 10 == 0 { format!("{dir}/d{}/o{i:05}.txt", i % 4) } else { format!("{dir}/o{i:05}.txt") };
        s.put_input(&name, format!("ticket {i}: mail u{i}@example.com\n").as_bytes());
    }
    format!("file://{}/{dir}/", s.input_dir().display())
}

/// Polls the batch until it completes, or fails at the deadline with the logs.
async fn wait_completed(s: &Stack, id: &str, timeout: Duration) -> Value {
    let deadline = Instant::now() + timeout;
    loop {
        let (status, b) = s.call(Method::GET, &format!("/batches/{id}"), Some(KEY_A), None).await;
        assert_eq!(status, 200, "{b}");
        if b["status"] == "completed" {
            return b;
        }
        let logs = || ["serve", "gateway", "gateway2"].iter().map(|n| tail(&s.log(n), 20)).collect::<Vec<_>>().join("\n");
        assert!(Instant::now() < deadline, "batch did not complete in {timeout:?}: {b}\n{}", logs());
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Every job of the batch (paged), checking each input appears once.
async fn distinct_inputs(s: &Stack, id: &str) -> usize {
    let mut seen = HashSet::new();
    let mut offset = 0;
    loop {
        let (status, page) = s.call(Method::GET, &format!("/jobs?batch_id={id}&limit=100&offset={offset}"), Some(KEY_A), None).await;
        assert_eq!(status, 200, "{page}");
        let page = page.as_array().unwrap();
        if page.is_empty() {
            return seen.len();
        }
        for j in page {
            assert!(seen.insert(j["input_uri"].as_str().unwrap().to_owned()), "a job was created twice for {}", j["input_uri"]);
        }
        offset += page.len();
    }
}

async fn a_prefix_becomes_one_batch_and_completes_with_default_settings(n: usize) {
    let begun = Instant::now();
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;
    let prefix = put_bucket(&s, "bucket", n);
    eprintln!("service up and {n} objects written in {:?}", begun.elapsed());
    let started = Instant::now();
    let (status, created) = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": prefix}))).await;
    assert_eq!(status, 202, "{created}");
    eprintln!("{n}-object prefix accepted in {:?} ({} jobs in the answer)", started.elapsed(), created["jobs_created"]);
    assert_eq!(created["listing"], n > 1_000, "{created}");
    let id = created["batch_id"].as_str().unwrap().to_owned();
    let done = wait_completed(&s, &id, Duration::from_secs(600)).await;
    eprintln!("{n}-object prefix completed in {:?} (debug build)", started.elapsed());
    assert_eq!((done["jobs_total"].as_u64(), done["counts"]["completed"].as_u64()), (Some(n as u64), Some(n as u64)), "{done}");
    assert_eq!(done["listing"], false);
    assert!(done.get("listing_error").is_none(), "{done}");
    let checked = Instant::now();
    assert_eq!(distinct_inputs(&s, &id).await, n);
    eprintln!("its {n} jobs read back in {:?}", checked.elapsed());
    // Negative: listed items stay capped.
    let uri = s.put_input("one.txt", b"x");
    let items: Vec<Value> = (0..10_001).map(|i| json!({"input_uri": uri, "output_uri": format!("{uri}.{i}.out")})).collect();
    let (status, body) = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items}))).await;
    assert_eq!(status, 413, "{body}");
    eprintln!("whole test body: {:?}", begun.elapsed());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_twelve_thousand_object_prefix_becomes_one_batch_and_completes_with_default_settings() {
    a_prefix_becomes_one_batch_and_completes_with_default_settings(objects(OBJECTS)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_gateway_killed_mid_listing_leaves_it_to_another_that_creates_no_job_twice() {
    let mut s = Stack::distributed();
    // Pages of 200, resting at 200 queued jobs, a lease of 3 s; no workers at first, so the
    // listing rests after its first page until the gateway is killed.
    s.set_env("PII_REDACTOR_BATCH_PAGE_SIZE", "200");
    s.set_env("PII_REDACTOR_BATCH_MAX_QUEUED", "200");
    s.set_env("PII_REDACTOR_BATCH_LEASE_SECS", "3");
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    let n = 1_000;
    let prefix = put_bucket(&s, "resume", n);
    let (status, created) = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": prefix}))).await;
    assert_eq!(status, 202, "{created}");
    assert_eq!((created["jobs_created"].as_u64(), created["listing"].as_bool()), (Some(200), Some(true)), "{created}");
    let id = created["batch_id"].as_str().unwrap().to_owned();
    let (_, b) = s.call(Method::GET, &format!("/batches/{id}"), Some(KEY_A), None).await;
    assert_eq!((b["listing"].as_bool(), b["status"].as_str()), (Some(true), Some("running")), "a listing batch is not done: {b}");
    s.signal("gateway", "KILL");

    // Another gateway, and workers: it claims the listing once the lease runs out and resumes it.
    s.start("gateway2", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    let done = wait_completed(&s, &id, Duration::from_secs(300)).await;
    assert_eq!((done["jobs_total"].as_u64(), done["counts"]["completed"].as_u64()), (Some(n as u64), Some(n as u64)), "{done}");
    assert_eq!(distinct_inputs(&s, &id).await, n, "every object once");
    assert!(s.log("gateway2").contains("resuming the listing of a batch"), "{}", tail(&s.log("gateway2"), 30));
}
