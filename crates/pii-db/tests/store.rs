//! The job store against both backends: SQLite in a temporary folder and a fresh PostgreSQL database.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::envelope::{Envelope, Route};
use pii_core::grants::{Grants, parse_grant};
use pii_core::messages::{OutputVersion, StatusEvent};
use pii_core::policy::RedactionPolicy;
use pii_core::uri::ObjectUri;
use pii_core::{EntityType, Finding, JobId, JobStatus, KeyScopes, TenantId};
use pii_db::jobs::{self, JobFilter, NewJob, Scope, Submission};
use pii_db::outbox;
use pii_db::{Db, keys};
use pii_test_utils::TestDatabase;

#[macro_use]
mod common;

use common::{Backend, postgres, sqlite};

/// Gateways and the migrate Job start together: on PostgreSQL their migrations take turns under an
/// advisory lock, so every starter succeeds and each migration is applied once.
#[tokio::test(flavor = "multi_thread")]
async fn concurrent_starters_migrate_a_fresh_postgres_database_once() {
    let pg = TestDatabase::new();
    let starters: Vec<_> = (0..4)
        .map(|_| {
            let db = Db::connect_lazy(pg.url(), 2).unwrap();
            tokio::spawn(async move { db.migrate().await })
        })
        .collect();
    let mut applied = 0;
    for s in starters {
        applied += s.await.unwrap().unwrap().len();
    }
    let again = Db::connect_lazy(pg.url(), 1).unwrap().migrate().await.unwrap();
    assert!(again.is_empty(), "nothing is left pending");
    let total = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/postgres")).unwrap().count();
    assert_eq!(applied, total, "each migration applied exactly once across the starters");
}

fn tenant(s: &str) -> TenantId {
    TenantId::parse(s).unwrap()
}

fn new_job(t: &str) -> NewJob {
    NewJob {
        id: JobId::generate(),
        tenant_id: tenant(t),
        batch_id: None,
        input_uri: ObjectUri::parse("s3://b/in.txt").unwrap(),
        output_uri: ObjectUri::parse("s3://b/redacted/in.txt").unwrap(),
        policy: RedactionPolicy::default(),
        callback_url: None,
        metadata_json: None,
    }
}

fn event(job: &jobs::JobRecord, status: JobStatus, attempt: u32, pct: u8) -> StatusEvent {
    StatusEvent {
        job_id: job.id,
        tenant_id: job.tenant_id.clone(),
        attempt,
        status,
        progress_pct: pct,
        findings: (status == JobStatus::Completed).then(|| vec![Finding::new(EntityType::US_SSN, 3, 14, 0.9)]),
        output_uri: (status == JobStatus::Completed).then(|| job.output_uri.clone()),
        content_type: (status == JobStatus::Completed).then(|| "text/plain".into()),
        output_version: (status == JobStatus::Completed).then(|| OutputVersion { size: 42, tag: Some("etag-1".into()) }),
        warnings: if status == JobStatus::Completed {
            vec!["page 2: image blanked: OCR could not read it with confidence".into()]
        } else {
            vec![]
        },
        pseudonyms: None,
        error_message: matches!(status, JobStatus::Failed | JobStatus::Error).then(|| "boom".into()),
        retry_in_secs: None,
        bytes_processed: None,
        occurred_at: time::OffsetDateTime::now_utc(),
    }
}

async fn create(db: &Db, jobs_: Vec<NewJob>) -> Vec<jobs::JobRecord> {
    db.run(move |c| {
        let sub = Submission::new(&jobs_, &[]);
        let records = sub.records();
        jobs::create_jobs(c, sub).map(|()| records)
    })
    .await
    .unwrap()
}

async fn get(db: &Db, id: JobId) -> jobs::JobRecord {
    db.run(move |c| jobs::get_job(c, id, &Scope::All)).await.unwrap().unwrap()
}

async fn apply(db: &Db, events: Vec<StatusEvent>) -> jobs::ApplyReport {
    db.run(move |c| jobs::apply_events(c, &events)).await.unwrap()
}

/// What the sweeper does with a stale job: read it as it is now and touch it with `bound`.
async fn resend_stale(db: &Db, id: JobId, bound: Option<u32>) -> jobs::Touched {
    let current = get(db, id).await;
    let msg = Envelope::new(Route::Detect, "{}");
    let touched = db.run(move |c| jobs::touch_job(c, &current, Some(&msg), bound)).await.unwrap();
    // Timestamps are stored to the microsecond: let the next touch see a new one.
    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    touched
}

async fn lifecycle_and_idempotent_events(b: Backend) {
    let db = &b.db;
    let job = create(db, vec![new_job("t1")]).await.remove(0);
    assert_eq!(job.status, JobStatus::Queued);

    let report = apply(db, vec![event(&job, JobStatus::Processing, 1, 50)]).await;
    assert_eq!(report.applied.len(), 1);
    // The same event again, and an older one, change nothing.
    let report = apply(db, vec![event(&job, JobStatus::Processing, 1, 50), event(&job, JobStatus::Processing, 1, 10)]).await;
    assert!(report.applied.is_empty());
    assert_eq!(report.ignored, 2);
    assert_eq!(get(db, job.id).await.progress_pct, 50);

    let report = apply(db, vec![event(&job, JobStatus::Completed, 1, 100), event(&job, JobStatus::Processing, 1, 70)]).await;
    assert_eq!(report.applied.len(), 1);
    let done = get(db, job.id).await;
    assert_eq!(done.status, JobStatus::Completed);
    assert_eq!(done.progress_pct, 100);
    assert!(done.completed_at.is_some());
    assert_eq!(done.content_type.as_deref(), Some("text/plain"));
    let findings: Vec<Finding> = serde_json::from_str(done.findings_json.as_deref().unwrap()).unwrap();
    assert_eq!(findings.len(), 1);
    // A stale failure of the same attempt arriving late does not undo completion.
    let report = apply(db, vec![event(&job, JobStatus::Failed, 1, 0)]).await;
    assert!(report.applied.is_empty());
    assert_eq!(get(db, job.id).await.status, JobStatus::Completed);
}

async fn retries_and_attempts(b: Backend) {
    let db = &b.db;
    let job = create(db, vec![new_job("t1")]).await.remove(0);
    apply(db, vec![event(&job, JobStatus::Failed, 1, 0)]).await;
    let failed = get(db, job.id).await;
    assert_eq!(failed.status, JobStatus::Failed);
    assert_eq!(failed.error_message.as_deref(), Some("boom"));
    // The automatic retry's events (attempt 2) move it; the first attempt's late events do not.
    apply(db, vec![event(&job, JobStatus::Processing, 2, 50), event(&job, JobStatus::Completed, 1, 100)]).await;
    let running = get(db, job.id).await;
    assert_eq!((running.status, running.attempt), (JobStatus::Processing, 2));
    assert!(running.error_message.is_none());
    apply(db, vec![event(&job, JobStatus::Failed, 2, 0)]).await;
    // A retry on request queues attempt 3 with its message, atomically.
    let id = job.id;
    let retried = db
        .run(move |c| jobs::retry_job(c, id, &Scope::Tenant(tenant("t1")), |_| Ok(Envelope::new(Route::Detect, "{}"))))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((retried.status, retried.attempt), (JobStatus::Queued, 3));
    assert_eq!(db.run(outbox::pending).await.unwrap(), 1);
    // Retrying a job that is not failed is a conflict.
    let again = db.run(move |c| jobs::retry_job(c, id, &Scope::All, |_| Ok(Envelope::new(Route::Detect, "{}")))).await;
    assert!(again.is_err());
}

async fn listing_filters_pages_and_tenants(b: Backend) {
    let db = &b.db;
    let mut all = Vec::new();
    for t in ["alpha", "beta"] {
        let batch: Vec<NewJob> = (0..600).map(|_| new_job(t)).collect();
        all.extend(create(db, batch).await);
    }
    // Complete every third job of alpha.
    let events: Vec<StatusEvent> =
        all.iter().filter(|j| j.tenant_id.as_str() == "alpha").step_by(3).map(|j| event(j, JobStatus::Completed, 1, 100)).collect();
    assert_eq!(apply(db, events).await.applied.len(), 200);

    let list = |filter: JobFilter, limit: u32, offset: u64| {
        let db = db.clone();
        async move { db.run(move |c| jobs::list_jobs(c, &filter, limit, offset)).await.unwrap() }
    };
    let alpha = JobFilter { tenant: Some(tenant("alpha")), ..Default::default() };
    let page1 = list(alpha.clone(), 100, 0).await;
    let page2 = list(alpha.clone(), 100, 100).await;
    assert_eq!(page1.len(), 100);
    assert!(page1.iter().chain(&page2).all(|j| j.tenant_id.as_str() == "alpha"));
    // Newest first, and pages do not overlap.
    assert!(page1.windows(2).all(|w| w[0].id > w[1].id));
    assert!(page1.last().unwrap().id > page2[0].id);
    let mut seen = std::collections::HashSet::new();
    let mut offset = 0;
    loop {
        let page = list(alpha.clone(), 100, offset).await;
        if page.is_empty() {
            break;
        }
        offset += page.len() as u64;
        seen.extend(page.into_iter().map(|j| j.id));
    }
    assert_eq!(seen.len(), 600);
    let completed = list(JobFilter { status: Some(JobStatus::Completed), ..alpha.clone() }, 100, 0).await;
    assert_eq!(completed.len(), 100);
    assert!(completed.iter().all(|j| j.status == JobStatus::Completed));
    assert_eq!(list(JobFilter { status: Some(JobStatus::Completed), ..alpha.clone() }, 100, 200).await.len(), 0);
    let beta_completed = JobFilter { tenant: Some(tenant("beta")), status: Some(JobStatus::Completed), batch_id: None };
    assert!(list(beta_completed, 100, 0).await.is_empty());
    assert_eq!(list(JobFilter::default(), 100, 1150).await.len(), 50);

    // A tenant cannot read, delete or move another tenant's job.
    let beta_job = all.iter().find(|j| j.tenant_id.as_str() == "beta").unwrap().clone();
    let id = beta_job.id;
    assert!(db.run(move |c| jobs::get_job(c, id, &Scope::Tenant(tenant("alpha")))).await.unwrap().is_none());
    assert!(db.run(move |c| jobs::delete_job(c, id, &Scope::Tenant(tenant("alpha")), &cancel_notice)).await.unwrap().is_none());
    let mut forged = event(&beta_job, JobStatus::Completed, 1, 100);
    forged.tenant_id = tenant("alpha");
    let report = apply(db, vec![forged]).await;
    assert_eq!(report.unknown, 1);
    assert_eq!(get(db, id).await.status, JobStatus::Queued);
    assert!(db.run(move |c| jobs::delete_job(c, id, &Scope::Tenant(tenant("beta")), &cancel_notice)).await.unwrap().is_some());
    // Events for a deleted job are ignored, and its output is reported as an orphan.
    let report = apply(db, vec![event(&beta_job, JobStatus::Completed, 1, 100)]).await;
    assert_eq!(report.unknown, 1);
    assert_eq!(report.orphaned_outputs, vec![beta_job.output_uri.clone()]);
}

async fn outbox_is_atomic_with_jobs_and_relayed_once(b: Backend) {
    let db = &b.db;
    let jobs_: Vec<NewJob> = (0..3).map(|_| new_job("t")).collect();
    let msgs: Vec<Envelope> = jobs_.iter().map(|j| Envelope::new(Route::Detect, j.id.to_string())).collect();
    db.run(move |c| jobs::create_jobs(c, Submission::new(&jobs_, &msgs))).await.unwrap();
    // A failed publish leaves the messages in place.
    let failed = db.run(|c| outbox::relay(c, 10, |_| Err::<(), _>("broker down"))).await.unwrap();
    assert!(failed.is_err());
    assert_eq!(db.run(outbox::pending).await.unwrap(), 3);
    let waiting = db.run(outbox::backlog).await.unwrap();
    assert_eq!(waiting.pending, 3);
    assert!((0.0..60.0).contains(&waiting.oldest_age_secs), "{waiting:?}");
    let relayed = db
        .run(|c| {
            outbox::relay(c, 2, |m| {
                assert_eq!(m.len(), 2);
                Ok::<(), ()>(())
            })
        })
        .await
        .unwrap();
    assert_eq!(relayed, Ok(2));
    assert_eq!(db.run(|c| outbox::relay(c, 10, |_| Ok::<(), ()>(()))).await.unwrap(), Ok(1));
    assert_eq!(db.run(outbox::pending).await.unwrap(), 0);
    assert_eq!(db.run(outbox::backlog).await.unwrap(), outbox::Backlog { pending: 0, oldest_age_secs: 0.0 });
    // A failing insert in the same transaction leaves neither the jobs nor their messages.
    let dup = new_job("t");
    let twice = vec![dup.clone(), dup];
    let msg = vec![Envelope::new(Route::Detect, "x")];
    assert!(db.run(move |c| jobs::create_jobs(c, Submission::new(&twice, &msg))).await.is_err());
    assert_eq!(db.run(outbox::pending).await.unwrap(), 0);
}

async fn keys_are_stored_as_digests_and_revocable(b: Backend) {
    let db = &b.db;
    let new_key = |id: &'static str, scopes: KeyScopes| {
        move |c: &mut pii_db::DbConnection| {
            let (t, hash) = (tenant("acme"), "ab".repeat(32));
            keys::insert_key(c, &keys::NewKey { id, tenant: &t, key_hash: &hash, key_prefix: "pk_abcde", scopes })
        }
    };
    let jobs_only = KeyScopes::parse_list("jobs:read+jobs:write", '+').unwrap();
    assert!(db.run(new_key("key_1", jobs_only)).await.unwrap());
    let keys::ActiveKey { key: found, quotas, key_epoch } = db.run(|c| keys::find_active_key(c, &"ab".repeat(32))).await.unwrap().unwrap();
    assert!(!key_epoch.is_legacy(), "a tenant created now gets a key epoch");
    assert_eq!(found.tenant_id.as_str(), "acme");
    assert_eq!(found.scopes, jobs_only);
    // The same digest again stores no second key, but takes the scopes it is given (a seed changed).
    assert!(!db.run(new_key("key_2", KeyScopes::DEFAULT)).await.unwrap());
    let keys::ActiveKey { key: found, .. } = db.run(|c| keys::find_active_key(c, &"ab".repeat(32))).await.unwrap().unwrap();
    assert_eq!((found.id.as_str(), found.scopes), ("key_1", KeyScopes::DEFAULT));
    assert_eq!(quotas, keys::Quotas::default());
    let t = tenant("acme");
    let q = keys::Quotas { requests_per_second: Some(2.5), max_jobs_in_flight: Some(10) };
    db.run(move |c| keys::upsert_tenant(c, &t, q, false)).await.unwrap();
    let keys::ActiveKey { quotas, .. } = db.run(|c| keys::find_active_key(c, &"ab".repeat(32))).await.unwrap().unwrap();
    assert_eq!(quotas, q);
    let t = tenant("acme");
    db.run(move |c| keys::upsert_tenant(c, &t, q, true)).await.unwrap();
    assert!(db.run(|c| keys::find_active_key(c, &"ab".repeat(32))).await.unwrap().is_none(), "a disabled tenant's keys stop working");
    let t = tenant("acme");
    db.run(move |c| keys::upsert_tenant(c, &t, q, false)).await.unwrap();
    let before = db.run(keys::auth_epoch).await.unwrap();
    assert!(db.run(|c| keys::revoke_key(c, "key_1")).await.unwrap());
    assert!(db.run(|c| keys::find_active_key(c, &"ab".repeat(32))).await.unwrap().is_none());
    let after = db.run(keys::auth_epoch).await.unwrap();
    assert!(after > before, "a revocation moves the authentication epoch");
    // Negative: revoking it again changes nothing, the epoch included.
    assert!(!db.run(|c| keys::revoke_key(c, "key_1")).await.unwrap());
    assert_eq!(db.run(keys::auth_epoch).await.unwrap(), after);
}

async fn stale_jobs_are_found_and_touched_once(b: Backend) {
    let db = &b.db;
    let job = create(db, vec![new_job("t")]).await.remove(0);
    apply(db, vec![event(&job, JobStatus::Processing, 1, 10)]).await;
    let future = time::OffsetDateTime::now_utc() + time::Duration::seconds(5);
    let stale = db.run(move |c| jobs::stale_jobs(c, JobStatus::Processing, future, 10)).await.unwrap();
    assert_eq!(stale.len(), 1);
    let first = stale[0].clone();
    let msg = Envelope::new(Route::Detect, "{}");
    let m2 = msg.clone();
    assert_eq!(db.run(move |c| jobs::touch_job(c, &first, Some(&msg), Some(5))).await.unwrap(), jobs::Touched::Resent);
    // A second sweeper holding the same snapshot loses the race and sends nothing.
    let second = stale[0].clone();
    assert_eq!(db.run(move |c| jobs::touch_job(c, &second, Some(&m2), Some(5))).await.unwrap(), jobs::Touched::Changed);
    assert_eq!(db.run(outbox::pending).await.unwrap(), 1);
    let id = job.id;
    assert!(db.run(move |c| jobs::fail_job(c, id, JobStatus::Error, "dead-lettered")).await.unwrap());
    assert_eq!(get(db, id).await.status, JobStatus::Error);
}

async fn a_job_whose_workers_keep_vanishing_is_resent_a_bounded_number_of_times(b: Backend) {
    let db = &b.db;
    let job = create(db, vec![new_job("t")]).await.remove(0);
    apply(db, vec![event(&job, JobStatus::Processing, 1, 10)]).await;
    let mut outcomes = Vec::new();
    // Unbounded re-sends (a job waiting behind a backlog) are not counted against a later bound.
    for bound in [None, None, Some(2), Some(2), Some(2), Some(2)] {
        outcomes.push(resend_stale(db, job.id, bound).await);
    }
    use jobs::Touched::*;
    assert_eq!(outcomes, vec![Resent, Resent, Resent, Resent, GaveUp, Changed], "two counted resends, then the job is ended");
    assert_eq!(db.run(outbox::pending).await.unwrap(), 4, "no message for the ended job");
    let ended = get(db, job.id).await;
    assert_eq!(ended.status, JobStatus::Error);
    let why = ended.error_message.unwrap();
    assert!(why.contains("sent again 2 times"), "{why}");
    assert!(ended.completed_at.is_some());
}

async fn a_retried_job_gets_its_whole_resend_budget_again(b: Backend) {
    let db = &b.db;
    let job = create(db, vec![new_job("t")]).await.remove(0);
    apply(db, vec![event(&job, JobStatus::Processing, 1, 10)]).await;
    use jobs::Touched::*;
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent);
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent);
    // The attempt then fails for another reason and a user retries it.
    let id = job.id;
    assert!(db.run(move |c| jobs::fail_job(c, id, JobStatus::Failed, "input unreadable")).await.unwrap());
    let retried = db.run(move |c| jobs::retry_job(c, id, &Scope::All, |_| Ok(Envelope::new(Route::Detect, "{}")))).await.unwrap();
    assert_eq!(retried.unwrap().attempt, 2);
    apply(db, vec![event(&get(db, id).await, JobStatus::Processing, 2, 10)]).await;
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent, "the new attempt is not ended for the old attempt's lost workers");
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent);
    assert_eq!(resend_stale(db, job.id, Some(2)).await, GaveUp);

    // The same for an automatic retry, which arrives as a status event of the next attempt.
    let job = create(db, vec![new_job("t")]).await.remove(0);
    apply(db, vec![event(&job, JobStatus::Processing, 1, 10)]).await;
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent);
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent);
    let mut failed = event(&job, JobStatus::Failed, 1, 10);
    failed.retry_in_secs = Some(1);
    apply(db, vec![failed]).await;
    apply(db, vec![event(&job, JobStatus::Processing, 2, 10)]).await;
    assert_eq!(get(db, job.id).await.attempt, 2);
    assert_eq!(resend_stale(db, job.id, Some(2)).await, Resent, "an automatic retry starts with the whole budget too");
}

async fn grants_are_stored_per_tenant_and_replaced_whole(b: Backend) {
    let db = &b.db;
    let (t, other) = (tenant("acme"), tenant("beta"));
    let p1 = parse_grant("s3://b/acme/").unwrap();
    let p2 = parse_grant("file:///srv/in/acme/").unwrap();
    let (tt, pp) = (t.clone(), p1.clone());
    assert!(db.run(move |c| pii_db::grants::add_grant(c, &tt, &pp)).await.unwrap());
    let (tt, pp) = (t.clone(), p1.clone());
    assert!(!db.run(move |c| pii_db::grants::add_grant(c, &tt, &pp)).await.unwrap(), "seeding twice adds nothing");
    let tt = t.clone();
    let got = db.run(move |c| pii_db::grants::grants_of(c, &tt)).await.unwrap();
    assert_eq!(got.prefixes(), std::slice::from_ref(&p1));
    let o = other.clone();
    assert!(db.run(move |c| pii_db::grants::grants_of(c, &o)).await.unwrap().is_empty(), "another tenant has none");
    let (tt, g) = (t.clone(), Grants::new([p2.clone()]).unwrap());
    db.run(move |c| pii_db::grants::set_grants(c, &tt, &g)).await.unwrap();
    let tt = t.clone();
    assert_eq!(db.run(move |c| pii_db::grants::grants_of(c, &tt)).await.unwrap().prefixes(), &[p2]);
}

async fn completed_outputs_are_recorded_for_their_tenant_only(b: Backend) {
    let db = &b.db;
    let (t, other) = (tenant("acme"), tenant("beta"));
    let ask = |tn: TenantId, o: String| db.run(move |c| pii_db::outputs::tenant_wrote(c, &tn, &o));
    assert!(!ask(t.clone(), "s3://b/redacted/in.txt".into()).await.unwrap(), "no job names it yet");
    let job = create(db, vec![new_job("acme")]).await.remove(0);
    let out = job.output_uri.to_string();
    assert!(ask(t.clone(), out.clone()).await.unwrap(), "a queued job of the tenant is about to write it");
    apply(db, vec![event(&job, JobStatus::Completed, 1, 100)]).await;
    let done = get(db, job.id).await;
    assert_eq!(done.output, Some(OutputVersion { size: 42, tag: Some("etag-1".into()) }));
    assert_eq!(done.warnings, vec!["page 2: image blanked: OCR could not read it with confidence".to_owned()]);
    assert!(ask(t.clone(), out.clone()).await.unwrap());
    assert!(!ask(other, out.clone()).await.unwrap(), "another tenant's job did not write it");
    let list = vec![out.clone(), "s3://b/elsewhere.txt".to_owned()];
    let found = db.run(move |c| pii_db::outputs::written_among(c, &t, &list)).await.unwrap();
    assert_eq!(found, vec![out]);
}

async fn the_audit_trail_is_filtered_scoped_and_append_only(b: Backend) {
    use pii_db::audit::{self, AuditFilter, NewAuditEvent};
    let db = &b.db;
    let t0 = time::OffsetDateTime::now_utc() - time::Duration::minutes(10);
    let ev = |tenant_: &str, action, minutes: i64| NewAuditEvent {
        at: t0 + time::Duration::minutes(minutes),
        key_id: format!("key_{tenant_}"),
        tenant_id: tenant(tenant_),
        action,
        target: Some("job_x".into()),
        outcome: AuditOutcome::Success,
    };
    for e in [ev("a", AuditAction::JobCreate, 0), ev("a", AuditAction::JobDownload, 5), ev("b", AuditAction::JobDownload, 6)] {
        db.run(move |c| audit::record(c, &e)).await.unwrap();
    }
    let list = |scope, action, since| {
        let f = AuditFilter { scope, action, since, until: None };
        db.run(move |c| audit::list(c, &f, 10, 0))
    };
    let mine = list(Scope::Tenant(tenant("a")), None, None).await.unwrap();
    assert_eq!(
        mine.iter().map(|e| e.action).collect::<Vec<_>>(),
        [AuditAction::JobDownload, AuditAction::JobCreate],
        "newest first, own only"
    );
    assert_eq!(list(Scope::All, Some(AuditAction::JobDownload), None).await.unwrap().len(), 2);
    let late = list(Scope::All, None, Some(t0 + time::Duration::minutes(5))).await.unwrap();
    assert_eq!(late.len(), 2, "since is inclusive");
    let page = {
        let f = AuditFilter { scope: Scope::All, action: None, since: None, until: None };
        db.run(move |c| audit::list(c, &f, 1, 1)).await.unwrap()
    };
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].key_id, "key_a");
    // Negative: the table refuses changes and deletions.
    let tampered = db
        .run(|c| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query("UPDATE audit_events SET outcome = 'denied'").execute(c)?)
        })
        .await;
    assert!(tampered.is_err(), "an update is refused");
    let erased = db
        .run(|c| {
            use diesel::RunQueryDsl;
            Ok(diesel::sql_query("DELETE FROM audit_events").execute(c)?)
        })
        .await;
    assert!(erased.is_err(), "a delete is refused");
    assert_eq!(list(Scope::All, None, None).await.unwrap().len(), 3);
}

both_backends!(
    lifecycle_and_idempotent_events,
    retries_and_attempts,
    listing_filters_pages_and_tenants,
    outbox_is_atomic_with_jobs_and_relayed_once,
    keys_are_stored_as_digests_and_revocable,
    stale_jobs_are_found_and_touched_once,
    a_job_whose_workers_keep_vanishing_is_resent_a_bounded_number_of_times,
    a_retried_job_gets_its_whole_resend_budget_again,
    grants_are_stored_per_tenant_and_replaced_whole,
    completed_outputs_are_recorded_for_their_tenant_only,
    the_audit_trail_is_filtered_scoped_and_append_only,
);

/// The cancel notice of a deleted job, as the gateway writes it.
fn cancel_notice(job: &jobs::JobRecord) -> Result<Envelope, pii_db::DbError> {
    Ok(Envelope::new(Route::Cancel, format!("{{\"job_id\":\"{}\"}}", job.id)))
}
