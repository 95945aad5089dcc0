//! The RabbitMQ adapter against the machine's broker, each test in its own virtual host.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::time::Duration;

use pii_queue::{Broker, BrokerSettings, Delivery, Envelope, QueueName, Route};
use pii_test_utils::TestVhost;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

async fn recv(rx: &mut mpsc::Receiver<Delivery>) -> Delivery {
    tokio::time::timeout(Duration::from_secs(20), rx.recv()).await.expect("a delivery in time").expect("consumer open")
}

fn broker(vhost: &TestVhost, limit: u32) -> Broker {
    Broker::amqp(vhost.url(), BrokerSettings { delivery_limit: limit, ..BrokerSettings::default() })
}

#[tokio::test(flavor = "multi_thread")]
async fn published_messages_are_consumed_with_their_headers_and_acked_once() {
    let vhost = TestVhost::new();
    let b = broker(&vhost, 5);
    b.check().await.expect("broker reachable");
    let mut m = Envelope::new(Route::Detect, b"{\"n\":1}".to_vec());
    m.headers.insert("traceparent".into(), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".into());
    b.publish(&[m]).await.unwrap();
    let stop = CancellationToken::new();
    let mut rx = b.consume(QueueName::Detect, 4, stop.clone());
    let d = recv(&mut rx).await;
    assert_eq!(d.payload, b"{\"n\":1}");
    assert_eq!(d.delivery_count, 1);
    assert_eq!(d.headers.get("traceparent").map(String::as_str), Some("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    d.ack().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(b.depth(QueueName::Detect).await.unwrap(), 0);
    stop.cancel();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_nacked_past_the_delivery_limit_reaches_both_dead_letter_queues() {
    let vhost = TestVhost::new();
    let b = broker(&vhost, 2);
    b.publish(&[Envelope::new(Route::Redact, b"poison".to_vec())]).await.unwrap();
    let stop = CancellationToken::new();
    let mut rx = b.consume(QueueName::Redact, 1, stop.clone());
    for n in 1..=3 {
        let d = recv(&mut rx).await;
        assert_eq!(d.delivery_count, n, "quorum queues count redeliveries");
        d.nack(true).await.unwrap();
    }
    let mut dead = b.consume(QueueName::DeadNotify, 1, stop.clone());
    let d = recv(&mut dead).await;
    assert_eq!(d.payload, b"poison");
    d.ack().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(b.depth(QueueName::Dead).await.unwrap(), 1, "a copy stays for operators");
    assert_eq!(b.depth(QueueName::Redact).await.unwrap(), 0);
    stop.cancel();
}

/// Publishes `payload` to the detect queue, takes it with a fresh consumer and stops that
/// consumer; returns the delivery once the consumer's loop has ended (its receiver reports the end).
async fn taken_then_stopped(b: &Broker, payload: &[u8]) -> Delivery {
    b.publish(&[Envelope::new(Route::Detect, payload.to_vec())]).await.unwrap();
    let stop = CancellationToken::new();
    let mut rx = b.consume(QueueName::Detect, 1, stop.clone());
    let d = recv(&mut rx).await;
    stop.cancel();
    assert!(tokio::time::timeout(Duration::from_secs(20), rx.recv()).await.expect("consumer ended").is_none());
    d
}

/// Waits until the detect queue holds `n` messages, failing after ten seconds with `why`.
async fn until_depth(b: &Broker, n: u64, why: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while b.depth(QueueName::Detect).await.unwrap() != n {
        assert!(std::time::Instant::now() < deadline, "{why}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A worker that stops lets its in-flight jobs finish: a delivery taken before the consumer's
/// shutdown is still acked after it, and does not go back to the queue (lapin closes a channel when
/// its last handle is dropped, which once returned such a delivery and ran the job twice).
#[tokio::test(flavor = "multi_thread")]
async fn a_delivery_taken_before_shutdown_is_acked_after_it() {
    let vhost = TestVhost::new();
    let b = broker(&vhost, 5);
    let d = taken_then_stopped(&b, b"in flight").await;
    // The job takes a while yet: whatever closes the channel has had time to.
    tokio::time::sleep(Duration::from_secs(1)).await;
    d.ack().await.expect("the channel is still open for the in-flight delivery");
    until_depth(&b, 0, "the acked delivery went back to the queue").await;
    // Negative: a delivery dropped unsettled after shutdown still goes back to its queue.
    drop(taken_then_stopped(&b, b"dropped").await);
    until_depth(&b, 1, "the dropped delivery never went back").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unacked_delivery_is_redelivered_when_its_consumer_goes_away() {
    let vhost = TestVhost::new();
    let b = broker(&vhost, 5);
    b.publish(&[Envelope::new(Route::Event, b"e".to_vec())]).await.unwrap();
    // A first consumer on its own connection takes the message and dies without acking.
    let other = broker(&vhost, 5);
    let stop1 = CancellationToken::new();
    let mut rx1 = other.consume(QueueName::Events, 1, stop1.clone());
    let d = recv(&mut rx1).await;
    assert_eq!(d.delivery_count, 1);
    stop1.cancel();
    drop(rx1);
    drop(d);
    drop(other);
    let stop2 = CancellationToken::new();
    let mut rx2 = b.consume(QueueName::Events, 1, stop2.clone());
    let d = recv(&mut rx2).await;
    assert_eq!(d.payload, b"e");
    assert_eq!(d.delivery_count, 2);
    d.ack().await.unwrap();
    stop2.cancel();
}

#[tokio::test(flavor = "multi_thread")]
async fn delayed_messages_come_back_after_their_delay_level() {
    let vhost = TestVhost::new();
    let b = broker(&vhost, 5);
    let mut m = Envelope::new(Route::Detect, b"later".to_vec());
    m.delay = Some(Duration::from_millis(500));
    let sent = std::time::Instant::now();
    b.publish(&[m]).await.unwrap();
    let stop = CancellationToken::new();
    let mut rx = b.consume(QueueName::Detect, 1, stop.clone());
    let d = recv(&mut rx).await;
    assert!(sent.elapsed() >= Duration::from_millis(900), "delivered after {:?}", sent.elapsed());
    assert_eq!(d.payload, b"later");
    d.ack().await.unwrap();
    stop.cancel();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_broker_is_reported_not_hung() {
    let b = Broker::amqp("amqp://guest:guest@127.0.0.1:1/%2f", BrokerSettings::default());
    // Deadlines, not measurements: a refused connection fails well within the connect timeout.
    let hung = Duration::from_secs(20);
    assert!(tokio::time::timeout(hung, b.check()).await.expect("check hung").is_err());
    assert!(tokio::time::timeout(hung, b.publish(&[Envelope::new(Route::Detect, vec![1])])).await.expect("publish hung").is_err());
}
