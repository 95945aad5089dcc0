//! Tenant isolation in storage, at submit time (SQLite, in process): each tenant reaches only its
//! grants, a refusal never tells another tenant's file from a missing one, outputs never replace an
//! object no job of the tenant wrote, and DELETE removes only what the job wrote. The workers' own
//! checks are tested end to end on PostgreSQL and RabbitMQ in `pii-cli/tests/grants.rs`.

use std::path::PathBuf;

use pii_core::messages::{OutputVersion, StatusEvent};
use pii_core::{JobStatus, TenantId};
use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

/// An app where tenant-a may reach `in/a/` and tenant-b `in/b/` only, each holding one file.
async fn two_tenants() -> (TestApp, PathBuf, PathBuf) {
    let app = spawn_app().await;
    let root = app.dir.path().join("in");
    let (a, b) = (root.join("a"), root.join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    std::fs::write(a.join("mine.txt"), "Call Jane at 415-555-0142").unwrap();
    std::fs::write(b.join("secret.txt"), "SSN 123-45-6789 of tenant b").unwrap();
    for (t, dir) in [("tenant-a", &a), ("tenant-b", &b)] {
        let (status, body) = app
            .call(
                Method::PATCH,
                &format!("/admin/tenants/{t}"),
                Some(KEY_ADMIN),
                Some(json!({"grants": [format!("file://{}/", dir.display())]})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["grants"], json!([format!("file://{}/", dir.display())]));
    }
    (app, a, b)
}

fn file_uri(p: &std::path::Path) -> String {
    format!("file://{}", p.display())
}

async fn submit(app: &TestApp, key: &str, body: Value) -> (u16, Value) {
    app.call(Method::POST, "/redact/uri", Some(key), Some(body)).await
}

#[tokio::test]
async fn another_tenants_file_is_refused_exactly_as_a_missing_one() {
    let (app, a, b) = two_tenants().await;
    let theirs = submit(&app, KEY_A, json!({"input_uri": file_uri(&b.join("secret.txt")), "entities": []})).await;
    let missing_there = submit(&app, KEY_A, json!({"input_uri": file_uri(&b.join("nope.txt"))})).await;
    let missing_here = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("nope.txt"))})).await;
    assert_eq!(theirs.0, 422, "{}", theirs.1);
    assert_eq!(theirs, missing_there, "an existing file of another tenant must look missing");
    assert_eq!(theirs, missing_here);
    // The owner may, and the other tenant may use its own.
    assert_eq!(submit(&app, KEY_B, json!({"input_uri": file_uri(&b.join("secret.txt"))})).await.0, 202);
    assert_eq!(submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt"))})).await.0, 202);
    // A symlink in A's folder that leads into B's is judged where it leads.
    std::os::unix::fs::symlink(b.join("secret.txt"), a.join("link.txt")).unwrap();
    let via_link = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("link.txt"))})).await;
    assert_eq!(via_link, missing_here);
}

#[tokio::test]
async fn a_batch_over_another_tenants_prefix_lists_nothing() {
    let (app, a, b) = two_tenants().await;
    let theirs = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": file_uri(&b)}))).await;
    let missing = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": file_uri(&a.join("nope"))}))).await;
    assert_eq!(theirs.0, 422, "{}", theirs.1);
    assert_eq!(theirs, missing);
    assert!(!theirs.1.to_string().contains("secret"), "no file name of the other tenant is listed: {}", theirs.1);
    // The root above both grants is not granted either.
    let root = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": file_uri(a.parent().unwrap())}))).await;
    assert_eq!(root, missing);
    let own = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": file_uri(&a)}))).await;
    assert_eq!(own.0, 202, "{}", own.1);
    // Explicit items are checked one by one.
    let items = json!({"items": [{"input_uri": file_uri(&a.join("mine.txt"))}, {"input_uri": file_uri(&b.join("secret.txt"))}]});
    assert_eq!(app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(items)).await.0, 422);
}

#[tokio::test]
async fn another_tenants_file_cannot_be_named_as_an_output() {
    let (app, a, b) = two_tenants().await;
    let (status, body) = submit(
        &app,
        KEY_A,
        json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&b.join("secret.txt")), "overwrite": true}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) =
        submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&b.join("new.txt"))})).await;
    assert_eq!(status, 422, "a new file in another tenant's folder is refused too");
    assert_eq!(std::fs::read_to_string(b.join("secret.txt")).unwrap(), "SSN 123-45-6789 of tenant b");
    // memory:// is never available to a tenant, as input or as output.
    let (status, _) = submit(&app, KEY_A, json!({"input_uri": "memory://m/x.txt"})).await;
    assert_eq!(status, 422);
    let (status, _) = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": "memory://m/out.txt"})).await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn an_existing_object_no_job_wrote_is_not_overwritten_without_being_asked() {
    let (app, a, _) = two_tenants().await;
    std::fs::write(a.join("report.txt"), "the tenant's own report").unwrap();
    let body = json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&a.join("report.txt"))});
    let (status, refused) = submit(&app, KEY_A, body.clone()).await;
    assert_eq!(status, 409, "{refused}");
    assert!(refused["detail"].as_str().unwrap().contains("overwrite"));
    let mut asked = body;
    asked["overwrite"] = json!(true);
    assert_eq!(submit(&app, KEY_A, asked).await.0, 202);
    // The input is never its own output, however the path is spelled (here through a symlinked folder).
    std::os::unix::fs::symlink(&a, a.join("same")).unwrap();
    let (status, body) = submit(
        &app,
        KEY_A,
        json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&a.join("same/mine.txt")), "overwrite": true}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body["detail"].as_str().unwrap().contains("differ"), "{body}");
}

/// Marks a job completed as a redactor would, having written `version` at its output.
pub(crate) async fn complete(app: &TestApp, job: &Value, version: Option<OutputVersion>) {
    let id = job["id"].as_str().unwrap().parse().unwrap();
    let ev = StatusEvent {
        findings: Some(vec![]),
        content_type: Some("text/plain".into()),
        output_version: version,
        warnings: vec!["page 1: image kept unread (images: keep); it was not checked for personal data".into()],
        ..StatusEvent::for_job(id, TenantId::parse("tenant-a").unwrap(), 1, JobStatus::Completed, 100)
    };
    app.state.db.run(move |c| pii_db::jobs::apply_events(c, &[ev])).await.unwrap();
}

pub(crate) fn version_of(p: &std::path::Path) -> OutputVersion {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::symlink_metadata(p).unwrap();
    OutputVersion { size: m.len(), tag: Some(format!("{}.{}:{}", m.mtime(), m.mtime_nsec(), m.ino())) }
}

#[tokio::test]
async fn delete_removes_only_the_object_the_job_wrote() {
    let (app, a, _) = two_tenants().await;
    // A job that never wrote its output: DELETE leaves the object that was there.
    std::fs::write(a.join("kept.txt"), "not written by any job").unwrap();
    let (_, job) = submit(
        &app,
        KEY_A,
        json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&a.join("kept.txt")), "overwrite": true}),
    )
    .await;
    let (status, _) = app.call(Method::DELETE, &format!("/jobs/{}", job["id"].as_str().unwrap()), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    assert!(a.join("kept.txt").exists(), "a job that wrote nothing deletes nothing");

    // A completed job whose output was replaced since: the replacement stays.
    let out = a.join("out1.txt");
    let (_, job) = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&out)})).await;
    std::fs::write(&out, "what the job wrote").unwrap();
    complete(&app, &job, Some(version_of(&out))).await;
    std::fs::remove_file(&out).unwrap();
    std::fs::write(&out, "someone else's object, written later").unwrap();
    let (_, done) = app.call(Method::GET, &format!("/jobs/{}", job["id"].as_str().unwrap()), Some(KEY_A), None).await;
    assert_eq!(done["warnings"], json!(["page 1: image kept unread (images: keep); it was not checked for personal data"]), "{done}");
    app.call(Method::DELETE, &format!("/jobs/{}", job["id"].as_str().unwrap()), Some(KEY_A), None).await;
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "someone else's object, written later");

    // A completed job whose output is unchanged: it goes.
    let out = a.join("out2.txt");
    let (_, job) = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&out)})).await;
    std::fs::write(&out, "what the job wrote").unwrap();
    complete(&app, &job, Some(version_of(&out))).await;
    // Its output may now be reused by the tenant's next job without `overwrite`.
    let (status, body) = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt")), "output_uri": file_uri(&out)})).await;
    assert_eq!(status, 202, "{body}");
    app.call(Method::DELETE, &format!("/jobs/{}", job["id"].as_str().unwrap()), Some(KEY_A), None).await;
    assert!(!out.exists());
}

#[tokio::test]
async fn grants_are_managed_by_the_administrator_and_validated() {
    let (app, a, _) = two_tenants().await;
    let (status, list) = app.call(Method::GET, "/admin/tenants", Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200);
    let tenant_a = list.as_array().unwrap().iter().find(|t| t["tenant_id"] == "tenant-a").unwrap();
    assert_eq!(tenant_a["grants"], json!([format!("file://{}/", a.display())]));
    for bad in ["memory://m/", "https://example.com/x/", "file:///", "not a uri"] {
        let (status, body) = app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(json!({"grants": [bad]}))).await;
        assert_eq!(status, 422, "{bad}: {body}");
    }
    // Revoked: the tenant's next submission is refused as if the file were gone.
    let (status, _) = app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(json!({"grants": []}))).await;
    assert_eq!(status, 200);
    assert_eq!(submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt"))})).await.0, 422);
    // A tenant key cannot change grants.
    let (status, _) = app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_A), Some(json!({"grants": [file_uri(&a)]}))).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn admin_routes_answer_a_tenant_key_before_reading_the_body() {
    let app = spawn_app().await;
    for (m, p) in [
        (Method::POST, "/admin/tenants"),
        (Method::PATCH, "/admin/tenants/tenant-a"),
        (Method::POST, "/admin/keys"),
        (Method::POST, "/admin/tenants/tenant-a/rotate-keys"),
    ] {
        let resp = app
            .client
            .request(m.clone(), format!("{}{p}", app.base))
            .header("X-API-Key", KEY_A)
            .header("Content-Type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 404, "{m} {p}: a tenant key learns nothing from a malformed body");
        // Negative: the administrator's malformed body is a 400.
        let resp = app
            .client
            .request(m.clone(), format!("{}{p}", app.base))
            .header("X-API-Key", KEY_ADMIN)
            .header("Content-Type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{m} {p}");
    }
}

#[tokio::test]
async fn a_grant_revoked_stops_the_going_jobs_that_needed_it() {
    let (app, a, _) = two_tenants().await;
    let a2 = app.dir.path().join("in").join("a2");
    std::fs::create_dir_all(&a2).unwrap();
    std::fs::write(a2.join("other.txt"), "Call Ana at 415-555-0199").unwrap();
    let both = json!({"grants": [format!("file://{}/", a.display()), format!("file://{}/", a2.display())]});
    assert_eq!(app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(both)).await.0, 200);
    let (s1, needs_a) = submit(&app, KEY_A, json!({"input_uri": file_uri(&a.join("mine.txt"))})).await;
    let (s2, needs_a2) = submit(&app, KEY_A, json!({"input_uri": file_uri(&a2.join("other.txt"))})).await;
    assert_eq!((s1, s2), (202, 202), "{needs_a} {needs_a2}");

    // The grant of `a/` is revoked while both jobs wait in the queue (no worker runs here).
    let only_a2 = json!({"grants": [format!("file://{}/", a2.display())]});
    assert_eq!(app.call(Method::PATCH, "/admin/tenants/tenant-a", Some(KEY_ADMIN), Some(only_a2)).await.0, 200);
    let job = |v: &Value| format!("/jobs/{}", v["id"].as_str().unwrap());
    let (_, stopped) = app.call(Method::GET, &job(&needs_a), Some(KEY_A), None).await;
    assert_eq!(stopped["status"], "failed", "{stopped}");
    assert_eq!(stopped["error_message"], pii_core::cancel::GRANT_REVOKED_MESSAGE);
    let (_, going) = app.call(Method::GET, &job(&needs_a2), Some(KEY_A), None).await;
    assert_eq!(going["status"], "queued", "a job the remaining grants cover goes on: {going}");

    // What a worker still reports for the stopped job is ignored.
    complete(&app, &needs_a, None).await;
    let (_, after) = app.call(Method::GET, &job(&needs_a), Some(KEY_A), None).await;
    assert_eq!(after["status"], "failed", "{after}");
}
