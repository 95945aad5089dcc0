//! The gateway's background work on jobs and callbacks whose messages went missing, driven with
//! short intervals: the sweeper sends a queued job again only past four times the stuck deadline, a
//! failed job's lost retry as its next attempt, and (embedded mode) every unfinished job at start;
//! the callback dispatcher gives a callback up after its last attempt and schedules the others.

use std::time::{Duration, Instant};

use pii_core::messages::{JobCommand, StatusEvent};
use pii_core::{JobId, JobStatus, TenantId};
use pii_gateway::background::{callbacks as dispatcher, relay, sweeper};
use pii_queue::QueueName;
use reqwest::Method;
use serde_json::json;
use tokio_util::sync::CancellationToken;

use crate::*;

async fn submit(app: &TestApp, name: &str) -> JobId {
    let input = app.put_input(name, b"call 555-0100");
    let (status, job) = app.call(Method::POST, "/redact/uri", Some(KEY_A), Some(json!({"input_uri": input}))).await;
    assert_eq!(status, 202, "{job}");
    job["id"].as_str().unwrap().parse().unwrap()
}

async fn report(app: &TestApp, id: JobId, attempt: u32, status: JobStatus, retry_in_secs: Option<u32>) {
    let ev = StatusEvent {
        error_message: (status == JobStatus::Failed).then(|| "storage is down".to_owned()),
        retry_in_secs,
        ..StatusEvent::for_job(id, TenantId::parse("tenant-a").unwrap(), attempt, status, 10)
    };
    app.state.db.run(move |c| pii_db::jobs::apply_events(c, &[ev])).await.unwrap();
}

/// Relays the outbox and takes what it sent to the detect queue: (job, attempt) of each command.
async fn sent(app: &TestApp) -> Vec<(JobId, u32)> {
    let n = relay::relay_once(&app.state).await.unwrap();
    let stop = CancellationToken::new();
    let mut rx = app.state.broker.consume(QueueName::Detect, 100, stop.clone());
    let mut out = Vec::new();
    for _ in 0..n {
        let d = tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.expect("a relayed command is missing").unwrap();
        let cmd: JobCommand = serde_json::from_slice(&d.payload).unwrap();
        out.push((cmd.job().job_id, cmd.job().attempt));
        d.ack().await.unwrap();
    }
    stop.cancel();
    out
}

/// Waits until `sent` shows something, failing at the deadline.
async fn until_sent(app: &TestApp, what: &str) -> Vec<(JobId, u32)> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let s = sent(app).await;
        if !s.is_empty() {
            return s;
        }
        assert!(Instant::now() < deadline, "{what} was never sent again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_queued_job_is_sent_again_only_past_its_own_longer_deadline() {
    let app = spawn_app().await;
    let queued = submit(&app, "q.txt").await;
    let processing = submit(&app, "p.txt").await;
    report(&app, processing, 1, JobStatus::Processing, None).await;
    assert_eq!(sent(&app).await.len(), 2, "both first sent");

    // Not stale yet under either deadline.
    let hour = Duration::from_secs(3600);
    assert_eq!(sweeper::sweep(&app.state, hour, hour).await, 0);
    // The processing deadline passed: only the processing job is sent again.
    assert_eq!(sweeper::sweep(&app.state, Duration::ZERO, hour).await, 1);
    assert_eq!(sent(&app).await, [(processing, 1)]);
    // The queued deadline passed: only the queued job is sent again.
    assert_eq!(sweeper::sweep(&app.state, hour, Duration::ZERO).await, 1);
    assert_eq!(sent(&app).await, [(queued, 1)]);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_jobs_lost_retry_is_sent_again_as_its_next_attempt() {
    let app = spawn_app().await;
    let id = submit(&app, "r.txt").await;
    report(&app, id, 1, JobStatus::Processing, None).await;
    // Attempt 1 failed and its retry was due at once, but its delayed message never arrived.
    report(&app, id, 1, JobStatus::Failed, Some(0)).await;
    // A failed job with no retry scheduled stays as it is.
    let other = submit(&app, "s.txt").await;
    report(&app, other, 1, JobStatus::Failed, None).await;
    assert_eq!(sent(&app).await.len(), 2);

    let mut state = app.state.clone();
    state.config.stuck_after = Duration::from_millis(100);
    let stop = CancellationToken::new();
    let sweeper = tokio::spawn(sweeper::run(state, stop.clone()));
    let again = until_sent(&app, "the lost retry").await;
    stop.cancel();
    sweeper.await.unwrap();
    assert!(again.iter().all(|s| *s == (id, 2)), "attempt 2 of the retried job only: {again:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn in_the_embedded_mode_every_unfinished_job_is_sent_again_at_start() {
    let app = spawn_app().await;
    let queued = submit(&app, "a.txt").await;
    let processing = submit(&app, "b.txt").await;
    report(&app, processing, 1, JobStatus::Processing, None).await;
    let done = submit(&app, "c.txt").await;
    report(&app, done, 1, JobStatus::Failed, None).await;
    // The in-process queue died with the last process: what it held is gone.
    assert_eq!(sent(&app).await.len(), 3);

    let mut state = app.state.clone();
    state.config.requeue_unfinished_at_start = true;
    // No periodic sweep within the test: only the one at start can send anything.
    state.config.stuck_after = Duration::from_secs(3600);
    let stop = CancellationToken::new();
    let sweeper = tokio::spawn(sweeper::run(state, stop.clone()));
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut again = Vec::new();
    while again.len() < 2 {
        assert!(Instant::now() < deadline, "only {again:?} sent again");
        again.extend(sent(&app).await);
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.cancel();
    sweeper.await.unwrap();
    again.sort();
    let mut want = vec![(queued, 1), (processing, 1)];
    want.sort();
    assert_eq!(again, want, "the unfinished jobs, once each; not the ended one");
}

/// `attempts, gave up, seconds until the next attempt, last error` of each callback, by id.
fn callback_rows(app: &TestApp) -> Vec<String> {
    let out = std::process::Command::new("psql")
        .arg(app.pg.as_ref().unwrap().url())
        .args(["-tA", "-F", "|", "-c"])
        .arg(
            "SELECT attempts, gave_up_at IS NOT NULL, \
             (EXTRACT(EPOCH FROM next_attempt_at - (now() AT TIME ZONE 'UTC')) > 600), last_error \
             FROM callbacks ORDER BY id",
        )
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect()
}

/// A callback of tenant-a to a receiver the network policy refuses (a loopback address): every
/// attempt fails, and no traffic leaves.
fn refused_callback() -> pii_db::callbacks::NewCallback {
    pii_db::callbacks::NewCallback {
        tenant_id: TenantId::parse("tenant-a").unwrap(),
        url: "http://127.0.0.1:9/hook".into(),
        event: "job.completed".into(),
        payload: "{}".into(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_callback_is_given_up_after_its_last_attempt_and_the_one_before_is_scheduled() {
    let app = spawn_app_on_postgres().await;
    let max = dispatcher::MAX_ATTEMPTS;
    // Two callbacks that failed earlier, each due again now: the first has one attempt left, the
    // second two.
    app.state
        .db
        .run(move |c| {
            use pii_db::callbacks::{claim_due, enqueue, failed};
            let now = time::OffsetDateTime::now_utc;
            enqueue(c, &refused_callback())?;
            let first = claim_due(c, 1, time::Duration::ZERO)?[0].id;
            failed(c, first, "earlier", Some(now()))?;
            enqueue(c, &refused_callback())?;
            for _ in 1..max - 1 {
                for cb in claim_due(c, 2, time::Duration::ZERO)? {
                    failed(c, cb.id, "earlier", Some(now()))?;
                }
            }
            Ok(())
        })
        .await
        .unwrap();
    let (last, before) = (format!("{}|", max - 1), format!("{}|", max - 2));
    let rows = callback_rows(&app);
    assert!(rows[0].starts_with(&last) && rows[1].starts_with(&before), "set up: {rows:?}");

    let stop = CancellationToken::new();
    let run = tokio::spawn(dispatcher::run(app.state.clone(), stop.clone()));
    let deadline = Instant::now() + Duration::from_secs(10);
    let rows = loop {
        let rows = callback_rows(&app);
        if !rows[0].starts_with(&last) && !rows[1].starts_with(&before) {
            break rows;
        }
        assert!(Instant::now() < deadline, "not both attempted: {rows:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    stop.cancel();
    run.await.unwrap();
    // The one at its last attempt: given up, not scheduled.
    assert!(rows[0].starts_with(&format!("{max}|t|f|")), "{rows:?}");
    // The one before: scheduled again with the long backoff, not given up.
    assert!(rows[1].starts_with(&format!("{}|f|t|", max - 1)), "{rows:?}");
    assert!(rows.iter().all(|r| !r.ends_with("|earlier")), "this run's error recorded: {rows:?}");
    assert_eq!(app.state.db.run(pii_db::callbacks::pending).await.unwrap(), 1);
}
