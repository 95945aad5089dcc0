//! A prefix listed into one batch page by page, on both backends: each page is committed once
//! (a gateway that lost its lease, or resumes late, creates nothing), the batch does not complete
//! while it lists, a paused listing waits, and deleting a batch stops its listing.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::envelope::{Envelope, Route};
use pii_core::messages::StatusEvent;
use pii_core::policy::RedactionPolicy;
use pii_core::uri::ObjectUri;
use pii_core::{BatchId, JobId, JobStatus, TenantId};
use pii_db::batch_listing::{self, ListerId, ListingStart, Page, PageEnd, PageOutcome};
use pii_db::batches::{self, NewBatch};
use pii_db::jobs::{self, Ended, JobFilter, NewJob, Scope, Submission};
use pii_db::{Db, DbConnection};
use time::{Duration, OffsetDateTime};

mod common;

use common::{Backend, postgres, sqlite};

const LEASE: Duration = Duration::seconds(60);

fn tenant() -> TenantId {
    TenantId::parse("t").unwrap()
}

fn job(batch: BatchId, key: &str) -> NewJob {
    NewJob {
        id: JobId::generate(),
        tenant_id: tenant(),
        batch_id: Some(batch),
        input_uri: ObjectUri::parse(&format!("s3://b/in/{key}")).unwrap(),
        output_uri: ObjectUri::parse(&format!("s3://b/in/redacted/{key}")).unwrap(),
        policy: RedactionPolicy::default(),
        callback_url: None,
        metadata_json: None,
    }
}

fn keys(from: usize, to: usize) -> Vec<String> {
    (from..to).map(|i| format!("{i:05}.txt")).collect()
}

/// A batch whose first page (keys 0..n) is created with it, listed on by `owner` until `lease_until`.
fn create_listing(c: &mut DbConnection, owner: &ListerId, n: usize, lease_until: OffsetDateTime) -> BatchId {
    let id = BatchId::generate();
    let ks = keys(0, n);
    let jobs: Vec<NewJob> = ks.iter().map(|k| job(id, k)).collect();
    let mut sub = Submission::new(&jobs, &[]);
    sub.batch = Some(NewBatch {
        id,
        tenant_id: tenant(),
        jobs_total: n as u32,
        callback_url: None,
        metadata_json: None,
        listing: Some(ListingStart {
            input_prefix: "s3://b/in/".into(),
            output_prefix: None,
            policy_json: "{\"sealed\":1}".into(),
            overwrite: false,
            after: ks.last().unwrap().clone(),
            owner: owner.clone(),
            lease_until,
        }),
    });
    jobs::create_jobs(c, sub).unwrap();
    id
}

async fn commit(db: &Db, batch: BatchId, owner: &ListerId, from: Option<String>, ks: Vec<String>, end: PageEnd) -> (PageOutcome, usize) {
    let owner = owner.clone();
    db.run(move |c| {
        let jobs: Vec<NewJob> = ks.iter().map(|k| job(batch, k)).collect();
        let page = Page { batch_id: batch, owner: &owner, from: from.as_deref(), end, jobs: &jobs, messages: &[], lease: LEASE };
        let mut completed = 0;
        let outcome = batch_listing::commit_page(c, &page, &mut |_, ended| {
            if let Ended::Batch(b) = ended {
                assert_eq!(b.id, batch);
                completed += 1;
            }
            Ok(())
        })?;
        Ok((outcome, completed))
    })
    .await
    .unwrap()
}

async fn inputs_of(db: &Db, batch: BatchId) -> Vec<String> {
    let filter = JobFilter { batch_id: Some(batch), ..Default::default() };
    let mut all = db
        .run(move |c| jobs::list_jobs(c, &filter, 100, 0))
        .await
        .unwrap()
        .into_iter()
        .map(|j| j.input_uri.to_string())
        .collect::<Vec<_>>();
    all.sort();
    all
}

async fn a_resumed_listing_creates_each_page_once(b: Backend) {
    let db = &b.db;
    let (a, other) = (ListerId::generate(), ListerId::generate());
    let soon = OffsetDateTime::now_utc() + LEASE;
    let id = db
        .run({
            let a = a.clone();
            move |c| Ok(create_listing(c, &a, 2, soon))
        })
        .await
        .unwrap();
    let batch = db.run(move |c| batches::get_batch(c, id, &Scope::All)).await.unwrap().unwrap();
    assert!(batch.listing && batch.jobs_total == 2 && batch.input_prefix.as_deref() == Some("s3://b/in/"));
    // Negative: held by `a`, nobody else claims it.
    assert_eq!(
        db.run({
            let o = other.clone();
            move |c| batch_listing::claim(c, &o, LEASE)
        })
        .await
        .unwrap(),
        None
    );

    // `a` lists a second page, then dies (its lease ends) while listing the third.
    let p2 = keys(2, 4);
    assert_eq!(
        commit(db, id, &a, Some(keys(1, 2)[0].clone()), p2.clone(), PageEnd::More { after: p2[1].clone() }).await.0,
        PageOutcome::Committed
    );
    let past = OffsetDateTime::now_utc() - Duration::seconds(1);
    let a2 = a.clone();
    assert!(db.run(move |c| batch_listing::pause(c, id, &a2, past)).await.unwrap());

    // Another gateway takes over where the last committed page ended.
    let o = other.clone();
    let claimed = db.run(move |c| batch_listing::claim(c, &o, LEASE)).await.unwrap().unwrap();
    assert_eq!((claimed.batch_id, claimed.after.as_deref(), claimed.policy_json.as_str()), (id, Some("00003.txt"), "{\"sealed\":1}"));
    let p3 = keys(4, 6);
    assert_eq!(
        commit(db, id, &other, claimed.after.clone(), p3.clone(), PageEnd::More { after: p3[1].clone() }).await.0,
        PageOutcome::Committed
    );
    // Negative: `a` comes back with the page it was listing: it no longer holds the listing, and
    // nothing of it is written.
    assert_eq!(commit(db, id, &a, Some(p2[1].clone()), p3.clone(), PageEnd::More { after: p3[1].clone() }).await.0, PageOutcome::Lost);
    // Negative: a replay of a page already committed (same starting point) is refused too.
    assert_eq!(commit(db, id, &other, claimed.after.clone(), p3.clone(), PageEnd::Done).await.0, PageOutcome::Lost);

    let expected: Vec<String> = keys(0, 6).iter().map(|k| format!("s3://b/in/{k}")).collect();
    assert_eq!(inputs_of(db, id).await, expected, "every object once, none twice");
    let batch = db.run(move |c| batches::get_batch(c, id, &Scope::All)).await.unwrap().unwrap();
    assert_eq!((batch.jobs_total, batch.listing), (6, true));

    // Every job ends; the batch still lists, so it is not completed.
    let events: Vec<StatusEvent> = {
        let filter = JobFilter { batch_id: Some(id), ..Default::default() };
        db.run(move |c| jobs::list_jobs(c, &filter, 100, 0)).await.unwrap().into_iter().map(|j| failed(j.id)).collect()
    };
    db.run(move |c| jobs::apply_events(c, &events)).await.unwrap();
    let batch = db.run(move |c| batches::get_batch(c, id, &Scope::All)).await.unwrap().unwrap();
    assert!(batch.completed_at.is_none(), "a listing batch is not done");
    // The listing ends with an empty last page: the batch completes in that transaction, once.
    let (outcome, completed) = commit(db, id, &other, Some(p3[1].clone()), vec![], PageEnd::Done).await;
    assert_eq!((outcome, completed), (PageOutcome::Committed, 1));
    let batch = db.run(move |c| batches::get_batch(c, id, &Scope::All)).await.unwrap().unwrap();
    assert!(!batch.listing && batch.completed_at.is_some() && batch.listing_error.is_none());
    // Negative: a finished listing is claimed by nobody.
    assert_eq!(db.run(move |c| batch_listing::claim(c, &other, LEASE)).await.unwrap(), None);
}

fn failed(id: JobId) -> StatusEvent {
    StatusEvent { error_message: Some("unreadable".into()), ..StatusEvent::for_job(id, tenant(), 1, JobStatus::Error, 100) }
}

async fn a_listing_error_ends_the_listing_and_deleting_stops_it(b: Backend) {
    let db = &b.db;
    let a = ListerId::generate();
    let past = OffsetDateTime::now_utc() - Duration::seconds(1);
    let (failing, deleted) = db
        .run({
            let a = a.clone();
            move |c| Ok((create_listing(c, &a, 1, past), create_listing(c, &a, 1, past)))
        })
        .await
        .unwrap();
    // Expired leases: claimable, oldest first.
    let a2 = a.clone();
    let first = db.run(move |c| batch_listing::claim(c, &a2, LEASE)).await.unwrap().unwrap();
    assert_eq!(first.batch_id, failing);
    let (outcome, _) = commit(db, failing, &a, first.after.clone(), vec![], PageEnd::Failed("the store is unavailable".into())).await;
    assert_eq!(outcome, PageOutcome::Committed);
    let batch = db.run(move |c| batches::get_batch(c, failing, &Scope::All)).await.unwrap().unwrap();
    assert_eq!((batch.listing, batch.listing_error.as_deref()), (false, Some("the store is unavailable")));
    assert!(batch.completed_at.is_none(), "its first job is still queued");

    let a3 = a.clone();
    let second = db.run(move |c| batch_listing::claim(c, &a3, LEASE)).await.unwrap().unwrap();
    assert_eq!(second.batch_id, deleted);
    assert_eq!(db.run(move |c| batch_listing::queued_jobs(c, deleted)).await.unwrap(), 1);
    assert_eq!(db.run(move |c| batches::delete_batch(c, deleted, &Scope::All)).await.unwrap(), Some(1));
    // The page being listed when the batch was deleted is not committed, and leaves no job behind.
    let (outcome, _) = commit(db, deleted, &a, second.after.clone(), keys(1, 3), PageEnd::Done).await;
    assert_eq!(outcome, PageOutcome::Lost);
    assert!(inputs_of(db, deleted).await.is_empty());
    assert!(!db.run(move |c| batch_listing::stop(c, deleted)).await.unwrap());
}

/// Cancelling a batch while its prefix is still listed ends the listing in the same transaction: the
/// page being listed then is not committed, and the batch completes with its cancelled jobs.
async fn cancelling_a_listing_batch_stops_the_listing(b: Backend) {
    let db = &b.db;
    let a = ListerId::generate();
    let soon = OffsetDateTime::now_utc() + LEASE;
    let id = db
        .run({
            let a = a.clone();
            move |c| Ok(create_listing(c, &a, 2, soon))
        })
        .await
        .unwrap();
    let notice = |j: &jobs::JobRecord| Ok(Envelope::new(Route::Cancel, format!("{{\"job_id\":\"{}\"}}", j.id)));
    let report = db.run(move |c| pii_db::cancel::cancel_batch(c, id, &Scope::All, &notice, &mut |_, _| Ok(()))).await.unwrap().unwrap();
    assert_eq!(report.cancelled.len(), 2);
    let batch = db.run(move |c| batches::get_batch(c, id, &Scope::All)).await.unwrap().unwrap();
    assert!(!batch.listing && batch.completed_at.is_some(), "{batch:?}");
    // Negative: the lister that was listing the next page finds the listing gone and adds nothing.
    let (outcome, _) = commit(db, id, &a, Some(keys(1, 2)[0].clone()), keys(2, 4), PageEnd::Done).await;
    assert_eq!(outcome, PageOutcome::Lost);
    assert_eq!(inputs_of(db, id).await.len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn cancel_stops_listing_on_sqlite() {
    cancelling_a_listing_batch_stops_the_listing(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cancel_stops_listing_on_postgres() {
    cancelling_a_listing_batch_stops_the_listing(postgres().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn resumed_listing_on_sqlite() {
    a_resumed_listing_creates_each_page_once(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn resumed_listing_on_postgres() {
    a_resumed_listing_creates_each_page_once(postgres().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn listing_error_and_delete_on_sqlite() {
    a_listing_error_ends_the_listing_and_deleting_stops_it(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn listing_error_and_delete_on_postgres() {
    a_listing_error_ends_the_listing_and_deleting_stops_it(postgres().await).await;
}
