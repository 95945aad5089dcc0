//! The in-process broker: the embedded default's queue, with RabbitMQ's delivery semantics — each
//! consumer holds at most `prefetch` unsettled deliveries, an unsettled delivery that is dropped or
//! nacked goes back to the front of its queue, and a message returned more often than the delivery
//! limit is dead-lettered. Nothing survives the process; the gateway requeues unfinished jobs at
//! start in the embedded mode.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, broadcast, mpsc};
use tokio_util::sync::CancellationToken;

use crate::delivery::Acker;
use crate::topology::{QueueName, delay_level};
use crate::{BrokerSettings, CancelFeed, Delivery, Envelope, Headers};

#[derive(Debug)]
struct Message {
    payload: Vec<u8>,
    headers: Headers,
    /// Times this message was delivered.
    deliveries: u32,
}

#[derive(Debug)]
struct Queue {
    ready: Mutex<VecDeque<Message>>,
    notify: Notify,
}

impl Queue {
    fn new() -> Self {
        Queue { ready: Mutex::new(VecDeque::new()), notify: Notify::new() }
    }

    fn push_back(&self, m: Message) {
        self.lock().push_back(m);
        self.notify.notify_one();
    }

    fn push_front(&self, m: Message) {
        self.lock().push_front(m);
        self.notify.notify_one();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Message>> {
        // A panic while holding this lock cannot leave the deque inconsistent: recover the guard.
        self.ready.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    async fn pop(&self, shutdown: &CancellationToken) -> Option<Message> {
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(m) = self.lock().pop_front() {
                return Some(m);
            }
            tokio::select! {
                () = &mut notified => {}
                () = shutdown.cancelled() => return None,
            }
        }
    }
}

#[derive(Debug)]
struct Inner {
    queues: HashMap<QueueName, Arc<Queue>>,
    settings: BrokerSettings,
    /// Cancel notices, a copy for every subscriber (like the fanout exchange).
    cancels: broadcast::Sender<Vec<u8>>,
}

impl Inner {
    fn queue(&self, q: QueueName) -> &Arc<Queue> {
        &self.queues[&q]
    }

    fn dead_letter(&self, m: Message) {
        let copy = Message { payload: m.payload.clone(), headers: m.headers.clone(), deliveries: 0 };
        self.queue(QueueName::Dead).push_back(Message { deliveries: 0, ..m });
        self.queue(QueueName::DeadNotify).push_back(copy);
    }
}

/// Cancel notices a slow subscriber may fall behind by before it misses some (the gateway still
/// refuses what a worker reports for a cancelled job).
const CANCEL_BACKLOG: usize = 4096;

/// The in-process broker.
#[derive(Debug)]
pub struct MemoryBroker {
    inner: Arc<Inner>,
}

impl MemoryBroker {
    pub fn new(settings: BrokerSettings) -> Self {
        let queues = QueueName::ALL.into_iter().map(|q| (q, Arc::new(Queue::new()))).collect();
        let (cancels, _) = broadcast::channel(CANCEL_BACKLOG);
        MemoryBroker { inner: Arc::new(Inner { queues, settings, cancels }) }
    }

    pub(crate) fn publish(&self, messages: &[Envelope]) {
        for m in messages {
            let mut headers = m.headers.clone();
            headers.insert(crate::READY_AT_HEADER.to_owned(), crate::ready_at(m.delay));
            let Some(name) = QueueName::of(m.route) else {
                // Nobody listening is fine: no worker runs anything to stop.
                let _ = self.inner.cancels.send(m.payload.clone());
                continue;
            };
            let msg = Message { payload: m.payload.clone(), headers, deliveries: 0 };
            let queue = self.inner.queue(name).clone();
            match m.delay {
                Some(d) if !d.is_zero() => {
                    let (_, wait) = delay_level(d);
                    tokio::spawn(async move {
                        tokio::time::sleep(wait).await;
                        queue.push_back(msg);
                    });
                }
                _ => queue.push_back(msg),
            }
        }
    }

    pub(crate) fn consume(&self, name: QueueName, prefetch: u16, shutdown: CancellationToken) -> mpsc::Receiver<Delivery> {
        let (tx, rx) = mpsc::channel(1);
        let inner = self.inner.clone();
        let permits = Arc::new(Semaphore::new(usize::from(prefetch.max(1))));
        tokio::spawn(async move {
            let queue = inner.queue(name).clone();
            loop {
                let permit = tokio::select! {
                    p = permits.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => return },
                    () = shutdown.cancelled() => return,
                };
                let Some(mut msg) = queue.pop(&shutdown).await else { return };
                msg.deliveries += 1;
                let delivery = Delivery {
                    payload: msg.payload.clone(),
                    headers: msg.headers.clone(),
                    delivery_count: msg.deliveries,
                    acker: Acker::Memory(MemoryAcker { msg: Some(msg), queue: name, inner: inner.clone(), _permit: permit }),
                };
                if tx.send(delivery).await.is_err() {
                    // The consumer went away; the dropped delivery went back to the queue.
                    return;
                }
            }
        });
        rx
    }

    /// Every cancel notice published from now on, until `shutdown`.
    pub(crate) fn settings(&self) -> &BrokerSettings {
        &self.inner.settings
    }

    pub(crate) fn subscribe_cancels(&self, shutdown: CancellationToken) -> mpsc::Receiver<CancelFeed> {
        let (tx, rx) = mpsc::channel(64);
        // Subscribed before returning: a notice published right after this call is received. No
        // notice is kept from before, so the subscription is caught up at once.
        let mut sub = self.inner.cancels.subscribe();
        let _ = tx.try_send(CancelFeed::CaughtUp(tokio::sync::oneshot::channel().0));
        tokio::spawn(async move {
            loop {
                let next = tokio::select! {
                    n = sub.recv() => n,
                    () = shutdown.cancelled() => return,
                };
                match next {
                    Ok(payload) => {
                        if tx.send(CancelFeed::Notice(payload)).await.is_err() {
                            return;
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(n)) => tracing::warn!(missed = n, "cancel notices missed"),
                    Err(broadcast::error::RecvError::Closed) => return,
                }
            }
        });
        rx
    }

    pub(crate) fn depth(&self, q: QueueName) -> u64 {
        self.inner.queue(q).lock().len() as u64
    }
}

/// Settles an in-process delivery; dropping it unsettled returns the message to its queue.
#[derive(Debug)]
pub(crate) struct MemoryAcker {
    msg: Option<Message>,
    queue: QueueName,
    inner: Arc<Inner>,
    _permit: OwnedSemaphorePermit,
}

impl MemoryAcker {
    pub(crate) fn ack(mut self) {
        self.msg = None;
    }

    pub(crate) fn nack(mut self, requeue: bool) {
        if let Some(m) = self.msg.take() {
            self.give_back(m, requeue);
        }
    }

    fn give_back(&self, m: Message, requeue: bool) {
        let over_limit = m.deliveries > self.inner.settings.delivery_limit;
        if !self.queue.is_work() {
            if requeue {
                self.inner.queue(self.queue).push_front(m);
            }
        } else if requeue && !over_limit {
            self.inner.queue(self.queue).push_front(m);
        } else {
            self.inner.dead_letter(m);
        }
    }
}

impl Drop for MemoryAcker {
    fn drop(&mut self) {
        if let Some(m) = self.msg.take() {
            self.give_back(m, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Broker, Route};
    use std::time::Duration;

    fn broker(limit: u32) -> Broker {
        Broker::memory(BrokerSettings { delivery_limit: limit, ..BrokerSettings::default() })
    }

    async fn recv(rx: &mut mpsc::Receiver<Delivery>) -> Delivery {
        tokio::time::timeout(Duration::from_secs(5), rx.recv()).await.expect("delivery in time").expect("open")
    }

    #[tokio::test]
    async fn acked_messages_are_gone_and_unacked_ones_come_back() {
        let b = broker(5);
        let stop = CancellationToken::new();
        b.publish(&[Envelope::new(Route::Detect, b"one".to_vec())]).await.unwrap();
        let mut rx = b.consume(QueueName::Detect, 4, stop.clone());
        let d = recv(&mut rx).await;
        assert_eq!(d.payload, b"one");
        assert_eq!(d.delivery_count, 1);
        drop(d); // like a worker that died mid-job
        let d = recv(&mut rx).await;
        assert_eq!(d.delivery_count, 2);
        d.ack().await.unwrap();
        assert_eq!(b.depth(QueueName::Detect).await.unwrap(), 0);
        stop.cancel();
    }

    #[tokio::test]
    async fn a_message_returned_past_the_delivery_limit_is_dead_lettered() {
        let b = broker(2);
        let stop = CancellationToken::new();
        b.publish(&[Envelope::new(Route::Redact, b"poison".to_vec())]).await.unwrap();
        let mut rx = b.consume(QueueName::Redact, 1, stop.clone());
        for n in 1..=3 {
            let d = recv(&mut rx).await;
            assert_eq!(d.delivery_count, n);
            d.nack(true).await.unwrap();
        }
        let mut dead = b.consume(QueueName::DeadNotify, 1, stop.clone());
        assert_eq!(recv(&mut dead).await.payload, b"poison");
        assert_eq!(b.depth(QueueName::Dead).await.unwrap(), 1);
        assert_eq!(b.depth(QueueName::Redact).await.unwrap(), 0);
        stop.cancel();
    }

    #[tokio::test]
    async fn prefetch_bounds_unsettled_deliveries() {
        let b = broker(5);
        let stop = CancellationToken::new();
        let msgs: Vec<_> = (0..3).map(|i| Envelope::new(Route::Event, vec![i])).collect();
        b.publish(&msgs).await.unwrap();
        let mut rx = b.consume(QueueName::Events, 2, stop.clone());
        let first = recv(&mut rx).await;
        let _second = recv(&mut rx).await;
        assert!(tokio::time::timeout(Duration::from_millis(100), rx.recv()).await.is_err());
        first.ack().await.unwrap();
        assert_eq!(recv(&mut rx).await.payload, vec![2]);
        stop.cancel();
    }

    #[tokio::test(start_paused = true)]
    async fn delayed_messages_arrive_after_their_delay() {
        let b = broker(5);
        let stop = CancellationToken::new();
        let mut m = Envelope::new(Route::Detect, b"later".to_vec());
        m.delay = Some(Duration::from_secs(3));
        b.publish(&[m]).await.unwrap();
        tokio::task::yield_now().await;
        assert_eq!(b.depth(QueueName::Detect).await.unwrap(), 0);
        tokio::time::advance(Duration::from_secs(6)).await;
        tokio::task::yield_now().await;
        assert_eq!(b.depth(QueueName::Detect).await.unwrap(), 1);
        stop.cancel();
    }
}
