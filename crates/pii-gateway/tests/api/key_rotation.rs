//! Per-tenant key rotation (`POST /admin/tenants/{id}/rotate-keys`) and what a tenant created again
//! under a deleted one's id may not inherit: its callback signing secret, its sealed policies.
//!
//! After a rotation the signing secret is new, the policies queued and stored before still open
//! (they carry their epoch), new ones are sealed under the new generation, vault records from before
//! still restore, and the tenant's outputs (pseudonyms, `fpe`, `encrypt`) are the same as before.

use pii_core::engine::vault::pseudonym_lookup;
use pii_core::policy::RedactionPolicy;
use pii_core::{EntityType, JobId, TenantId};
use reqwest::Method;
use serde_json::{Value, json};

use crate::vault::{TEXT, body, deanonymize, redact, reversal};
use crate::*;

/// Submits a job with a deny list for `key` and returns its policy as stored (sealed).
pub(crate) async fn stored_policy(app: &TestApp, key: &str, tenant: &str) -> RedactionPolicy {
    let input = app.put_input("rot.txt", b"nothing");
    let req = json!({"input_uri": input, "deny_list": [{"value": "Zephyrine Oakhollow", "entity_type": "PERSON"}]});
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(key), Some(req)).await;
    assert_eq!(status, 202, "{job}");
    let id: JobId = job["id"].as_str().unwrap().parse().unwrap();
    let scope = pii_db::jobs::Scope::of(&TenantId::parse(tenant).unwrap());
    let rec = app.state.db.run(move |c| pii_db::jobs::get_job(c, id, &scope)).await.unwrap().unwrap();
    let policy: RedactionPolicy = rec.policy;
    assert!(policy.sealed.is_some() && policy.deny_list.is_empty(), "the deny list is sealed");
    policy
}

/// Opens `policy` as a worker does: with the keys of the epoch it carries.
fn opens(app: &TestApp, policy: &RedactionPolicy, keys_of: &RedactionPolicy) -> bool {
    let t = TenantId::parse("tenant-a").unwrap();
    policy.unseal(&app.state.master_key.tenant_keys(&t, &keys_of.key_epoch)).is_ok_and(|p| p.deny_list.len() == 1)
}

async fn me(app: &TestApp, key: &str) -> Value {
    let (status, me) = app.call(Method::GET, "/tenant", Some(key), None).await;
    assert_eq!(status, 200, "{me}");
    me
}

/// The surrogate texts of a `/redact` response.
fn surrogates(resp: &Value) -> Vec<String> {
    let chars: Vec<char> = resp["text"].as_str().unwrap().chars().collect();
    let span = |s: &Value| chars[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize].iter().collect();
    resp["pseudonyms"].as_array().unwrap().iter().map(span).collect()
}

async fn rotating_keeps_what_was_sealed_and_seals_anew(app: TestApp) {
    let before = me(&app, KEY_A).await;
    assert_eq!(before["key_epoch"], 0);
    let old_policy = stored_policy(&app, KEY_A, "tenant-a").await;
    let old_out = redact(&app, KEY_A, body(Some("tenant"))).await;

    // Only an administrator rotates, only an existing tenant.
    let path = "/admin/tenants/tenant-a/rotate-keys";
    let (status, _) = app.call(Method::POST, path, Some(KEY_A), None).await;
    assert_eq!(status, 404);
    let (status, _) = app.call(Method::POST, "/admin/tenants/nobody/rotate-keys", Some(KEY_ADMIN), None).await;
    assert_eq!(status, 404);
    let (status, rotated) = app.call(Method::POST, path, Some(KEY_ADMIN), None).await;
    assert_eq!((status, &rotated["tenant_id"], &rotated["key_epoch"]), (200, &json!("tenant-a"), &json!(1)), "{rotated}");
    let (_, trail) = app.call(Method::GET, "/audit?action=tenant.rotate_keys", Some(KEY_ADMIN), None).await;
    assert_eq!((&trail[0]["target"], &trail[0]["outcome"]), (&json!("tenant-a"), &json!("success")), "{trail}");

    // The signing secret moved; another tenant's did not.
    let after = me(&app, KEY_A).await;
    assert_eq!(after["key_epoch"], 1);
    assert_ne!(after["callback_signing_secret"], before["callback_signing_secret"]);
    let (_, b) = app.call(Method::GET, "/tenant", Some(KEY_B), None).await;
    assert_eq!(b["key_epoch"], 0);

    // New policies are sealed under the new generation; the old one still opens with its own.
    let new_policy = stored_policy(&app, KEY_A, "tenant-a").await;
    assert_eq!((old_policy.key_epoch.generation(), new_policy.key_epoch.generation()), (0, 1));
    assert_eq!(old_policy.key_epoch.salt(), new_policy.key_epoch.salt());
    assert!(opens(&app, &old_policy, &old_policy) && opens(&app, &new_policy, &new_policy));
    assert!(!opens(&app, &old_policy, &new_policy) && !opens(&app, &new_policy, &old_policy), "each only under its generation");

    // The vault records from before restore, and the outputs are the same (tenant scope).
    let back = deanonymize(&app, KEY_A, reversal(&old_out, true)).await;
    assert_eq!(back["text"], TEXT, "{back}");
    let again = redact(&app, KEY_A, body(Some("tenant"))).await;
    assert_eq!(again["text"], old_out["text"], "pseudonyms, fpe and encrypt do not change with a rotation");

    // A value first seen after the rotation gets a record of the new generation, which restores.
    let text = "Patient Olwen Brightwater saw Dr Tamsin Errowgate.";
    let req = json!({"text": text, "deny_list": [{"value": "Olwen Brightwater", "entity_type": "PERSON"}, {"value": "Tamsin Errowgate", "entity_type": "PERSON"}],
        "operators": {"PERSON": {"type": "pseudonymize"}}, "pseudonym_scope": "tenant"});
    let fresh = redact(&app, KEY_A, req).await;
    let names = surrogates(&fresh);
    assert_eq!(names.len(), 2, "{fresh}");
    let keys = app.state.master_key.tenant_keys(&TenantId::parse("tenant-a").unwrap(), &new_policy.key_epoch);
    let lookups: Vec<Vec<u8>> = names.iter().map(|n| pseudonym_lookup(&keys, &EntityType::PERSON, n).unwrap()).collect();
    let t = TenantId::parse("tenant-a").unwrap();
    let found = app.state.db.run(move |c| pii_db::vault::find(c, &t, None, &lookups)).await.unwrap();
    assert!(found.len() == 2 && found.iter().all(|r| r.record.key_generation == 1), "{found:?}");
    let req = json!({"text": fresh["text"], "pseudonyms": fresh["pseudonyms"]});
    assert_eq!(deanonymize(&app, KEY_A, req).await["text"], text);
}

#[tokio::test]
async fn rotating_a_tenants_keys_keeps_what_was_sealed_and_seals_anew_on_sqlite() {
    rotating_keeps_what_was_sealed_and_seals_anew(spawn_app().await).await;
}

#[tokio::test]
async fn rotating_a_tenants_keys_keeps_what_was_sealed_and_seals_anew_on_postgres() {
    rotating_keeps_what_was_sealed_and_seals_anew(spawn_app_on_postgres().await).await;
}

#[tokio::test]
async fn a_tenant_created_again_gets_another_callback_secret_and_cannot_open_the_old_ones_policies() {
    let app = spawn_app().await;
    let old_secret = me(&app, KEY_A).await["callback_signing_secret"].clone();
    let old_policy = stored_policy(&app, KEY_A, "tenant-a").await;

    let (status, gone) = app.call(Method::DELETE, "/admin/tenants/tenant-a", Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200, "{gone}");
    let grant = format!("file://{}/in/", app.dir.path().display());
    let req = json!({"tenant_id": "tenant-a", "grants": [grant]});
    let (status, made) = app.call(Method::POST, "/admin/tenants", Some(KEY_ADMIN), Some(req)).await;
    assert_eq!((status, &made["key_epoch"]), (201, &json!(0)), "{made}");
    let scopes = json!(["jobs:read", "jobs:write"]);
    let (status, key) =
        app.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "tenant-a", "scopes": scopes}))).await;
    assert_eq!(status, 201, "{key}");
    let new_key = key["key"].as_str().unwrap().to_owned();

    assert_ne!(me(&app, &new_key).await["callback_signing_secret"], old_secret, "the new tenant could sign as the old one");
    let new_policy = stored_policy(&app, &new_key, "tenant-a").await;
    assert_ne!(new_policy.key_epoch.salt(), old_policy.key_epoch.salt());
    assert!(opens(&app, &new_policy, &new_policy));
    assert!(!opens(&app, &old_policy, &new_policy), "the new tenant's keys open the old one's policy");
}
