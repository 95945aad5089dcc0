//! Every route, with no key (401) and with another tenant's key (404, as if nothing existed).

use reqwest::Method;
use serde_json::json;

use crate::*;

#[tokio::test]
async fn every_route_refuses_a_missing_key_and_hides_other_tenants_data() {
    let app = spawn_app().await;
    let uri = app.put_input("a.txt", b"mail me at a@example.com");
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(KEY_A), Some(json!({"input_uri": uri}))).await;
    assert_eq!(status, 202, "{job}");
    let job_id = job["id"].as_str().unwrap().to_owned();
    let (status, batch) = app.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": [{"input_uri": uri}]}))).await;
    assert_eq!(status, 202, "{batch}");
    let batch_id = batch["batch_id"].as_str().unwrap().to_owned();

    let owned: Vec<(Method, String)> = vec![
        (Method::GET, format!("/jobs/{job_id}")),
        (Method::GET, format!("/jobs/{job_id}/download")),
        (Method::POST, format!("/jobs/{job_id}/retry")),
        (Method::DELETE, format!("/jobs/{job_id}")),
        (Method::GET, format!("/batches/{batch_id}")),
    ];
    for (m, p) in &owned {
        let (status, body) = app.call(m.clone(), p, None, None).await;
        assert_eq!(status, 401, "{m} {p} without a key: {body}");
        assert!(body["detail"].is_string());
        let (status, body) = app.call(m.clone(), p, Some("pk_unknown_key_99"), None).await;
        assert_eq!(status, 401, "{m} {p} with an unknown key: {body}");
        let (status, body) = app.call(m.clone(), p, Some(KEY_B), None).await;
        assert_eq!(status, 404, "{m} {p} with another tenant's key: {body}");
        assert!(body["detail"].is_string());
    }
    let open: Vec<(Method, &str)> = vec![
        (Method::GET, "/jobs"),
        (Method::POST, "/redact/uri"),
        (Method::POST, "/redact/batch"),
        (Method::POST, "/analyze"),
        (Method::POST, "/deanonymize"),
        (Method::POST, "/redact"),
        (Method::GET, "/tenant"),
        (Method::GET, "/admin/tenants"),
        (Method::POST, "/admin/tenants"),
        (Method::GET, "/admin/keys"),
        (Method::POST, "/admin/keys"),
    ];
    for (m, p) in &open {
        let (status, _) = app.call(m.clone(), p, None, Some(json!({}))).await;
        assert_eq!(status, 401, "{m} {p} without a key");
    }
    for (m, p) in [
        (Method::GET, "/admin/tenants"),
        (Method::POST, "/admin/keys"),
        (Method::DELETE, "/admin/keys/key_x"),
        (Method::PATCH, "/admin/tenants/tenant-a"),
    ] {
        let (status, _) = app.call(m.clone(), p, Some(KEY_A), Some(json!({"tenant_id": "tenant-a"}))).await;
        assert_eq!(status, 404, "an admin route refuses a tenant key: {m} {p}");
    }
    // Listing: nothing of tenant-a shows for tenant-b, even when asked by tenant_id.
    let (_, list) = app.call(Method::GET, "/jobs?tenant_id=tenant-a", Some(KEY_B), None).await;
    assert_eq!(list, json!([]));
    let (_, list) = app.call(Method::GET, &format!("/jobs?batch_id={batch_id}"), Some(KEY_B), None).await;
    assert_eq!(list, json!([]));
    // The owner and the administrator do see it.
    let (status, _) = app.call(Method::GET, &format!("/jobs/{job_id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    let (status, _) = app.call(Method::GET, &format!("/jobs/{job_id}"), Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200);
    let (_, list) = app.call(Method::GET, "/jobs?tenant_id=tenant-a&limit=100", Some(KEY_ADMIN), None).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    // Health probes and the API document need no key.
    for p in ["/healthz", "/readyz", "/openapi.json"] {
        let (status, _) = app.call(Method::GET, p, None, None).await;
        assert_eq!(status, 200, "{p}");
    }
    let (status, body) = app.call(Method::GET, "/no/such/route", Some(KEY_A), None).await;
    assert_eq!(status, 404);
    assert!(body["detail"].is_string());
}
