//! A prefix of any size becomes one batch, listed page by page in the background (pages of 20 in
//! this app, whose explicit item limit is 50), resting while the batch has enough queued jobs, and
//! stopped by deleting the batch.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

fn put_tree(app: &TestApp, dir: &str, n: usize) -> String {
    for i in 0..n {
        // Some in folders, so the walk crosses them; one output of an earlier batch, skipped.
        let name = if i % 7 == 0 { format!("{dir}/sub{}/f{i:04}.txt", i % 3) } else { format!("{dir}/f{i:04}.txt") };
        let p = app.dir.path().join("in").join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b"nothing personal").unwrap();
    }
    let old = app.dir.path().join("in").join(dir).join("redacted");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::write(old.join("earlier.txt"), b"an earlier output").unwrap();
    format!("file://{}/in/{dir}/", app.dir.path().display())
}

/// Polls the batch until `done` says so, or fails at the deadline.
async fn wait_batch(app: &TestApp, id: &str, what: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, b) = app.call(Method::GET, &format!("/batches/{id}"), Some(KEY_A), None).await;
        assert_eq!(status, 200, "{b}");
        if done(&b) {
            return b;
        }
        assert!(Instant::now() < deadline, "{what}: {b}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn jobs_of(app: &TestApp, id: &str) -> Vec<Value> {
    let mut all = Vec::new();
    loop {
        let path = format!("/jobs?batch_id={id}&limit=100&offset={}", all.len());
        let (status, page) = app.call(Method::GET, &path, Some(KEY_A), None).await;
        assert_eq!(status, 200, "{page}");
        let page = page.as_array().unwrap().clone();
        if page.is_empty() {
            return all;
        }
        all.extend(page);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_prefix_past_the_item_limit_becomes_one_batch_listed_page_by_page() {
    let app = spawn_app().await;
    let prefix = put_tree(&app, "bucket", 130);
    let (status, created) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": prefix}))).await;
    assert_eq!(status, 202, "{created}");
    assert_eq!((created["jobs_created"].as_u64(), created["listing"].as_bool()), (Some(20), Some(true)), "{created}");
    let id = created["batch_id"].as_str().unwrap();
    let b = wait_batch(&app, id, "the listing did not end", |b| b["listing"] == false).await;
    assert_eq!(b["jobs_total"], 130, "{b}");
    assert_eq!(b["input_prefix"], prefix.as_str());
    assert!(b.get("listing_error").is_none(), "{b}");
    assert_eq!(b["status"], "running", "its jobs are queued (this app runs no workers)");
    let jobs = jobs_of(&app, id).await;
    let inputs: HashSet<&str> = jobs.iter().map(|j| j["input_uri"].as_str().unwrap()).collect();
    assert_eq!((jobs.len(), inputs.len()), (130, 130), "every object once");
    assert!(inputs.iter().all(|i| !i.contains("/redacted/")), "earlier outputs are not inputs");

    // Negative: the item limit stays for listed items.
    let uri = app.put_input("one.txt", b"x");
    let items: Vec<Value> = (0..51).map(|i| json!({"input_uri": uri, "output_uri": format!("{uri}.{i}.out")})).collect();
    let (status, body) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items}))).await;
    assert_eq!(status, 413, "{body}");
    // Negative: another tenant's prefix is no such folder, and an empty one has nothing to list.
    std::fs::create_dir_all(app.dir.path().join("in/empty")).unwrap();
    let empty = format!("file://{}/in/empty/", app.dir.path().display());
    let (status, body) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": empty}))).await;
    assert_eq!(status, 422, "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_listing_rests_while_its_batch_has_enough_queued_jobs_and_stops_when_deleted() {
    let app = spawn_app_with_listing(pii_gateway::BatchListing { page_size: 20, max_queued: 40, ..Default::default() }).await;
    let prefix = put_tree(&app, "rest", 100);
    let (status, created) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": prefix}))).await;
    assert_eq!(status, 202, "{created}");
    let id = created["batch_id"].as_str().unwrap().to_owned();
    // Pages go on until 40 jobs wait, then the listing rests.
    wait_batch(&app, &id, "the second page never came", |b| b["jobs_total"] == 40).await;
    let resting = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < resting {
        let (_, b) = app.call(Method::GET, &format!("/batches/{id}"), Some(KEY_A), None).await;
        assert_eq!((b["jobs_total"].as_u64(), b["listing"].as_bool()), (Some(40), Some(true)), "it rests: {b}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Twenty jobs end: room for one more page.
    for job in jobs_of(&app, &id).await.iter().take(20) {
        crate::grants::complete(&app, job, None).await;
    }
    wait_batch(&app, &id, "the listing did not resume", |b| b["jobs_total"] == 60).await;

    // Deleting the batch mid-listing stops the listing: nothing of it is left, and no page follows.
    let (status, body) = app.call(Method::DELETE, &format!("/batches/{id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200, "{body}");
    let settled = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < settled {
        assert!(jobs_of(&app, &id).await.is_empty(), "a deleted batch gets no more jobs");
        assert_eq!(app.call(Method::GET, &format!("/batches/{id}"), Some(KEY_A), None).await.0, 404);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
