//! Cancel notices reaching a running worker, through the in-process broker and through RabbitMQ: a
//! job the worker is running stops at its next chunk and writes nothing, a command of the cancelled
//! attempt consumed later is skipped, and a newer attempt (a retry on request) runs.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{cancel, detect, one_at_a_time};
use pii_core::cancel::StopFlag;
use pii_core::messages::{JobCommand, StatusEvent};
use pii_core::{JobId, JobStatus};
use pii_queue::worker::{self, Failure, JobHandler};
use pii_queue::{Broker, BrokerSettings, CancelFeed, Envelope, Headers, QueueName, Route};
use pii_test_utils::TestVhost;
use tokio_util::sync::CancellationToken;

/// A job done in chunks: the first attempt is long (it is the one cancelled), later ones short.
/// It "writes its output" only after the last chunk, and records how each run ended.
#[derive(Default)]
struct Chunked {
    started: Mutex<Vec<(JobId, u32)>>,
    ended: Mutex<Vec<&'static str>>,
    written: Mutex<Vec<(JobId, u32)>>,
}

/// The handler the worker holds; the test keeps the [`Chunked`] to look at.
struct Handler(Arc<Chunked>);

impl JobHandler for Handler {
    async fn handle(&self, command: JobCommand, _headers: Headers, stop: StopFlag) -> Result<Vec<Envelope>, Failure> {
        let job = command.job().clone();
        let me = &self.0;
        me.started.lock().unwrap().push((job.job_id, job.attempt));
        let chunks = if job.attempt == 1 { 3_000 } else { 3 };
        for _ in 0..chunks {
            if stop.is_requested() {
                me.ended.lock().unwrap().push("cancelled");
                return Err(Failure::Cancelled);
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        me.written.lock().unwrap().push((job.job_id, job.attempt));
        me.ended.lock().unwrap().push("written");
        Ok(vec![Envelope::json(Route::Event, &StatusEvent::new(&job, JobStatus::Completed, 100)).unwrap()])
    }
}

/// Waits for `done` to hold, failing at the deadline.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn a_running_job_stops_at_its_next_chunk_and_writes_nothing(broker: Broker) {
    let handler = Arc::new(Chunked::default());
    let cfg = one_at_a_time();
    let stop = CancellationToken::new();
    let worker = tokio::spawn(worker::run(broker.clone(), Arc::new(Handler(handler.clone())), cfg, stop.clone()));
    let job = JobId::generate();
    broker.publish(&[detect(job, 1)]).await.unwrap();
    until("the job to start", || !handler.started.lock().unwrap().is_empty()).await;

    // The gateway cancels attempt 1; the notice is sent again until the run has ended (a repeated
    // notice is harmless).
    let notice = cancel(job, 1);
    let deadline = Instant::now() + Duration::from_secs(20);
    while handler.ended.lock().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "the run never stopped");
        broker.publish(std::slice::from_ref(&notice)).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(*handler.ended.lock().unwrap(), ["cancelled"]);
    assert!(handler.written.lock().unwrap().is_empty(), "nothing written");

    // The same attempt comes again (a redelivery, a copy still queued): skipped without running.
    // Then a retry on request, attempt 2: it runs to the end.
    broker.publish(&[detect(job, 1), detect(job, 2)]).await.unwrap();
    until("the retry to finish", || handler.ended.lock().unwrap().len() == 2).await;
    assert_eq!(*handler.started.lock().unwrap(), [(job, 1), (job, 2)], "attempt 1 never ran again");
    assert_eq!(*handler.written.lock().unwrap(), [(job, 2)]);
    stop.cancel();
    let report = worker.await.unwrap();
    assert_eq!((report.handled, report.abandoned), (3, 0));
    // The cancelled run published nothing; the retry its completion; nothing went back to the queue.
    // The broker's count of a queue lags an ack or a confirmed publish a little under load (another
    // channel asks): wait for it.
    let deadline = Instant::now() + Duration::from_secs(10);
    while broker.depth(QueueName::Detect).await.unwrap() != 0 {
        assert!(Instant::now() < deadline, "a command went back to the detect queue");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let events = events_up_to_a_marker(&broker).await;
    let seen: Vec<_> = events.iter().map(|e| (e.job_id, e.attempt, e.status)).collect();
    assert_eq!(seen, [(job, 2, JobStatus::Completed)], "one event only");
}

/// Every status event in the queue now. The worker's publishes were confirmed before it returned,
/// so a marker published after them queues behind them all: reading up to the marker sees each one
/// without waiting for a count to settle, and an extra event cannot hide behind a short sleep.
async fn events_up_to_a_marker(broker: &Broker) -> Vec<StatusEvent> {
    const MARKER: &[u8] = b"end of the events";
    broker.publish(&[Envelope::new(Route::Event, MARKER)]).await.unwrap();
    let reading = CancellationToken::new();
    let mut deliveries = broker.consume(QueueName::Events, 16, reading.clone());
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    let mut events = Vec::new();
    loop {
        let delivery = tokio::time::timeout_at(deadline, deliveries.recv()).await.expect("the marker never arrived").unwrap();
        let marker = delivery.payload == MARKER;
        if !marker {
            events.push(serde_json::from_slice(&delivery.payload).unwrap());
        }
        delivery.ack().await.unwrap();
        if marker {
            reading.cancel();
            return events;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_running_job_stops_at_its_next_chunk_in_process() {
    a_running_job_stops_at_its_next_chunk_and_writes_nothing(Broker::memory(BrokerSettings::default())).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_running_job_stops_at_its_next_chunk_over_rabbitmq() {
    let vhost = TestVhost::new();
    a_running_job_stops_at_its_next_chunk_and_writes_nothing(Broker::amqp(vhost.url(), BrokerSettings::default())).await;
}

/// The broadcast itself on RabbitMQ: every subscriber (each worker) gets its own copy, and a
/// notice with nobody listening is accepted (the cancel stream keeps it).
#[tokio::test(flavor = "multi_thread")]
async fn every_worker_gets_its_own_copy_of_a_cancel_notice_over_rabbitmq() {
    let vhost = TestVhost::new();
    let gateway = Broker::amqp(vhost.url(), BrokerSettings::default());
    let notice = Envelope::new(Route::Cancel, b"{\"n\":1}".to_vec());
    gateway.publish(std::slice::from_ref(&notice)).await.expect("accepted with no worker listening");
    let stop = CancellationToken::new();
    let workers: Vec<Broker> = (0..2).map(|_| Broker::amqp(vhost.url(), BrokerSettings::default())).collect();
    let mut subs: Vec<_> = workers.iter().map(|w| w.subscribe_cancels(stop.clone())).collect();
    // Each reads the stream from the start of the window; send until each has heard.
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut heard = [false, false];
    while heard != [true, true] {
        assert!(Instant::now() < deadline, "a worker never heard the notice: {heard:?}");
        gateway.publish(std::slice::from_ref(&notice)).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        for (i, sub) in subs.iter_mut().enumerate() {
            while let Ok(item) = sub.try_recv() {
                if let CancelFeed::Notice(payload) = item {
                    assert_eq!(payload, b"{\"n\":1}");
                    heard[i] = true;
                }
            }
        }
    }
    // The work queues are untouched.
    assert_eq!(gateway.depth(QueueName::Detect).await.unwrap(), 0);
    stop.cancel();
}
