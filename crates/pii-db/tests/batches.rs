//! Batches in the store, on both backends: listed per tenant with their counts, and deleted whole.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::messages::{OutputVersion, StatusEvent};
use pii_core::policy::RedactionPolicy;
use pii_core::uri::ObjectUri;
use pii_core::{BatchId, JobId, JobStatus};
use pii_db::DbConnection;
use pii_db::batches::{self, NewBatch};
use pii_db::jobs::{self, NewJob, Scope, Submission};

mod common;

use common::{Backend, postgres, sqlite, tenant};

/// Creates a batch of `n` jobs for `t` and returns its id and its jobs' ids.
fn create_batch(c: &mut DbConnection, t: &str, n: usize) -> (BatchId, Vec<JobId>) {
    // Ids order by their millisecond: keep each batch in its own.
    std::thread::sleep(std::time::Duration::from_millis(2));
    let id = BatchId::generate();
    let jobs: Vec<NewJob> = (0..n)
        .map(|i| NewJob {
            id: JobId::generate(),
            tenant_id: tenant(t),
            batch_id: Some(id),
            input_uri: ObjectUri::parse(&format!("s3://b/{id}/{i}.txt")).unwrap(),
            output_uri: ObjectUri::parse(&format!("s3://b/{id}/redacted/{i}.txt")).unwrap(),
            policy: RedactionPolicy::default(),
            callback_url: None,
            metadata_json: None,
        })
        .collect();
    let mut sub = Submission::new(&jobs, &[]);
    sub.batch = Some(NewBatch { id, tenant_id: tenant(t), jobs_total: n as u32, callback_url: None, metadata_json: None, listing: None });
    jobs::create_jobs(c, sub).unwrap();
    (id, jobs.iter().map(|j| j.id).collect())
}

fn completed(job: JobId, t: &str, uri: &str) -> StatusEvent {
    StatusEvent {
        findings: Some(vec![]),
        output_uri: Some(ObjectUri::parse(uri).unwrap()),
        content_type: Some("text/plain".into()),
        output_version: Some(OutputVersion { size: 7, tag: Some("etag-1".into()) }),
        ..StatusEvent::for_job(job, tenant(t), 1, JobStatus::Completed, 100)
    }
}

async fn batches_are_listed_per_tenant_and_deleted_whole(b: Backend) {
    let db = &b.db;
    let ((first, _), (second, second_jobs), (theirs, _)) =
        db.run(|c| Ok((create_batch(c, "a", 1), create_batch(c, "a", 2), create_batch(c, "b", 1)))).await.unwrap();
    let list = |t: Option<&str>, limit: u32, offset: u64| {
        let t = t.map(tenant);
        db.run(move |c| batches::list_batches(c, t.as_ref(), limit, offset))
    };
    let mine = list(Some("a"), 10, 0).await.unwrap();
    assert_eq!(mine.iter().map(|(b, _)| b.id).collect::<Vec<_>>(), [second, first], "newest first, own only");
    assert_eq!(mine[0].1.by_status, [(JobStatus::Queued, 2)]);
    assert_eq!(list(None, 10, 0).await.unwrap().len(), 3);
    assert_eq!(list(Some("a"), 1, 1).await.unwrap()[0].0.id, first);

    // One job of the second batch completed with an output; the other never wrote one.
    let uri = format!("s3://b/{second}/redacted/0.txt");
    let ev = completed(second_jobs[0], "a", &uri);
    db.run(move |c| jobs::apply_events(c, &[ev])).await.unwrap();
    let outputs = db.run(move |c| batches::batch_outputs(c, second)).await.unwrap();
    assert_eq!(outputs, [(uri, OutputVersion { size: 7, tag: Some("etag-1".into()) })]);

    // Negative: another tenant's scope finds nothing to delete, and nothing is deleted.
    assert_eq!(db.run(move |c| batches::delete_batch(c, second, &Scope::Tenant(tenant("b")))).await.unwrap(), None);
    assert_eq!(db.run(move |c| batches::delete_batch(c, second, &Scope::Tenant(tenant("a")))).await.unwrap(), Some(2));
    for id in second_jobs {
        assert!(db.run(move |c| jobs::get_job(c, id, &Scope::All)).await.unwrap().is_none());
    }
    assert!(db.run(move |c| batches::get_batch(c, second, &Scope::All)).await.unwrap().is_none());
    assert_eq!(db.run(move |c| batches::delete_batch(c, second, &Scope::All)).await.unwrap(), None, "gone");
    let left = list(None, 10, 0).await.unwrap();
    assert_eq!(left.iter().map(|(b, _)| b.id).collect::<Vec<_>>(), [theirs, first]);
}

#[tokio::test(flavor = "multi_thread")]
async fn on_sqlite() {
    batches_are_listed_per_tenant_and_deleted_whole(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn on_postgres() {
    batches_are_listed_per_tenant_and_deleted_whole(postgres().await).await;
}
