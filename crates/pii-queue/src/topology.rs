//! Names of the broker's exchanges and queues, and how messages are routed.
//!
//! ```text
//! exchange "pii" (direct) ── detect ──> queue pii.detect   (quorum, delivery limit, DLX pii.dlx)
//!                          ── redact ──> queue pii.redact   (quorum, delivery limit, DLX pii.dlx)
//!                          ── event  ──> queue pii.events   (quorum, delivery limit, DLX pii.dlx)
//! exchange "pii.delay" (headers, x-delay=<level>) ──> queue pii.delay.<level> (TTL, DLX "pii")
//! exchange "pii.dlx" (fanout) ──> queue pii.dead         (kept for operators, bounded)
//!                             ──> queue pii.dead.notify  (read by the gateway to end the job as error)
//! exchange "pii.cancel" (fanout) ──> stream pii.cancel.stream (cancel notices, kept for the cancel
//!                                     window; every worker reads all of it, see `cancel_stream`)
//! ```

use std::time::Duration;

use pii_core::envelope::Route;

/// The main exchange.
pub const EXCHANGE: &str = "pii";
/// The exchange of delayed retries.
pub const DELAY_EXCHANGE: &str = "pii.delay";
/// The dead-letter exchange.
pub const DEAD_LETTER_EXCHANGE: &str = "pii.dlx";
/// Delay levels for retries; a requested delay is rounded up to the next level.
pub const DELAY_LEVELS: [Duration; 4] = [Duration::from_secs(1), Duration::from_secs(5), Duration::from_secs(30), Duration::from_secs(120)];
/// The exchange of cancel notices. It feeds the cancel stream, which every worker reads whole; a
/// worker of the previous version binds an exclusive queue of its own to it instead.
pub const CANCEL_EXCHANGE: &str = "pii.cancel";
/// Most messages kept in `pii.dead`; older ones are dropped first.
pub const DEAD_QUEUE_MAX_LENGTH: i64 = 100_000;

/// The queues consumers read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueueName {
    Detect,
    Redact,
    Events,
    /// Dead letters, kept for operators.
    Dead,
    /// A copy of every dead letter, for the gateway to end its job.
    DeadNotify,
}

impl QueueName {
    pub const ALL: [QueueName; 5] = [QueueName::Detect, QueueName::Redact, QueueName::Events, QueueName::Dead, QueueName::DeadNotify];

    pub fn as_str(self) -> &'static str {
        match self {
            QueueName::Detect => "pii.detect",
            QueueName::Redact => "pii.redact",
            QueueName::Events => "pii.events",
            QueueName::Dead => "pii.dead",
            QueueName::DeadNotify => "pii.dead.notify",
        }
    }

    /// The one queue `route` fills; `None` for the broadcast of cancel notices.
    pub fn of(route: Route) -> Option<QueueName> {
        match route {
            Route::Detect => Some(QueueName::Detect),
            Route::Redact => Some(QueueName::Redact),
            Route::Event => Some(QueueName::Events),
            Route::Cancel => None,
        }
    }

    /// The work queues (dead-lettered past the delivery limit).
    pub fn is_work(self) -> bool {
        matches!(self, QueueName::Detect | QueueName::Redact | QueueName::Events)
    }
}

/// The delay level a requested delay rounds up to, as a label and its duration.
pub fn delay_level(d: Duration) -> (String, Duration) {
    let level = DELAY_LEVELS.iter().copied().find(|l| *l >= d).unwrap_or(DELAY_LEVELS[DELAY_LEVELS.len() - 1]);
    (format!("{}s", level.as_secs()), level)
}
