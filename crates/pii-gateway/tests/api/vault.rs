//! `pseudonymize` reversed through the tenant's vault: a `/redact` output restored by its owner and
//! by nobody else, a job's surrogates restored once its completion is applied (twice, as a
//! redelivery would), and gone with the job; nothing of the values in the database.

use pii_core::engine::vault::{Minted, PseudonymDeposit, VaultScope, pseudonym_lookup};
use pii_core::messages::StatusEvent;
use pii_core::policy::RedactionPolicy;
use pii_core::{EntityType, JobId, JobStatus, TenantId};
use reqwest::Method;
use serde_json::{Value, json};

use crate::*;

pub(crate) const TEXT: &str =
    "Patient Zephyrine Oakhollow (zephyrine.oakhollow@acme.de, card 4111 1111 1111 1111, phone +1 415-555-0142) saw Dr Quillon Marchbanks.";

pub(crate) fn body(scope: Option<&str>) -> Value {
    let mut b = json!({
        "text": TEXT,
        "deny_list": [{"value": "Zephyrine Oakhollow", "entity_type": "PERSON"}, {"value": "Quillon Marchbanks", "entity_type": "PERSON"}],
        "operators": {
            "PERSON": {"type": "pseudonymize"},
            "EMAIL_ADDRESS": {"type": "pseudonymize"},
            "CREDIT_CARD": {"type": "fpe"},
            "PHONE_NUMBER": {"type": "encrypt"}
        }
    });
    if let Some(s) = scope {
        b["pseudonym_scope"] = json!(s);
    }
    b
}

pub(crate) async fn redact(app: &TestApp, key: &str, body: Value) -> Value {
    let (status, resp) = app.call(Method::POST, "/redact", Some(key), Some(body)).await;
    assert_eq!(status, 200, "{resp}");
    resp
}

/// The deanonymize request for a `/redact` response: its surrogates, and the card `fpe` wrote (at
/// the card's offsets in the output: everything before it has the lengths of the output).
pub(crate) fn reversal(resp: &Value, with_scope: bool) -> Value {
    let text = resp["text"].as_str().unwrap();
    let card_at = text.find("card ").unwrap() + 5;
    let start = text[..card_at].chars().count();
    let mut req = json!({
        "text": text,
        "pseudonyms": resp["pseudonyms"],
        "fpe": [{"entity_type": "CREDIT_CARD", "start": start, "end": start + 19}],
    });
    if with_scope {
        req["pseudonym_scope"] = resp["pseudonym_scope"].clone();
    }
    req
}

pub(crate) async fn deanonymize(app: &TestApp, key: &str, req: Value) -> Value {
    let (status, back) = app.call(Method::POST, "/deanonymize", Some(key), Some(req)).await;
    assert_eq!(status, 200, "{back}");
    back
}

async fn the_owner_restores_every_operator_and_another_tenant_none(store: Store) {
    let app = spawn_app_on(store).await;
    let resp = redact(&app, KEY_A, body(None)).await;
    let out = resp["text"].as_str().unwrap();
    for original in ["Zephyrine", "Oakhollow", "Marchbanks", "4111 1111 1111 1111", "415-555-0142"] {
        assert!(!out.contains(original), "{original} survived: {out}");
    }
    // Three surrogates (two people, one address), where the output has them, in this call's scope.
    let spans = resp["pseudonyms"].as_array().unwrap();
    assert_eq!(spans.len(), 3, "{resp}");
    let chars: Vec<char> = out.chars().collect();
    let first: String = chars[spans[0]["start"].as_u64().unwrap() as usize..spans[0]["end"].as_u64().unwrap() as usize].iter().collect();
    assert_eq!(first.split(' ').count(), 2, "a surrogate name of two parts: {first}");
    assert_eq!(resp["pseudonym_scope"]["kind"], "call", "{resp}");

    // The owner gets the original back, all four values, with or without naming the scope.
    for with_scope in [true, false] {
        let back = deanonymize(&app, KEY_A, reversal(&resp, with_scope)).await;
        assert_eq!(back["text"], TEXT, "{back}");
        assert_eq!(back["restored"].as_array().unwrap().len(), 5, "{back}");
        assert!(back.get("not_restored").is_none(), "{back}");
    }

    // Another tenant, having redacted the same text itself, restores none of the owner's surrogates.
    let own = redact(&app, KEY_B, body(None)).await;
    assert_ne!(own["text"], resp["text"]);
    let mut req = reversal(&resp, true);
    req["fpe"] = json!([]);
    // The encrypt token would refuse the whole request for tenant-b: look at the surrogates alone.
    let (without_token, shifted) = without_first_token(req["text"].as_str().unwrap(), &req["pseudonyms"]);
    for scope in [Some(resp["pseudonym_scope"].clone()), None] {
        let mut other = json!({"text": without_token, "pseudonyms": shifted});
        if let Some(s) = scope {
            other["pseudonym_scope"] = s;
        }
        let back = deanonymize(&app, KEY_B, other).await;
        assert_eq!(back["text"], without_token.as_str(), "tenant-b restored something: {back}");
        assert_eq!(back["restored"], json!([]));
        assert_eq!(back["not_restored"].as_array().map(Vec::len), Some(3), "{back}");
        // The owner restores the very same request.
        let mut mine = json!({"text": without_token, "pseudonyms": shifted});
        mine["pseudonym_scope"] = resp["pseudonym_scope"].clone();
        let back = deanonymize(&app, KEY_A, mine).await;
        assert_eq!(back["restored"].as_array().map(Vec::len), Some(3), "{back}");
    }

    // Another call's scope does not answer for this one's surrogates.
    let second = redact(&app, KEY_A, body(None)).await;
    assert_ne!(second["pseudonym_scope"], resp["pseudonym_scope"]);
    let mut wrong = reversal(&resp, true);
    wrong["pseudonym_scope"] = second["pseudonym_scope"].clone();
    let back = deanonymize(&app, KEY_A, wrong).await;
    assert_eq!(back["not_restored"].as_array().map(Vec::len), Some(3), "{back}");

    // Bad spans are refused; an unknown scope kind too.
    for bad in [
        json!({"text": "abc", "pseudonyms": [{"entity_type": "PERSON", "start": 1, "end": 9}]}),
        json!({"text": "abcdef", "pseudonyms": [{"entity_type": "PERSON", "start": 0, "end": 3}, {"entity_type": "PERSON", "start": 2, "end": 4}]}),
        json!({"text": "abc", "pseudonyms": [{"entity_type": "PERSON", "start": 0, "end": 1}], "pseudonym_scope": {"kind": "planet"}}),
    ] {
        let (status, resp) = app.call(Method::POST, "/deanonymize", Some(KEY_A), Some(bad.clone())).await;
        assert!((400..500).contains(&status), "{bad}: {status} {resp}");
    }
}

#[tokio::test]
async fn the_owner_restores_every_operator_and_another_tenant_none_on_sqlite() {
    the_owner_restores_every_operator_and_another_tenant_none(Store::Sqlite).await;
}

#[tokio::test]
async fn the_owner_restores_every_operator_and_another_tenant_none_on_postgres() {
    the_owner_restores_every_operator_and_another_tenant_none(Store::Postgres).await;
}

#[tokio::test]
async fn tenant_scope_surrogates_are_restored_from_any_later_call_and_nothing_is_stored_in_clear() {
    let app = spawn_app().await;
    let first = redact(&app, KEY_A, body(Some("tenant"))).await;
    let second = redact(&app, KEY_A, body(Some("tenant"))).await;
    assert_eq!(first["text"], second["text"]);
    assert_eq!(first["pseudonym_scope"], json!({"kind": "tenant"}));
    let back = deanonymize(&app, KEY_A, reversal(&first, true)).await;
    assert_eq!(back["text"], TEXT);
    // A call without `pseudonymize` writes nothing to the vault and names no scope.
    let plain = redact(&app, KEY_A, json!({"text": TEXT})).await;
    assert!(plain.get("pseudonyms").is_none() && plain.get("pseudonym_scope").is_none(), "{plain}");
    // The database files hold neither the values nor the surrogates.
    let surrogates: Vec<String> = {
        let out: Vec<char> = first["text"].as_str().unwrap().chars().collect();
        first["pseudonyms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| out[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize].iter().collect())
            .collect()
    };
    let mut db_bytes = Vec::new();
    for entry in std::fs::read_dir(app.dir.path()).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name().unwrap().to_string_lossy().starts_with("api.db") {
            db_bytes.extend(std::fs::read(&p).unwrap());
        }
    }
    assert!(db_bytes.len() > 4096, "the database files were read");
    // One record per surrogate, however often written.
    let keys = tenant_keys(&app, KEY_A, "tenant-a").await;
    let lookups: Vec<Vec<u8>> = first["pseudonyms"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&surrogates)
        .map(|(s, text)| pseudonym_lookup(&keys, &EntityType::parse(s["entity_type"].as_str().unwrap()).unwrap(), text).unwrap())
        .collect();
    let t = TenantId::parse("tenant-a").unwrap();
    let found = app.state.db.run(move |c| pii_db::vault::find(c, &t, None, &lookups)).await.unwrap();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|r| r.scope == VaultScope::Tenant && !r.ambiguous));
    for secret in ["Oakhollow", "Marchbanks", "zephyrine.oakhollow"].iter().map(|s| s.to_string()).chain(surrogates) {
        assert!(!db_bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} is in the database");
    }
}

/// The keys of `tenant` (its key epoch read from a job's stored policy).
pub(crate) async fn tenant_keys(app: &TestApp, key: &str, tenant: &str) -> pii_core::engine::TenantKeys {
    let input = app.put_input("epoch.txt", b"nothing");
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(key), Some(json!({"input_uri": input}))).await;
    assert_eq!(status, 202, "{job}");
    let id: JobId = job["id"].as_str().unwrap().parse().unwrap();
    let t = TenantId::parse(tenant).unwrap();
    let scope = pii_db::jobs::Scope::of(&t);
    let rec = app.state.db.run(move |c| pii_db::jobs::get_job(c, id, &scope)).await.unwrap().unwrap();
    let policy: RedactionPolicy = rec.policy;
    app.state.master_key.tenant_keys(&t, &policy.key_epoch)
}

/// Completes `job` as the redactor would, carrying the sealed records of `pairs` (value, surrogate).
async fn complete_with(app: &TestApp, job: &str, tenant: &str, pairs: &[(&str, &str)]) {
    let id: JobId = job.parse().unwrap();
    let t = TenantId::parse(tenant).unwrap();
    let scope = pii_db::jobs::Scope::of(&t);
    let rec = app.state.db.run(move |c| pii_db::jobs::get_job(c, id, &scope)).await.unwrap().unwrap();
    let policy: RedactionPolicy = rec.policy;
    let keys = app.state.master_key.tenant_keys(&t, &policy.key_epoch);
    let minted: Vec<Minted> =
        pairs.iter().map(|(v, s)| Minted { entity_type: EntityType::PERSON, value: (*v).into(), surrogate: (*s).into() }).collect();
    let deposit = PseudonymDeposit::seal(&keys, VaultScope::Job(id), &minted).unwrap();
    let spec_like = |status, pct| StatusEvent::for_job(id, t.clone(), 1, status, pct);
    let done = StatusEvent { findings: Some(vec![]), pseudonyms: Some(deposit), ..spec_like(JobStatus::Completed, 100) };
    let events = vec![spec_like(JobStatus::Processing, 10), done];
    // Delivered, then delivered again.
    for _ in 0..2 {
        let events = events.clone();
        app.state.db.run(move |c| pii_db::jobs::apply_events(c, &events)).await.unwrap();
    }
}

#[tokio::test]
async fn a_jobs_surrogates_are_restored_once_it_completed_and_go_with_it() {
    let app = spawn_app().await;
    let input = app.put_input("p.txt", b"Anna Kowalski wrote.");
    let body = json!({"input_uri": input, "operators": {"PERSON": {"type": "pseudonymize"}}});
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(KEY_A), Some(body)).await;
    assert_eq!(status, 202, "{job}");
    let id = job["id"].as_str().unwrap().to_owned();
    let red = "Maria Lindqvist wrote.";
    let req = json!({"text": red, "pseudonyms": [{"entity_type": "PERSON", "start": 0, "end": 15}], "pseudonym_scope": {"kind": "job", "id": id}});
    // Before the job completed there is nothing to restore.
    assert_eq!(deanonymize(&app, KEY_A, req.clone()).await["text"], red);
    complete_with(&app, &id, "tenant-a", &[("Anna Kowalski", "Maria Lindqvist")]).await;
    let back = deanonymize(&app, KEY_A, req.clone()).await;
    assert_eq!(back["text"], "Anna Kowalski wrote.", "{back}");
    assert_eq!(back["restored"], json!([{"entity_type": "PERSON", "start": 0, "end": 13}]));
    // Another tenant naming the job restores nothing.
    assert_eq!(deanonymize(&app, KEY_B, req.clone()).await["text"], red);
    // Deleting the job deletes its records.
    let (status, _) = app.call(Method::DELETE, &format!("/jobs/{id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    let back = deanonymize(&app, KEY_A, req).await;
    assert_eq!(back["text"], red, "{back}");
    let any = json!({"text": red, "pseudonyms": [{"entity_type": "PERSON", "start": 0, "end": 15}]});
    assert_eq!(deanonymize(&app, KEY_A, any).await["text"], red);
}
