//! RabbitMQ through lapin.
//!
//! One connection per process, shared by a confirming publisher channel and one channel per consumer.
//! When the connection breaks, the next publish reconnects, and consumers reconnect with exponential
//! backoff; every (re)connection declares the topology again, idempotently. Cancel notices are read
//! from a stream that keeps them for a while (see [`crate::cancel_stream`]), from where the reading
//! stopped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use futures::StreamExt;
use lapin::options::{
    BasicAckOptions, BasicCancelOptions, BasicConsumeOptions, BasicPublishOptions, BasicQosOptions, ConfirmSelectOptions,
    ExchangeDeclareOptions, QueueBindOptions, QueueDeclareOptions,
};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use lapin::{BasicProperties, Channel, Confirmation, Connection, ConnectionProperties, ExchangeKind};
use tokio::sync::{Mutex, mpsc, oneshot, watch};
use tokio_util::sync::CancellationToken;

use crate::cancel_stream::{self, CANCEL_STREAM, Resume};
use crate::delivery::Acker;
use crate::topology::{
    CANCEL_EXCHANGE, DEAD_LETTER_EXCHANGE, DEAD_QUEUE_MAX_LENGTH, DELAY_EXCHANGE, DELAY_LEVELS, EXCHANGE, QueueName, delay_level,
};
use crate::{BrokerSettings, CancelFeed, Delivery, Envelope, Headers, QueueError, Route};

const MAX_BACKOFF: Duration = Duration::from_secs(10);
const DELAY_HEADER: &str = "x-delay-level";
/// Longest a consumer of commands waits for the cancel notices kept (see `wait_for_cancels`)
/// before it consumes anyway. While the broker is down it could not consume either; past this,
/// something else is wrong, and the gateway still refuses what a worker reports for a cancelled job.
const CATCH_UP_WAIT: Duration = Duration::from_secs(30);
/// Cancel notices delivered ahead of their acks; they are small and handled at once.
const CANCEL_PREFETCH: u16 = 256;

struct Live {
    conn: Connection,
    publisher: Channel,
    /// Counts this process's connections: which one the cancel notices were caught up on.
    generation: u64,
}

impl Live {
    fn usable(&self) -> bool {
        self.conn.status().connected() && self.publisher.status().connected()
    }
}

/// A RabbitMQ broker.
pub struct AmqpBroker {
    url: String,
    settings: BrokerSettings,
    live: Mutex<Option<Arc<Live>>>,
    /// The last connection's generation.
    generations: AtomicU64,
    /// Whether this process reads cancel notices (a worker): its command consumers then wait for them.
    reads_cancels: AtomicBool,
    /// The generation of the connection on which the cancel notices kept were all recorded (0: none).
    cancels_caught_up: watch::Sender<u64>,
}

impl std::fmt::Debug for AmqpBroker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold credentials.
        f.debug_struct("AmqpBroker").field("settings", &self.settings).finish_non_exhaustive()
    }
}

impl AmqpBroker {
    pub fn new(url: &str, settings: BrokerSettings) -> Self {
        AmqpBroker {
            url: url.to_owned(),
            settings,
            live: Mutex::new(None),
            generations: AtomicU64::new(0),
            reads_cancels: AtomicBool::new(false),
            cancels_caught_up: watch::Sender::new(0),
        }
    }

    pub(crate) fn settings(&self) -> &BrokerSettings {
        &self.settings
    }

    async fn live(&self) -> Result<Arc<Live>, QueueError> {
        let mut guard = self.live.lock().await;
        if let Some(l) = guard.as_ref().filter(|l| l.usable()) {
            return Ok(l.clone());
        }
        *guard = None;
        // The whole set-up is bounded, not only the connect: every publisher and consumer waits on
        // this lock, so a channel that never opens must not hold it forever.
        let setup = async {
            let conn = Connection::connect(&self.url, ConnectionProperties::default()).await?;
            let publisher = conn.create_channel().await?;
            declare_topology(&publisher, &self.settings).await?;
            cancel_stream::declare(&conn, self.settings.cancel_window).await?;
            publisher
                .queue_bind(CANCEL_STREAM.into(), CANCEL_EXCHANGE.into(), "".into(), QueueBindOptions::default(), FieldTable::default())
                .await?;
            publisher.confirm_select(ConfirmSelectOptions::default()).await?;
            let generation = self.generations.fetch_add(1, Ordering::SeqCst) + 1;
            Ok::<_, QueueError>(Live { conn, publisher, generation })
        };
        let live = tokio::time::timeout(self.settings.connect_timeout, setup)
            .await
            .map_err(|_| QueueError::Unavailable("timed out connecting to the broker".into()))??;
        let live = Arc::new(live);
        *guard = Some(live.clone());
        tracing::info!("connected to the broker");
        Ok(live)
    }

    async fn forget(&self, broken: &Arc<Live>) {
        let mut guard = self.live.lock().await;
        if guard.as_ref().is_some_and(|l| Arc::ptr_eq(l, broken)) {
            *guard = None;
        }
    }

    pub(crate) async fn publish(&self, messages: &[Envelope]) -> Result<(), QueueError> {
        let live = self.live().await?;
        let result = tokio::time::timeout(self.settings.confirm_timeout, publish_on(&live.publisher, messages))
            .await
            .unwrap_or_else(|_| Err(QueueError::Unavailable("the broker did not confirm in time".into())));
        // A message no queue took means the topology changed under this connection (an operator
        // deleted a queue, the cancel stream say): the next publish reconnects, which declares it again.
        if let Err(e) = &result
            && matches!(e, QueueError::Unavailable(_) | QueueError::Refused(_))
        {
            self.forget(&live).await;
        }
        result
    }

    /// A new channel on `live`; a connection that cannot open one is forgotten, so the next call
    /// reconnects.
    async fn open_channel(&self, live: &Arc<Live>) -> Result<Channel, QueueError> {
        match live.conn.create_channel().await {
            Ok(ch) => Ok(ch),
            Err(e) => {
                self.forget(live).await;
                Err(e.into())
            }
        }
    }

    pub(crate) async fn check(&self) -> Result<(), QueueError> {
        let live = self.live().await?;
        if live.usable() { Ok(()) } else { Err(QueueError::Unavailable("connection is not open".into())) }
    }

    pub(crate) async fn depth(&self, queue: QueueName) -> Result<u64, QueueError> {
        let live = self.live().await?;
        // A passive declare on a fresh channel: if it fails, only that channel is closed.
        let ch = live.conn.create_channel().await?;
        let q = ch
            .queue_declare(queue.as_str().into(), QueueDeclareOptions { passive: true, ..Default::default() }, FieldTable::default())
            .await?;
        let _ = ch.close(200, "ok".into()).await;
        Ok(u64::from(q.message_count()))
    }

    pub(crate) fn consume(self: &Arc<Self>, queue: QueueName, prefetch: u16, shutdown: CancellationToken) -> mpsc::Receiver<Delivery> {
        let (tx, rx) = mpsc::channel(1);
        let this = self.clone();
        tokio::spawn(async move { this.reconnecting(Subscription::Jobs { queue, prefetch, tx }, shutdown).await });
        rx
    }

    /// Every cancel notice of the cancel window and from now on, read from the cancel stream: from
    /// the start of the window when this subscription first connects, and after a reconnection from
    /// the notice after the last one forwarded, so notices broadcast while the connection was down
    /// arrive late, not never, and none arrives twice.
    pub(crate) fn subscribe_cancels(self: &Arc<Self>, shutdown: CancellationToken) -> mpsc::Receiver<CancelFeed> {
        let (tx, rx) = mpsc::channel(64);
        let this = self.clone();
        let resume = Resume::Window(self.settings.cancel_window);
        self.reads_cancels.store(true, Ordering::SeqCst);
        tokio::spawn(async move { this.reconnecting(Subscription::Cancels { tx, resume }, shutdown).await });
        rx
    }

    /// Runs `sub` again after each broken connection, waiting with exponential backoff from 200 ms
    /// up to [`MAX_BACKOFF`] (a subscription resets the wait once connected), until it ends for
    /// good or shutdown: the loop the job consumers and the cancel subscription share.
    async fn reconnecting(&self, mut sub: Subscription, shutdown: CancellationToken) {
        let mut backoff = Duration::from_millis(200);
        while !shutdown.is_cancelled() {
            let ended = match &mut sub {
                Subscription::Jobs { queue, prefetch, tx } => self.consume_once(*queue, *prefetch, tx, &shutdown, &mut backoff).await,
                Subscription::Cancels { tx, resume } => self.cancels_once(tx, resume, &shutdown, &mut backoff).await,
            };
            let Err(e) = ended else { return };
            tracing::warn!(subscription = sub.name(), error = %e, backoff_ms = backoff.as_millis() as u64, "subscription lost the broker; reconnecting");
            tokio::select! {
                () = tokio::time::sleep(backoff) => {}
                () = shutdown.cancelled() => return,
            }
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }

    /// Forwards cancel notices from `resume` on until shutdown or the receiver goes (Ok) or the
    /// channel breaks (Err); `resume` follows each message taken, for the next connection. Writes a
    /// marker of this connection into the stream; on reading it back, sends [`CancelFeed::CaughtUp`]
    /// and, once the receiver took it, lets the command consumers of this connection start.
    async fn cancels_once(
        &self,
        tx: &mpsc::Sender<CancelFeed>,
        resume: &mut Resume,
        shutdown: &CancellationToken,
        backoff: &mut Duration,
    ) -> Result<(), QueueError> {
        let live = self.live().await?;
        let ch = self.open_channel(&live).await?;
        // A stream is read with manual acks and a prefetch (RabbitMQ refuses it otherwise); the acks
        // only grant the credit for the next deliveries.
        ch.basic_qos(CANCEL_PREFETCH, BasicQosOptions::default()).await?;
        let mut consumer = ch.basic_consume(CANCEL_STREAM.into(), "".into(), BasicConsumeOptions::default(), resume.consume_args()).await?;
        let marker = rand::random::<u64>() | 1;
        cancel_stream::mark(&ch, marker).await?;
        tracing::info!(from = ?resume, "reading cancel notices");
        loop {
            tokio::select! {
                next = consumer.next() => match next {
                    Some(Ok(d)) => {
                        *backoff = Duration::from_millis(200);
                        let offset = cancel_stream::offset_of(d.properties.headers().as_ref());
                        let (item, recorded) = match cancel_stream::marker_of(d.properties.headers().as_ref()) {
                            None => (Some(CancelFeed::Notice(d.data)), None),
                            Some(m) if m == marker => {
                                let (done, recorded) = oneshot::channel();
                                (Some(CancelFeed::CaughtUp(done)), Some(recorded))
                            }
                            Some(_) => (None, None),
                        };
                        if let Some(item) = item
                            && tx.send(item).await.is_err()
                        {
                            let _ = ch.close(200, "ok".into()).await;
                            return Ok(());
                        }
                        if let Some(recorded) = recorded {
                            // Taken (or the receiver is gone) means every notice before it is recorded.
                            let _ = recorded.await;
                            self.cancels_caught_up.send_if_modified(|g| {
                                let newer = *g < live.generation;
                                *g = (*g).max(live.generation);
                                newer
                            });
                        }
                        if let Some(o) = offset {
                            *resume = Resume::After(o);
                        }
                        if let Err(e) = d.acker.ack(BasicAckOptions::default()).await {
                            self.forget(&live).await;
                            return Err(e.into());
                        }
                    }
                    Some(Err(e)) => {
                        self.forget(&live).await;
                        return Err(e.into());
                    }
                    None => {
                        self.forget(&live).await;
                        return Err(QueueError::Unavailable("the broker cancelled the consumer".into()));
                    }
                },
                () = broken(&live) => {
                    self.forget(&live).await;
                    return Err(QueueError::Unavailable("the connection closed under the cancel notices".into()));
                }
                () = shutdown.cancelled() => {
                    let _ = ch.close(200, "ok".into()).await;
                    return Ok(());
                }
            }
        }
    }

    /// In a process that reads cancel notices, holds a consumer of commands back until the notices
    /// kept were all recorded on `live` (at most [`CATCH_UP_WAIT`]), so that a command of a job
    /// cancelled before the worker started, or while its connection was down, is skipped.
    async fn wait_for_cancels(&self, queue: QueueName, live: &Arc<Live>, shutdown: &CancellationToken) -> Result<(), QueueError> {
        if !self.reads_cancels.load(Ordering::SeqCst) || !matches!(queue, QueueName::Detect | QueueName::Redact) {
            return Ok(());
        }
        let mut caught_up = self.cancels_caught_up.subscribe();
        tokio::select! {
            waited = tokio::time::timeout(CATCH_UP_WAIT, async { caught_up.wait_for(|g| *g >= live.generation).await.is_ok() }) => {
                if waited.is_err() {
                    tracing::warn!(queue = queue.as_str(), waited_secs = CATCH_UP_WAIT.as_secs(), "cancel notices not caught up; consuming anyway");
                }
                Ok(())
            }
            () = broken(live) => {
                self.forget(live).await;
                Err(QueueError::Unavailable("the connection closed while waiting for the cancel notices".into()))
            }
            () = shutdown.cancelled() => Ok(()),
        }
    }

    /// Consumes until shutdown (Ok) or until the channel breaks (Err).
    async fn consume_once(
        &self,
        queue: QueueName,
        prefetch: u16,
        tx: &mpsc::Sender<Delivery>,
        shutdown: &CancellationToken,
        backoff: &mut Duration,
    ) -> Result<(), QueueError> {
        let live = self.live().await?;
        self.wait_for_cancels(queue, &live, shutdown).await?;
        if shutdown.is_cancelled() {
            return Ok(());
        }
        let ch = self.open_channel(&live).await?;
        ch.basic_qos(prefetch, BasicQosOptions::default()).await?;
        let mut consumer =
            ch.basic_consume(queue.as_str().into(), "".into(), BasicConsumeOptions::default(), FieldTable::default()).await?;
        tracing::info!(queue = queue.as_str(), prefetch, "consuming");
        loop {
            tokio::select! {
                next = consumer.next() => match next {
                    Some(Ok(d)) => {
                        *backoff = Duration::from_millis(200);
                        let (headers, returned) = read_headers(d.properties.headers().as_ref());
                        let delivery = Delivery {
                            payload: d.data,
                            headers,
                            delivery_count: returned.saturating_add(1),
                            acker: Acker::Amqp { acker: d.acker, _channel: ch.clone() },
                        };
                        // A slow receiver holds the delivery here; the connection is watched meanwhile,
                        // so a consumer whose receiver waits on the dead channel still reconnects.
                        tokio::select! {
                            sent = tx.send(delivery) => if sent.is_err() {
                                let _ = ch.basic_cancel(consumer.tag(), BasicCancelOptions::default()).await;
                                return Ok(());
                            },
                            () = broken(&live) => {
                                self.forget(&live).await;
                                return Err(QueueError::Unavailable("the connection closed while a delivery waited".into()));
                            }
                        }
                    }
                    Some(Err(e)) => {
                        self.forget(&live).await;
                        return Err(e.into());
                    }
                    None => {
                        self.forget(&live).await;
                        return Err(QueueError::Unavailable("the broker cancelled the consumer".into()));
                    }
                },
                () = broken(&live) => {
                    self.forget(&live).await;
                    return Err(QueueError::Unavailable("the connection closed under the consumer".into()));
                }
                () = shutdown.cancelled() => {
                    // Stop new deliveries; the channel stays open while a delivery taken from it
                    // is unsettled (each holds it), so in-flight work can still ack.
                    let _ = ch.basic_cancel(consumer.tag(), BasicCancelOptions::default()).await;
                    return Ok(());
                }
            }
        }
    }
}

/// Resolves once `live`'s connection is no longer open (checked every second): a consumer stream
/// does not always end when its connection breaks, and a consumer must not wait on it forever.
async fn broken(live: &Live) {
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        if !live.conn.status().connected() {
            return;
        }
    }
}

/// A long-lived subscription to the broker: where its messages go.
enum Subscription {
    /// Job messages of one queue, acknowledged by the worker.
    Jobs { queue: QueueName, prefetch: u16, tx: mpsc::Sender<Delivery> },
    /// Cancel notices, every process reading all of them from the cancel stream; `resume` is where
    /// the next connection starts reading.
    Cancels { tx: mpsc::Sender<CancelFeed>, resume: Resume },
}

impl Subscription {
    fn name(&self) -> &'static str {
        match self {
            Subscription::Jobs { queue, .. } => queue.as_str(),
            Subscription::Cancels { .. } => "cancel notices",
        }
    }
}

async fn publish_on(ch: &Channel, messages: &[Envelope]) -> Result<(), QueueError> {
    let mut confirms = Vec::with_capacity(messages.len());
    for m in messages {
        let mut table = FieldTable::default();
        for (k, v) in &m.headers {
            table.insert(ShortString::from(k.as_str()), AMQPValue::LongString(LongString::from(v.as_bytes())));
        }
        table.insert(crate::READY_AT_HEADER.into(), AMQPValue::LongString(LongString::from(crate::ready_at(m.delay).as_bytes())));
        let exchange = match m.delay {
            _ if m.route == Route::Cancel => CANCEL_EXCHANGE,
            Some(d) if !d.is_zero() => {
                let (level, _) = delay_level(d);
                table.insert(DELAY_HEADER.into(), AMQPValue::LongString(LongString::from(level.as_bytes())));
                DELAY_EXCHANGE
            }
            _ => EXCHANGE,
        };
        let props = BasicProperties::default().with_delivery_mode(2).with_content_type("application/json".into()).with_headers(table);
        let confirm = ch
            .basic_publish(
                exchange.into(),
                m.route.routing_key().into(),
                // Every message has a queue: a cancel notice at least the cancel stream, which keeps
                // it for the workers that are not listening now.
                BasicPublishOptions { mandatory: true, immediate: false },
                &m.payload,
                props,
            )
            .await?;
        confirms.push(confirm);
    }
    for c in confirms {
        match c.await? {
            Confirmation::Ack(None) | Confirmation::NotRequested => {}
            Confirmation::Ack(Some(_)) => return Err(QueueError::Refused("no queue is bound for the message".into())),
            Confirmation::Nack(_) => return Err(QueueError::Refused("the broker nacked the message".into())),
        }
    }
    Ok(())
}

/// Our string headers, and how often the message was returned before (quorum queues count it).
fn read_headers(table: Option<&FieldTable>) -> (Headers, u32) {
    let mut headers = Headers::new();
    let mut returned = 0;
    if let Some(t) = table {
        for (k, v) in t.inner() {
            match (k.as_str(), v) {
                ("x-delivery-count", AMQPValue::LongLongInt(n)) => returned = u32::try_from(*n).unwrap_or(u32::MAX),
                ("x-delivery-count", AMQPValue::LongInt(n)) => returned = u32::try_from(*n).unwrap_or(u32::MAX),
                ("x-delivery-count", AMQPValue::LongUInt(n)) => returned = *n,
                (key, AMQPValue::LongString(s)) if !key.starts_with("x-") => {
                    if let Ok(s) = std::str::from_utf8(s.as_bytes()) {
                        headers.insert(key.to_owned(), s.to_owned());
                    }
                }
                _ => {}
            }
        }
    }
    (headers, returned)
}

fn args(pairs: &[(&str, AMQPValue)]) -> FieldTable {
    let mut t = FieldTable::default();
    for (k, v) in pairs {
        t.insert((*k).into(), v.clone());
    }
    t
}

fn text(s: &str) -> AMQPValue {
    AMQPValue::LongString(LongString::from(s.as_bytes()))
}

/// Declares every exchange, queue and binding; safe to repeat.
async fn declare_topology(ch: &Channel, settings: &BrokerSettings) -> Result<(), QueueError> {
    let durable = ExchangeDeclareOptions { durable: true, ..Default::default() };
    ch.exchange_declare(EXCHANGE.into(), ExchangeKind::Direct, durable, FieldTable::default()).await?;
    ch.exchange_declare(DELAY_EXCHANGE.into(), ExchangeKind::Headers, durable, FieldTable::default()).await?;
    ch.exchange_declare(DEAD_LETTER_EXCHANGE.into(), ExchangeKind::Fanout, durable, FieldTable::default()).await?;
    ch.exchange_declare(CANCEL_EXCHANGE.into(), ExchangeKind::Fanout, durable, FieldTable::default()).await?;
    let qopts = QueueDeclareOptions { durable: true, ..Default::default() };
    for (route, queue) in [(Route::Detect, QueueName::Detect), (Route::Redact, QueueName::Redact), (Route::Event, QueueName::Events)] {
        let q = queue.as_str();
        ch.queue_declare(
            q.into(),
            qopts,
            args(&[
                ("x-queue-type", text("quorum")),
                ("x-delivery-limit", AMQPValue::LongInt(i32::try_from(settings.delivery_limit).unwrap_or(i32::MAX))),
                ("x-dead-letter-exchange", text(DEAD_LETTER_EXCHANGE)),
            ]),
        )
        .await?;
        ch.queue_bind(q.into(), EXCHANGE.into(), route.routing_key().into(), QueueBindOptions::default(), FieldTable::default()).await?;
    }
    ch.queue_declare(
        QueueName::Dead.as_str().into(),
        qopts,
        args(&[
            ("x-queue-type", text("quorum")),
            ("x-max-length", AMQPValue::LongLongInt(DEAD_QUEUE_MAX_LENGTH)),
            ("x-overflow", text("drop-head")),
        ]),
    )
    .await?;
    ch.queue_declare(QueueName::DeadNotify.as_str().into(), qopts, args(&[("x-queue-type", text("quorum"))])).await?;
    for q in [QueueName::Dead, QueueName::DeadNotify] {
        ch.queue_bind(q.as_str().into(), DEAD_LETTER_EXCHANGE.into(), "".into(), QueueBindOptions::default(), FieldTable::default())
            .await?;
    }
    for level in DELAY_LEVELS {
        let (label, ttl) = delay_level(level);
        let name = format!("pii.delay.{label}");
        ch.queue_declare(
            name.as_str().into(),
            qopts,
            args(&[
                ("x-message-ttl", AMQPValue::LongLongInt(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX))),
                ("x-dead-letter-exchange", text(EXCHANGE)),
            ]),
        )
        .await?;
        ch.queue_bind(
            name.as_str().into(),
            DELAY_EXCHANGE.into(),
            "".into(),
            QueueBindOptions::default(),
            args(&[("x-match", text("all")), (DELAY_HEADER, text(&label))]),
        )
        .await?;
    }
    Ok(())
}
