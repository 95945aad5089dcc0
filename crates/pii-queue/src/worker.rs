//! The consume loop both workers share.
//!
//! For each delivery: parse the command, run the handler on its own task (so that a panic is caught
//! and counted as a failed delivery), publish what the handler produced with confirms, and only then
//! ack. Failures are classified once, here:
//! - `Failure::Permanent`: the job ends as `error` (the input is missing, forbidden, corrupt…).
//! - `Failure::Transient`: the job is reported `failed` and its command re-published with a delay
//!   and the next attempt number, until the attempts are used up; then it stays `failed`.
//! - a panic, or a publish that fails: the delivery is returned to the queue; past the delivery
//!   limit the broker dead-letters it and the gateway ends the job as `error`.
//! - a message that does not parse goes straight to the dead letters.
//! - `Failure::Cancelled`, or a command of a job this worker heard was cancelled
//!   ([`crate::cancels`]): acked, and nothing is published; the gateway already ended the job.
//!
//! Each delivery is handled in a span whose parent is the W3C trace context in the message's
//! headers, and the messages it publishes carry that span's context on: one job is one trace.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use pii_core::JobStatus;
use pii_core::cancel::StopFlag;
use pii_core::messages::{JobCommand, StatusEvent};
use pii_runtime::metrics;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::cancels::Cancellations;
use crate::{Broker, Delivery, Envelope, Headers, QueueError, QueueName, Route};

/// Why a job could not be done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// Unrecoverable; the message is shown to the user, so it must never hold document text.
    Permanent(String),
    /// Recoverable (a timeout, a storage or broker hiccup); retried with backoff.
    Transient(String),
    /// The job was cancelled while this run did it: the run wrote nothing, and reports nothing.
    Cancelled,
}

impl Failure {
    /// Classifies an error by its kind: dependencies being down are worth retrying, everything else
    /// (missing, forbidden, corrupt, too large, unsupported input) is not.
    pub fn from_kind(kind: pii_core::ErrorKind, message: String) -> Self {
        use pii_core::ErrorKind as K;
        match kind {
            K::Unavailable | K::Internal | K::RateLimited => Failure::Transient(message),
            K::BadRequest | K::Unprocessable | K::NotFound | K::Forbidden | K::TooLarge | K::Conflict => Failure::Permanent(message),
        }
    }
}

/// What a worker does with one command.
pub trait JobHandler: Send + Sync + 'static {
    /// Does the work and returns the messages to publish (the next stage, status events); they are
    /// published, with confirms, before the command is acked. `stop` is raised when the job is
    /// cancelled meanwhile: the handler looks at it between chunks and before it writes anything,
    /// and then returns `Failure::Cancelled`.
    fn handle(&self, command: JobCommand, headers: Headers, stop: StopFlag) -> impl Future<Output = Result<Vec<Envelope>, Failure>> + Send;
}

/// How a worker consumes.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    pub queue: QueueName,
    pub prefetch: u16,
    /// Commands handled at once.
    pub concurrency: usize,
    /// Automatic attempts per job before it stays `failed`.
    pub max_attempts: u32,
    /// First retry delay; doubled per attempt.
    pub retry_base: Duration,
    /// Time to finish in-flight work after shutdown is signalled.
    pub shutdown_grace: Duration,
}

/// Counts of what happened, for logs and tests.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WorkerReport {
    pub handled: u64,
    pub abandoned: u64,
}

/// Consumes `cfg.queue` until `shutdown` is cancelled, then drains in-flight work for at most the
/// grace period; work not finished by then goes back to the queue.
pub async fn run<H: JobHandler>(broker: Broker, handler: Arc<H>, cfg: WorkerConfig, shutdown: CancellationToken) -> WorkerReport {
    let consumer_stop = CancellationToken::new();
    // Listening before consuming: a notice sent from now on reaches the commands consumed next, and
    // on RabbitMQ the commands are consumed only once the notices kept from before are recorded.
    let cancels = Cancellations::with_window(broker.cancel_window());
    cancels.listen(&broker, consumer_stop.child_token());
    let mut deliveries = broker.consume(cfg.queue, cfg.prefetch, consumer_stop.clone());
    let slots = Arc::new(Semaphore::new(cfg.concurrency.max(1)));
    let mut tasks = JoinSet::new();
    let mut report = WorkerReport::default();
    loop {
        tokio::select! {
            biased;
            () = shutdown.cancelled() => break,
            Some(_) = tasks.join_next(), if !tasks.is_empty() => report.handled += 1,
            next = deliveries.recv() => {
                let Some(delivery) = next else { break };
                let Ok(slot) = slots.clone().acquire_owned().await else { break };
                let (broker, handler, cfg, cancels) = (broker.clone(), handler.clone(), cfg.clone(), cancels.clone());
                tasks.spawn(async move {
                    process(&broker, handler, &cfg, &cancels, delivery).await;
                    drop(slot);
                });
            }
        }
    }
    consumer_stop.cancel();
    drop(deliveries);
    let drained = tokio::time::timeout(cfg.shutdown_grace, async {
        while tasks.join_next().await.is_some() {
            report.handled += 1;
        }
    })
    .await;
    if drained.is_err() {
        report.abandoned = tasks.len() as u64;
        tracing::warn!(abandoned = report.abandoned, "grace period over; returning unfinished work to the queue");
        tasks.abort_all();
        while tasks.join_next().await.is_some() {}
    }
    report
}

/// How one delivery ended, for metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Done; the follow-up messages were published and the delivery acked.
    Ok,
    /// Ended the job as `error`.
    Error,
    /// A recoverable failure, scheduled to be tried again.
    Retry,
    /// A recoverable failure with no attempt left: the job stays `failed`.
    GaveUp,
    /// The handler panicked; the delivery went back to the queue.
    Crashed,
    /// The outcome could not be published; the delivery went back to the queue.
    Requeued,
    /// Not a command; dead-lettered.
    Malformed,
    /// The job was cancelled; acked with nothing published.
    Cancelled,
}

impl Outcome {
    fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Error => "error",
            Outcome::Retry => "retry",
            Outcome::GaveUp => "gave_up",
            Outcome::Crashed => "crashed",
            Outcome::Requeued => "requeued",
            Outcome::Malformed => "malformed",
            Outcome::Cancelled => "cancelled",
        }
    }
}

/// Counts a delivery as in flight until dropped (also when its task is aborted at the end of the
/// grace period).
struct InFlight(&'static str);

impl InFlight {
    fn start(queue: &'static str) -> Self {
        metrics::in_flight(queue, 1);
        InFlight(queue)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        metrics::in_flight(self.0, -1);
    }
}

fn stage_label(queue: QueueName) -> &'static str {
    match queue {
        QueueName::Detect => "detect",
        QueueName::Redact => "redact",
        other => other.as_str(),
    }
}

/// Handles one delivery to the end (published and settled), and records its metrics: the time it
/// waited in the queue, the time it took, and how it ended.
pub async fn process<H: JobHandler>(
    broker: &Broker,
    handler: Arc<H>,
    cfg: &WorkerConfig,
    cancels: &Arc<Cancellations>,
    delivery: Delivery,
) {
    let queue = cfg.queue.as_str();
    if let Some(waited) = crate::waited_secs(&delivery.headers) {
        metrics::queue_lag(queue, waited);
    }
    let started = std::time::Instant::now();
    let in_flight = InFlight::start(queue);
    let outcome = handle_delivery(broker, handler, cfg, cancels, delivery).await;
    drop(in_flight);
    metrics::delivery(queue, stage_label(cfg.queue), outcome.as_str(), Some(started.elapsed().as_secs_f64()));
}

/// One delivery in its own span, a child of the span that published the message (W3C
/// `traceparent` header); the messages it publishes carry this span's context on.
async fn handle_delivery<H: JobHandler>(
    broker: &Broker,
    handler: Arc<H>,
    cfg: &WorkerConfig,
    cancels: &Arc<Cancellations>,
    delivery: Delivery,
) -> Outcome {
    let command: JobCommand = match serde_json::from_slice(&delivery.payload) {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(queue = cfg.queue.as_str(), error = %e, "malformed message; dead-lettering it");
            settle(delivery.nack(false).await);
            return Outcome::Malformed;
        }
    };
    let job = command.job().clone();
    let Some(run) = cancels.start(&job) else {
        tracing::info!(job_id = %job.job_id, attempt = job.attempt, "job was cancelled; skipping its command");
        settle(delivery.ack().await);
        return Outcome::Cancelled;
    };
    let span = tracing::info_span!(
        "job",
        otel.name = %format_args!("{} process", cfg.queue.as_str()),
        otel.kind = "consumer",
        otel.status_code = tracing::field::Empty,
        messaging.system = "rabbitmq",
        messaging.operation.type = "process",
        messaging.destination.name = cfg.queue.as_str(),
        messaging.message.delivery_count = delivery.delivery_count,
        job_id = %job.job_id,
        tenant = %job.tenant_id,
        attempt = job.attempt,
        stage = command.stage().as_str(),
    );
    pii_runtime::telemetry::set_parent_from(&span, &delivery.headers);
    let retry_command = command.clone();
    let headers = delivery.headers.clone();
    let stop = run.stop().clone();
    let work = tokio::spawn(async move { handler.handle(command, headers, stop).await }.instrument(span.clone()));
    async move {
        let finished = work.await;
        drop(run);
        let (mut messages, outcome) = match finished {
            Ok(Ok(messages)) => (messages, Outcome::Ok),
            Ok(Err(Failure::Cancelled)) => {
                tracing::info!("job was cancelled; stopped without writing");
                settle(delivery.ack().await);
                return Outcome::Cancelled;
            }
            Ok(Err(Failure::Permanent(why))) => {
                tracing::info!(error = %why, "job ended with an unrecoverable error");
                tracing::Span::current().record("otel.status_code", "ERROR");
                let mut ev = StatusEvent::new(&job, JobStatus::Error, 0);
                ev.error_message = Some(why);
                match Envelope::json(Route::Event, &ev).map_err(QueueError::from) {
                    Ok(m) => (vec![m], Outcome::Error),
                    Err(e) => {
                        requeue(delivery, &e).await;
                        return Outcome::Requeued;
                    }
                }
            }
            Ok(Err(Failure::Transient(why))) => match retry_messages(&retry_command, cfg, &why) {
                Ok(m) => (m, if job.attempt < cfg.max_attempts { Outcome::Retry } else { Outcome::GaveUp }),
                Err(e) => {
                    requeue(delivery, &e).await;
                    return Outcome::Requeued;
                }
            },
            Err(join_error) => {
                tracing::error!(error = %join_error, delivery_count = delivery.delivery_count, "handler crashed; returning the message");
                tracing::Span::current().record("otel.status_code", "ERROR");
                settle(delivery.nack(true).await);
                return Outcome::Crashed;
            }
        };
        for m in &mut messages {
            pii_runtime::telemetry::inject_current(&mut m.headers);
        }
        match broker.publish(&messages).await {
            Ok(()) => {
                settle(delivery.ack().await);
                outcome
            }
            Err(e) => {
                requeue(delivery, &e).await;
                Outcome::Requeued
            }
        }
    }
    .instrument(span)
    .await
}

fn retry_messages(command: &JobCommand, cfg: &WorkerConfig, why: &str) -> Result<Vec<Envelope>, QueueError> {
    let job = command.job();
    let mut ev = StatusEvent::new(job, JobStatus::Failed, 0);
    if job.attempt < cfg.max_attempts {
        let delay = cfg.retry_base * 2u32.saturating_pow(job.attempt.saturating_sub(1));
        let (_, level) = crate::topology::delay_level(delay);
        ev.error_message = Some(format!("{why}; retrying in {}s (attempt {} of {})", level.as_secs(), job.attempt + 1, cfg.max_attempts));
        ev.retry_in_secs = Some(u32::try_from(level.as_secs()).unwrap_or(u32::MAX));
        let mut next = command.clone();
        next.job_mut().attempt += 1;
        let mut retry = Envelope::json(Route::from(next.stage()), &next)?;
        retry.delay = Some(delay);
        tracing::info!(error = %why, delay_s = level.as_secs(), "recoverable failure; retrying later");
        Ok(vec![Envelope::json(Route::Event, &ev)?, retry])
    } else {
        ev.error_message = Some(format!("{why} (gave up after {} attempts)", cfg.max_attempts));
        tracing::warn!(error = %why, "recoverable failure, attempts used up");
        Ok(vec![Envelope::json(Route::Event, &ev)?])
    }
}

async fn requeue(delivery: Delivery, e: &QueueError) {
    tracing::warn!(error = %e, "cannot publish the outcome; returning the message");
    settle(delivery.nack(true).await);
}

fn settle(r: Result<(), QueueError>) {
    if let Err(e) = r {
        // The channel is gone; the broker redelivers the message, and consumers are idempotent.
        tracing::warn!(error = %e, "could not settle a delivery");
    }
}

/// Reports a long job's progress while blocking work runs: the blocking code calls
/// [`ProgressReporter::update`] with bytes done, and at most one `processing` event per second is
/// published, only when the percentage rose. Percentages are mapped into this stage's share of the job
/// (the detector reports 0–50, the redactor 50–99).
#[derive(Debug, Clone)]
pub struct ProgressReporter {
    tx: tokio::sync::watch::Sender<u64>,
}

impl ProgressReporter {
    /// Starts the reporter; it stops by itself when the last clone is dropped.
    pub fn start(broker: Broker, job: &pii_core::messages::JobSpec, total_bytes: u64, from_pct: u8, to_pct: u8) -> Self {
        let (tx, mut rx) = tokio::sync::watch::channel(0u64);
        let job = job.clone();
        tokio::spawn(async move {
            let mut last_pct = from_pct;
            let mut ticker = tokio::time::interval(Duration::from_secs(1));
            ticker.tick().await;
            loop {
                tokio::select! {
                    changed = rx.changed() => if changed.is_err() { return },
                    _ = ticker.tick() => {}
                }
                let done = *rx.borrow_and_update();
                let span = u64::from(to_pct.saturating_sub(from_pct));
                let pct = from_pct + u8::try_from(done.min(total_bytes) * span / total_bytes.max(1)).unwrap_or(0);
                if pct > last_pct {
                    last_pct = pct;
                    let mut ev = StatusEvent::new(&job, JobStatus::Processing, pct);
                    ev.bytes_processed = Some(done);
                    if let Ok(m) = Envelope::json(Route::Event, &ev) {
                        // Progress is advisory: a lost progress event changes nothing.
                        let _ = broker.publish(&[m]).await;
                    }
                    ticker.reset();
                    // At most one event per second.
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        });
        ProgressReporter { tx }
    }

    /// Records `bytes` done; cheap enough to call for every chunk.
    pub fn update(&self, bytes: u64) {
        self.tx.send_replace(bytes);
    }
}
