//! Batches as a whole: listed per tenant, and deleted with their jobs and the outputs those jobs wrote.

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

async fn submit_batch(app: &TestApp, key: &str, names: &[&str]) -> Value {
    // Ids order by their millisecond: keep each batch in its own.
    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    let items: Vec<Value> = names
        .iter()
        .map(|n| {
            let input = app.put_input(&format!("{n}.txt"), b"nothing personal");
            let output = app.dir.path().join("in").join(format!("{n}.out.txt"));
            json!({"input_uri": input, "output_uri": format!("file://{}", output.display())})
        })
        .collect();
    let (status, created) = app.call(Method::POST, "/redact/batch", Some(key), Some(json!({"items": items}))).await;
    assert_eq!(status, 202, "{created}");
    created
}

#[tokio::test]
async fn batches_are_listed_newest_first_for_their_tenant_only() {
    let app = spawn_app().await;
    let first = submit_batch(&app, KEY_A, &["l1"]).await;
    let second = submit_batch(&app, KEY_A, &["l2", "l3"]).await;
    let theirs = submit_batch(&app, KEY_B, &["l4"]).await;
    let (status, listed) = app.call(Method::GET, "/batches", Some(KEY_A), None).await;
    assert_eq!(status, 200, "{listed}");
    let ids: Vec<&Value> = listed.as_array().unwrap().iter().map(|b| &b["batch_id"]).collect();
    assert_eq!(ids, [&second["batch_id"], &first["batch_id"]]);
    assert_eq!(listed[0]["jobs_total"], 2);
    assert_eq!(listed[0]["counts"]["queued"], 2);
    let (_, page) = app.call(Method::GET, "/batches?limit=1&offset=1", Some(KEY_A), None).await;
    assert_eq!(page[0]["batch_id"], first["batch_id"]);
    // Negative: another tenant's batches are not listed, even when asked for by name.
    let (_, asked) = app.call(Method::GET, "/batches?tenant_id=tenant-b", Some(KEY_A), None).await;
    assert_eq!(asked, json!([]));
    let (_, all) = app.call(Method::GET, "/batches", Some(KEY_ADMIN), None).await;
    assert_eq!(all.as_array().unwrap().len(), 3);
    assert_eq!(all[0]["batch_id"], theirs["batch_id"]);
    assert_eq!(app.call(Method::GET, "/batches?limit=0", Some(KEY_A), None).await.0, 422);
}

#[tokio::test]
async fn deleting_a_batch_removes_its_jobs_and_the_outputs_they_wrote() {
    let app = spawn_app().await;
    let kept = submit_batch(&app, KEY_A, &["k1"]).await;
    let batch = submit_batch(&app, KEY_A, &["d1", "d2"]).await;
    let batch_id = batch["batch_id"].as_str().unwrap();
    let job_ids: Vec<&str> = batch["job_ids"].as_array().unwrap().iter().map(|j| j.as_str().unwrap()).collect();
    // d1 completed and wrote its output; d2 is still queued and its output location holds an object
    // nobody's job wrote.
    let written = app.dir.path().join("in").join("d1.out.txt");
    std::fs::write(&written, "what the job wrote").unwrap();
    let (_, job) = app.call(Method::GET, &format!("/jobs/{}", job_ids[0]), Some(KEY_A), None).await;
    crate::grants::complete(&app, &job, Some(crate::grants::version_of(&written))).await;
    let foreign = app.dir.path().join("in").join("d2.out.txt");
    std::fs::write(&foreign, "not written by a job").unwrap();

    // Negative: another tenant cannot delete it (it does not exist for them).
    let path = format!("/batches/{batch_id}");
    assert_eq!(app.call(Method::DELETE, &path, Some(KEY_B), None).await.0, 404);
    assert!(written.exists());

    let (status, body) = app.call(Method::DELETE, &path, Some(KEY_A), None).await;
    assert_eq!((status, &body), (200, &json!({"detail": "Batch deleted"})));
    assert!(!written.exists(), "the output the job wrote is gone");
    assert!(foreign.exists(), "an object no job of the batch wrote stays");
    for id in &job_ids {
        assert_eq!(app.call(Method::GET, &format!("/jobs/{id}"), Some(KEY_A), None).await.0, 404);
    }
    assert_eq!(app.call(Method::GET, &path, Some(KEY_A), None).await.0, 404);
    assert_eq!(app.call(Method::DELETE, &path, Some(KEY_A), None).await.0, 404, "a second delete finds nothing");
    // The other batch is untouched.
    let (_, listed) = app.call(Method::GET, "/batches", Some(KEY_A), None).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["batch_id"], kept["batch_id"]);
    // Both the refusal and the deletion are in the trail.
    let (_, trail) = app.call(Method::GET, "/audit?action=batch.delete", Some(KEY_ADMIN), None).await;
    let outcomes: Vec<(&str, &str)> =
        trail.as_array().unwrap().iter().map(|e| (e["tenant_id"].as_str().unwrap(), e["outcome"].as_str().unwrap())).collect();
    assert_eq!(outcomes, [("tenant-a", "not_found"), ("tenant-a", "success"), ("tenant-b", "not_found")]);
}
