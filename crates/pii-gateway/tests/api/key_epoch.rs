//! A tenant deleted and created again under the same id starts with new secrets: what the old
//! tenant encrypted (`fpe`) does not come back for the new one, and its `hash` values differ.

use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

const TEXT: &str = "card 4111 1111 1111 1111";

/// Redacts `TEXT` with `operator` for `key`; the redacted text and the findings' spans.
async fn redact(app: &TestApp, key: &str, operator: &str) -> (String, Vec<Value>) {
    let body = json!({"text": TEXT, "operators": {"DEFAULT": {"type": operator}}});
    let (status, resp) = app.call(Method::POST, "/redact", Some(key), Some(body)).await;
    assert_eq!(status, 200, "{resp}");
    let spans = resp["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| json!({"entity_type": f["entity_type"], "start": f["start"], "end": f["end"]}))
        .collect();
    (resp["text"].as_str().unwrap().to_owned(), spans)
}

#[tokio::test]
async fn a_tenant_created_again_under_a_deleted_ones_id_gets_new_secrets() {
    let app = spawn_app().await;
    let (fpe, spans) = redact(&app, KEY_A, "fpe").await;
    let (hashed, _) = redact(&app, KEY_A, "hash").await;
    let (status, back) = app.call(Method::POST, "/deanonymize", Some(KEY_A), Some(json!({"text": fpe, "fpe": spans}))).await;
    assert_eq!((status, back["text"].as_str()), (200, Some(TEXT)), "{back}");

    let (status, gone) = app.call(Method::DELETE, "/admin/tenants/tenant-a", Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200, "{gone}");
    let (status, made) = app.call(Method::POST, "/admin/tenants", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a"}))).await;
    assert_eq!(status, 201, "{made}");
    let scopes = json!(["jobs:read", "jobs:write", "analyze", "deanonymize"]);
    let (status, key) =
        app.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a", "scopes": scopes}))).await;
    assert_eq!(status, 201, "{key}");
    let new_key = key["key"].as_str().unwrap().to_owned();

    // The new tenant a cannot restore the old one's values, and hashes the same value otherwise.
    let (status, back) = app.call(Method::POST, "/deanonymize", Some(&new_key), Some(json!({"text": fpe, "fpe": spans}))).await;
    assert_eq!(status, 200, "{back}");
    assert_ne!(back["text"].as_str(), Some(TEXT), "the old tenant's values came back");
    assert_ne!(redact(&app, &new_key, "hash").await.0, hashed);
    // Its own values it restores as before.
    let (fpe2, spans2) = redact(&app, &new_key, "fpe").await;
    let (status, back) = app.call(Method::POST, "/deanonymize", Some(&new_key), Some(json!({"text": fpe2, "fpe": spans2}))).await;
    assert_eq!((status, back["text"].as_str()), (200, Some(TEXT)), "{back}");
}
