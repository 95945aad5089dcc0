//! The consume loop's classification of each delivery, driven through the in-process broker: an
//! unrecoverable failure ends the job as `error`; a recoverable one is retried as the next attempt
//! and then given up; a panicking handler returns its delivery until the delivery limit
//! dead-letters it; a message that is not a command goes straight to the dead letters; work still
//! running at the end of the grace period goes back to the queue.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::detect;
use pii_core::cancel::StopFlag;
use pii_core::messages::{JobCommand, StatusEvent};
use pii_core::{JobId, JobStatus};
use pii_queue::worker::{self, Failure, JobHandler, WorkerConfig, WorkerReport};
use pii_queue::{Broker, BrokerSettings, Delivery, Envelope, Headers, QueueName, Route};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

/// What the scripted handler does with every command.
#[derive(Clone, Copy)]
enum Script {
    Permanent,
    Transient,
    Panic,
    /// Runs far longer than any grace period.
    Hang,
}

struct Scripted {
    script: Script,
    /// The attempt number of every run, in order.
    runs: Mutex<Vec<u32>>,
}

/// The handler the worker holds; the test keeps the [`Scripted`] to look at.
struct Handler(Arc<Scripted>);

impl JobHandler for Handler {
    async fn handle(&self, command: JobCommand, _headers: Headers, _stop: StopFlag) -> Result<Vec<Envelope>, Failure> {
        self.0.runs.lock().unwrap().push(command.job().attempt);
        match self.0.script {
            Script::Permanent => Err(Failure::Permanent("the input is not a document".into())),
            Script::Transient => Err(Failure::Transient("storage is down".into())),
            Script::Panic => panic!("the handler crashed"),
            Script::Hang => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                Ok(vec![])
            }
        }
    }
}

/// A worker on `broker` running `script`, with `max_attempts` and a short retry base.
struct Running {
    broker: Broker,
    handler: Arc<Scripted>,
    stop: CancellationToken,
    worker: tokio::task::JoinHandle<WorkerReport>,
    events: mpsc::Receiver<Delivery>,
}

fn start(script: Script, delivery_limit: u32, max_attempts: u32, grace: Duration) -> Running {
    let broker = Broker::memory(BrokerSettings { delivery_limit, ..BrokerSettings::default() });
    let handler = Arc::new(Scripted { script, runs: Mutex::new(Vec::new()) });
    let cfg = WorkerConfig {
        queue: QueueName::Detect,
        prefetch: 1,
        concurrency: 1,
        max_attempts,
        retry_base: Duration::from_millis(10),
        shutdown_grace: grace,
    };
    let stop = CancellationToken::new();
    let events = broker.consume(QueueName::Events, 16, stop.child_token());
    let worker = tokio::spawn(worker::run(broker.clone(), Arc::new(Handler(handler.clone())), cfg, stop.clone()));
    Running { broker, handler, stop, worker, events }
}

/// The next status event, failing after a deadline.
async fn next_event(rx: &mut mpsc::Receiver<Delivery>) -> StatusEvent {
    let d = tokio::time::timeout(Duration::from_secs(10), rx.recv()).await.expect("no status event in time").unwrap();
    let ev = serde_json::from_slice(&d.payload).unwrap();
    d.ack().await.unwrap();
    ev
}

/// Waits until `queue` holds `n` messages, failing at the deadline.
async fn until_depth(broker: &Broker, queue: QueueName, n: u64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while broker.depth(queue).await.unwrap() != n {
        assert!(Instant::now() < deadline, "{} never held {n} messages", queue.as_str());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unrecoverable_failure_ends_the_job_as_error_and_settles_its_command() {
    let mut w = start(Script::Permanent, 5, 3, Duration::from_secs(5));
    let job = JobId::generate();
    w.broker.publish(&[detect(job, 1)]).await.unwrap();
    let ev = next_event(&mut w.events).await;
    assert_eq!((ev.job_id, ev.attempt, ev.status), (job, 1, JobStatus::Error));
    assert_eq!(ev.error_message.as_deref(), Some("the input is not a document"));
    assert_eq!(ev.retry_in_secs, None);
    w.stop.cancel();
    let report = w.worker.await.unwrap();
    assert_eq!((report.handled, report.abandoned), (1, 0));
    assert_eq!(*w.handler.runs.lock().unwrap(), [1], "never retried");
    assert_eq!(w.broker.depth(QueueName::Detect).await.unwrap(), 0, "the command was acked");
    assert_eq!(w.broker.depth(QueueName::Dead).await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_recoverable_failure_is_retried_as_the_next_attempt_then_given_up() {
    let mut w = start(Script::Transient, 5, 2, Duration::from_secs(5));
    let job = JobId::generate();
    w.broker.publish(&[detect(job, 1)]).await.unwrap();

    // Attempt 1 fails: reported `failed` with the retry announced, and attempt 2 is scheduled.
    let first = next_event(&mut w.events).await;
    assert_eq!((first.job_id, first.attempt, first.status), (job, 1, JobStatus::Failed));
    assert_eq!(first.retry_in_secs, Some(1), "the smallest delay level");
    let why = first.error_message.unwrap();
    assert!(why.starts_with("storage is down; retrying in 1s (attempt 2 of 2)"), "{why}");

    // Attempt 2 (the last) fails: reported `failed` for good, nothing scheduled.
    let last = next_event(&mut w.events).await;
    assert_eq!((last.job_id, last.attempt, last.status), (job, 2, JobStatus::Failed));
    assert_eq!(last.retry_in_secs, None);
    assert_eq!(last.error_message.as_deref(), Some("storage is down (gave up after 2 attempts)"));

    w.stop.cancel();
    let report = w.worker.await.unwrap();
    assert_eq!((report.handled, report.abandoned), (2, 0));
    assert_eq!(*w.handler.runs.lock().unwrap(), [1, 2]);
    assert_eq!(w.broker.depth(QueueName::Detect).await.unwrap(), 0, "no third attempt queued");
    assert_eq!(w.broker.depth(QueueName::Dead).await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_crashing_handler_returns_its_delivery_until_the_delivery_limit_dead_letters_it() {
    let w = start(Script::Panic, 2, 3, Duration::from_secs(5));
    w.broker.publish(&[detect(JobId::generate(), 1)]).await.unwrap();
    until_depth(&w.broker, QueueName::Dead, 1).await;
    w.stop.cancel();
    w.worker.await.unwrap();
    // Delivered once, then returned twice (the limit), then dead-lettered on the third return.
    assert_eq!(*w.handler.runs.lock().unwrap(), [1, 1, 1], "the same attempt, redelivered");
    assert_eq!(w.broker.depth(QueueName::Detect).await.unwrap(), 0);
    assert_eq!(w.broker.depth(QueueName::DeadNotify).await.unwrap(), 1, "the gateway is told, to end the job");
    assert_eq!(w.broker.depth(QueueName::Events).await.unwrap(), 0, "a crash reports no status");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_that_is_not_a_command_goes_straight_to_the_dead_letters() {
    // No delivery limit to speak of: only dead-lettering it at once gets it there.
    let w = start(Script::Permanent, u32::MAX, 3, Duration::from_secs(5));
    w.broker.publish(&[Envelope::new(Route::Detect, b"{not json".to_vec())]).await.unwrap();
    until_depth(&w.broker, QueueName::Dead, 1).await;
    w.stop.cancel();
    w.worker.await.unwrap();
    assert!(w.handler.runs.lock().unwrap().is_empty(), "the handler never saw it");
    assert_eq!(w.broker.depth(QueueName::Detect).await.unwrap(), 0, "not redelivered");
    assert_eq!(w.broker.depth(QueueName::Events).await.unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn work_still_running_when_the_grace_period_ends_goes_back_to_the_queue() {
    let w = start(Script::Hang, 5, 3, Duration::from_millis(200));
    w.broker.publish(&[detect(JobId::generate(), 1)]).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while w.handler.runs.lock().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "the job never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(w.broker.depth(QueueName::Detect).await.unwrap(), 0, "taken by the worker");
    w.stop.cancel();
    let report = tokio::time::timeout(Duration::from_secs(10), w.worker).await.expect("the worker outlived its grace period").unwrap();
    assert_eq!((report.handled, report.abandoned), (0, 1));
    until_depth(&w.broker, QueueName::Detect, 1).await;
    assert_eq!(w.broker.depth(QueueName::Events).await.unwrap(), 0, "nothing reported for it");
}
