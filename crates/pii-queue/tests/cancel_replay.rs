//! Cancel notices reach workers that were not listening when they went out, over RabbitMQ: a worker
//! that subscribes after a notice learns it (within the cancel window, not before it), and a worker
//! whose connection was down learns on reconnecting the notices sent meanwhile, without the ones it
//! had already taken. A subscription says when it has delivered every notice kept from before it
//! started or reconnected (the worker consumes commands only then: a command cancelled while it was
//! away is skipped). The worker's connection goes through a loopback relay the test cuts.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{cancel, detect, one_at_a_time};
use pii_core::JobId;
use pii_core::cancel::StopFlag;
use pii_core::messages::JobCommand;
use pii_queue::worker::{self, Failure, JobHandler};
use pii_queue::{Broker, BrokerSettings, CancelFeed, Envelope, Headers, Route};
use pii_test_utils::TestVhost;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

fn notice(n: u32) -> Envelope {
    Envelope::new(Route::Cancel, format!("{{\"n\":{n}}}").into_bytes())
}

/// What arrives on `sub` within `wait`, as the numbers of the notices (0 for "caught up").
async fn received(sub: &mut mpsc::Receiver<CancelFeed>, wait: Duration) -> Vec<u32> {
    let mut got = Vec::new();
    let deadline = tokio::time::Instant::now() + wait;
    while let Ok(Some(item)) = tokio::time::timeout_at(deadline, sub.recv()).await {
        let CancelFeed::Notice(payload) = item else {
            got.push(0);
            continue;
        };
        let v: serde_json::Value = serde_json::from_slice(&payload).unwrap();
        got.push(u32::try_from(v["n"].as_u64().unwrap()).unwrap());
    }
    got
}

/// Waits until `sub` has delivered `want` (in order), failing on anything else or at the deadline;
/// then checks nothing more comes for a while.
async fn expect_exactly(sub: &mut mpsc::Receiver<CancelFeed>, want: &[u32]) {
    let mut got = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while got.len() < want.len() {
        assert!(Instant::now() < deadline, "received {got:?}, expected {want:?}");
        got.extend(received(sub, Duration::from_millis(200)).await);
    }
    got.extend(received(sub, Duration::from_secs(2)).await);
    assert_eq!(got, want);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_worker_that_subscribes_after_a_notice_learns_it_over_rabbitmq() {
    let vhost = TestVhost::new();
    let settings = BrokerSettings { cancel_window: Duration::from_secs(3), ..BrokerSettings::default() };
    let gateway = Broker::amqp(vhost.url(), settings.clone());
    // Older than the window when the worker starts: not replayed.
    gateway.publish(&[notice(1)]).await.unwrap();
    tokio::time::sleep(Duration::from_secs(5)).await;
    // Sent with no worker listening, within the window.
    gateway.publish(&[notice(2)]).await.unwrap();
    gateway.publish(&[notice(3)]).await.unwrap();

    let stop = CancellationToken::new();
    let worker = Broker::amqp(vhost.url(), settings);
    let mut sub = worker.subscribe_cancels(stop.clone());
    // The notices kept, then word that there are no more of them.
    expect_exactly(&mut sub, &[2, 3, 0]).await;
    // And the ones sent while it listens.
    gateway.publish(&[notice(4)]).await.unwrap();
    expect_exactly(&mut sub, &[4]).await;
    stop.cancel();
}

/// A loopback relay to RabbitMQ that can be cut: the connections it carries are closed, and new
/// ones refused, until it is mended.
struct Relay {
    url: String,
    down: Arc<AtomicBool>,
    cut: Arc<std::sync::Mutex<CancellationToken>>,
    accepted: Arc<AtomicUsize>,
}

impl Relay {
    async fn start(upstream: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (target, vhost) = upstream.trim_start_matches("amqp://guest:guest@").split_once('/').unwrap();
        let target = target.to_owned();
        let down = Arc::new(AtomicBool::new(false));
        let cut = Arc::new(std::sync::Mutex::new(CancellationToken::new()));
        let accepted = Arc::new(AtomicUsize::new(0));
        let (d, c, a) = (down.clone(), cut.clone(), accepted.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else { return };
                if d.load(Ordering::SeqCst) {
                    let _ = client.shutdown().await;
                    continue;
                }
                a.fetch_add(1, Ordering::SeqCst);
                let token = c.lock().unwrap().clone();
                let target = target.clone();
                tokio::spawn(async move {
                    let Ok(mut server) = TcpStream::connect(&target).await else { return };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        () = token.cancelled() => {}
                    }
                });
            }
        });
        Relay { url: format!("amqp://guest:guest@{addr}/{vhost}"), down, cut, accepted }
    }

    fn cut(&self) {
        self.down.store(true, Ordering::SeqCst);
        let mut token = self.cut.lock().unwrap();
        token.cancel();
        *token = CancellationToken::new();
    }

    fn mend(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_worker_learns_on_reconnecting_the_notices_sent_while_it_was_cut_off_over_rabbitmq() {
    let vhost = TestVhost::new();
    let gateway = Broker::amqp(vhost.url(), BrokerSettings::default());
    let relay = Relay::start(vhost.url()).await;
    let stop = CancellationToken::new();
    let worker = Broker::amqp(&relay.url, BrokerSettings::default());
    let mut sub = worker.subscribe_cancels(stop.clone());
    expect_exactly(&mut sub, &[0]).await;
    gateway.publish(&[notice(1)]).await.unwrap();
    expect_exactly(&mut sub, &[1]).await;
    assert_eq!(relay.accepted.load(Ordering::SeqCst), 1);

    // The worker's connection breaks, and stays broken while the gateway sends two notices.
    relay.cut();
    gateway.publish(&[notice(2)]).await.unwrap();
    gateway.publish(&[notice(3)]).await.unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(received(&mut sub, Duration::from_millis(100)).await.is_empty(), "nothing reaches a worker cut off");
    relay.mend();

    // It reconnects and learns both, and not the first one again; then it is caught up again.
    expect_exactly(&mut sub, &[2, 3, 0]).await;
    assert_eq!(relay.accepted.load(Ordering::SeqCst), 2, "one new connection");
    gateway.publish(&[notice(4)]).await.unwrap();
    expect_exactly(&mut sub, &[4]).await;
    stop.cancel();
}

/// The stream's retention is fixed when it is created: a process started later with another
/// `cancel_window` (the setting changed) still connects, keeps the stream as it is, and reads it.
#[tokio::test(flavor = "multi_thread")]
async fn a_process_with_another_cancel_window_still_connects_and_reads_the_stream_over_rabbitmq() {
    let vhost = TestVhost::new();
    let gateway = Broker::amqp(vhost.url(), BrokerSettings::default());
    gateway.publish(&[notice(1)]).await.unwrap();
    let other = BrokerSettings { cancel_window: Duration::from_secs(600), ..BrokerSettings::default() };
    let worker = Broker::amqp(vhost.url(), other);
    worker.check().await.expect("connects despite the stream's other retention");
    let stop = CancellationToken::new();
    let mut sub = worker.subscribe_cancels(stop.clone());
    expect_exactly(&mut sub, &[1, 0]).await;
    stop.cancel();
}

/// The cancel stream deleted under a running gateway (an operator lengthening the window): the
/// publish that finds no queue fails, and the next one reconnects, declares the stream again and is
/// kept for the workers.
#[tokio::test(flavor = "multi_thread")]
async fn a_deleted_cancel_stream_is_declared_again_by_the_next_publish_over_rabbitmq() {
    let vhost = TestVhost::new();
    let gateway = Broker::amqp(vhost.url(), BrokerSettings::default());
    gateway.publish(&[notice(1)]).await.unwrap();
    let out =
        std::process::Command::new("rabbitmqctl").args(["-q", "delete_queue", "-p", vhost.name(), "pii.cancel.stream"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let first = gateway.publish(&[notice(2)]).await;
    assert!(matches!(first, Err(pii_queue::QueueError::Refused(_))), "{first:?}");
    gateway.publish(&[notice(3)]).await.expect("the next publish declares the stream again");
    let stop = CancellationToken::new();
    let worker = Broker::amqp(vhost.url(), BrokerSettings::default());
    let mut sub = worker.subscribe_cancels(stop.clone());
    expect_exactly(&mut sub, &[3, 0]).await;
    stop.cancel();
}

/// Records which jobs it ran.
#[derive(Default)]
struct Recorder(std::sync::Mutex<Vec<JobId>>);

impl JobHandler for Recorder {
    async fn handle(&self, command: JobCommand, _headers: Headers, _stop: StopFlag) -> Result<Vec<Envelope>, Failure> {
        self.0.lock().unwrap().push(command.job().job_id);
        Ok(Vec::new())
    }
}

/// A worker that reconnects takes commands only once it has recorded the notices sent while it was
/// away: many notices, then the cancel of a job and that job's command, all sent while its
/// connection was cut; the command is skipped, never run.
#[tokio::test(flavor = "multi_thread")]
async fn a_reconnecting_worker_skips_a_command_cancelled_while_it_was_away_over_rabbitmq() {
    let vhost = TestVhost::new();
    let gateway = Broker::amqp(vhost.url(), BrokerSettings::default());
    let relay = Relay::start(vhost.url()).await;
    let worker = Broker::amqp(&relay.url, BrokerSettings::default());
    let handler = Arc::new(Recorder::default());
    let cfg = one_at_a_time();
    let stop = CancellationToken::new();
    let running = tokio::spawn(worker::run(worker, handler.clone(), cfg, stop.clone()));
    let (first, cancelled, last) = (JobId::generate(), JobId::generate(), JobId::generate());
    gateway.publish(&[detect(first, 1)]).await.unwrap();
    let ran = |n: usize| {
        let handler = handler.clone();
        async move {
            let deadline = Instant::now() + Duration::from_secs(30);
            while handler.0.lock().unwrap().len() < n {
                assert!(Instant::now() < deadline, "the worker ran {:?}", handler.0.lock().unwrap());
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    ran(1).await;

    relay.cut();
    // Other jobs' notices first, so that reading up to this job's takes the worker a while.
    let others: Vec<Envelope> = (0..2_000).map(|_| cancel(JobId::generate(), 1)).collect();
    gateway.publish(&others).await.unwrap();
    gateway.publish(&[cancel(cancelled, 1)]).await.unwrap();
    gateway.publish(&[detect(cancelled, 1), detect(last, 1)]).await.unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    relay.mend();

    let deadline = Instant::now() + Duration::from_secs(30);
    while !handler.0.lock().unwrap().contains(&last) {
        assert!(Instant::now() < deadline, "the worker ran {:?}", handler.0.lock().unwrap());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    // The cut may fall between the first run and its ack reaching the broker: the broker then
    // hands that command out again, as at-least-once delivery must. Only the cancelled job's
    // command may never run.
    let runs = handler.0.lock().unwrap().clone();
    let firsts = runs.iter().filter(|j| **j == first).count();
    assert!((1..=2).contains(&firsts), "the first job ran once, or again after the cut: {runs:?}");
    let rest: Vec<JobId> = runs.iter().copied().filter(|j| *j != first).collect();
    assert_eq!(rest, [last], "the cancelled job's command was skipped");
    stop.cancel();
    let report = running.await.unwrap();
    assert_eq!(report.handled, runs.len() as u64 + 1, "every delivery handled, the skipped one too");
}
