//! The callbacks waiting to be delivered, against both backends: a claim leases a callback so that
//! another gateway claiming at the same time gets the others and not it; a lease that runs out
//! (its gateway died mid-send) makes it due again; a failed attempt is tried again at its time;
//! a delivered or given-up callback is never claimed again.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::collections::HashSet;
use std::time::{Duration, Instant};

use pii_db::Db;
use pii_db::callbacks::{self, CallbackRecord, NewCallback};

#[macro_use]
mod common;

use common::{Backend, postgres, sqlite, tenant};

/// A lease far longer than any test.
const LONG: time::Duration = time::Duration::minutes(10);

async fn enqueue(db: &Db, n: usize) {
    db.run(move |c| {
        for i in 0..n {
            callbacks::enqueue(
                c,
                &NewCallback {
                    tenant_id: tenant("a"),
                    url: format!("https://hooks.example.com/{i}"),
                    event: "job.completed".into(),
                    payload: format!("{{\"n\":{i}}}"),
                },
            )?;
        }
        Ok(())
    })
    .await
    .unwrap();
}

async fn claim(db: &Db, limit: u32, lease: time::Duration) -> Vec<CallbackRecord> {
    db.run(move |c| callbacks::claim_due(c, limit, lease)).await.unwrap()
}

async fn pending(db: &Db) -> i64 {
    db.run(callbacks::pending).await.unwrap()
}

/// Claims until something is claimed, failing at the deadline.
async fn claim_when_due(db: &Db, what: &str) -> Vec<CallbackRecord> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = claim(db, 50, LONG).await;
        if !got.is_empty() {
            return got;
        }
        assert!(Instant::now() < deadline, "{what} never became due");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn gateways_claiming_at_once_never_get_the_same_callback(b: Backend) {
    let db = b.db;
    enqueue(&db, 120).await;
    // Four dispatchers (as many as the pool has connections) claiming at the same moment, round
    // after round, until nothing is due: one may lose a race for rows another took, and gets them
    // or others in a later round, but no callback is ever handed to two.
    let mut claimed = Vec::new();
    loop {
        let rounds = claim_four(&db).await;
        let n: usize = rounds.iter().map(Vec::len).sum();
        claimed.extend(rounds.into_iter().flatten().map(|c| c.id));
        if n == 0 {
            break;
        }
    }
    let distinct = claimed.iter().collect::<HashSet<_>>();
    assert_eq!(distinct.len(), claimed.len(), "a callback was claimed twice while leased");
    assert_eq!(claimed.len(), 120, "every callback claimed once");
    assert_eq!(pending(&db).await, 120, "claimed is not delivered");
}

/// Four claims of up to 15 each, at once.
async fn claim_four(db: &Db) -> [Vec<CallbackRecord>; 4] {
    let (a, b, c, d) = tokio::join!(claim(db, 15, LONG), claim(db, 15, LONG), claim(db, 15, LONG), claim(db, 15, LONG));
    [a, b, c, d]
}

async fn a_lease_that_runs_out_makes_the_callback_due_again(b: Backend) {
    let db = b.db;
    enqueue(&db, 1).await;
    let first = claim(&db, 50, time::Duration::milliseconds(300)).await;
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].attempts, 0);
    assert!(claim(&db, 50, LONG).await.is_empty(), "leased");
    // Its dispatcher died without recording anything: it is sent again, as the same attempt.
    let again = claim_when_due(&db, "the callback whose lease ran out").await;
    assert_eq!(again.len(), 1);
    assert_eq!((again[0].id, again[0].attempts, &again[0].payload), (first[0].id, 0, &first[0].payload));
}

async fn a_failed_attempt_is_tried_again_at_its_time_and_counted(b: Backend) {
    let db = b.db;
    enqueue(&db, 1).await;
    let id = claim(&db, 50, LONG).await[0].id;
    let retry_at = time::OffsetDateTime::now_utc() + time::Duration::milliseconds(300);
    db.run(move |c| callbacks::failed(c, id, "the receiver answered 500", Some(retry_at))).await.unwrap();
    assert_eq!(pending(&db).await, 1, "still owed");
    let again = claim_when_due(&db, "the retried callback").await;
    assert_eq!((again[0].id, again[0].attempts), (id, 1));
}

async fn a_given_up_callback_is_never_claimed_again(b: Backend) {
    let db = b.db;
    enqueue(&db, 2).await;
    let claimed = claim(&db, 50, time::Duration::ZERO).await;
    assert_eq!(claimed.len(), 2);
    let (gave_up, kept) = (claimed[0].id, claimed[1].id);
    db.run(move |c| callbacks::failed(c, gave_up, "the tenant no longer exists", None)).await.unwrap();
    db.run(move |c| callbacks::failed(c, kept, "timed out", Some(time::OffsetDateTime::now_utc()))).await.unwrap();
    assert_eq!(pending(&db).await, 1, "the given-up one is no longer owed");
    let due = claim_when_due(&db, "the callback still owed").await;
    assert_eq!(due.iter().map(|c| c.id).collect::<Vec<_>>(), [kept], "only the one still owed");
}

async fn a_delivered_callback_is_never_claimed_again(b: Backend) {
    let db = b.db;
    enqueue(&db, 1).await;
    let id = claim(&db, 50, time::Duration::ZERO).await[0].id;
    db.run(move |c| callbacks::delivered(c, id)).await.unwrap();
    assert_eq!(pending(&db).await, 0);
    // Its (zero) lease is over: still nothing is due.
    assert!(claim(&db, 50, LONG).await.is_empty());
}

both_backends!(
    gateways_claiming_at_once_never_get_the_same_callback,
    a_lease_that_runs_out_makes_the_callback_due_again,
    a_failed_attempt_is_tried_again_at_its_time_and_counted,
    a_given_up_callback_is_never_claimed_again,
    a_delivered_callback_is_never_claimed_again,
);
