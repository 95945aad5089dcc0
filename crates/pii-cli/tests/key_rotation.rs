//! A tenant's keys rotated while its jobs wait in the queue, end to end on PostgreSQL and RabbitMQ
//! with separate worker processes: the job queued before the rotation still runs (its policy carries
//! the epoch it was sealed under), the job submitted after is sealed under the new generation and
//! runs too, both jobs' surrogates are the same (pseudonyms do not change with a rotation) and are
//! restored from the vault. With an output rotation (`{"outputs": true}`) in between, the job queued
//! before still gets the surrogates of its submission, the job after new ones, and both restore.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::Duration;

use common::*;
use reqwest::Method;
use serde_json::{Value, json};

const INPUT: &str = "Reporter: Zephyrine Oakhollow wrote to Quillon Marchbanks.\n";

/// Char spans of the two surrogates in an output of the shape of [`INPUT`].
fn surrogates(out: &str) -> Vec<Value> {
    let chars = |s: &str| s.chars().count();
    let first_end = out.find(" wrote to ").unwrap();
    let second = first_end + " wrote to ".len();
    let end = out.rfind(".\n").unwrap();
    vec![
        json!({"entity_type": "PERSON", "start": chars("Reporter: "), "end": chars(&out[..first_end])}),
        json!({"entity_type": "PERSON", "start": chars(&out[..second]), "end": chars(&out[..end])}),
    ]
}

/// The redaction options of every job and call here: the two names pseudonymized in the tenant scope.
fn options() -> Value {
    json!({
        "deny_list": [{"value": "Zephyrine Oakhollow", "entity_type": "PERSON"}, {"value": "Quillon Marchbanks", "entity_type": "PERSON"}],
        "operators": {"PERSON": {"type": "pseudonymize"}},
        "pseudonym_scope": "tenant",
    })
}

async fn submit(s: &Stack, name: &str) -> String {
    let mut body = options();
    body["input_uri"] = json!(s.put_input(name, INPUT.as_bytes()));
    s.submit(KEY_A, body).await["id"].as_str().unwrap().to_owned()
}

/// What `/redact` makes of [`INPUT`] with the tenant's current keys.
async fn redact_now(s: &Stack) -> String {
    let mut body = options();
    body["text"] = json!(INPUT);
    let (status, resp) = s.call(Method::POST, "/redact", Some(KEY_A), Some(body)).await;
    assert_eq!(status, 200, "{resp}");
    resp["text"].as_str().unwrap().to_owned()
}

async fn restores(s: &Stack, out: &str) {
    let req = json!({"text": out, "pseudonyms": surrogates(out), "pseudonym_scope": {"kind": "tenant"}});
    let (status, back) = s.call(Method::POST, "/deanonymize", Some(KEY_A), Some(req)).await;
    assert_eq!(status, 200, "{back}");
    assert_eq!(back["text"], INPUT, "{back}");
}

async fn output(s: &Stack, id: &str) -> String {
    let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(90)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let (status, _, bytes) = s.download(KEY_A, id).await;
    assert_eq!(status, 200);
    let out = String::from_utf8(bytes).unwrap();
    assert!(!out.contains("Oakhollow") && !out.contains("Marchbanks"), "the deny list was not applied: {out}");
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_queued_before_a_rotation_and_one_after_both_run_and_their_surrogates_restore() {
    let mut s = Stack::distributed();
    let scopes = "jobs:read+jobs:write+analyze+deanonymize";
    s.set_env("PII_REDACTOR_API_KEYS", &format!("tenant-a({scopes}):{KEY_A},*:{KEY_ADMIN}"));
    // No workers yet: the first job waits in the queue through the rotation.
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    let before = submit(&s, "before.txt").await;
    let (status, rotated) = s.call(Method::POST, "/admin/tenants/tenant-a/rotate-keys", Some(KEY_ADMIN), None).await;
    assert_eq!((status, &rotated["key_epoch"]), (200, &json!(1)), "{rotated}");
    let after = submit(&s, "after.txt").await;
    s.start("detector", "detector");
    s.start("redactor", "redactor");

    let (out_before, out_after) = (output(&s, &before).await, output(&s, &after).await);
    assert_eq!(out_before, out_after, "a rotation changes no pseudonym of the tenant scope");
    restores(&s, &out_before).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_queued_before_an_output_rotation_keeps_the_surrogates_of_its_submission_and_both_restore() {
    let mut s = Stack::distributed();
    let scopes = "jobs:read+jobs:write+analyze+deanonymize";
    s.set_env("PII_REDACTOR_API_KEYS", &format!("tenant-a({scopes}):{KEY_A},*:{KEY_ADMIN}"));
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    let (before, old_keys) = (submit(&s, "before.txt").await, redact_now(&s).await);
    let rotate = Some(json!({"outputs": true}));
    let (status, rotated) = s.call(Method::POST, "/admin/tenants/tenant-a/rotate-keys", Some(KEY_ADMIN), rotate).await;
    assert_eq!((status, &rotated["key_epoch"], &rotated["output_key_epoch"]), (200, &json!(1), &json!(1)), "{rotated}");
    let (after, new_keys) = (submit(&s, "after.txt").await, redact_now(&s).await);
    assert_ne!(old_keys, new_keys, "an output rotation changes the tenant's surrogates");
    s.start("detector", "detector");
    s.start("redactor", "redactor");

    // Both jobs run after the rotation, each with the output keys of its submission.
    let (out_before, out_after) = (output(&s, &before).await, output(&s, &after).await);
    assert_eq!(out_before, old_keys, "the job queued before the output rotation took the new keys");
    assert_eq!(out_after, new_keys);
    restores(&s, &out_before).await;
    restores(&s, &out_after).await;
}
