//! Per-tenant key epochs in the store, on both backends: a tenant's salt is drawn when its row is
//! created (so an id given again gets another), its generation advances only by a rotation (which
//! moves the authentication epoch so gateways pick it up), its output generation only by a rotation
//! that asks for it, and a vault record keeps the generation it was sealed under, so it still opens
//! after a rotation.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::engine::vault::{Minted, PseudonymDeposit, VaultScope, open_pseudonym, pseudonym_lookup};
use pii_core::engine::{AtRestKey, TenantKeys};
use pii_core::{EntityType, KeyEpoch};
use pii_db::keys::Rotation;
use pii_db::{Db, keys, purge, vault};

mod common;

use common::{Backend, postgres, sqlite, tenant};

/// The tenant's keys at `generation`, as `MasterKey::tenant_keys` gives them: the output keys do not
/// move with the generation, the key at rest does.
fn keys_at(generation: u32) -> TenantKeys {
    TenantKeys {
        hash_salt: [1; 32],
        encryption_key: [2; 32],
        vault_index: [2; 32],
        at_rest: AtRestKey { key: [3u8.wrapping_add(generation as u8); 32], generation },
        scope: Default::default(),
    }
}

async fn epoch_of(db: &Db, t: &str) -> Option<KeyEpoch> {
    let t = tenant(t);
    db.run(move |c| keys::key_epoch_of(c, &t)).await.unwrap()
}

async fn keep(db: &Db, k: &TenantKeys, value: &str, surrogate: &str) {
    let minted = [Minted { entity_type: EntityType::PERSON, value: value.into(), surrogate: surrogate.into() }];
    let d = PseudonymDeposit::seal(k, VaultScope::Tenant, &minted).unwrap();
    let t = tenant("acme");
    db.run(move |c| vault::deposit(c, &t, &d.scope, &d.records)).await.unwrap();
}

/// The value of `surrogate`, opened as the gateway does: with the keys of the record's own generation.
async fn restore(db: &Db, surrogate: &str) -> Option<(u32, String)> {
    let lookup = pseudonym_lookup(&keys_at(0), &EntityType::PERSON, surrogate).unwrap();
    let t = tenant("acme");
    let found = db.run(move |c| vault::find(c, &t, None, &[lookup])).await.unwrap();
    let r = found.first()?;
    let g = r.record.key_generation;
    Some((g, open_pseudonym(&keys_at(g), &r.scope, &r.record).ok()?))
}

async fn rotation_advances_the_generation_and_old_records_still_open(b: Backend) {
    let db = &b.db;
    let t = tenant("acme");
    db.run(move |c| keys::ensure_tenant(c, &t)).await.unwrap();
    let first = epoch_of(db, "acme").await.unwrap();
    assert!(!first.salt().is_empty() && first.generation() == 0, "{first:?}");
    keep(db, &keys_at(0), "Anna Kowalski", "Maria Lindqvist").await;

    let before = db.run(keys::auth_epoch).await.unwrap();
    let t = tenant("acme");
    let rotated = db.run(move |c| keys::rotate_keys(c, &t, Rotation::Keys)).await.unwrap().unwrap();
    assert_eq!((rotated.key_generation, rotated.output_key_generation), (1, 0), "the outputs only when asked");
    assert!(db.run(keys::auth_epoch).await.unwrap() > before, "gateways drop their cached epochs");
    assert_eq!(epoch_of(db, "acme").await.unwrap(), first.at_generation(1), "the salt stays, the generation moves");
    let t = tenant("acme");
    assert_eq!(db.run(move |c| keys::get_tenant(c, &t)).await.unwrap().unwrap().key_generation, 1);
    let nobody = tenant("nobody");
    assert!(db.run(move |c| keys::rotate_keys(c, &nobody, Rotation::KeysAndOutputs)).await.unwrap().is_none());
    assert_eq!(epoch_of(db, "nobody").await, None);

    // A record sealed before the rotation opens with its own generation; a new one is sealed under
    // the new generation. The old one written again keeps the generation its sealed value needs.
    keep(db, &keys_at(1), "Jan Nowak", "Piet Bakker").await;
    keep(db, &keys_at(1), "Anna Kowalski", "Maria Lindqvist").await;
    assert_eq!(restore(db, "Maria Lindqvist").await, Some((0, "Anna Kowalski".into())));
    assert_eq!(restore(db, "Piet Bakker").await, Some((1, "Jan Nowak".into())));
    let lookup = pseudonym_lookup(&keys_at(0), &EntityType::PERSON, "Piet Bakker").unwrap();
    let t = tenant("acme");
    let found = db.run(move |c| vault::find(c, &t, None, &[lookup])).await.unwrap();
    assert!(open_pseudonym(&keys_at(0), &found[0].scope, &found[0].record).is_err(), "not under the old key");

    // Deleted and created again under the same id: another salt, generation 0 again.
    let t = tenant("acme");
    db.run(move |c| purge::delete_tenant(c, &t, "key_admin")).await.unwrap().unwrap();
    assert_eq!(epoch_of(db, "acme").await, None);
    let t = tenant("acme");
    db.run(move |c| keys::ensure_tenant(c, &t)).await.unwrap();
    let again = epoch_of(db, "acme").await.unwrap();
    assert_ne!(again.salt(), first.salt());
    assert_eq!((again.generation(), again.output_generation()), (0, 0));
    assert_eq!(restore(db, "Maria Lindqvist").await, None, "its records went with the old tenant");
}

#[tokio::test]
async fn rotation_advances_the_generation_and_old_records_still_open_on_sqlite() {
    rotation_advances_the_generation_and_old_records_still_open(sqlite().await).await;
}

#[tokio::test]
async fn rotation_advances_the_generation_and_old_records_still_open_on_postgres() {
    rotation_advances_the_generation_and_old_records_still_open(postgres().await).await;
}

async fn an_output_rotation_advances_both_generations_of_that_tenant_only(b: Backend) {
    let db = &b.db;
    for name in ["acme", "globex"] {
        let t = tenant(name);
        db.run(move |c| keys::ensure_tenant(c, &t)).await.unwrap();
    }
    let (first, other) = (epoch_of(db, "acme").await.unwrap(), epoch_of(db, "globex").await.unwrap());
    assert_eq!(first.output_generation(), 0);
    let before = db.run(keys::auth_epoch).await.unwrap();
    let t = tenant("acme");
    let rotated = db.run(move |c| keys::rotate_keys(c, &t, Rotation::KeysAndOutputs)).await.unwrap().unwrap();
    assert_eq!((rotated.key_generation, rotated.output_key_generation), (1, 1));
    assert!(db.run(keys::auth_epoch).await.unwrap() > before, "gateways drop their cached epochs");
    assert_eq!(epoch_of(db, "acme").await.unwrap(), first.at_generation(1).at_output_generation(1));
    // A plain rotation after it keeps the output generation.
    let t = tenant("acme");
    db.run(move |c| keys::rotate_keys(c, &t, Rotation::Keys)).await.unwrap().unwrap();
    assert_eq!(epoch_of(db, "acme").await.unwrap(), first.at_generation(2).at_output_generation(1));
    // The authenticated key carries the whole epoch; another tenant is untouched.
    db.run(|c| {
        let (t, hash) = (tenant("acme"), "cd".repeat(32));
        keys::insert_key(
            c,
            &keys::NewKey {
                id: "key_1",
                tenant: &t,
                key_hash: &hash,
                key_prefix: "pk_cdcde",
                scopes: pii_core::KeyScopes::parse_list("jobs:read", '+').unwrap(),
            },
        )
    })
    .await
    .unwrap();
    let found = db.run(|c| keys::find_active_key(c, &"cd".repeat(32))).await.unwrap().unwrap();
    assert_eq!(found.key_epoch, first.at_generation(2).at_output_generation(1));
    assert_eq!(epoch_of(db, "globex").await.unwrap(), other);
    let listed = db.run(keys::list_tenants).await.unwrap();
    let gens: Vec<_> = listed.iter().map(|t| (t.id.as_str().to_owned(), t.key_generation, t.output_key_generation)).collect();
    assert_eq!(gens, [("acme".to_owned(), 2, 1), ("globex".to_owned(), 0, 0)]);
}

#[tokio::test]
async fn an_output_rotation_advances_both_generations_of_that_tenant_only_on_sqlite() {
    an_output_rotation_advances_both_generations_of_that_tenant_only(sqlite().await).await;
}

#[tokio::test]
async fn an_output_rotation_advances_both_generations_of_that_tenant_only_on_postgres() {
    an_output_rotation_advances_both_generations_of_that_tenant_only(postgres().await).await;
}
