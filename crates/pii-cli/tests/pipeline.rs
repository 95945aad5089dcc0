//! The whole pipeline as separate processes on the machine's PostgreSQL and RabbitMQ.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::Duration;

use common::*;
use reqwest::Method;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn jobs_go_through_gateway_detector_and_redactor_processes() {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    let (status, _) = s.call(Method::GET, "/readyz", None, None).await;
    assert_eq!(status, 200);

    let mut ids = Vec::new();
    for i in 0..20 {
        let uri = s.put_input(&format!("doc{i}.txt"), PII_TEXT.as_bytes());
        let job = s.submit(KEY_A, json!({"input_uri": uri})).await;
        assert_eq!(job["status"], "queued");
        assert!(job["output_uri"].is_null());
        ids.push(job["id"].as_str().unwrap().to_owned());
    }
    for id in &ids {
        let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
        assert_eq!(done["status"], "completed", "{done}");
        assert_eq!(done["progress_pct"], 100);
        let types: Vec<&str> = done["findings"].as_array().unwrap().iter().map(|f| f["entity_type"].as_str().unwrap()).collect();
        for t in ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS"] {
            assert!(types.contains(&t), "{t} missing in {types:?}");
        }
        let (status, ct, body) = s.download(KEY_A, id).await;
        assert_eq!(status, 200);
        assert!(ct.starts_with("text/plain"), "{ct}");
        let text = String::from_utf8(body).unwrap();
        for v in PII_VALUES {
            assert!(!text.contains(v), "{v} leaked");
        }
        assert!(text.contains("Ticket closed after review."));
    }
    // The output lies beside the input, under redacted/.
    let first = s.job(KEY_A, &ids[0]).await;
    assert!(first["output_uri"].as_str().unwrap().ends_with("/in/redacted/doc0.txt"), "{first}");
    // Another tenant sees nothing of it.
    let (status, _) = s.call(Method::GET, &format!("/jobs/{}", ids[0]), Some(KEY_B), None).await;
    assert_eq!(status, 404);
    let (status, list) = s.call(Method::GET, "/jobs?limit=100", Some(KEY_B), None).await;
    assert_eq!((status, list.as_array().unwrap().len()), (200, 0));
    let (status, list) = s.call(Method::GET, "/jobs?limit=100&tenant_id=tenant-a", Some(KEY_ADMIN), None).await;
    assert_eq!((status, list.as_array().unwrap().len()), (200, 20));
    // Delete removes the row and the output.
    let out = first["output_uri"].as_str().unwrap().trim_start_matches("file://").to_owned();
    assert!(std::path::Path::new(&out).exists());
    let (status, body) = s.call(Method::DELETE, &format!("/jobs/{}", ids[0]), Some(KEY_A), None).await;
    assert_eq!((status, body), (200, json!({"detail": "Job deleted"})));
    assert!(!std::path::Path::new(&out).exists());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_detector_killed_mid_job_does_not_lose_the_job() {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    // Large enough that detection takes a while in a debug build.
    let mut big = String::with_capacity(48 << 20);
    while big.len() < (40 << 20) {
        big.push_str(PII_TEXT);
    }
    let uri = s.put_input("big.txt", big.as_bytes());
    let job = s.submit(KEY_A, json!({"input_uri": uri, "entities": ["US_SSN"]})).await;
    let id = job["id"].as_str().unwrap().to_owned();
    s.wait_for(KEY_A, &id, &["processing"], Duration::from_secs(60)).await;
    let status = s.signal("detector", "KILL");
    assert!(!status.success());
    let seen = s.job(KEY_A, &id).await;
    assert_ne!(seen["status"], "completed", "the job must still be running when its detector dies");
    // A new detector picks the job up again once the broker notices the dead connection.
    s.start("detector2", "detector");
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(240)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let n = done["findings"].as_array().unwrap().len();
    assert_eq!(n, big.matches("123-45-6789").count(), "each SSN found exactly once");
    let (status, _, body) = s.download(KEY_A, &id).await;
    assert_eq!(status, 200);
    assert!(!String::from_utf8_lossy(&body).contains("123-45-6789"));
}

#[tokio::test(flavor = "multi_thread")]
async fn jobs_submitted_while_the_broker_is_unreachable_are_published_when_it_is_back() {
    let mut s = Stack::distributed();
    // The gateway reaches RabbitMQ only through a forwarder that starts switched off.
    let mut fwd = Forwarder::new(5672);
    let vhost = s.vhost.as_ref().unwrap().name().to_owned();
    s.set_env("AMQP_URL", &format!("amqp://guest:guest@127.0.0.1:{}/{vhost}", fwd.port));
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    // Ready without the broker: the outbox takes the jobs.
    let (status, body) = s.call(Method::GET, "/readyz", None, None).await;
    assert_eq!(status, 200, "{body}");
    let mut ids = Vec::new();
    for i in 0..5 {
        let uri = s.put_input(&format!("q{i}.txt"), PII_TEXT.as_bytes());
        ids.push(s.submit(KEY_A, json!({"input_uri": uri})).await["id"].as_str().unwrap().to_owned());
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    for id in &ids {
        assert_eq!(s.job(KEY_A, id).await["status"], "queued");
    }
    // The workers talk to the broker directly; the gateway's path comes back.
    let direct = s.vhost.as_ref().unwrap().url().to_owned();
    s.set_env("AMQP_URL", &direct);
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    fwd.up().await;
    for id in &ids {
        let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
        assert_eq!(done["status"], "completed", "{done}");
    }
    let (status, _) = s.call(Method::GET, "/readyz", None, None).await;
    assert_eq!(status, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_forbidden_and_unsupported_inputs_end_as_errors_with_a_message() {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    // Refused at submit: outside the roots, private network, bad scheme, same output as input.
    let inside = s.put_input("ok.txt", PII_TEXT.as_bytes());
    for body in [
        json!({"input_uri": "file:///etc/passwd"}),
        json!({"input_uri": "http://169.254.169.254/latest/meta-data/"}),
        json!({"input_uri": "ftp://example.com/x"}),
        json!({"input_uri": inside, "output_uri": inside}),
        json!({"input_uri": inside, "output_uri": "file:///tmp/elsewhere.txt"}),
        json!({"input_uri": inside, "operators": {"DEFAULT": {"type": "mask", "masking_char": "**", "chars_to_mask": 2}}}),
        json!({"input_uri": inside, "ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"regex": "(", "score": 0.5}]}]}),
    ] {
        let (status, resp) = s.call(Method::POST, "/redact/uri", Some(KEY_A), Some(body.clone())).await;
        assert_eq!(status, 422, "{body} -> {resp}");
        assert!(resp["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
    // A local input that is already gone is refused at submit, not queued to fail later.
    let gone = s.put_input("gone.txt", b"x");
    std::fs::remove_file(s.input_dir().join("gone.txt")).unwrap();
    let (status, resp) = s.call(Method::POST, "/redact/uri", Some(KEY_A), Some(json!({"input_uri": gone}))).await;
    assert_eq!(status, 422, "{resp}");
    assert!(resp["detail"].as_str().is_some_and(|d| d.contains("does not exist")), "{resp}");
    // Accepted, then unreadable by the worker: a binary file.
    let binary = s.put_input("blob.bin", &[0u8, 159, 146, 150, 0, 1, 2, 3]);
    let j1 = s.submit(KEY_A, json!({"input_uri": binary})).await["id"].as_str().unwrap().to_owned();
    let e1 = s.wait_for(KEY_A, &j1, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(e1["status"], "error", "{e1}");
    assert!(e1["error_message"].as_str().is_some_and(|m| !m.is_empty()));
    let (status, _, _) = s.download(KEY_A, &j1).await;
    assert_eq!(status, 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_embedded_default_needs_no_outside_service() {
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;
    let (status, _) = s.call(Method::GET, "/readyz", None, None).await;
    assert_eq!(status, 200);
    let uri = s.put_input("sub/report.txt", PII_TEXT.as_bytes());
    let id = s.submit(KEY_A, json!({"input_uri": uri})).await["id"].as_str().unwrap().to_owned();
    let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert!(s.dir.path().join("data/pii-redactor.db").exists());
    // SIGTERM stops it cleanly.
    let status = s.signal("serve", "TERM");
    assert!(status.success(), "exit status {status:?}\n{}", s.log("serve"));
}

#[tokio::test(flavor = "multi_thread")]
async fn s3_inputs_are_redacted_into_the_same_bucket_on_a_real_s3_server() {
    let s3 = pii_test_utils::S3Server::start();
    s3.create_bucket("reports");
    s3.put_object("reports", "2026/q3/report.txt", PII_TEXT.as_bytes());
    let mut s = Stack::distributed();
    for (k, v) in s3.env() {
        s.set_env(&k, &v);
    }
    s.set_env("PII_REDACTOR_TENANT_GRANTS", "tenant-a=s3://reports/");
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    let job = s.submit(KEY_A, json!({"input_uri": "s3://reports/2026/q3/report.txt"})).await;
    let id = job["id"].as_str().unwrap();
    let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert_eq!(done["output_uri"], "s3://reports/2026/q3/redacted/report.txt");
    let (status, ct, body) = s.download(KEY_A, id).await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/plain"));
    let text = String::from_utf8(body).unwrap();
    assert!(PII_VALUES.iter().all(|v| !text.contains(v)), "{text}");
    // A missing object ends the job as an error, not a retry loop.
    let job = s.submit(KEY_A, json!({"input_uri": "s3://reports/missing.txt"})).await;
    let end = s.wait_for(KEY_A, job["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(end["status"], "error", "{end}");
    // Deleting the job deletes the object: the S3 server, asked by a client of its own, no longer has it.
    assert!(s3.object_exists("reports", "2026/q3/redacted/report.txt"));
    let (status, _) = s.call(Method::DELETE, &format!("/jobs/{id}"), Some(KEY_A), None).await;
    assert_eq!(status, 200);
    assert!(!s3.object_exists("reports", "2026/q3/redacted/report.txt"), "the S3 server still holds the deleted output");
    assert!(s3.object_exists("reports", "2026/q3/report.txt"), "the input stays");
    let (status, _) = s.call(Method::GET, &format!("/jobs/{id}/download"), Some(KEY_A), None).await;
    assert_eq!(status, 404);
}
