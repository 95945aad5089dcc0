//! Retention and tenant deletion through the API, on SQLite and PostgreSQL: a tenant's retention is
//! set and shown by the admin API, the sweeper purges its ended jobs with their outputs (and
//! nothing else), and deleting a tenant purges everything it had but its audit trail.

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use pii_core::messages::StatusEvent;
use pii_core::{JobStatus, TenantId};
use reqwest::Method;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

use crate::*;

/// Polls `check` until it holds, failing the test after a deadline.
async fn until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !check().await {
        assert!(tokio::time::Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Submits a job for `key` whose output goes to `in/{name}.redacted.txt`; returns its id and output.
async fn submit(app: &TestApp, key: &str, name: &str) -> (String, PathBuf) {
    let input = app.put_input(&format!("{name}.txt"), b"nothing personal");
    let output = app.dir.path().join("in").join(format!("{name}.redacted.txt"));
    let body = json!({"input_uri": input, "output_uri": format!("file://{}", output.display())});
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(key), Some(body)).await;
    assert_eq!(status, 202, "{job}");
    (job["id"].as_str().unwrap().to_owned(), output)
}

/// A job of `tenant` that completed, having written its output as a redactor would.
async fn ended_job(app: &TestApp, key: &str, tenant: &str, name: &str) -> (String, PathBuf) {
    let (id, output) = submit(app, key, name).await;
    std::fs::write(&output, "nothing personal").unwrap();
    let ev = StatusEvent {
        findings: Some(vec![]),
        content_type: Some("text/plain".into()),
        output_version: Some(crate::grants::version_of(&output)),
        ..StatusEvent::for_job(id.parse().unwrap(), TenantId::parse(tenant).unwrap(), 1, JobStatus::Completed, 100)
    };
    app.state.db.run(move |c| pii_db::jobs::apply_events(c, &[ev])).await.unwrap();
    (id, output)
}

fn tenant_in<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array().unwrap().iter().find(|t| t["tenant_id"] == id).unwrap()
}

async fn a_few_seconds_of_retention_purge_an_ended_job_and_its_output(store: Store) {
    let app = spawn_app_on(store).await;
    let (status, t) = app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(json!({"retention_seconds": 2}))).await;
    assert_eq!((status, &t["retention_seconds"]), (200, &json!(2)), "{t}");
    let (_, list) = app.call(Method::GET, "/admin/tenants", Some(KEY_ADMIN), None).await;
    assert_eq!(tenant_in(&list, "tenant-a")["retention_seconds"], 2);
    assert_eq!(tenant_in(&list, "tenant-b")["retention_seconds"], Value::Null);
    assert_eq!(app.call(Method::GET, "/tenant", Some(KEY_A), None).await.1["retention_seconds"], 2);
    assert_eq!(app.call(Method::GET, "/tenant", Some(KEY_B), None).await.1["retention_seconds"], Value::Null);

    let (done, done_out) = ended_job(&app, KEY_A, "tenant-a", "a").await;
    let (queued, _) = submit(&app, KEY_A, "q").await;
    let (other, other_out) = ended_job(&app, KEY_B, "tenant-b", "b").await;
    let stop = CancellationToken::new();
    let sweeper = tokio::spawn(pii_gateway::background::retention::run(app.state.clone(), stop.clone()));

    until("the ended job is purged", || async { app.call(Method::GET, &format!("/jobs/{done}"), Some(KEY_A), None).await.0 == 404 }).await;
    assert!(!done_out.exists(), "its output is removed with it");
    // A queued job is never purged; another tenant without a retention keeps its job and output.
    let (status, q) = app.call(Method::GET, &format!("/jobs/{queued}"), Some(KEY_A), None).await;
    assert_eq!((status, q["status"].as_str()), (200, Some("queued")));
    assert_eq!(app.call(Method::GET, &format!("/jobs/{other}"), Some(KEY_B), None).await.0, 200);
    assert!(other_out.exists());
    // The purge is in the tenant's trail, by the system, naming the job only.
    let (_, trail) = app.call(Method::GET, "/audit?action=job.purge", Some(KEY_A), None).await;
    assert_eq!(trail.as_array().unwrap().len(), 1, "{trail}");
    let e = &trail[0];
    assert_eq!((e["key_id"].as_str(), e["target"].as_str(), e["outcome"].as_str()), (Some("system"), Some(done.as_str()), Some("success")));
    stop.cancel();
    sweeper.await.unwrap();
}

async fn deleting_a_tenant_purges_its_jobs_outputs_and_keys(store: Store) {
    let app = spawn_app_on(store).await;
    let (ended, ended_out) = ended_job(&app, KEY_A, "tenant-a", "a").await;
    let (queued, _) = submit(&app, KEY_A, "q").await;
    let (other, other_out) = ended_job(&app, KEY_B, "tenant-b", "b").await;

    let (status, body) = app.call(Method::DELETE, "/admin/tenants/tenant-a", Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({"detail": "Tenant deleted", "tenant_id": "tenant-a", "jobs_purged": 2}));
    assert!(!ended_out.exists());
    assert_eq!(app.call(Method::GET, "/jobs", Some(KEY_A), None).await.0, 401, "its keys are gone");
    let (_, list) = app.call(Method::GET, "/admin/tenants", Some(KEY_ADMIN), None).await;
    assert!(list.as_array().unwrap().iter().all(|t| t["tenant_id"] != "tenant-a"), "{list}");
    let (_, keys) = app.call(Method::GET, "/admin/keys?tenant_id=tenant-a", Some(KEY_ADMIN), None).await;
    assert_eq!(keys, json!([]));
    for id in [&ended, &queued] {
        assert_eq!(app.call(Method::GET, &format!("/jobs/{id}"), Some(KEY_ADMIN), None).await.0, 404);
    }
    // Another tenant is untouched.
    assert_eq!(app.call(Method::GET, &format!("/jobs/{other}"), Some(KEY_B), None).await.0, 200);
    assert!(other_out.exists());
    // The trail keeps the tenant's events and shows the deletion and each purge, by the admin's key.
    let (_, trail) = app.call(Method::GET, "/audit?tenant_id=tenant-a", Some(KEY_ADMIN), None).await;
    let actions: Vec<&str> = trail.as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions.iter().filter(|a| **a == "job.purge").count(), 2, "{trail}");
    assert_eq!(actions.iter().filter(|a| **a == "job.create").count(), 2, "{trail}");
    let (_, deleted) = app.call(Method::GET, "/audit?action=tenant.delete", Some(KEY_ADMIN), None).await;
    assert_eq!(deleted[0]["target"], "tenant-a", "{deleted}");
    // Negative: gone is gone, and the administrator's tenant is not deleted.
    assert_eq!(app.call(Method::DELETE, "/admin/tenants/tenant-a", Some(KEY_ADMIN), None).await.0, 404);
    assert_eq!(app.call(Method::DELETE, "/admin/tenants/*", Some(KEY_ADMIN), None).await.0, 422);
    assert_eq!(app.call(Method::DELETE, "/admin/tenants/tenant-b", Some(KEY_B), None).await.0, 404, "admin routes hide from tenants");
}

#[tokio::test]
async fn retention_seconds_is_validated_left_alone_when_absent_and_cleared_by_null() {
    let app = spawn_app().await;
    let patch = |body: Value| app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(body));
    for bad in [json!(0), json!(3_153_600_001_u64), json!(-1)] {
        let (status, body) = patch(json!({"retention_seconds": bad})).await;
        assert!(status == 422 || status == 400, "{bad}: {status} {body}");
    }
    assert_eq!(patch(json!({"retention_seconds": 86_400})).await.1["retention_seconds"], 86_400);
    assert_eq!(patch(json!({"grants": []})).await.1["retention_seconds"], 86_400, "absent: unchanged");
    assert_eq!(patch(json!({"retention_seconds": null})).await.1["retention_seconds"], Value::Null, "null: the default");
    let (status, created) =
        app.call(Method::POST, "/admin/tenants", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-r", "retention_seconds": 60}))).await;
    assert_eq!((status, &created["retention_seconds"]), (201, &json!(60)), "{created}");
}

#[tokio::test]
async fn a_tenant_patch_changes_only_the_fields_it_names() {
    let app = spawn_app().await;
    let patch = |body: Value| app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(body));
    let (status, t) = patch(json!({"requests_per_second": 5.0, "max_jobs_in_flight": 3, "disabled": true})).await;
    assert_eq!(status, 200, "{t}");
    // Setting a retention alone keeps the quotas and keeps the tenant disabled.
    let (_, t) = patch(json!({"retention_seconds": 3600})).await;
    assert_eq!((&t["requests_per_second"], &t["max_jobs_in_flight"], &t["disabled"]), (&json!(5.0), &json!(3), &json!(true)), "{t}");
    // `null` clears one quota, `disabled: false` enables; the other quota stays.
    let (_, t) = patch(json!({"requests_per_second": null, "disabled": false})).await;
    assert_eq!((&t["requests_per_second"], &t["max_jobs_in_flight"], &t["disabled"]), (&Value::Null, &json!(3), &json!(false)), "{t}");
}

macro_rules! both_stores {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(#[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(crate::Store::Sqlite).await })*
        }
        mod on_postgres {
            $(#[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(crate::Store::Postgres).await })*
        }
    };
}

both_stores!(a_few_seconds_of_retention_purge_an_ended_job_and_its_output, deleting_a_tenant_purges_its_jobs_outputs_and_keys);
