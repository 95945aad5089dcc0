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

#[derive(Debug)]
pub(crate) enum Acker {
    Amqp(lapin::Acker),
    Memory(MemoryAcker),
}

impl Delivery {
    /// Removes the message for good: call only once its effects are durable.
    ///
    /// # Errors
    /// `QueueError::Settle` when the channel that delivered it is gone (the broker will redeliver).
    pub async fn ack(self) -> Result<(), QueueError> {
        match self.acker {
            Acker::Amqp(a) => a.ack(BasicAckOptions::default()).await.map(|_| ()).map_err(|e| QueueError::Settle(e.to_string())),
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
            Acker::Amqp(a) => {
                a.nack(BasicNackOptions { requeue, multiple: false }).await.map(|_| ()).map_err(|e| QueueError::Settle(e.to_string()))
            }
            Acker::Memory(a) => {
                a.nack(requeue);
                Ok(())
            }
        }
    }
}
