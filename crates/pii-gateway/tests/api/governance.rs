//! Key scopes and the audit trail: a key does only what its scopes allow (403 naming the scope
//! otherwise), and who did what shows in `/audit`, for the tenant its own and for the administrator
//! everyone's.

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

#[tokio::test]
async fn a_jobs_only_key_gets_403_on_analyze_and_deanonymize() {
    let app = spawn_app().await;
    assert_eq!(app.call(Method::GET, "/jobs", Some(KEY_C_JOBS), None).await.0, 200, "its own scope works");
    for (path, scope) in [("/analyze", "analyze"), ("/redact", "analyze"), ("/deanonymize", "deanonymize")] {
        let (status, body) = app.call(Method::POST, path, Some(KEY_C_JOBS), Some(json!({"text": "call 555-0100"}))).await;
        assert_eq!(status, 403, "{path}: {body}");
        let detail = body["detail"].as_str().unwrap();
        assert!(detail.contains(&format!("the {scope} scope")), "{path}: {detail}");
    }
    assert_eq!(app.call(Method::GET, "/audit", Some(KEY_C_JOBS), None).await.0, 403, "reading the trail needs admin");
    // Negative: a key with the scope is let through.
    assert_eq!(app.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": "call 555-0100"}))).await.0, 200);
    // The refusals are in the trail, with the missing scope as their target.
    let (_, trail) = app.call(Method::GET, "/audit?action=scope.denied&tenant_id=tenant-c", Some(KEY_ADMIN), None).await;
    let targets: Vec<&str> = trail.as_array().unwrap().iter().map(|e| e["target"].as_str().unwrap()).collect();
    assert_eq!(targets, ["admin", "deanonymize", "analyze", "analyze"], "{trail}");
    assert!(trail.as_array().unwrap().iter().all(|e| e["outcome"] == "denied"));
}

#[tokio::test]
async fn keys_are_created_with_their_scopes_and_list_them() {
    let app = spawn_app().await;
    let (status, created) =
        app.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a", "scopes": ["jobs:read"]}))).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["scopes"], json!(["jobs:read"]));
    let key = created["key"].as_str().unwrap();
    assert_eq!(app.call(Method::GET, "/jobs", Some(key), None).await.0, 200);
    let input = app.put_input("scoped.txt", b"hello");
    let (status, body) = app.call(Method::POST, "/redact/uri", Some(key), Some(json!({"input_uri": input}))).await;
    assert_eq!((status, body["detail"].as_str().unwrap()), (403, "this API key lacks the jobs:write scope"));
    // A key created without scopes gets every scope but deanonymize.
    let (_, default) = app.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a"}))).await;
    assert_eq!(default["scopes"], json!(["jobs:read", "jobs:write", "analyze", "admin"]));
    let (_, listed) = app.call(Method::GET, "/admin/keys?tenant_id=tenant-a", Some(KEY_ADMIN), None).await;
    let shown = listed.as_array().unwrap().iter().find(|k| k["id"] == created["id"]).unwrap();
    assert_eq!(shown["scopes"], json!(["jobs:read"]));
    assert!(shown.get("key").is_none(), "a listing never shows a key");
    // Negative: an unknown scope or an empty list is refused, and no key is made.
    for scopes in [json!(["jobs:read", "root"]), json!([])] {
        let (status, body) =
            app.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a", "scopes": scopes}))).await;
        assert_eq!(status, 422, "{body}");
    }
    let (_, after) = app.call(Method::GET, "/admin/keys?tenant_id=tenant-a", Some(KEY_ADMIN), None).await;
    assert_eq!(after.as_array().unwrap().len(), listed.as_array().unwrap().len());
    // Admin routes stay hidden from tenant keys, whatever their scopes.
    assert_eq!(app.call(Method::GET, "/admin/keys", Some(KEY_A), None).await.0, 404);
}

fn events<'a>(trail: &'a Value, action: &str) -> Vec<&'a Value> {
    trail.as_array().unwrap().iter().filter(|e| e["action"] == action).collect()
}

#[tokio::test]
async fn a_download_shows_in_audit_with_its_key_id() {
    let app = spawn_app().await;
    let (_, created) = app
        .call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a", "scopes": ["jobs:read", "jobs:write"]})))
        .await;
    let (key, key_id) = (created["key"].as_str().unwrap(), created["id"].as_str().unwrap());
    let input = app.put_input("report.txt", b"nothing personal");
    let output = app.dir.path().join("in").join("report.redacted.txt");
    let (status, job) = app
        .call(
            Method::POST,
            "/redact/uri",
            Some(key),
            Some(json!({"input_uri": input, "output_uri": format!("file://{}", output.display())})),
        )
        .await;
    assert_eq!(status, 202, "{job}");
    let job_id = job["id"].as_str().unwrap();
    std::fs::write(&output, "nothing personal").unwrap();
    crate::grants::complete(&app, &job, None).await;
    let resp = app.client.get(format!("{}/jobs/{job_id}/download", app.base)).header("X-API-Key", key).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);

    let (status, trail) = app.call(Method::GET, "/audit?action=job.download", Some(KEY_A), None).await;
    assert_eq!(status, 200, "{trail}");
    let downloads = events(&trail, "job.download");
    assert_eq!(downloads.len(), 1, "{trail}");
    let d = downloads[0];
    assert_eq!((d["key_id"].as_str(), d["tenant_id"].as_str(), d["target"].as_str()), (Some(key_id), Some("tenant-a"), Some(job_id)));
    assert_eq!(d["outcome"], "success");
    // The creation is there too, by the same key; nothing in the trail holds the input's location.
    let (_, all) = app.call(Method::GET, "/audit", Some(KEY_A), None).await;
    assert_eq!(events(&all, "job.create")[0]["key_id"].as_str(), Some(key_id));
    assert!(!all.to_string().contains("report"), "{all}");
    // The administrator sees it; another tenant does not, even when it asks for tenant-a's.
    let (_, admin) = app.call(Method::GET, "/audit?tenant_id=tenant-a&action=job.download", Some(KEY_ADMIN), None).await;
    assert_eq!(events(&admin, "job.download").len(), 1);
    for q in ["/audit", "/audit?tenant_id=tenant-a"] {
        let (_, other) = app.call(Method::GET, q, Some(KEY_B), None).await;
        assert!(events(&other, "job.download").is_empty(), "{q}: {other}");
    }
    // A time window after the download holds nothing; a bad filter is refused.
    let later =
        (time::OffsetDateTime::now_utc() + time::Duration::minutes(1)).format(&time::format_description::well_known::Rfc3339).unwrap();
    let (_, none) = app.call(Method::GET, &format!("/audit?since={later}"), Some(KEY_A), None).await;
    assert_eq!(none, json!([]));
    assert_eq!(app.call(Method::GET, "/audit?action=job.steal", Some(KEY_A), None).await.0, 422);
    assert_eq!(app.call(Method::GET, "/audit?since=yesterday", Some(KEY_A), None).await.0, 422);
    // Paging: one event per page, newest first.
    let (_, first) = app.call(Method::GET, "/audit?limit=1", Some(KEY_A), None).await;
    let (_, second) = app.call(Method::GET, "/audit?limit=1&offset=1", Some(KEY_A), None).await;
    assert_eq!(first[0]["action"], "job.download");
    assert_eq!(second[0]["action"], "job.create");
}
