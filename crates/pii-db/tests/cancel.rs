//! Cancelling jobs and batches in the store, on both backends: a going job ends `failed` with the
//! cancel message and a notice in the outbox; its later events are ignored and an output one
//! reports is handed back for removal; a retry on request runs it again; another tenant's job is
//! not found.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::cancel::CANCELLED_MESSAGE;
use pii_core::envelope::{Envelope, Route};
use pii_core::messages::{OutputVersion, StatusEvent};
use pii_core::{BatchId, JobId, JobStatus};
use pii_db::batches::{self, NewBatch};
use pii_db::cancel::{self, BatchCancelled, Cancelled};
use pii_db::jobs::{self, JobRecord, NewJob, Scope, Submission};
use pii_db::outbox;
use pii_db::{Db, DbConnection, DbError};

mod common;

use common::{Backend, new_job, postgres, sqlite, tenant};

fn event(job: &JobRecord, status: JobStatus, attempt: u32) -> StatusEvent {
    let done = status == JobStatus::Completed;
    StatusEvent {
        findings: done.then(Vec::new),
        output_uri: done.then(|| job.output_uri.clone()),
        content_type: done.then(|| "text/plain".into()),
        output_version: done.then_some(OutputVersion { size: 7, tag: None }),
        ..StatusEvent::for_job(job.id, job.tenant_id.clone(), attempt, status, if done { 100 } else { 50 })
    }
}

fn notice(job: &JobRecord) -> Result<Envelope, DbError> {
    Ok(Envelope::new(Route::Cancel, format!("{{\"job_id\":\"{}\",\"attempt\":{}}}", job.id, job.attempt)))
}

/// Creates the jobs with their detect commands in the outbox, as a submission does.
fn create(c: &mut DbConnection, jobs_: &[NewJob], batch: Option<NewBatch>) -> Vec<JobRecord> {
    let commands: Vec<Envelope> = jobs_
        .iter()
        .map(|j| {
            let in_batch = j.batch_id.map(|b| format!(",\"batch_id\":\"{b}\"")).unwrap_or_default();
            Envelope::new(Route::Detect, format!("{{\"stage\":\"detect\",\"job_id\":\"{}\"{in_batch},\"attempt\":1}}", j.id))
        })
        .collect();
    let mut sub = Submission::new(jobs_, &commands);
    sub.batch = batch;
    let records = sub.records();
    jobs::create_jobs(c, sub).unwrap();
    records
}

/// Cancels as `scope` and records what ended, as the gateway does.
fn cancel_job(c: &mut DbConnection, id: JobId, scope: &Scope, ended: &mut Vec<String>) -> Option<Cancelled> {
    cancel::cancel_job(c, id, scope, &notice, &mut |_, e| {
        ended.push(match e {
            jobs::Ended::Job(j) => format!("job {}", j.id),
            jobs::Ended::Batch(b) => format!("batch {}", b.id),
        });
        Ok(())
    })
    .unwrap()
}

/// Relays the outbox: the routing keys and payloads it held.
fn relay(c: &mut DbConnection) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    outbox::relay(c, 100, |msgs| {
        seen = msgs.iter().map(|m| (m.route.routing_key().to_owned(), String::from_utf8(m.payload.clone()).unwrap())).collect();
        Ok::<_, ()>(())
    })
    .unwrap()
    .unwrap();
    seen
}

async fn a_cancelled_job_stays_cancelled_until_retried(b: Backend) {
    let db: &Db = &b.db;
    db.run(|c| {
        let job = create(c, &[new_job("a", None)], None).remove(0);
        let other_tenant = Scope::Tenant(tenant("b"));
        let mut ended = Vec::new();
        assert_eq!(cancel_job(c, job.id, &other_tenant, &mut ended), None, "another tenant's job is not found");
        assert_eq!(relay(c).len(), 1, "its detect command");

        // Processing, then cancelled: failed with the message, a notice for the workers, its end owed.
        jobs::apply_events(c, &[event(&job, JobStatus::Processing, 1)]).unwrap();
        let Some(Cancelled::Now(now)) = cancel_job(c, job.id, &Scope::Tenant(tenant("a")), &mut ended) else { panic!("not cancelled") };
        assert_eq!((now.status, now.error_message.as_deref()), (JobStatus::Failed, Some(CANCELLED_MESSAGE)));
        assert!(now.cancelled_at.is_some() && now.completed_at.is_some());
        assert_eq!(jobs::get_job(c, job.id, &Scope::All).unwrap().unwrap(), now, "the answer is what is stored");
        assert_eq!(ended, [format!("job {}", job.id)]);
        let sent = relay(c);
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].0, "cancel");
        assert!(sent[0].1.contains(&job.id.to_string()));

        // Again: unchanged, no second notice.
        assert!(matches!(cancel_job(c, job.id, &Scope::All, &mut ended), Some(Cancelled::Already(_))));
        assert!(relay(c).is_empty());

        // A queued job cancelled before its command was relayed: the command is never sent.
        let queued = create(c, &[new_job("a", None)], None).remove(0);
        assert!(matches!(cancel_job(c, queued.id, &Scope::All, &mut ended), Some(Cancelled::Now(_))));
        let sent = relay(c);
        assert_eq!(sent.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["cancel"], "{sent:?}");

        // A worker that had not heard finishes anyway: nothing moves, and its output is handed back.
        let report = jobs::apply_events(c, &[event(&job, JobStatus::Processing, 1), event(&job, JobStatus::Completed, 1)]).unwrap();
        assert!(report.applied.is_empty());
        assert_eq!(report.orphaned_outputs, std::slice::from_ref(&job.output_uri));
        // So does an automatic retry it had scheduled before the cancel.
        let report = jobs::apply_events(c, &[event(&job, JobStatus::Processing, 2)]).unwrap();
        assert!(report.applied.is_empty());
        // A dead letter does not turn it into an error.
        assert!(!jobs::fail_job(c, job.id, JobStatus::Error, "dead-lettered").unwrap());
        let stored = jobs::get_job(c, job.id, &Scope::All).unwrap().unwrap();
        assert_eq!((stored.status, stored.error_message.as_deref()), (JobStatus::Failed, Some(CANCELLED_MESSAGE)));

        // A retry on request runs it again; its events count.
        let retried = jobs::retry_job(c, job.id, &Scope::All, |j| Ok(Envelope::new(Route::Detect, j.id.to_string()))).unwrap().unwrap();
        assert_eq!((retried.status, retried.attempt, retried.cancelled_at), (JobStatus::Queued, 2, None));
        let report = jobs::apply_events(c, &[event(&retried, JobStatus::Completed, 2)]).unwrap();
        assert_eq!(report.applied.len(), 1);
        assert!(report.orphaned_outputs.is_empty());

        // A completed job is not cancelled: unchanged.
        let Some(Cancelled::Ended(done)) = cancel_job(c, job.id, &Scope::All, &mut ended) else { panic!("changed") };
        assert_eq!(done.status, JobStatus::Completed);
        Ok(())
    })
    .await
    .unwrap();
}

async fn a_batch_cancel_ends_its_going_jobs_and_the_batch(b: Backend) {
    b.db.run(|c| {
        let id = BatchId::generate();
        let jobs_: Vec<NewJob> = (0..3).map(|_| new_job("a", Some(id))).collect();
        let batch = NewBatch { id, tenant_id: tenant("a"), jobs_total: 3, callback_url: None, metadata_json: None, listing: None };
        let records = create(c, &jobs_, Some(batch));
        jobs::apply_events(c, &[event(&records[0], JobStatus::Completed, 1), event(&records[1], JobStatus::Processing, 1)]).unwrap();
        let mut ended = Vec::new();
        let mut on_end = |_: &mut DbConnection, e: jobs::Ended<'_>| {
            ended.push(matches!(e, jobs::Ended::Batch(_)));
            Ok(())
        };
        assert_eq!(cancel::cancel_batch(c, id, &Scope::Tenant(tenant("b")), &notice, &mut on_end).unwrap(), None);
        let report = cancel::cancel_batch(c, id, &Scope::Tenant(tenant("a")), &notice, &mut on_end).unwrap().unwrap();
        let mut expected = vec![records[1].id, records[2].id];
        let mut got = report.cancelled.clone();
        expected.sort();
        got.sort();
        assert_eq!((got, report.unchanged), (expected, 1));
        assert_eq!(ended, [false, false, true], "two jobs ended, then the batch");
        let counts = batches::batch_counts(c, id).unwrap();
        let mut by = counts.by_status.clone();
        by.sort_by_key(|(s, _)| s.as_str());
        assert_eq!(by, [(JobStatus::Completed, 1), (JobStatus::Failed, 2)]);
        assert!(batches::get_batch(c, id, &Scope::All).unwrap().unwrap().completed_at.is_some());
        for j in &records[1..] {
            assert_eq!(jobs::get_job(c, j.id, &Scope::All).unwrap().unwrap().error_message.as_deref(), Some(CANCELLED_MESSAGE));
        }
        let sent = relay(c);
        assert_eq!(sent.iter().filter(|(k, _)| k == "cancel").count(), 2);
        assert!(sent.iter().all(|(k, _)| k == "cancel"), "the unsent commands were dropped: {sent:?}");
        // Again: nothing left to cancel.
        let again = cancel::cancel_batch(c, id, &Scope::All, &notice, &mut |_, _| Ok(())).unwrap().unwrap();
        assert_eq!(again, BatchCancelled { cancelled: vec![], unchanged: 3 });
        Ok(())
    })
    .await
    .unwrap();
}

/// Deleting a job that has not ended cancels it on the way: its unsent command is dropped and a
/// notice tells a worker running it to stop. A job that ended is deleted without a notice.
async fn deleting_a_going_job_sends_its_cancel_notice(b: Backend) {
    b.db.run(|c| {
        let going = create(c, &[new_job("a", None)], None).remove(0);
        assert!(jobs::delete_job(c, going.id, &Scope::Tenant(tenant("a")), &notice).unwrap().is_some());
        let sent = relay(c);
        assert_eq!(sent.len(), 1, "{sent:?}");
        assert_eq!(sent[0].0, "cancel", "the notice, and no detect command");
        assert!(sent[0].1.contains(&going.id.to_string()));

        let done = create(c, &[new_job("a", None)], None).remove(0);
        relay(c);
        jobs::apply_events(c, &[event(&done, JobStatus::Completed, 1)]).unwrap();
        relay(c);
        assert!(jobs::delete_job(c, done.id, &Scope::Tenant(tenant("a")), &notice).unwrap().is_some());
        assert!(relay(c).is_empty(), "no notice for an ended job");
        Ok(())
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn deleted_going_job_on_sqlite() {
    deleting_a_going_job_sends_its_cancel_notice(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn deleted_going_job_on_postgres() {
    deleting_a_going_job_sends_its_cancel_notice(postgres().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cancelled_job_on_sqlite() {
    a_cancelled_job_stays_cancelled_until_retried(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn cancelled_job_on_postgres() {
    a_cancelled_job_stays_cancelled_until_retried(postgres().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn batch_cancel_on_sqlite() {
    a_batch_cancel_ends_its_going_jobs_and_the_batch(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn batch_cancel_on_postgres() {
    a_batch_cancel_ends_its_going_jobs_and_the_batch(postgres().await).await;
}
