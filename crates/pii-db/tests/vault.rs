//! The pseudonym vault on both backends: records stored once however often they are written,
//! ambiguous surrogates marked, nothing in clear in the rows, rows found for their tenant only, and
//! removed with the job, batch or tenant they belong to, or by age.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use diesel::prelude::*;
use pii_core::engine::TenantKeys;
use pii_core::engine::vault::{Minted, PseudonymDeposit, SealedPseudonym, VaultScope, open_pseudonym, pseudonym_lookup};
use pii_core::messages::{OutputVersion, StatusEvent};
use pii_core::{BatchId, EntityType, JobId, JobStatus, Retention, TenantId};
use pii_db::batches::{self, NewBatch};
use pii_db::jobs::{self, JobRecord, Scope, Submission};
use pii_db::retention::Retentions;
use pii_db::schema::pseudonym_vault as v;
use pii_db::{Db, DbConnection, keys, purge, vault};
use time::OffsetDateTime;

mod common;

use common::{Backend, new_job, postgres, sqlite, tenant};

fn keys_of(b: u8) -> TenantKeys {
    TenantKeys {
        hash_salt: [b; 32],
        encryption_key: [b.wrapping_add(1); 32],
        vault_index: [b.wrapping_add(1); 32],
        at_rest: pii_core::engine::AtRestKey { key: [b.wrapping_add(1); 32], generation: 0 },
        scope: Default::default(),
    }
}

fn minted(value: &str, surrogate: &str) -> Minted {
    Minted { entity_type: EntityType::PERSON, value: value.into(), surrogate: surrogate.into() }
}

fn deposit(k: &TenantKeys, scope: VaultScope, pairs: &[(&str, &str)]) -> PseudonymDeposit {
    let m: Vec<Minted> = pairs.iter().map(|(v, s)| minted(v, s)).collect();
    PseudonymDeposit::seal(k, scope, &m).unwrap()
}

fn count(c: &mut DbConnection) -> i64 {
    v::table.count().get_result(c).unwrap()
}

async fn rows(db: &Db) -> i64 {
    db.run(|c| Ok(count(c))).await.unwrap()
}

/// The value `surrogate` restores for `t` in `scope` (None: any), as the gateway resolves it.
async fn restore(db: &Db, k: &TenantKeys, t: &str, scope: Option<VaultScope>, surrogate: &str) -> Option<String> {
    let lookup = pseudonym_lookup(k, &EntityType::PERSON, surrogate).unwrap();
    let t = tenant(t);
    let found = db.run(move |c| vault::find(c, &t, scope.as_ref(), &[lookup])).await.unwrap();
    let first = found.first()?;
    if found.iter().any(|r| r.ambiguous || r.record.value_tag != first.record.value_tag) {
        return None;
    }
    open_pseudonym(k, &first.scope, &first.record).ok()
}

async fn job_in(db: &Db, t: &str, batch: Option<BatchId>) -> JobRecord {
    let new = vec![new_job(t, batch)];
    db.run(move |c| {
        keys::ensure_tenant(c, &new[0].tenant_id)?;
        let sub = Submission::new(&new, &[]);
        let r = sub.records();
        jobs::create_jobs(c, sub).map(|()| r)
    })
    .await
    .unwrap()
    .remove(0)
}

fn completed(job: &JobRecord, pseudonyms: Option<PseudonymDeposit>) -> Vec<StatusEvent> {
    let processing = StatusEvent::for_job(job.id, job.tenant_id.clone(), 1, JobStatus::Processing, 10);
    let done = StatusEvent {
        status: JobStatus::Completed,
        progress_pct: 100,
        findings: Some(vec![]),
        output_uri: Some(job.output_uri.clone()),
        content_type: Some("text/plain".into()),
        output_version: Some(OutputVersion { size: 1, tag: None }),
        pseudonyms,
        ..processing.clone()
    };
    vec![processing, done]
}

async fn stored_once_ambiguous_marked_and_nothing_in_clear(b: Backend) {
    let db = &b.db;
    let (ka, kb) = (keys_of(1), keys_of(2));
    let call = VaultScope::Call(JobId::generate());
    let d = deposit(&ka, call.clone(), &[("Anna Kowalski", "Maria Lindqvist"), ("ANNA KOWALSKI", "MARIA LINDQVIST"), ("Jan", "Piet")]);
    let t = tenant("tenant-a");
    for _ in 0..3 {
        let (t, d) = (t.clone(), d.clone());
        db.run(move |c| vault::deposit(c, &t, &d.scope, &d.records)).await.unwrap();
    }
    // The two spellings of one person share a record (by normalised surrogate); written thrice, stored once.
    assert_eq!(rows(db).await, 2);
    assert_eq!(restore(db, &ka, "tenant-a", Some(call.clone()), "maria  lindqvist").await.as_deref(), Some("Anna Kowalski"));
    assert_eq!(restore(db, &ka, "tenant-a", None, "Piet").await.as_deref(), Some("Jan"));
    // Another tenant finds nothing: not with its own key, not with the owner's lookup.
    assert_eq!(restore(db, &kb, "tenant-b", None, "Maria Lindqvist").await, None);
    assert_eq!(restore(db, &ka, "tenant-b", None, "Maria Lindqvist").await, None);
    // Another scope of the same tenant does not answer for this one.
    assert_eq!(restore(db, &ka, "tenant-a", Some(VaultScope::Tenant), "Piet").await, None);
    // Another value drawing the same surrogate makes it ambiguous: it restores nothing any more.
    let other = deposit(&ka, call.clone(), &[("Jan Nowak", "Piet")]);
    let t2 = t.clone();
    db.run(move |c| vault::deposit(c, &t2, &other.scope, &other.records)).await.unwrap();
    assert_eq!(restore(db, &ka, "tenant-a", Some(call.clone()), "Piet").await, None);
    assert_eq!(rows(db).await, 2);
    // Neither values nor surrogates are anywhere in the rows.
    type Row = (String, String, String, String, Vec<u8>, Vec<u8>, Vec<u8>);
    let all: Vec<Row> = db
        .run(|c| {
            Ok(v::table.select((v::tenant_id, v::scope_kind, v::scope_id, v::entity_type, v::lookup, v::value_tag, v::sealed)).load(c)?)
        })
        .await
        .unwrap();
    for (tenant, kind, id, entity, lookup, tag, sealed) in all {
        assert_eq!((tenant.as_str(), kind.as_str(), id.as_str(), entity.as_str()), ("tenant-a", "call", call.id().as_str(), "PERSON"));
        for secret in ["Anna", "ANNA", "Kowalski", "KOWALSKI", "Maria", "MARIA", "Lindqvist", "Jan", "Piet", "Nowak"] {
            for bytes in [&lookup, &tag, &sealed] {
                assert!(!bytes.windows(secret.len()).any(|w| w.eq_ignore_ascii_case(secret.as_bytes())), "{secret} in a row");
            }
        }
    }
}

#[tokio::test]
async fn stored_once_ambiguous_marked_and_nothing_in_clear_on_sqlite() {
    stored_once_ambiguous_marked_and_nothing_in_clear(sqlite().await).await;
}

#[tokio::test]
async fn stored_once_ambiguous_marked_and_nothing_in_clear_on_postgres() {
    stored_once_ambiguous_marked_and_nothing_in_clear(postgres().await).await;
}

async fn a_completed_event_deposits_once_and_the_records_go_with_their_job_batch_and_tenant(b: Backend) {
    let db = &b.db;
    let k = keys_of(3);
    // A job's records arrive with its completion; a redelivered event stores nothing more.
    let job = job_in(db, "tenant-a", None).await;
    let d = deposit(&k, VaultScope::Job(job.id), &[("Anna Kowalski", "Maria Lindqvist")]);
    let events = completed(&job, Some(d));
    let again = events.clone();
    db.run(move |c| jobs::apply_events(c, &events)).await.unwrap();
    let report = db.run(move |c| jobs::apply_events(c, &again)).await.unwrap();
    assert_eq!(report.ignored, 2, "{report:?}");
    assert_eq!(rows(db).await, 1);
    assert_eq!(restore(db, &k, "tenant-a", Some(VaultScope::Job(job.id)), "Maria Lindqvist").await.as_deref(), Some("Anna Kowalski"));
    // Records claiming another job's scope are not stored.
    let stranger = job_in(db, "tenant-a", None).await;
    let wrong = deposit(&k, VaultScope::Job(job.id), &[("Jan", "Piet")]);
    let events = completed(&stranger, Some(wrong));
    db.run(move |c| jobs::apply_events(c, &events)).await.unwrap();
    assert_eq!(rows(db).await, 1);
    // DELETE of the job removes its records.
    let id = job.id;
    db.run(move |c| jobs::delete_job(c, id, &Scope::of(&tenant("tenant-a")), &|_| unreachable!("the job has ended")))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rows(db).await, 0);
    assert_eq!(restore(db, &k, "tenant-a", None, "Maria Lindqvist").await, None);

    // Batch records go with the batch; its jobs' own records too.
    let batch = BatchId::generate();
    let new = vec![new_job("tenant-a", Some(batch))];
    let in_batch = new[0].clone();
    db.run(move |c| {
        let mut sub = Submission::new(&new, &[]);
        sub.batch = Some(NewBatch {
            id: batch,
            tenant_id: tenant("tenant-a"),
            jobs_total: 1,
            callback_url: None,
            metadata_json: None,
            listing: None,
        });
        jobs::create_jobs(c, sub)
    })
    .await
    .unwrap();
    let t = tenant("tenant-a");
    let (bd, jd) =
        (deposit(&k, VaultScope::Batch(batch), &[("Jan", "Piet")]), deposit(&k, VaultScope::Job(in_batch.id), &[("Ola", "Kari")]));
    db.run(move |c| {
        vault::deposit(c, &t, &bd.scope, &bd.records)?;
        vault::deposit(c, &t, &jd.scope, &jd.records)
    })
    .await
    .unwrap();
    assert_eq!(rows(db).await, 2);
    // A job of the batch completing with batch records stores them; with another batch's, nothing.
    let (second, stray) = (job_in(db, "tenant-a", Some(batch)).await, job_in(db, "tenant-a", Some(batch)).await);
    let events = completed(&second, Some(deposit(&k, VaultScope::Batch(batch), &[("Eva", "Lena")])));
    let stray_events = completed(&stray, Some(deposit(&k, VaultScope::Batch(BatchId::generate()), &[("Ida", "Ulla")])));
    db.run(move |c| {
        jobs::apply_events(c, &events)?;
        jobs::apply_events(c, &stray_events)
    })
    .await
    .unwrap();
    assert_eq!(rows(db).await, 3);
    assert_eq!(restore(db, &k, "tenant-a", Some(VaultScope::Batch(batch)), "Lena").await.as_deref(), Some("Eva"));
    db.run(move |c| batches::delete_batch(c, batch, &Scope::of(&tenant("tenant-a")))).await.unwrap().unwrap();
    assert_eq!(rows(db).await, 0);

    // A purged job's records go with it; a deleted tenant's all go, another tenant's stay.
    let purged = job_in(db, "tenant-a", None).await;
    let (t, pd) = (tenant("tenant-a"), deposit(&k, VaultScope::Job(purged.id), &[("Ola", "Kari")]));
    let td = deposit(&k, VaultScope::Tenant, &[("Jan", "Piet")]);
    let (tb, bd) = (tenant("tenant-b"), deposit(&keys_of(4), VaultScope::Tenant, &[("Jan", "Piet")]));
    db.run(move |c| {
        keys::ensure_tenant(c, &tb)?;
        vault::deposit(c, &t, &pd.scope, &pd.records)?;
        vault::deposit(c, &t, &td.scope, &td.records)?;
        vault::deposit(c, &tb, &bd.scope, &bd.records)
    })
    .await
    .unwrap();
    assert_eq!(rows(db).await, 3);
    let ids = vec![purged.id];
    let gone = db.run(move |c| purge::purge_jobs(c, &ids, &purge::PurgeRule::Tenant(tenant("tenant-a")), "test")).await.unwrap();
    assert_eq!(gone.len(), 1);
    assert_eq!(rows(db).await, 2);
    db.run(|c| purge::delete_tenant(c, &tenant("tenant-a"), "test")).await.unwrap().unwrap();
    assert_eq!(rows(db).await, 1);
    assert_eq!(restore(db, &keys_of(4), "tenant-b", None, "Piet").await.as_deref(), Some("Jan"));
}

#[tokio::test]
async fn a_completed_event_deposits_once_and_the_records_go_with_their_job_batch_and_tenant_on_sqlite() {
    a_completed_event_deposits_once_and_the_records_go_with_their_job_batch_and_tenant(sqlite().await).await;
}

#[tokio::test]
async fn a_completed_event_deposits_once_and_the_records_go_with_their_job_batch_and_tenant_on_postgres() {
    a_completed_event_deposits_once_and_the_records_go_with_their_job_batch_and_tenant(postgres().await).await;
}

async fn call_and_tenant_records_age_out_under_their_tenants_retention(b: Backend) {
    let db = &b.db;
    let k = keys_of(5);
    let (ta, tb) = (tenant("tenant-a"), tenant("tenant-b"));
    let job = job_in(db, "tenant-a", None).await;
    let scopes = [VaultScope::Call(JobId::generate()), VaultScope::Tenant, VaultScope::Job(job.id)];
    for s in scopes {
        let (ta, tb, d) = (ta.clone(), tb.clone(), deposit(&k, s, &[("Jan", "Piet")]));
        db.run(move |c| {
            vault::deposit(c, &ta, &d.scope, &d.records)?;
            vault::deposit(c, &tb, &d.scope, &d.records)
        })
        .await
        .unwrap();
    }
    assert_eq!(rows(db).await, 6);
    let day = Retention::from_seconds(86_400).unwrap();
    let own: std::collections::HashMap<TenantId, Retention> = [(ta.clone(), day)].into();
    // Nothing is a day old yet.
    let r = Retentions::new(own.clone(), None);
    assert_eq!(db.run(move |c| vault::purge_aged(c, &r, OffsetDateTime::now_utc())).await.unwrap(), 0);
    // Two days on: tenant-a's call and tenant records go; its job's stays (it goes with the job);
    // tenant-b has no retention and keeps everything.
    let later = OffsetDateTime::now_utc() + time::Duration::days(2);
    let r = Retentions::new(own, None);
    assert_eq!(db.run(move |c| vault::purge_aged(c, &r, later)).await.unwrap(), 2);
    assert_eq!(rows(db).await, 4);
    // Under a default retention, tenant-b's go too.
    let r = Retentions::new(Default::default(), Some(day));
    assert_eq!(db.run(move |c| vault::purge_aged(c, &r, later)).await.unwrap(), 2);
    let left: Vec<String> = db.run(|c| Ok(v::table.select(v::scope_kind).load(c)?)).await.unwrap();
    assert_eq!(left, ["job", "job"]);
}

#[tokio::test]
async fn call_and_tenant_records_age_out_under_their_tenants_retention_on_sqlite() {
    call_and_tenant_records_age_out_under_their_tenants_retention(sqlite().await).await;
}

#[tokio::test]
async fn call_and_tenant_records_age_out_under_their_tenants_retention_on_postgres() {
    call_and_tenant_records_age_out_under_their_tenants_retention(postgres().await).await;
}

#[test]
fn a_record_from_one_row_does_not_open_in_another() {
    // What `find` hands back must be opened with the row's own scope (the gateway does).
    let k = keys_of(6);
    let d = deposit(&k, VaultScope::Tenant, &[("Jan", "Piet")]);
    let r: &SealedPseudonym = &d.records[0];
    assert_eq!(open_pseudonym(&k, &VaultScope::Tenant, r).unwrap(), "Jan");
    assert!(open_pseudonym(&k, &VaultScope::Job(JobId::generate()), r).is_err());
}
