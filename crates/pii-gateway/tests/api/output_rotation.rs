//! The opt-in rotation of a tenant's output keys (`POST /admin/tenants/{id}/rotate-keys` with
//! `{"outputs": true}`): after it the same value hashes differently, an `encrypt` token made before no
//! longer decrypts (a leaked output key stops working) while a new one does, pseudonym vault records
//! made before still restore, and no other tenant's outputs move. The body is read for
//! administrators only and refused when it names anything else.

use reqwest::Method;
use serde_json::{Value, json};

use crate::key_rotation::stored_policy;
use crate::vault::{TEXT, body, deanonymize, redact, reversal};
use crate::*;

const PATH: &str = "/admin/tenants/tenant-a/rotate-keys";

/// `TEXT` with every value hashed, for `key`.
async fn hashed(app: &TestApp, key: &str) -> Value {
    let req = json!({"text": TEXT, "operators": {"DEFAULT": {"type": "hash"}}});
    redact(app, key, req).await["text"].clone()
}

/// The `encrypt` token in a `/redact` output of `body`.
fn token(resp: &Value) -> String {
    let text = resp["text"].as_str().unwrap();
    let at = text.find("[[pii:").unwrap();
    let end = text[at..].find("]]").unwrap() + at + 2;
    text[at..end].to_owned()
}

/// The body as raw bytes, for what `call` cannot send.
async fn post_raw(app: &TestApp, key: &str, body: &'static str) -> u16 {
    let url = format!("{}{PATH}", app.base);
    let resp = app.client.post(url).header("X-API-Key", key).header("Content-Type", "application/json").body(body).send().await.unwrap();
    resp.status().as_u16()
}

async fn rotate(app: &TestApp, body: Option<Value>) -> Value {
    let (status, rotated) = app.call(Method::POST, PATH, Some(KEY_ADMIN), body).await;
    assert_eq!(status, 200, "{rotated}");
    rotated
}

async fn rotating_the_outputs_moves_them_for_that_tenant_only(app: TestApp) {
    let (hash_a, hash_b) = (hashed(&app, KEY_A).await, hashed(&app, KEY_B).await);
    let old_out = redact(&app, KEY_A, body(Some("tenant"))).await;
    let old_token = token(&old_out);
    let queued_before = stored_policy(&app, KEY_A, "tenant-a").await;

    // Only an administrator's body is read; a body that names anything else is refused.
    for bad in ["{\"outputs\": tru", "[]"] {
        assert_eq!(post_raw(&app, KEY_A, bad).await, 404, "a tenant key learns nothing of the route: {bad}");
    }
    let (status, _) = app.call(Method::POST, PATH, Some(KEY_A), Some(json!({"outputs": true}))).await;
    assert_eq!(status, 404);
    assert_eq!(post_raw(&app, KEY_ADMIN, "{\"outputs\": tru").await, 400);
    for bad in [json!({"output": true}), json!({"outputs": "yes"}), json!([true]), json!(true)] {
        let (status, resp) = app.call(Method::POST, PATH, Some(KEY_ADMIN), Some(bad.clone())).await;
        assert_eq!(status, 422, "{bad}: {resp}");
    }
    let me = app.call(Method::GET, "/tenant", Some(KEY_A), None).await.1;
    assert_eq!((&me["key_epoch"], &me["output_key_epoch"]), (&json!(0), &json!(0)), "refused bodies rotated nothing: {me}");

    // `{}`, `{"outputs": false}` and `null` rotate as no body does: the outputs stay.
    for plain in [json!({}), json!({"outputs": false}), Value::Null] {
        let rotated = rotate(&app, Some(plain)).await;
        assert_eq!(rotated["output_key_epoch"], 0, "{rotated}");
    }
    assert_eq!(hashed(&app, KEY_A).await, hash_a);
    assert_eq!(deanonymize(&app, KEY_A, json!({"text": old_token})).await["text"], "+1 415-555-0142");

    let rotated = rotate(&app, Some(json!({"outputs": true}))).await;
    assert_eq!(
        (&rotated["tenant_id"], &rotated["key_epoch"], &rotated["output_key_epoch"]),
        (&json!("tenant-a"), &json!(4), &json!(1)),
        "{rotated}"
    );
    let (_, trail) = app.call(Method::GET, "/audit?action=tenant.rotate_output_keys", Some(KEY_ADMIN), None).await;
    assert_eq!(trail.as_array().map(Vec::len), Some(1), "{trail}");
    assert_eq!((&trail[0]["target"], &trail[0]["outcome"]), (&json!("tenant-a"), &json!("success")), "{trail}");
    let me = app.call(Method::GET, "/tenant", Some(KEY_A), None).await.1;
    assert_eq!((&me["key_epoch"], &me["output_key_epoch"]), (&json!(4), &json!(1)), "{me}");

    // A job submitted before keeps the epoch (and so the output keys) of its submission.
    let queued_after = stored_policy(&app, KEY_A, "tenant-a").await;
    assert_eq!((queued_before.key_epoch.generation(), queued_before.key_epoch.output_generation()), (0, 0));
    assert_eq!(queued_after.key_epoch, queued_before.key_epoch.at_generation(4).at_output_generation(1));
    let t = pii_core::TenantId::parse("tenant-a").unwrap();
    let (before_keys, after_keys) =
        (app.state.master_key.tenant_keys(&t, &queued_before.key_epoch), app.state.master_key.tenant_keys(&t, &queued_after.key_epoch));
    assert_ne!(before_keys.encryption_key, after_keys.encryption_key);

    // The same value hashes differently; the old token no longer decrypts, a new one does.
    assert_ne!(hashed(&app, KEY_A).await, hash_a, "the hash key did not move");
    let (status, refused) = app.call(Method::POST, "/deanonymize", Some(KEY_A), Some(json!({"text": old_token}))).await;
    assert_eq!(status, 422, "a token made before the output rotation still decrypts: {refused}");
    assert!(refused["detail"].as_str().unwrap().contains("does not authenticate"), "{refused}");
    let new_out = redact(&app, KEY_A, body(Some("tenant"))).await;
    assert_ne!(token(&new_out), old_token);
    assert_ne!(new_out["text"], old_out["text"], "pseudonyms and fpe move with the outputs");
    let back = deanonymize(&app, KEY_A, reversal(&new_out, true)).await;
    assert_eq!(back["text"], TEXT, "{back}");

    // The surrogates made before still restore from the vault (the encrypt token left out).
    let mut old = reversal(&old_out, true);
    old["fpe"] = json!([]);
    let (text, shifted) = without_first_token(old["text"].as_str().unwrap(), &old["pseudonyms"]);
    let back = deanonymize(&app, KEY_A, json!({"text": text, "pseudonyms": shifted, "pseudonym_scope": old_out["pseudonym_scope"]})).await;
    assert_eq!(back["restored"].as_array().map(Vec::len), Some(3), "the surrogates made before no longer restore: {back}");
    assert!(back.get("not_restored").is_none(), "{back}");

    // Another tenant is untouched.
    assert_eq!(hashed(&app, KEY_B).await, hash_b);
    let b = app.call(Method::GET, "/tenant", Some(KEY_B), None).await.1;
    assert_eq!((&b["key_epoch"], &b["output_key_epoch"]), (&json!(0), &json!(0)), "{b}");
}

#[tokio::test]
async fn rotating_a_tenants_output_keys_moves_its_outputs_only_and_keeps_its_vault_on_sqlite() {
    rotating_the_outputs_moves_them_for_that_tenant_only(spawn_app().await).await;
}

#[tokio::test]
async fn rotating_a_tenants_output_keys_moves_its_outputs_only_and_keeps_its_vault_on_postgres() {
    rotating_the_outputs_moves_them_for_that_tenant_only(spawn_app_on_postgres().await).await;
}
