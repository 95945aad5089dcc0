//! Faults that really break things: workers SIGKILLed mid-batch, RabbitMQ and PostgreSQL stopped and
//! started again, poison messages, SIGTERM, jobs whose messages vanished. Gateway, detector and
//! redactor run as separate processes on the machine's PostgreSQL and RabbitMQ.
//!
//! Stopping RabbitMQ or PostgreSQL affects every user of the machine, so every test here runs only
//! with `PII_REDACTOR_FAULT_TESTS=1` (`make test-faults`, which `.ci/run` runs after `make test`).
//! Without it each test prints that it was skipped and why; with it, a missing service fails the
//! test. A stopped service is always started again (a guard restarts it on drop, also on panic).
//!
//! The figures printed with `FAULTS:` are the measured outcomes recorded in RELIABILITY.md; run with
//! `--nocapture` to see them.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;
mod fault_stack;

use std::time::{Duration, Instant};

use common::*;
use fault_stack::*;
use pii_queue::{Broker, BrokerSettings, Envelope, QueueName, Route};
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread")]
async fn a_detector_sigkilled_mid_batch_loses_and_duplicates_nothing() {
    if !enabled("a_detector_sigkilled_mid_batch_loses_and_duplicates_nothing") {
        return;
    }
    worker_sigkilled_mid_batch("detector", QueueName::Detect).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redactor_sigkilled_mid_batch_loses_and_duplicates_nothing() {
    if !enabled("a_redactor_sigkilled_mid_batch_loses_and_duplicates_nothing") {
        return;
    }
    worker_sigkilled_mid_batch("redactor", QueueName::Redact).await;
}

/// Kills `role` with SIGKILL while its queue still holds commands of a 1,000-job batch, starts a
/// replacement, and checks that every job completed once, with complete outputs.
async fn worker_sigkilled_mid_batch(role: &str, queue: QueueName) {
    let mut s = full_stack(&[]).await;
    let started = Instant::now();
    let b = submit_batch(&s, &format!("kill-{role}"), 1000).await;
    let broker = Broker::amqp(s.vhost.as_ref().unwrap().url(), BrokerSettings::default());
    wait_completed_at_least(&s, &b, 30, Duration::from_secs(300)).await;
    let at_kill = completed(&s, &b).await;
    let status = s.signal(role, "KILL");
    // The worker died with work left: messages still waiting for it.
    let waiting = broker.depth(queue).await.unwrap();
    assert!(waiting > 0, "the {role} had already taken every message when it was killed");
    assert!(!status.success());
    let killed = Instant::now();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let replacement = format!("{role}2");
    s.start(&replacement, role);
    wait_batch_done(&s, &b, Duration::from_secs(600)).await;
    let recovered = killed.elapsed();
    let o = check_batch(&s, &b).await;
    let written = redactions_logged(&s, &["redactor", "redactor2"]);
    println!(
        "FAULTS: {role} SIGKILL: submitted {} completed {} lost {} duplicated findings {} incomplete outputs {} temp files left {}; \
         killed after {at_kill} completed with {waiting} {} commands waiting; batch done {recovered:?} after the kill ({:?} in all); outputs written {written} (redone after the kill: {})",
        o.submitted,
        o.completed,
        o.lost,
        o.duplicated_findings,
        o.incomplete_outputs,
        o.leftover_temp_files,
        queue.as_str(),
        started.elapsed(),
        written.saturating_sub(o.submitted),
    );
    assert_clean(&o);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redactor_sigkilled_while_writing_an_output_leaves_no_half_output() {
    if !enabled("a_redactor_sigkilled_while_writing_an_output_leaves_no_half_output") {
        return;
    }
    let mut s = full_stack(&[]).await;
    let mut big = String::with_capacity(48 << 20);
    while big.len() < (40 << 20) {
        big.push_str(PII_TEXT);
    }
    let uri = s.put_input("write/big.txt", big.as_bytes());
    let id = s.submit(KEY_A, json!({"input_uri": uri, "entities": ["US_SSN"]})).await["id"].as_str().unwrap().to_owned();
    let out_dir = s.input_dir().join("write/redacted");
    let out = out_dir.join("big.txt");
    // Kill the redactor the moment it has a file open for writing in the output folder (an unnamed
    // O_TMPFILE file shows as "<folder>/#<inode> (deleted)", a named temporary file by its name).
    let fds = format!("/proc/{}/fd", s.pid("redactor"));
    let deadline = Instant::now() + Duration::from_secs(300);
    let (tmp_seen, partial) = 'found: loop {
        for entry in std::fs::read_dir(&fds).unwrap().filter_map(Result::ok) {
            let Ok(target) = std::fs::read_link(entry.path()) else { continue };
            if target.starts_with(&out_dir) {
                let len = std::fs::metadata(entry.path()).map(|m| m.len()).unwrap_or(0);
                if len > 0 {
                    break 'found (target.display().to_string(), len);
                }
            }
        }
        assert!(!out.exists(), "the output appeared before its writer was seen");
        assert!(Instant::now() < deadline, "the redactor never wrote the output\n{}", logs(&s));
        std::thread::sleep(Duration::from_millis(1));
    };
    let status = s.signal("redactor", "KILL");
    assert!(!status.success());
    let killed = Instant::now();
    assert!(!out.exists(), "a half-written output is visible under its final name");
    assert_ne!(s.job(KEY_A, &id).await["status"], "completed");
    s.start("redactor2", "redactor");
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(300)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let recovered = killed.elapsed();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text == big.replace("123-45-6789", "<US_SSN>"), "the output is not the complete redaction ({} bytes)", text.len());
    assert_eq!(done["findings"].as_array().unwrap().len(), big.matches("123-45-6789").count(), "each SSN found exactly once");
    let leftovers: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".pii-tmp-"))
        .collect();
    println!(
        "FAULTS: redactor SIGKILL mid-write: killed with {partial} of {} bytes written to {tmp_seen:?}; final name never held a partial file; \
         completed {recovered:?} after the kill with a complete output; temporary files left: {}",
        big.len(),
        leftovers.len()
    );
    assert!(leftovers.is_empty(), "temporary files left beside the output: {leftovers:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_gateway_sigkilled_mid_batch_loses_no_job_and_no_event() {
    if !enabled("a_gateway_sigkilled_mid_batch_loses_no_job_and_no_event") {
        return;
    }
    let mut s = full_stack(&[]).await;
    let b = submit_batch(&s, "kill-gateway", 1000).await;
    wait_completed_at_least(&s, &b, 30, Duration::from_secs(300)).await;
    let at_kill = completed(&s, &b).await;
    let status = s.signal("gateway", "KILL");
    assert!(!status.success());
    let killed = Instant::now();
    tokio::time::sleep(Duration::from_secs(2)).await;
    s.start("gateway2", "gateway");
    s.wait_healthy().await;
    wait_batch_done(&s, &b, Duration::from_secs(600)).await;
    let recovered = killed.elapsed();
    let o = check_batch(&s, &b).await;
    println!(
        "FAULTS: gateway SIGKILL: submitted {} completed {} lost {} duplicated findings {} incomplete outputs {} temp files left {}; \
         killed after {at_kill} completed; batch done {recovered:?} after the kill",
        o.submitted, o.completed, o.lost, o.duplicated_findings, o.incomplete_outputs, o.leftover_temp_files,
    );
    assert_clean(&o);
}

#[tokio::test(flavor = "multi_thread")]
async fn rabbitmq_stopped_for_20_seconds_mid_batch_loses_nothing() {
    if !enabled("rabbitmq_stopped_for_20_seconds_mid_batch_loses_nothing") {
        return;
    }
    let s = full_stack(&[]).await;
    let b1 = submit_batch(&s, "before-outage", 800).await;
    wait_completed_at_least(&s, &b1, 100, Duration::from_secs(300)).await;
    let down = RabbitDown::stop();
    let stopped = Instant::now();
    // The gateway keeps accepting jobs while the broker is away (the outbox holds their messages),
    // and stays ready: a load balancer must keep sending it work.
    let b2 = submit_batch(&s, "during-outage", 200).await;
    let (status, ready) = s.call(Method::GET, "/readyz", None, None).await;
    assert_eq!(status, 200, "the gateway must stay ready while RabbitMQ is down: {ready}");
    let accepted_in_outage = b2.jobs.len();
    tokio::time::sleep(Duration::from_secs(20).saturating_sub(stopped.elapsed())).await;
    let outage = stopped.elapsed();
    drop(down);
    let restarted = Instant::now();
    // Still ready after the restart (and it never stopped being).
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let (status, _) = s.call(Method::GET, "/readyz", None, None).await;
        if status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "the gateway did not become ready again\n{}", logs(&s));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let ready_again = restarted.elapsed();
    wait_batch_done(&s, &b1, Duration::from_secs(600)).await;
    wait_batch_done(&s, &b2, Duration::from_secs(600)).await;
    let all_done = restarted.elapsed();
    let o1 = check_batch(&s, &b1).await;
    let o2 = check_batch(&s, &b2).await;
    println!(
        "FAULTS: RabbitMQ stopped {outage:?}: submitted {} (of which {accepted_in_outage} during the outage) completed {} lost {} \
         duplicated findings {} incomplete outputs {}; gateway ready {ready_again:?} after the restart; every job done {all_done:?} after it",
        o1.submitted + o2.submitted,
        o1.completed + o2.completed,
        o1.lost + o2.lost,
        o1.duplicated_findings + o2.duplicated_findings,
        o1.incomplete_outputs + o2.incomplete_outputs,
    );
    assert_clean(&o1);
    assert_clean(&o2);
}

#[tokio::test(flavor = "multi_thread")]
async fn postgresql_stopped_for_20_seconds_answers_503_and_loses_no_status_event() {
    if !enabled("postgresql_stopped_for_20_seconds_answers_503_and_loses_no_status_event") {
        return;
    }
    let s = full_stack(&[]).await;
    let b = submit_batch(&s, "db-outage", 600).await;
    wait_completed_at_least(&s, &b, 50, Duration::from_secs(300)).await;
    // Every detect command is with the broker before the database goes away.
    let broker = Broker::amqp(s.vhost.as_ref().unwrap().url(), BrokerSettings::default());
    let at_stop = completed(&s, &b).await;
    let down = PostgresDown::stop();
    let stopped = Instant::now();
    let quick = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().unwrap();
    let mut worst = Duration::ZERO;
    let mut answers = 0;
    while stopped.elapsed() < Duration::from_secs(20) {
        for (method, path, body) in [
            (Method::GET, "/readyz".to_owned(), None),
            (Method::GET, format!("/jobs/{}", b.jobs[0]), None),
            (Method::GET, format!("/batches/{}", b.id), None),
            (Method::POST, "/redact/uri".to_owned(), Some(json!({"input_uri": s.put_input("late.txt", doc(0).as_bytes())}))),
        ] {
            if stopped.elapsed() >= Duration::from_secs(20) {
                break;
            }
            let t = Instant::now();
            let mut req = quick.request(method, s.url(&path)).header("X-API-Key", KEY_A);
            if let Some(b) = body {
                req = req.json(&b);
            }
            let resp = req.send().await.unwrap_or_else(|e| panic!("{path} hung or failed while the database is down: {e}"));
            let status = resp.status().as_u16();
            let body: Value = resp.json().await.unwrap_or(Value::Null);
            worst = worst.max(t.elapsed());
            assert_eq!(status, 503, "{path} answered {status} {body} while the database is down");
            assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()), "{path}: {body}");
            answers += 1;
        }
    }
    // The workers went on; their status events wait in pii.events, unacknowledged by the gateway.
    let waiting_events = broker.depth(QueueName::Events).await.unwrap_or(0);
    let outage = stopped.elapsed();
    drop(down);
    let restarted = Instant::now();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let (status, _) = s.call(Method::GET, "/readyz", None, None).await;
        if status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "the gateway did not become ready again\n{}", logs(&s));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let ready_again = restarted.elapsed();
    wait_batch_done(&s, &b, Duration::from_secs(600)).await;
    let all_done = restarted.elapsed();
    let o = check_batch(&s, &b).await;
    println!(
        "FAULTS: PostgreSQL stopped {outage:?}: {answers} requests answered 503 with a detail, slowest {worst:?}; \
         {at_stop} completed before the stop, {waiting_events} status events waiting in pii.events at the restart; \
         submitted {} completed {} lost {} duplicated findings {} incomplete outputs {}; ready {ready_again:?} after the restart, every job done {all_done:?} after it",
        o.submitted, o.completed, o.lost, o.duplicated_findings, o.incomplete_outputs,
    );
    assert!(waiting_events > 0, "the workers should have gone on during the outage");
    assert!(worst < Duration::from_secs(10), "an answer took {worst:?}");
    assert_clean(&o);
    // The gateway process survived it.
    let (status, _) = s.call(Method::GET, "/healthz", None, None).await;
    assert_eq!(status, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_messages_are_dead_lettered_their_job_ends_as_error_and_the_queue_flows_on() {
    if !enabled("malformed_messages_are_dead_lettered_their_job_ends_as_error_and_the_queue_flows_on") {
        return;
    }
    services_up();
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    let (vhost, vhost_url) = {
        let v = s.vhost.as_ref().unwrap();
        (v.name().to_owned(), v.url().to_owned())
    };
    let broker = Broker::amqp(&vhost_url, BrokerSettings::default());
    // A real job whose detect command is lost and replaced by a malformed one.
    let uri = s.put_input("poison.txt", doc(1).as_bytes());
    let poisoned = s.submit(KEY_A, json!({"input_uri": uri})).await["id"].as_str().unwrap().to_owned();
    let deadline = Instant::now() + Duration::from_secs(30);
    while broker.depth(QueueName::Detect).await.unwrap_or(0) < 1 {
        assert!(Instant::now() < deadline, "the job's message never reached pii.detect");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    run("rabbitmqctl", &["-q", "purge_queue", "-p", &vhost, "pii.detect"]).unwrap();
    broker
        .publish(&[
            Envelope::new(Route::Detect, format!(r#"{{"stage":"detect","job_id":"{poisoned}","input_uri":42}}"#).into_bytes()),
            Envelope::new(Route::Detect, b"\x00\xffnot json at all".to_vec()),
            Envelope::new(Route::Redact, b"{\"stage\":\"redact\"}".to_vec()),
        ])
        .await
        .unwrap();
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    let ended = s.wait_for(KEY_A, &poisoned, &["error", "completed"], Duration::from_secs(60)).await;
    assert_eq!(ended["status"], "error", "{ended}");
    let why = ended["error_message"].as_str().unwrap_or_default().to_owned();
    assert!(why.contains("dead-letter"), "{ended}");
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut dead = 0;
    while dead < 3 {
        dead = broker.depth(QueueName::Dead).await.unwrap_or(0);
        assert!(Instant::now() < deadline, "pii.dead holds {dead} of the 3 poison messages");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The queues flow on.
    let b = submit_batch(&s, "after-poison", 50).await;
    wait_batch_done(&s, &b, Duration::from_secs(120)).await;
    let o = check_batch(&s, &b).await;
    println!("FAULTS: malformed messages: 3 published, {dead} in pii.dead, their job ended error ({why:?}); 50 jobs after them: {o:?}");
    assert_clean(&o);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_that_kills_its_worker_on_every_delivery_is_dead_lettered_and_ends_as_error() {
    if !enabled("a_job_that_kills_its_worker_on_every_delivery_is_dead_lettered_and_ends_as_error") {
        return;
    }
    let limit = 2;
    services_up();
    let mut s = Stack::distributed();
    s.set_env("PII_REDACTOR_DELIVERY_LIMIT", &limit.to_string());
    s.start("gateway", "gateway");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    let broker = Broker::amqp(s.vhost.as_ref().unwrap().url(), BrokerSettings { delivery_limit: limit, ..BrokerSettings::default() });
    // Large enough that detection takes seconds in a debug build: each delivery is cut short by a
    // SIGKILL of its detector, as an out-of-memory kill would.
    let mut big = String::with_capacity(48 << 20);
    while big.len() < (40 << 20) {
        big.push_str(PII_TEXT);
    }
    let uri = s.put_input("crasher.txt", big.as_bytes());
    let id = s.submit(KEY_A, json!({"input_uri": uri, "entities": ["US_SSN"]})).await["id"].as_str().unwrap().to_owned();
    let mut kills = 0;
    let started = Instant::now();
    loop {
        let job = s.job(KEY_A, &id).await;
        if job["status"] == "error" {
            break;
        }
        assert_ne!(job["status"], "completed", "the detector finished before being killed: {job}");
        assert!(kills <= limit + 2, "still not dead-lettered after {kills} crashes: {job}\n{}", logs(&s));
        let name = format!("detector-{kills}");
        s.start(&name, "detector");
        // Wait until this detector holds the message, then kill it.
        let deadline = Instant::now() + Duration::from_secs(30);
        while broker.depth(QueueName::Detect).await.unwrap_or(1) > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
        if s.job(KEY_A, &id).await["status"] == "error" {
            break;
        }
        let _ = s.signal(&name, "KILL");
        kills += 1;
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    let job = s.job(KEY_A, &id).await;
    let why = job["error_message"].as_str().unwrap_or_default().to_owned();
    assert!(why.contains("dead-letter"), "{job}");
    assert!(broker.depth(QueueName::Dead).await.unwrap() >= 1);
    // The next job goes through.
    s.start("detector", "detector");
    let ok = s.submit(KEY_A, json!({"input_uri": s.put_input("fine.txt", PII_TEXT.as_bytes())})).await;
    let done = s.wait_for(KEY_A, ok["id"].as_str().unwrap(), &["completed", "error"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    println!(
        "FAULTS: crash on every delivery (delivery limit {limit}): {kills} detectors killed, job ended error after {:?} ({why:?}); the next job completed",
        started.elapsed()
    );
}

/// `terminationGracePeriodSeconds` and the preStop pause of a Deployment in deploy/k8s/base.
fn manifest_grace(role: &str) -> (u64, u64) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../deploy/k8s/base/{role}.yaml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let number_after = |key: &str| -> Option<u64> {
        let at = text.find(key)? + key.len();
        text[at..].split_whitespace().next()?.parse().ok()
    };
    let grace = number_after("terminationGracePeriodSeconds:").expect("terminationGracePeriodSeconds");
    let pre_stop = text.find("preStop:").and_then(|at| {
        let rest = &text[at..];
        let k = rest.find("seconds:")? + "seconds:".len();
        rest[k..].split_whitespace().next()?.parse().ok()
    });
    (grace, pre_stop.unwrap_or(0))
}

fn configmap_value(key: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/k8s/base/configmap.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    let line = text.lines().find(|l| l.trim_start().starts_with(&format!("{key}:"))).unwrap_or_else(|| panic!("{key} in the configmap"));
    line.split_once(':').unwrap().1.trim().trim_matches('"').to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_mid_batch_stops_every_process_with_exit_0_within_the_manifests_grace_period() {
    if !enabled("sigterm_mid_batch_stops_every_process_with_exit_0_within_the_manifests_grace_period") {
        return;
    }
    let grace = configmap_value("PII_REDACTOR_SHUTDOWN_GRACE_SECS");
    let mut s = full_stack(&[("PII_REDACTOR_SHUTDOWN_GRACE_SECS", &grace)]).await;
    let b = submit_batch(&s, "sigterm", 400).await;
    wait_completed_at_least(&s, &b, 40, Duration::from_secs(300)).await;
    // A long job in the detector's hands when the signal comes (seconds of work in a debug build):
    // the detector reports progress 0-50 %, the redactor 50-99 %.
    let mut big = String::with_capacity(48 << 20);
    while big.len() < (40 << 20) {
        big.push_str(PII_TEXT);
    }
    let long = s.submit(KEY_A, json!({"input_uri": s.put_input("long.txt", big.as_bytes()), "entities": ["US_SSN"]})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let j = s.job(KEY_A, &long).await;
        if j["status"] == "processing" {
            assert!(j["progress_pct"].as_u64().unwrap_or(0) < 50, "the long job left the detector too soon: {j}");
            break;
        }
        assert!(Instant::now() < deadline, "the long job did not start: {j}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let at_term = completed(&s, &b).await;
    let long_at_term = s.job(KEY_A, &long).await;
    let long_at_term = format!("{} at {}%", long_at_term["status"], long_at_term["progress_pct"]);
    let limit = Duration::from_secs(120);
    let ended = s.signal_all(&["gateway", "detector", "redactor"], "TERM", limit);
    let mut report = Vec::new();
    for (name, status, took) in &ended {
        let (k8s_grace, pre_stop) = manifest_grace(name);
        let budget = Duration::from_secs(k8s_grace - pre_stop);
        report.push(format!(
            "{name} exited {status:?} after {took:?} (budget {budget:?}: terminationGracePeriodSeconds {k8s_grace} - preStop {pre_stop})"
        ));
        let status = status.unwrap_or_else(|| panic!("{name} did not stop within {limit:?}\n{}", tail(&s.log(name), 30)));
        assert!(status.success(), "{name} exited {status:?}\n{}", tail(&s.log(name), 30));
        assert!(*took < budget, "{name} took {took:?}, the pod would be killed after {budget:?}");
        assert!(
            Duration::from_secs(grace.parse().unwrap()) < budget,
            "PII_REDACTOR_SHUTDOWN_GRACE_SECS does not fit in the manifest's grace period"
        );
    }
    // What they held went back to the queue: new processes finish the batch.
    s.start("gateway2", "gateway");
    s.start("detector2", "detector");
    s.start("redactor2", "redactor");
    s.wait_healthy().await;
    wait_batch_done(&s, &b, Duration::from_secs(600)).await;
    let long_end = s.wait_for(KEY_A, &long, &["completed", "error", "failed"], Duration::from_secs(300)).await;
    assert_eq!(long_end["status"], "completed", "{long_end}");
    assert_eq!(long_end["findings"].as_array().unwrap().len(), big.matches("123-45-6789").count(), "each SSN found exactly once");
    let o = check_batch(&s, &b).await;
    println!(
        "FAULTS: SIGTERM (long job {long_at_term} at the signal, completed after the restart; detector: {}) after {at_term} of {} completed: {}; afterwards {o:?}",
        s.log("detector").lines().filter(|l| l.contains("grace") || l.contains("detector stopped")).collect::<Vec<_>>().join(" | "),
        b.jobs.len(),
        report.join("; ")
    );
    assert_clean(&o);
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_with_work_longer_than_the_grace_period_returns_it_to_the_queue_and_exits_0() {
    if !enabled("sigterm_with_work_longer_than_the_grace_period_returns_it_to_the_queue_and_exits_0") {
        return;
    }
    let mut s = full_stack(&[("PII_REDACTOR_SHUTDOWN_GRACE_SECS", "1")]).await;
    let mut big = String::with_capacity(48 << 20);
    while big.len() < (40 << 20) {
        big.push_str(PII_TEXT);
    }
    let uri = s.put_input("grace/big.txt", big.as_bytes());
    let id = s.submit(KEY_A, json!({"input_uri": uri, "entities": ["US_SSN"]})).await["id"].as_str().unwrap().to_owned();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let j = s.job(KEY_A, &id).await;
        if j["status"] == "processing" {
            assert!(j["progress_pct"].as_u64().unwrap_or(0) < 40, "the job left the detector too soon: {j}");
            break;
        }
        assert!(Instant::now() < deadline, "the job did not start: {j}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ended = s.signal_all(&["detector"], "TERM", Duration::from_secs(60));
    let (_, status, took) = &ended[0];
    let status = status.unwrap_or_else(|| panic!("the detector did not stop\n{}", tail(&s.log("detector"), 20)));
    assert!(status.success(), "{status:?}\n{}", tail(&s.log("detector"), 20));
    // The grace period plus the one second the runtime gives abandoned blocking work, and slack.
    assert!(*took < Duration::from_secs(5), "took {took:?} with a 1 s grace period");
    let log = s.log("detector");
    let stopped = log.lines().find(|l| l.contains("detector stopped")).unwrap_or_default().to_owned();
    assert!(stopped.contains("returned") && stopped.contains('1'), "{stopped}");
    assert_ne!(s.job(KEY_A, &id).await["status"], "completed");
    s.start("detector2", "detector");
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(300)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["findings"].as_array().unwrap().len(), big.matches("123-45-6789").count(), "each SSN found exactly once");
    println!(
        "FAULTS: SIGTERM past a 1 s grace period: detector exited {status:?} after {took:?}, its job went back to the queue and completed on a new detector"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_job_stuck_in_processing_past_the_deadline_is_sent_again_by_the_sweeper() {
    if !enabled("a_job_stuck_in_processing_past_the_deadline_is_sent_again_by_the_sweeper") {
        return;
    }
    services_up();
    let stuck_after = 5;
    let mut s = Stack::distributed();
    s.set_env("PII_REDACTOR_STUCK_AFTER_SECS", &stuck_after.to_string());
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.wait_healthy().await;
    let (vhost, vhost_url) = {
        let v = s.vhost.as_ref().unwrap();
        (v.name().to_owned(), v.url().to_owned())
    };
    let broker = Broker::amqp(&vhost_url, BrokerSettings::default());
    let mut ids = Vec::new();
    for i in 0..5 {
        let uri = s.put_input(&format!("stuck{i}.txt"), doc(i).as_bytes());
        ids.push(s.submit(KEY_A, json!({"input_uri": uri})).await["id"].as_str().unwrap().to_owned());
    }
    for id in &ids {
        s.wait_for(KEY_A, id, &["processing"], Duration::from_secs(60)).await;
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    while broker.depth(QueueName::Redact).await.unwrap_or(0) < 5 {
        assert!(Instant::now() < deadline, "the redact commands never reached pii.redact");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Their redact commands vanish (a worker gone without the broker redelivering).
    run("rabbitmqctl", &["-q", "purge_queue", "-p", &vhost, "pii.redact"]).unwrap();
    let lost = Instant::now();
    s.start("redactor", "redactor");
    let mut slowest = Duration::ZERO;
    for id in &ids {
        let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(120)).await;
        assert_eq!(done["status"], "completed", "{done}");
        slowest = slowest.max(lost.elapsed());
    }
    assert!(s.log("gateway").contains("sent again"), "{}", tail(&s.log("gateway"), 30));
    println!(
        "FAULTS: stuck in processing (PII_REDACTOR_STUCK_AFTER_SECS={stuck_after}): 5 jobs lost their message; all completed {slowest:?} after the loss"
    );
}
