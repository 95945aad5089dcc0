//! The replayable record of cancel notices on RabbitMQ.
//!
//! A notice broadcast only to the workers listening at that moment is lost to a worker that starts
//! later or whose connection is down, and such a worker would still read a cancelled job's input
//! (a job whose storage grant was revoked, say) once. So the cancel exchange also feeds a stream
//! queue, [`CANCEL_STREAM`], that keeps every notice for the cancel window
//! ([`crate::BrokerSettings::cancel_window`]). A worker reads it from where it stopped: on its first
//! connection from the start of the window, after a reconnection from the offset after the last
//! notice it took, so it learns every notice of the window and none twice.
//!
//! A stream has no "end" a reader is told of, so on every connection a subscription knows it has
//! read everything kept by writing a marker of its own into the stream and reading up to it (every
//! reader skips markers). The process's consumers of commands start on that connection only after
//! that, so a command of a job cancelled before the worker started, or while it was away, is
//! skipped, not run.
//!
//! Why a stream bound to the existing fanout rather than a new publishing path: the gateway keeps
//! publishing to one exchange, a worker of the previous version (an exclusive queue bound to the
//! same fanout) keeps hearing notices during a rolling upgrade, and the broker, not each worker,
//! holds the history.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use lapin::options::{BasicPublishOptions, QueueDeclareOptions};
use lapin::types::{AMQPValue, FieldTable};
use lapin::{Channel, Connection};

use crate::QueueError;

/// The stream queue of cancel notices, bound to [`crate::topology::CANCEL_EXCHANGE`].
pub const CANCEL_STREAM: &str = "pii.cancel.stream";

/// Size of the stream's segment files. RabbitMQ drops whole segments past the retention, and never
/// the one being written: small segments let a stream of small, rare notices shed what is older
/// than the window instead of keeping its first 500 MB (the default) for good.
const SEGMENT_BYTES: i64 = 1 << 20;

/// The header RabbitMQ stamps on every delivery from a stream: the message's offset.
const OFFSET_HEADER: &str = "x-stream-offset";

/// The header of a marker: its value is the subscription's own token. A message with this header
/// is no notice.
const MARKER_HEADER: &str = "pii-cancel-marker";

/// Writes a marker into the stream (through the default exchange, so only the stream gets it).
///
/// # Errors
/// `QueueError::Unavailable` when the channel breaks.
pub(crate) async fn mark(ch: &Channel, token: u64) -> Result<(), QueueError> {
    let mut headers = FieldTable::default();
    headers.insert(MARKER_HEADER.into(), AMQPValue::LongLongInt(i64::from_ne_bytes(token.to_ne_bytes())));
    let props = lapin::BasicProperties::default().with_headers(headers);
    ch.basic_publish("".into(), CANCEL_STREAM.into(), BasicPublishOptions::default(), b"", props).await?;
    Ok(())
}

/// The token of the marker a delivery is, if it is one.
pub(crate) fn marker_of(headers: Option<&FieldTable>) -> Option<u64> {
    match headers?.inner().get(MARKER_HEADER)? {
        AMQPValue::LongLongInt(n) => Some(u64::from_ne_bytes(n.to_ne_bytes())),
        _ => Some(0),
    }
}

/// Where a reading of the stream starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resume {
    /// Every notice published in the last `window` (a first connection).
    Window(Duration),
    /// The notice after the one at this offset, the last one taken (a reconnection).
    After(u64),
}

impl Resume {
    /// The `basic.consume` arguments that start the reading here.
    pub(crate) fn consume_args(self) -> FieldTable {
        let offset = match self {
            Resume::Window(window) => {
                let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
                // An AMQP timestamp, in seconds: the stream starts at the first chunk written since.
                AMQPValue::Timestamp(now.saturating_sub(window.as_secs()))
            }
            Resume::After(last) => AMQPValue::LongLongInt(i64::try_from(last.saturating_add(1)).unwrap_or(i64::MAX)),
        };
        let mut t = FieldTable::default();
        t.insert(OFFSET_HEADER.into(), offset);
        t
    }
}

/// The stream offset a delivery carries, if it came from a stream.
pub(crate) fn offset_of(headers: Option<&FieldTable>) -> Option<u64> {
    match headers?.inner().get(OFFSET_HEADER)? {
        AMQPValue::LongLongInt(n) => u64::try_from(*n).ok(),
        AMQPValue::LongInt(n) => u64::try_from(*n).ok(),
        AMQPValue::LongUInt(n) => Some(u64::from(*n)),
        _ => None,
    }
}

/// Declares the stream, keeping `window` of notices. Its arguments are fixed at creation, and
/// RabbitMQ refuses to declare it again with other ones (it closes the channel): a stream that
/// already exists with another retention (the setting changed since) is kept as it is, with a
/// warning, rather than failing every connection. Declared on a channel of its own for that reason.
///
/// # Errors
/// `QueueError::Unavailable` when the stream can be neither declared nor found.
pub(crate) async fn declare(conn: &Connection, window: Duration) -> Result<(), QueueError> {
    let ch = conn.create_channel().await?;
    let mut args = FieldTable::default();
    args.insert("x-queue-type".into(), AMQPValue::LongString("stream".into()));
    args.insert("x-max-age".into(), AMQPValue::LongString(format!("{}s", window.as_secs().max(1)).into()));
    args.insert("x-stream-max-segment-size-bytes".into(), AMQPValue::LongLongInt(SEGMENT_BYTES));
    let durable = QueueDeclareOptions { durable: true, ..Default::default() };
    match ch.queue_declare(CANCEL_STREAM.into(), durable, args).await {
        Ok(_) => {
            let _ = ch.close(200, "ok".into()).await;
            Ok(())
        }
        Err(declared) => {
            let declared = QueueError::from(declared);
            let check: Channel = conn.create_channel().await?;
            let passive = QueueDeclareOptions { passive: true, ..Default::default() };
            if check.queue_declare(CANCEL_STREAM.into(), passive, FieldTable::default()).await.is_err() {
                return Err(declared);
            }
            let _ = check.close(200, "ok".into()).await;
            tracing::warn!(stream = CANCEL_STREAM, error = %declared, "the cancel stream exists with other arguments; kept as it is");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reconnection_resumes_after_the_last_offset_and_a_first_one_at_the_window() {
        let after = Resume::After(41).consume_args();
        assert_eq!(after.inner().get(OFFSET_HEADER), Some(&AMQPValue::LongLongInt(42)));
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
        let Some(AMQPValue::Timestamp(t)) = Resume::Window(Duration::from_secs(3_600)).consume_args().inner().get(OFFSET_HEADER).cloned()
        else {
            panic!("a timestamp offset")
        };
        assert!((now - 3_601..=now - 3_600).contains(&t), "{t} vs {now}");
    }

    #[test]
    fn the_offset_is_read_from_the_delivery_headers() {
        let mut h = FieldTable::default();
        h.insert(OFFSET_HEADER.into(), AMQPValue::LongLongInt(7));
        assert_eq!(offset_of(Some(&h)), Some(7));
        assert_eq!(offset_of(Some(&FieldTable::default())), None);
        assert_eq!(offset_of(None), None);
    }
}
