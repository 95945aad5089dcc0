//! The `language` field of every request that carries a policy: `auto` or one of the seven codes;
//! anything else is a 422 with the API's `{"detail"}` body, before any job is made.

use reqwest::Method;
use serde_json::json;

use crate::*;

#[tokio::test]
async fn analyze_and_redact_accept_auto_and_the_seven_codes() {
    let app = spawn_app().await;
    for language in ["auto", "en", "fr", "de", "es", "it", "nl", "pt"] {
        for path in ["/analyze", "/redact"] {
            let body = json!({"text": "Téléphone : 01 47 46 91 70", "language": language});
            let (status, resp) = app.call(Method::POST, path, Some(KEY_A), Some(body)).await;
            assert_eq!(status, 200, "{path} {language}: {resp}");
        }
    }
}

#[tokio::test]
async fn an_unknown_language_is_a_422_on_every_endpoint_with_a_policy() {
    let app = spawn_app().await;
    let uri = format!("file://{}/in/a.txt", app.dir.path().display());
    std::fs::write(app.dir.path().join("in/a.txt"), "hello").unwrap();
    let requests = [
        ("/analyze", json!({"text": "x", "language": "xx"})),
        ("/redact", json!({"text": "x", "language": "EN"})),
        ("/redact/uri", json!({"input_uri": uri, "language": "pl"})),
        ("/redact/batch", json!({"items": [{"input_uri": uri}], "language": "english"})),
    ];
    for (path, body) in requests {
        let (status, resp) = app.call(Method::POST, path, Some(KEY_A), Some(body)).await;
        assert_eq!(status, 422, "{path}: {resp}");
        let detail = resp["detail"].as_str().unwrap_or_default();
        assert!(detail.contains("unknown language"), "{path}: {detail}");
    }
    let (status, jobs) = app.call(Method::GET, "/jobs", Some(KEY_A), None).await;
    assert_eq!(status, 200);
    assert_eq!(jobs.as_array().map(Vec::len), Some(0), "no job was made: {jobs}");
}
