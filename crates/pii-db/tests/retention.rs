//! Retention and purging on both backends: which jobs are due, that a purge deletes only those and
//! audits each, that concurrent purgers delete each job once, and that deleting a tenant removes
//! everything of it but its audit trail.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::audit::{AuditAction, SYSTEM_ACTOR};
use pii_core::envelope::{Envelope, Route};
use pii_core::messages::{OutputVersion, StatusEvent};
use pii_core::{BatchId, JobId, JobStatus, KeyScopes, Retention};
use pii_db::audit::{AuditFilter, AuditRecord};
use pii_db::jobs::{self, JobFilter, JobRecord, Scope, Submission};
use pii_db::purge::{self, PurgeRule};
use pii_db::{Db, keys, retention};
use time::OffsetDateTime;

#[macro_use]
mod common;

use common::{Backend, new_job, postgres, sqlite, tenant};

fn event(job: &JobRecord, status: JobStatus) -> StatusEvent {
    let done = status == JobStatus::Completed;
    StatusEvent {
        findings: done.then(Vec::new),
        output_uri: done.then(|| job.output_uri.clone()),
        content_type: done.then(|| "text/plain".into()),
        output_version: done.then_some(OutputVersion { size: 1, tag: None }),
        error_message: matches!(status, JobStatus::Failed | JobStatus::Error).then(|| "boom".into()),
        ..StatusEvent::for_job(job.id, job.tenant_id.clone(), 1, status, if done { 100 } else { 10 })
    }
}

/// Creates one job of `t` (in `batch`, if any) and moves it to `status`.
async fn job_in(db: &Db, t: &str, batch: Option<BatchId>, status: JobStatus) -> JobRecord {
    let new = vec![new_job(t, batch)];
    let job = db
        .run(move |c| {
            keys::ensure_tenant(c, &new[0].tenant_id)?;
            let sub = Submission::new(&new, &[]);
            let r = sub.records();
            jobs::create_jobs(c, sub).map(|()| r)
        })
        .await
        .unwrap()
        .remove(0);
    let events: Vec<StatusEvent> = match status {
        JobStatus::Queued => vec![],
        JobStatus::Processing => vec![event(&job, JobStatus::Processing)],
        s => vec![event(&job, JobStatus::Processing), event(&job, s)],
    };
    db.run(move |c| jobs::apply_events(c, &events)).await.unwrap();
    get(db, job.id).await.unwrap()
}

async fn get(db: &Db, id: JobId) -> Option<JobRecord> {
    db.run(move |c| jobs::get_job(c, id, &Scope::All)).await.unwrap()
}

async fn set_retention(db: &Db, t: &str, secs: Option<u64>) {
    let t = tenant(t);
    db.run(move |c| {
        keys::ensure_tenant(c, &t)?;
        retention::set_retention(c, &t, secs.map(|s| Retention::from_seconds(s).unwrap()))
    })
    .await
    .unwrap();
}

/// One sweep page as the gateway runs it (outputs aside): the due jobs, purged by the system.
async fn sweep(db: &Db, default: Option<u64>, now: OffsetDateTime) -> Vec<JobId> {
    let default = default.map(|s| Retention::from_seconds(s).unwrap());
    db.run(move |c| {
        let r = retention::retentions(c, default)?;
        let due = retention::due_jobs(c, &r, now, 500)?;
        let ids: Vec<JobId> = due.iter().map(|j| j.id).collect();
        let purged = purge::purge_jobs(c, &ids, &PurgeRule::Retention { default, now }, SYSTEM_ACTOR)?;
        Ok(purged.into_iter().map(|j| j.id).collect())
    })
    .await
    .unwrap()
}

async fn trail(db: &Db, action: AuditAction) -> Vec<AuditRecord> {
    let f = AuditFilter { scope: Scope::All, action: Some(action), since: None, until: None };
    db.run(move |c| pii_db::audit::list(c, &f, 1000, 0)).await.unwrap()
}

fn later(secs: i64) -> OffsetDateTime {
    OffsetDateTime::now_utc() + time::Duration::seconds(secs)
}

async fn ended_jobs_past_their_tenants_retention_are_purged_and_audited(b: Backend) {
    let db = &b.db;
    set_retention(db, "short", Some(5)).await;
    let done = job_in(db, "short", None, JobStatus::Completed).await;
    let errored = job_in(db, "short", None, JobStatus::Error).await;
    let queued = job_in(db, "short", None, JobStatus::Queued).await;
    let running = job_in(db, "short", None, JobStatus::Processing).await;
    let other = job_in(db, "other", None, JobStatus::Completed).await;

    // Negative: before the retention has passed, nothing is due.
    assert!(sweep(db, None, later(2)).await.is_empty());
    let mut purged = sweep(db, None, later(6)).await;
    purged.sort();
    let mut expected = vec![done.id, errored.id];
    expected.sort();
    assert_eq!(purged, expected);
    assert!(get(db, done.id).await.is_none() && get(db, errored.id).await.is_none());
    // Running and queued jobs stay however old; another tenant without a retention is untouched.
    assert!(sweep(db, None, later(3600 * 24 * 365)).await.is_empty());
    for j in [&queued, &running, &other] {
        assert!(get(db, j.id).await.is_some(), "{:?} of {} was kept", j.status, j.tenant_id);
    }
    // One audit row per purged job, by the system, in the job's tenant, naming only the job.
    let rows = trail(db, AuditAction::JobPurge).await;
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.key_id == SYSTEM_ACTOR && r.tenant_id == tenant("short")));
    let mut targets: Vec<String> = rows.iter().map(|r| r.target.clone().unwrap()).collect();
    targets.sort();
    assert_eq!(targets, expected.iter().map(ToString::to_string).collect::<Vec<_>>());

    // A default applies to tenants without their own retention; a tenant's own wins over it.
    set_retention(db, "long", Some(3600)).await;
    let long = job_in(db, "long", None, JobStatus::Completed).await;
    assert_eq!(sweep(db, Some(5), later(6)).await, vec![other.id]);
    assert!(get(db, long.id).await.is_some());
    // Clearing the tenant's own retention lets the default apply.
    set_retention(db, "long", None).await;
    assert_eq!(sweep(db, Some(5), later(6)).await, vec![long.id]);
}

async fn a_job_retried_after_it_was_found_due_is_not_purged(b: Backend) {
    let db = &b.db;
    set_retention(db, "t", Some(1)).await;
    let failed = job_in(db, "t", None, JobStatus::Failed).await;
    let now = later(5);
    let due = db
        .run(move |c| {
            let r = retention::retentions(c, None)?;
            retention::due_jobs(c, &r, now, 500)
        })
        .await
        .unwrap();
    assert_eq!(due.iter().map(|j| j.id).collect::<Vec<_>>(), vec![failed.id]);
    // Retried between the sweeper's look and its transaction: checked again under the lock.
    let id = failed.id;
    db.run(move |c| jobs::retry_job(c, id, &Scope::All, |_| Ok(Envelope::new(Route::Detect, "{}")))).await.unwrap();
    let purged = db.run(move |c| purge::purge_jobs(c, &[id], &PurgeRule::Retention { default: None, now }, SYSTEM_ACTOR)).await.unwrap();
    assert!(purged.is_empty());
    assert_eq!(get(db, id).await.unwrap().status, JobStatus::Queued);
    assert!(trail(db, AuditAction::JobPurge).await.is_empty());
}

async fn concurrent_purgers_delete_and_audit_each_job_once(b: Backend) {
    let db = &b.db;
    set_retention(db, "t", Some(1)).await;
    let mut ids = Vec::new();
    for _ in 0..20 {
        ids.push(job_in(db, "t", None, JobStatus::Completed).await.id);
    }
    let now = later(5);
    let purgers: Vec<_> = (0..4)
        .map(|_| {
            let (db, ids) = (db.clone(), ids.clone());
            tokio::spawn(async move {
                db.run(move |c| purge::purge_jobs(c, &ids, &PurgeRule::Retention { default: None, now }, SYSTEM_ACTOR)).await.unwrap().len()
            })
        })
        .collect();
    let mut total = 0;
    for p in purgers {
        total += p.await.unwrap();
    }
    assert_eq!(total, ids.len(), "every job purged by exactly one purger");
    assert_eq!(trail(db, AuditAction::JobPurge).await.len(), ids.len());
}

async fn a_batch_is_deleted_with_its_last_purged_job_once_it_has_ended(b: Backend) {
    let db = &b.db;
    set_retention(db, "t", Some(1)).await;
    let mut batches = Vec::new();
    for second in [JobStatus::Error, JobStatus::Processing] {
        let id = BatchId::generate();
        let new = vec![new_job("t", Some(id)), new_job("t", Some(id))];
        let created = db
            .run(move |c| {
                let mut sub = Submission::new(&new, &[]);
                sub.batch = Some(pii_db::batches::NewBatch {
                    id,
                    tenant_id: tenant("t"),
                    jobs_total: 2,
                    callback_url: None,
                    metadata_json: None,
                    listing: None,
                });
                let r = sub.records();
                jobs::create_jobs(c, sub).map(|()| r)
            })
            .await
            .unwrap();
        let mut events = vec![event(&created[0], JobStatus::Processing), event(&created[0], JobStatus::Completed)];
        events.push(event(&created[1], JobStatus::Processing));
        if second != JobStatus::Processing {
            events.push(event(&created[1], second));
        }
        db.run(move |c| jobs::apply_events(c, &events)).await.unwrap();
        batches.push(id);
    }
    assert_eq!(sweep(db, None, later(5)).await.len(), 3);
    let exists = |id: BatchId| db.run(move |c| pii_db::batches::get_batch(c, id, &Scope::All));
    assert!(exists(batches[0]).await.unwrap().is_none(), "every job ended and was purged: the batch goes too");
    assert!(exists(batches[1]).await.unwrap().is_some(), "a job still runs: the batch stays");
}

async fn deleting_a_tenant_removes_its_jobs_keys_and_grants_but_not_its_audit_trail(b: Backend) {
    let db = &b.db;
    let (gone, kept) = (tenant("gone"), tenant("kept"));
    for (t, hash) in [(&gone, "a".repeat(64)), (&kept, "b".repeat(64))] {
        let (t, id) = (t.clone(), format!("key_{t}"));
        db.run(move |c| {
            keys::insert_key(c, &keys::NewKey { id: &id, tenant: &t, key_hash: &hash, key_prefix: "pk_", scopes: KeyScopes::DEFAULT })?;
            pii_db::grants::add_grant(c, &t, &pii_core::grants::parse_grant(&format!("s3://bucket/{t}/")).unwrap())
        })
        .await
        .unwrap();
    }
    let done = job_in(db, "gone", None, JobStatus::Completed).await;
    let running = job_in(db, "gone", None, JobStatus::Processing).await;
    let other = job_in(db, "kept", None, JobStatus::Completed).await;
    let event = pii_db::audit::NewAuditEvent {
        at: OffsetDateTime::now_utc(),
        key_id: "key_gone".into(),
        tenant_id: gone.clone(),
        action: AuditAction::JobCreate,
        target: Some(done.id.to_string()),
        outcome: pii_core::audit::AuditOutcome::Success,
    };
    db.run(move |c| pii_db::audit::record(c, &event)).await.unwrap();

    // Page by page (here one page), then the rest with the tenant.
    let g = gone.clone();
    let page = db.run(move |c| jobs::list_jobs(c, &JobFilter { tenant: Some(g), ..Default::default() }, 500, 0)).await.unwrap();
    assert_eq!(page.len(), 2);
    let ids: Vec<JobId> = page.iter().map(|j| j.id).collect();
    let g = gone.clone();
    let purged = db.run(move |c| purge::purge_jobs(c, &ids, &PurgeRule::Tenant(g), "key_admin")).await.unwrap();
    assert_eq!(purged.len(), 2, "running jobs too");
    let straggler = job_in(db, "gone", None, JobStatus::Queued).await;
    let g = gone.clone();
    let left = db.run(move |c| purge::delete_tenant(c, &g, "key_admin")).await.unwrap().unwrap();
    assert_eq!(left.iter().map(|j| j.id).collect::<Vec<_>>(), vec![straggler.id]);

    for j in [&done, &running, &straggler] {
        assert!(get(db, j.id).await.is_none());
    }
    let g = gone.clone();
    assert!(db.run(move |c| keys::get_tenant(c, &g)).await.unwrap().is_none());
    let keys_left = db.run(|c| keys::list_keys(c, None)).await.unwrap();
    assert_eq!(keys_left.iter().map(|k| k.tenant_id.as_str()).collect::<Vec<_>>(), ["kept"]);
    let (g, k) = (gone.clone(), kept.clone());
    let grants = db.run(move |c| Ok((pii_db::grants::grants_of(c, &g)?, pii_db::grants::grants_of(c, &k)?))).await.unwrap();
    assert!(grants.0.prefixes().is_empty() && grants.1.prefixes().len() == 1);
    // The other tenant is untouched; the deleted tenant's trail stays, with its purges.
    assert!(get(db, other.id).await.is_some());
    let g = gone.clone();
    let rows = db
        .run(move |c| pii_db::audit::list(c, &AuditFilter { scope: Scope::Tenant(g), action: None, since: None, until: None }, 100, 0))
        .await
        .unwrap();
    assert_eq!(rows.iter().filter(|r| r.action == AuditAction::JobPurge && r.key_id == "key_admin").count(), 3);
    assert_eq!(rows.iter().filter(|r| r.action == AuditAction::JobCreate).count(), 1);
    // Deleting it again finds nothing.
    assert!(db.run(move |c| purge::delete_tenant(c, &gone, "key_admin")).await.unwrap().is_none());
}

both_backends!(
    ended_jobs_past_their_tenants_retention_are_purged_and_audited,
    a_job_retried_after_it_was_found_due_is_not_purged,
    concurrent_purgers_delete_and_audit_each_job_once,
    a_batch_is_deleted_with_its_last_purged_job_once_it_has_ended,
    deleting_a_tenant_removes_its_jobs_keys_and_grants_but_not_its_audit_trail,
);
