use std::time::Duration;

use lapin::options::{BasicAckOptions, BasicNackOptions};

use crate::memory::MemoryAcker;
use crate::{Headers, QueueError};

/// One received message; settle it with [`Delivery::ack`] or [`Delivery::nack`]. A delivery dropped
/// without being settled goes back to its queue (like a consumer whose channel closed).
#[derive(Debug)]
pub struct Delivery {
    pub payload: Vec<u8>,
    pub headers: Headers,
    /// 1 on first delivery, growing with each redelivery.
    pub delivery_count: u32,
    pub(crate) acker: Acker,
}

/// How long an acknowledgement may wait for the broker. On a connection that broke mid-way the
/// settle future may never resolve; a consumer that awaits it would stop taking deliveries and never
/// see that its channel is gone (a gateway once stopped applying status events for good after a
/// RabbitMQ restart). Past this the delivery counts as unsettled: the broker redelivers it.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug)]
pub(crate) enum Acker {
    /// The channel rides along because lapin closes a channel when its last handle goes, and a
    /// closed channel returns its unacked messages to the queue: when a worker stops, its
    /// consumer's loop ends while in-flight jobs still have to ack, so each delivery keeps the
    /// channel open until it is settled or dropped.
    Amqp {
        acker: lapin::Acker,
        _channel: lapin::Channel,
    },
    Memory(MemoryAcker),
}

impl Delivery {
    /// Removes the message for good: call only once its effects are durable.
    ///
    /// # Errors
    /// `QueueError::Settle` when the channel that delivered it is gone (the broker will redeliver).
    pub async fn ack(self) -> Result<(), QueueError> {
        match self.acker {
            Acker::Amqp { acker: a, .. } => settle(a.ack(BasicAckOptions::default())).await,
            Acker::Memory(a) => {
                a.ack();
                Ok(())
            }
        }
    }

    /// Gives the message back: to its queue when `requeue` (counting towards the delivery limit), or
    /// straight to the dead letters.
    ///
    /// # Errors
    /// `QueueError::Settle` when the channel that delivered it is gone (the broker will redeliver).
    pub async fn nack(self, requeue: bool) -> Result<(), QueueError> {
        match self.acker {
            Acker::Amqp { acker: a, .. } => settle(a.nack(BasicNackOptions { requeue, multiple: false })).await,
            Acker::Memory(a) => {
                a.nack(requeue);
                Ok(())
            }
        }
    }
}

/// An AMQP acknowledgement bounded by [`SETTLE_TIMEOUT`].
async fn settle<T>(f: impl std::future::Future<Output = lapin::Result<T>>) -> Result<(), QueueError> {
    match tokio::time::timeout(SETTLE_TIMEOUT, f).await {
        Ok(r) => r.map(|_| ()).map_err(|e| QueueError::Settle(e.to_string())),
        Err(_) => Err(QueueError::Settle("the broker did not take the acknowledgement in time".into())),
    }
}
