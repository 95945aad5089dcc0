//! The broker's bounds on waiting, against peers that never answer: a connection whose broker
//! accepts and then says nothing fails as `Unavailable` at the connect timeout instead of holding
//! every publisher and consumer; a publish whose confirms never come back fails the same way at
//! the confirm timeout, and the silent connection is dropped so that the next publish reconnects.
//! The peers are loopback listeners, and a loopback relay in front of the test RabbitMQ.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pii_queue::{Broker, BrokerSettings, Envelope, QueueError, QueueName, Route};
use pii_test_utils::TestVhost;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Short bounds, so that each case takes about a second.
fn settings() -> BrokerSettings {
    BrokerSettings { connect_timeout: Duration::from_millis(500), confirm_timeout: Duration::from_millis(500), ..BrokerSettings::default() }
}

/// Far less than the defaults (10 s to connect, 30 s to confirm): a call that returns within this
/// used the configured bound, and did not hang.
const DEADLINE: Duration = Duration::from_secs(8);

fn is_unavailable(r: &Result<(), QueueError>, why: &str) -> bool {
    matches!(r, Err(QueueError::Unavailable(m)) if m.contains(why))
}

/// A peer that accepts connections, reads what it is sent, and answers nothing (or `reply`, once).
async fn silent_peer(reply: &'static [u8]) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = [0u8; 1024];
                let _ = sock.read(&mut buf).await;
                let _ = sock.write_all(reply).await;
                // Held open, never closed, until the client gives up.
                while matches!(sock.read(&mut buf).await, Ok(n) if n > 0) {}
            });
        }
    });
    format!("amqp://guest:guest@{addr}/%2f")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broker_that_accepts_and_never_answers_fails_at_the_connect_timeout() {
    let broker = Broker::amqp(&silent_peer(b"").await, settings());
    let checked = tokio::time::timeout(DEADLINE, broker.check()).await.expect("check hung past the connect timeout");
    assert!(is_unavailable(&checked, "timed out connecting"), "{checked:?}");
    let published = tokio::time::timeout(DEADLINE, broker.publish(&[Envelope::new(Route::Detect, b"x".to_vec())]))
        .await
        .expect("publish hung past the connect timeout");
    assert!(is_unavailable(&published, "timed out connecting"), "{published:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broker_that_answers_garbage_is_unavailable_not_hung() {
    let broker = Broker::amqp(&silent_peer(b"HTTP/1.1 400 Bad Request\r\n\r\n").await, settings());
    let checked = tokio::time::timeout(DEADLINE, broker.check()).await.expect("check hung on a peer that is not AMQP");
    assert!(matches!(checked, Err(QueueError::Unavailable(_))), "{checked:?}");
}

/// A loopback relay to RabbitMQ that can go silent: the connections it carries at that moment stop
/// passing bytes either way (without closing), as a connection broken under a restarted broker
/// does; connections opened later pass normally.
struct Relay {
    url: String,
    open: Arc<Mutex<Vec<Arc<AtomicBool>>>>,
}

impl Relay {
    async fn start(upstream: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let open: Arc<Mutex<Vec<Arc<AtomicBool>>>> = Arc::default();
        let (target, vhost) = upstream.trim_start_matches("amqp://guest:guest@").split_once('/').unwrap();
        let target = target.to_owned();
        let url = format!("amqp://guest:guest@{addr}/{vhost}");
        let conns = open.clone();
        tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else { return };
                let silent = Arc::new(AtomicBool::new(false));
                conns.lock().unwrap().push(silent.clone());
                let target = target.clone();
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(&target).await else { return };
                    let (cr, cw) = client.into_split();
                    let (sr, sw) = server.into_split();
                    tokio::spawn(pump(cr, sw, silent.clone()));
                    pump(sr, cw, silent).await;
                });
            }
        });
        Relay { url, open }
    }

    /// Silences every connection open now.
    fn go_silent(&self) {
        for c in self.open.lock().unwrap().iter() {
            c.store(true, Ordering::SeqCst);
        }
    }

    fn connections(&self) -> usize {
        self.open.lock().unwrap().len()
    }
}

/// Copies `from` to `to` until either closes; once `silent`, what is read is dropped.
async fn pump(mut from: tokio::net::tcp::OwnedReadHalf, mut to: tokio::net::tcp::OwnedWriteHalf, silent: Arc<AtomicBool>) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if !silent.load(Ordering::SeqCst) && to.write_all(&buf[..n]).await.is_err() {
            return;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_publish_whose_confirms_never_come_fails_at_the_confirm_timeout_and_the_next_one_reconnects() {
    let vhost = TestVhost::new();
    assert!(vhost.url().starts_with("amqp://guest:guest@"), "{}", vhost.url());
    let relay = Relay::start(vhost.url()).await;
    let broker = Broker::amqp(&relay.url, settings());
    let message = || [Envelope::new(Route::Detect, b"job".to_vec())];
    broker.publish(&message()).await.unwrap();
    assert_eq!(relay.connections(), 1);

    // The connection goes silent: the publish is written, its confirm never comes back.
    relay.go_silent();
    let published = tokio::time::timeout(DEADLINE, broker.publish(&message())).await.expect("publish hung past the confirm timeout");
    assert!(is_unavailable(&published, "did not confirm in time"), "{published:?}");

    // The silent connection was dropped: the next publish opens a new one and is confirmed.
    tokio::time::timeout(DEADLINE, broker.publish(&message())).await.expect("the next publish hung").unwrap();
    assert_eq!(relay.connections(), 2, "a new connection");
    // What the broker holds: the first and the last message; the one lost in silence is the caller's to retry.
    let deadline = std::time::Instant::now() + DEADLINE;
    while broker.depth(QueueName::Detect).await.unwrap() != 2 {
        assert!(std::time::Instant::now() < deadline, "the confirmed messages are not in the queue");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
