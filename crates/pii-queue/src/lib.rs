//! The message broker between gateway and workers.
//!
//! Two implementations with the same delivery semantics, chosen at start:
//! - [`amqp`]: RabbitMQ through lapin: quorum queues with a delivery limit and a dead-letter
//!   exchange, publisher confirms, manual acks, reconnection with backoff and idempotent topology.
//! - [`memory`]: an in-process queue for the embedded default and tests: at-least-once delivery,
//!   redelivery of unacknowledged messages, the same delivery limit and dead-lettering.
//!
//! [`worker`] is the consume loop both workers share: parse, handle, publish the follow-ups, ack;
//! classify failures as retryable or not, and never ack before the effects are durable.
//! [`cancels`] is what a worker knows of cancelled jobs (from the broadcast of cancel notices,
//! which RabbitMQ also keeps for a while in a stream: [`cancel_stream`]).

pub mod amqp;
mod cancel_stream;
pub mod cancels;
mod delivery;
pub mod error;
pub mod memory;
pub mod topology;
pub mod worker;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

pub use delivery::Delivery;
pub use error::QueueError;
pub use pii_core::envelope::{Envelope, Headers, Route};
pub use topology::QueueName;

/// Header stamped on every message at publish: when it becomes ready for consumers (Unix time in
/// milliseconds: the publish time plus any retry delay). Workers measure queue lag from it.
pub const READY_AT_HEADER: &str = "pii-ready-at";

/// The [`READY_AT_HEADER`] value for a message published now with `delay`.
pub(crate) fn ready_at(delay: Option<Duration>) -> String {
    let wait = match delay {
        Some(d) if !d.is_zero() => topology::delay_level(d).1,
        _ => Duration::ZERO,
    };
    let at = std::time::SystemTime::now() + wait;
    at.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0).to_string()
}

/// Seconds since the delivered message became ready, when its publisher stamped it.
pub fn waited_secs(headers: &Headers) -> Option<f64> {
    let ready_ms: u128 = headers.get(READY_AT_HEADER)?.parse().ok()?;
    let now_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_millis();
    // Clocks of different hosts may disagree by a little: never report a negative wait.
    Some(now_ms.saturating_sub(ready_ms) as f64 / 1000.0)
}

/// What a cancel subscription delivers, in order.
#[derive(Debug)]
pub enum CancelFeed {
    /// A cancel notice as published (JSON of a `CancelNotice`).
    Notice(Vec<u8>),
    /// Every notice the broker kept when this process (re)connected has been delivered before this.
    /// The receiver drops (or sends on) the sender once it has recorded those: on RabbitMQ the
    /// process's consumers of commands start only then, so a command of a job cancelled before the
    /// worker started, or while its connection was down, is skipped, never run.
    CaughtUp(tokio::sync::oneshot::Sender<()>),
}

/// Behaviour shared by both brokers, chosen once at start.
#[derive(Debug, Clone)]
pub struct BrokerSettings {
    /// Deliveries of one message before it is dead-lettered.
    pub delivery_limit: u32,
    /// How long connecting to RabbitMQ (and declaring the topology) may take. Every publisher and
    /// consumer waits on the connection, so a broker that accepts and never answers must not hold
    /// them forever.
    pub connect_timeout: Duration,
    /// How long a batch of messages may wait for RabbitMQ's confirms. A connection that broke
    /// without closing (the broker restarted under it) may never answer; the publish then fails as
    /// `Unavailable`, the connection is dropped and the caller's message goes back to its queue.
    pub confirm_timeout: Duration,
    /// How far back a worker learns of cancel notices when it connects (RabbitMQ keeps them this
    /// long in the cancel stream), and how long it remembers one. A notice matters while the job's
    /// commands may still wait in a queue, and commands carry no TTL: a backlog can hold them for
    /// hours (the sweeper re-sends a job still `queued` only after four times
    /// `PII_REDACTOR_STUCK_AFTER_SECS`, an hour by default, and leaves the first command queued).
    /// A day covers that with room, and costs little: a notice is about 150 bytes.
    pub cancel_window: Duration,
}

/// The default [`BrokerSettings::cancel_window`]: a day.
pub const DEFAULT_CANCEL_WINDOW: Duration = Duration::from_secs(24 * 3_600);

impl Default for BrokerSettings {
    fn default() -> Self {
        BrokerSettings {
            delivery_limit: 5,
            connect_timeout: Duration::from_secs(10),
            confirm_timeout: Duration::from_secs(30),
            cancel_window: DEFAULT_CANCEL_WINDOW,
        }
    }
}

/// The broker of this process.
#[derive(Clone, Debug)]
pub enum Broker {
    Amqp(Arc<amqp::AmqpBroker>),
    Memory(Arc<memory::MemoryBroker>),
}

impl Broker {
    /// RabbitMQ at `url`; connects lazily, so a process starts (not ready) while the broker is down.
    pub fn amqp(url: &str, settings: BrokerSettings) -> Self {
        Broker::Amqp(Arc::new(amqp::AmqpBroker::new(url, settings)))
    }

    /// A new in-process broker.
    pub fn memory(settings: BrokerSettings) -> Self {
        Broker::Memory(Arc::new(memory::MemoryBroker::new(settings)))
    }

    /// Publishes all messages; returns once the broker has confirmed every one of them.
    ///
    /// # Errors
    /// `QueueError::Unavailable` when the broker cannot be reached or refuses a message; some of the
    /// messages may have been published (callers are at-least-once anyway).
    pub async fn publish(&self, messages: &[Envelope]) -> Result<(), QueueError> {
        if messages.is_empty() {
            return Ok(());
        }
        match self {
            Broker::Amqp(b) => b.publish(messages).await,
            Broker::Memory(b) => {
                b.publish(messages);
                Ok(())
            }
        }
    }

    /// Starts consuming `queue` with at most `prefetch` unacknowledged deliveries. The stream
    /// survives broker restarts (it reconnects) and ends when `shutdown` is cancelled.
    pub fn consume(&self, queue: QueueName, prefetch: u16, shutdown: CancellationToken) -> mpsc::Receiver<Delivery> {
        match self {
            Broker::Amqp(b) => b.consume(queue, prefetch, shutdown),
            Broker::Memory(b) => b.consume(queue, prefetch, shutdown),
        }
    }

    /// Every cancel notice published ([`Route::Cancel`]), a copy for each subscriber, until
    /// `shutdown`. On RabbitMQ also those of the last [`BrokerSettings::cancel_window`] before the
    /// call and those sent while this process was cut off from the broker (they arrive once it is
    /// back); in process, from the call on (the queue lives and dies with this process). On each
    /// connection, once the notices kept are all delivered, [`CancelFeed::CaughtUp`] follows them.
    pub fn subscribe_cancels(&self, shutdown: CancellationToken) -> mpsc::Receiver<CancelFeed> {
        match self {
            Broker::Amqp(b) => b.subscribe_cancels(shutdown),
            Broker::Memory(b) => b.subscribe_cancels(shutdown),
        }
    }

    /// How long cancel notices are kept and remembered ([`BrokerSettings::cancel_window`]).
    pub fn cancel_window(&self) -> Duration {
        match self {
            Broker::Amqp(b) => b.settings().cancel_window,
            Broker::Memory(b) => b.settings().cancel_window,
        }
    }

    /// Whether the broker answers (for readiness probes).
    ///
    /// # Errors
    /// `QueueError::Unavailable` when it does not.
    pub async fn check(&self) -> Result<(), QueueError> {
        match self {
            Broker::Amqp(b) => b.check().await,
            Broker::Memory(_) => Ok(()),
        }
    }

    /// Messages ready in `queue` (for metrics and autoscaling).
    ///
    /// # Errors
    /// `QueueError::Unavailable` when the broker cannot be asked.
    pub async fn depth(&self, queue: QueueName) -> Result<u64, QueueError> {
        match self {
            Broker::Amqp(b) => b.depth(queue).await,
            Broker::Memory(b) => Ok(b.depth(queue)),
        }
    }
}
