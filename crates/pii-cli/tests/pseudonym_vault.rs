//! A job's `pseudonymize` surrogates reversed end to end: the real redactor seals them into its
//! completed event, the gateway keeps them in the tenant's vault, `POST /deanonymize` restores them
//! for the owner only, and deleting the job takes them away. Embedded (SQLite, in-process queue) and
//! distributed (PostgreSQL, RabbitMQ, separate processes).
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::Duration;

use common::*;
use reqwest::Method;
use serde_json::{Value, json};

const INPUT: &str = "Reporter: Zephyrine Oakhollow (zephyrine.oakhollow@acme.de) wrote to Quillon Marchbanks.\n";

/// Keys that may reverse values (no key may by default).
fn keys_with_deanonymize(s: &mut Stack) {
    let scopes = "jobs:read+jobs:write+analyze+deanonymize";
    s.set_env("PII_REDACTOR_API_KEYS", &format!("tenant-a({scopes}):{KEY_A},tenant-b({scopes}):{KEY_B},*:{KEY_ADMIN}"));
}

/// Char spans of the three surrogates in an output of the shape of [`INPUT`].
fn surrogates(out: &str) -> Vec<Value> {
    let chars = |s: &str| s.chars().count();
    let name_start = chars("Reporter: ");
    let open = out.find(" (").unwrap();
    let close = out.find(") wrote to ").unwrap();
    let end = out.rfind(".\n").unwrap();
    let second = close + ") wrote to ".len();
    vec![
        json!({"entity_type": "PERSON", "start": name_start, "end": chars(&out[..open])}),
        json!({"entity_type": "EMAIL_ADDRESS", "start": chars(&out[..open + 2]), "end": chars(&out[..close])}),
        json!({"entity_type": "PERSON", "start": chars(&out[..second]), "end": chars(&out[..end])}),
    ]
}

async fn a_jobs_surrogates_are_restored_by_its_tenant_until_it_is_deleted(s: &Stack) {
    let uri = s.put_input("vault.txt", INPUT.as_bytes());
    let body = json!({
        "input_uri": uri,
        "deny_list": [{"value": "Zephyrine Oakhollow", "entity_type": "PERSON"}, {"value": "Quillon Marchbanks", "entity_type": "PERSON"}],
        "operators": {"PERSON": {"type": "pseudonymize"}, "EMAIL_ADDRESS": {"type": "pseudonymize"}},
    });
    let id = s.submit(KEY_A, body).await["id"].as_str().unwrap().to_owned();
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let (status, _, bytes) = s.download(KEY_A, &id).await;
    assert_eq!(status, 200);
    let out = String::from_utf8(bytes).unwrap();
    for v in ["Zephyrine", "Oakhollow", "Marchbanks"] {
        assert!(!out.contains(v), "{v} survived: {out}");
    }
    let spans = surrogates(&out);
    let scope = json!({"kind": "job", "id": id});
    let req = |scope: Option<&Value>| {
        let mut r = json!({"text": out, "pseudonyms": spans});
        if let Some(sc) = scope {
            r["pseudonym_scope"] = sc.clone();
        }
        r
    };
    for named in [Some(&scope), None] {
        let (status, back) = s.call(Method::POST, "/deanonymize", Some(KEY_A), Some(req(named))).await;
        assert_eq!(status, 200, "{back}");
        assert_eq!(back["text"], INPUT, "{back}");
        assert_eq!(back["restored"].as_array().map(Vec::len), Some(3), "{back}");
    }
    let (status, other) = s.call(Method::POST, "/deanonymize", Some(KEY_B), Some(req(Some(&scope)))).await;
    assert_eq!(status, 200, "{other}");
    assert_eq!(other["text"], out.as_str(), "another tenant restored something: {other}");
    assert_eq!(other["not_restored"].as_array().map(Vec::len), Some(3), "{other}");

    let (status, _) = s.call(Method::DELETE, &format!("/jobs/{id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    let (status, gone) = s.call(Method::POST, "/deanonymize", Some(KEY_A), Some(req(None))).await;
    assert_eq!(status, 200, "{gone}");
    assert_eq!(gone["text"], out.as_str(), "the deleted job's surrogates were restored: {gone}");
}

#[tokio::test(flavor = "multi_thread")]
async fn embedded_a_jobs_surrogates_are_restored_by_its_tenant_until_it_is_deleted() {
    let mut s = Stack::embedded();
    keys_with_deanonymize(&mut s);
    s.start("serve", "serve");
    s.wait_healthy().await;
    a_jobs_surrogates_are_restored_by_its_tenant_until_it_is_deleted(&s).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn distributed_a_jobs_surrogates_are_restored_by_its_tenant_until_it_is_deleted() {
    let mut s = Stack::distributed();
    keys_with_deanonymize(&mut s);
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    a_jobs_surrogates_are_restored_by_its_tenant_until_it_is_deleted(&s).await;
}
