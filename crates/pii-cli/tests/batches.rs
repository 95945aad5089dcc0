//! Batches, idempotency, callbacks, retries, tenant administration and quotas, with gateway,
//! detector and redactor as separate processes on PostgreSQL and RabbitMQ.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use hmac::{Hmac, KeyInit, Mac};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::Sha256;

async fn full_stack() -> Stack {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    s
}

async fn wait_batch(s: &Stack, key: &str, id: &str, timeout: Duration) -> Value {
    let deadline = Instant::now() + timeout;
    loop {
        let (status, b) = s.call(Method::GET, &format!("/batches/{id}"), Some(key), None).await;
        assert_eq!(status, 200, "{b}");
        if b["status"] == "completed" {
            return b;
        }
        assert!(Instant::now() < deadline, "batch did not complete: {b}\n{}", tail(&s.log("gateway"), 20));
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ten_thousand_item_batch_is_accepted_quickly_and_every_job_completes() {
    let s = full_stack().await;
    let items: Vec<Value> = (0..10_000)
        .map(|i| {
            let uri = s.put_input(
                &format!("many/{i:05}.txt"),
                format!("Ticket {i}: call +1 415-555-{:04} or mail u{i}@example.com\n", i % 10_000).as_bytes(),
            );
            json!({"input_uri": uri})
        })
        .collect();
    let started = Instant::now();
    let (status, created) = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"items": items}))).await;
    let accepted_in = started.elapsed();
    assert_eq!(status, 202, "{created}");
    assert_eq!(created["jobs_created"], 10_000);
    assert_eq!(created["job_ids"].as_array().unwrap().len(), 10_000);
    eprintln!("10,000-item batch accepted in {accepted_in:?} (debug build)");
    let id = created["batch_id"].as_str().unwrap();
    assert!(id.starts_with("bat_"));
    let done = wait_batch(&s, KEY_A, id, Duration::from_secs(900)).await;
    assert_eq!(done["counts"]["completed"], 10_000, "{done}");
    assert_eq!(done["progress_pct"], 100.0);
    assert!(done["completed_at"].is_string());
    // Its jobs are listed with the batch filter, and another tenant sees none of it.
    let (_, page) = s.call(Method::GET, &format!("/jobs?batch_id={id}&limit=100&offset=9950"), Some(KEY_A), None).await;
    assert_eq!(page.as_array().unwrap().len(), 50);
    assert!(page.as_array().unwrap().iter().all(|j| j["batch_id"] == id && j["status"] == "completed"));
    let (status, _) = s.call(Method::GET, &format!("/batches/{id}"), Some(KEY_B), None).await;
    assert_eq!(status, 404);
    let (_, other) = s.call(Method::GET, &format!("/jobs?batch_id={id}"), Some(KEY_B), None).await;
    assert_eq!(other.as_array().unwrap().len(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_prefix_batch_redacts_every_object_below_it_into_the_output_prefix() {
    let s = full_stack().await;
    for name in ["a.txt", "sub/b.txt", "sub/deeper/c.txt"] {
        s.put_input(&format!("tree/{name}"), PII_TEXT.as_bytes());
    }
    let prefix = format!("file://{}/tree/", s.input_dir().display());
    let out = format!("file://{}/out/", s.input_dir().display());
    let (status, created) = s
        .call(
            Method::POST,
            "/redact/batch",
            Some(KEY_A),
            Some(json!({"input_prefix": prefix, "output_prefix": out, "metadata": {"run": 7}})),
        )
        .await;
    assert_eq!(status, 202, "{created}");
    assert_eq!(created["jobs_created"], 3);
    let done = wait_batch(&s, KEY_A, created["batch_id"].as_str().unwrap(), Duration::from_secs(120)).await;
    assert_eq!(done["counts"]["completed"], 3);
    assert_eq!(done["metadata"], json!({"run": 7}));
    for name in ["a.txt", "sub/b.txt", "sub/deeper/c.txt"] {
        let text = std::fs::read_to_string(s.input_dir().join("out").join(name)).unwrap();
        assert!(PII_VALUES.iter().all(|v| !text.contains(v)));
    }
    // Too many objects, a prefix outside the roots, both items and a prefix: refused.
    let (status, body) = s.call(Method::POST, "/redact/batch", Some(KEY_A), Some(json!({"input_prefix": "file:///etc/"}))).await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = s
        .call(
            Method::POST,
            "/redact/batch",
            Some(KEY_A),
            Some(json!({"input_prefix": prefix, "items": [{"input_uri": prefix.clone() + "a.txt"}]})),
        )
        .await;
    assert_eq!(status, 422);
    let (status, body) = s
        .call(
            Method::POST,
            "/redact/batch",
            Some(KEY_A),
            Some(json!({"items": [{"input_uri": "ftp://x/y"}, {"input_uri": "file:///etc/passwd"}]})),
        )
        .await;
    assert_eq!(status, 422);
    assert!(body["detail"].as_str().unwrap().contains("items[0]") && body["detail"].as_str().unwrap().contains("items[1]"), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_idempotency_key_replays_the_first_answer_and_refuses_another_body() {
    let s = full_stack().await;
    let uri = s.put_input("idem.txt", PII_TEXT.as_bytes());
    let body = json!({"input_uri": uri});
    let post = |key: &'static str, b: Value| {
        let req = s.client.post(s.url("/redact/uri")).header("X-API-Key", KEY_A).header("Idempotency-Key", key).json(&b);
        async move {
            let r = req.send().await.unwrap();
            let replayed = r.headers().contains_key("idempotent-replayed");
            (r.status().as_u16(), replayed, r.json::<Value>().await.unwrap())
        }
    };
    let (s1, r1, first) = post("order-42", body.clone()).await;
    let (s2, r2, second) = post("order-42", body.clone()).await;
    assert_eq!((s1, r1), (202, false));
    assert_eq!((s2, r2), (202, true));
    assert_eq!(first, second, "the same answer, the same job");
    let (_, list) = s.call(Method::GET, "/jobs?limit=100", Some(KEY_A), None).await;
    assert_eq!(list.as_array().unwrap().len(), 1, "nothing new was created");
    let (s3, _, err) = post("order-42", json!({"input_uri": uri, "entities": ["US_SSN"]})).await;
    assert_eq!(s3, 422, "{err}");
    // Keys are per tenant: the same key from another tenant is a new request.
    // (Its own output location: A's job may already have written the default one, which B's job
    // may not replace.)
    let mut theirs = body.clone();
    theirs["output_uri"] = json!(format!("{uri}.tenant-b.out"));
    let other = s
        .client
        .post(s.url("/redact/uri"))
        .header("X-API-Key", KEY_B)
        .header("Idempotency-Key", "order-42")
        .json(&theirs)
        .send()
        .await
        .unwrap();
    assert_eq!(other.status().as_u16(), 202);
    // Batches too.
    let batch = json!({"items": [{"input_uri": uri}]});
    let b1 = s
        .client
        .post(s.url("/redact/batch"))
        .header("X-API-Key", KEY_A)
        .header("Idempotency-Key", "b-1")
        .json(&batch)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let b2 = s
        .client
        .post(s.url("/redact/batch"))
        .header("X-API-Key", KEY_A)
        .header("Idempotency-Key", "b-1")
        .json(&batch)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(b1["batch_id"], b2["batch_id"]);
}

/// What the receiver saw of one call: signature, event, body and key epoch headers.
type Seen = (String, String, String, String);

/// A receiver on loopback that answers 500 to the first `fail_first` calls, then 204.
async fn receiver(fail_first: usize) -> (u16, Arc<Mutex<Vec<Seen>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let calls = Arc::new(Mutex::new(0usize));
    let store = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            let store = store.clone();
            let calls = calls.clone();
            tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let mut buf = Vec::new();
                let mut tmp = [0u8; 8192];
                loop {
                    let n = sock.read(&mut tmp).await.unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    buf.extend_from_slice(&tmp[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let head = &text[..end];
                        let len: usize = head
                            .lines()
                            .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + len {
                            let body = String::from_utf8_lossy(&buf[end + 4..end + 4 + len]).to_string();
                            let header = |name: &str| {
                                head.lines()
                                    .find_map(|l| {
                                        l.to_ascii_lowercase().starts_with(name).then(|| l.split_once(':').unwrap().1.trim().to_owned())
                                    })
                                    .unwrap_or_default()
                            };
                            let n = {
                                let mut c = calls.lock().unwrap();
                                *c += 1;
                                *c
                            };
                            store.lock().unwrap().push((
                                header("x-pii-redactor-signature"),
                                header("x-pii-redactor-event"),
                                body,
                                header("x-pii-redactor-key-epoch"),
                            ));
                            let resp: &[u8] = if n <= fail_first {
                                b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            } else {
                                b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
                            };
                            let _ = sock.write_all(resp).await;
                            break;
                        }
                    }
                }
            });
        }
    });
    (port, seen)
}

fn verify(secret_hex: &str, header: &str, body: &str) -> bool {
    let (t, v1) = header.split_once(',').unwrap();
    let t = t.strip_prefix("t=").unwrap();
    let v1 = v1.strip_prefix("v1=").unwrap();
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&hex::decode(secret_hex).unwrap()).unwrap();
    mac.update(format!("{t}.{body}").as_bytes());
    hex::encode(mac.finalize().into_bytes()) == v1
}

#[tokio::test(flavor = "multi_thread")]
async fn callbacks_are_signed_retried_after_a_failure_and_sent_once_per_batch() {
    let (port, seen) = receiver(1).await;
    let mut s = Stack::distributed();
    s.set_env("PII_REDACTOR_ALLOWED_PRIVATE_ADDRS", "127.0.0.1");
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    let (_, me) = s.call(Method::GET, "/tenant", Some(KEY_A), None).await;
    let secret = me["callback_signing_secret"].as_str().unwrap().to_owned();
    let hook = format!("http://127.0.0.1:{port}/hook");

    let uri = s.put_input("cb.txt", PII_TEXT.as_bytes());
    let job = s.submit(KEY_A, json!({"input_uri": uri, "callback_url": hook, "metadata": {"ticket": "T-1"}})).await;
    assert_eq!(job["metadata"], json!({"ticket": "T-1"}));
    let id = job["id"].as_str().unwrap().to_owned();
    // First delivery answered 500, the retry after about a second succeeds.
    let deadline = Instant::now() + Duration::from_secs(60);
    while seen.lock().unwrap().len() < 2 {
        assert!(Instant::now() < deadline, "callback not retried: {:?}\n{}", seen.lock().unwrap(), tail(&s.log("gateway"), 20));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let calls = seen.lock().unwrap().clone();
    assert_eq!(calls[0].2, calls[1].2, "the retry sends the same body");
    for (sig, event, body, epoch) in &calls {
        assert_eq!((event.as_str(), epoch.as_str()), ("job.completed", "0"));
        assert!(verify(&secret, sig, body), "bad signature {sig}");
        let v: Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["job"]["id"], id);
        assert_eq!(v["job"]["metadata"], json!({"ticket": "T-1"}));
        assert!(!body.contains("123-45-6789"), "no PII in callbacks");
    }
    // Another tenant's secret does not verify it.
    let (_, them) = s.call(Method::GET, "/tenant", Some(KEY_B), None).await;
    assert!(!verify(them["callback_signing_secret"].as_str().unwrap(), &calls[1].0, &calls[1].2));

    // A batch calls back once, when every job has ended (here: two completed, one error).
    let a = s.put_input("b1.txt", PII_TEXT.as_bytes());
    let b = s.put_input("b2.txt", PII_TEXT.as_bytes());
    let bad = s.put_input("b3.bin", &[0, 1, 2, 0, 255]);
    let (status, created) = s
        .call(
            Method::POST,
            "/redact/batch",
            Some(KEY_A),
            Some(json!({"items": [{"input_uri": a}, {"input_uri": b}, {"input_uri": bad}], "callback_url": hook})),
        )
        .await;
    assert_eq!(status, 202, "{created}");
    let batch = wait_batch(&s, KEY_A, created["batch_id"].as_str().unwrap(), Duration::from_secs(60)).await;
    assert_eq!((batch["counts"]["completed"].as_u64(), batch["counts"]["error"].as_u64()), (Some(2), Some(1)));
    tokio::time::sleep(Duration::from_secs(3)).await;
    let calls = seen.lock().unwrap().clone();
    let batch_calls: Vec<_> = calls.iter().filter(|c| c.1 == "batch.completed").collect();
    assert_eq!(batch_calls.len(), 1, "{calls:?}");
    assert!(verify(&secret, &batch_calls[0].0, &batch_calls[0].2));
    assert_eq!(calls.iter().filter(|c| c.1.starts_with("job.")).count(), 2, "jobs of a batch send no callback of their own");

    // After the tenant's keys are rotated its callbacks are signed with the new secret, and say so.
    let (status, rotated) = s.call(Method::POST, "/admin/tenants/tenant-a/rotate-keys", Some(KEY_ADMIN), None).await;
    assert_eq!((status, &rotated["key_epoch"]), (200, &json!(1)), "{rotated}");
    let (_, me) = s.call(Method::GET, "/tenant", Some(KEY_A), None).await;
    let new_secret = me["callback_signing_secret"].as_str().unwrap().to_owned();
    assert_ne!(new_secret, secret);
    let job = s.submit(KEY_A, json!({"input_uri": uri, "callback_url": hook, "overwrite": true})).await;
    let deadline = Instant::now() + Duration::from_secs(60);
    let last = loop {
        let found = seen.lock().unwrap().iter().find(|c| c.2.contains(job["id"].as_str().unwrap())).cloned();
        if let Some(c) = found {
            break c;
        }
        assert!(Instant::now() < deadline, "no callback after the rotation\n{}", tail(&s.log("gateway"), 20));
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(last.3, "1", "the callback names the generation it was signed in");
    assert!(verify(&new_secret, &last.0, &last.2) && !verify(&secret, &last.0, &last.2));

    // Callback URLs on private networks are refused at submit.
    let (status, _) =
        s.call(Method::POST, "/redact/uri", Some(KEY_A), Some(json!({"input_uri": uri, "callback_url": "http://169.254.169.254/x"}))).await;
    assert_eq!(status, 422);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failed_job_can_be_retried_on_request() {
    let s3 = pii_test_utils::S3Server::start();
    s3.create_bucket("bkt");
    s3.put_object("bkt", "in.txt", PII_TEXT.as_bytes());
    // The workers reach the S3 server only through a forwarder that starts switched off.
    let mut fwd = Forwarder::new(s3.endpoint().rsplit(':').next().unwrap().parse().unwrap());
    let mut s = Stack::distributed();
    for (k, v) in s3.env() {
        s.set_env(&k, &v);
    }
    s.set_env("AWS_ENDPOINT", &format!("http://127.0.0.1:{}", fwd.port));
    s.set_env("PII_REDACTOR_MAX_ATTEMPTS", "2");
    s.set_env("PII_REDACTOR_TENANT_GRANTS", "tenant-a=s3://bkt/");
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;
    // `overwrite`: the gateway would otherwise ask the (switched-off) store whether the output exists.
    let job = s.submit(KEY_A, json!({"input_uri": "s3://bkt/in.txt", "overwrite": true})).await;
    let id = job["id"].as_str().unwrap().to_owned();
    // Attempt 1 fails, a retry is scheduled (still failed, not ended), attempt 2 fails: failed for good.
    let failed = s.wait_for(KEY_A, &id, &["failed"], Duration::from_secs(60)).await;
    assert!(failed["error_message"].as_str().unwrap().contains("retrying"), "{failed}");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let j = s.job(KEY_A, &id).await;
        if j["status"] == "failed" && j["error_message"].as_str().unwrap().contains("gave up") {
            break;
        }
        assert!(Instant::now() < deadline, "{j}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (status, _) = s.call(Method::POST, &format!("/jobs/{id}/retry"), Some(KEY_B), None).await;
    assert_eq!(status, 404, "not another tenant's to retry");
    fwd.up().await;
    let (status, queued) = s.call(Method::POST, &format!("/jobs/{id}/retry"), Some(KEY_A), None).await;
    assert_eq!(status, 202, "{queued}");
    assert_eq!(queued["status"], "queued");
    let done = s.wait_for(KEY_A, &id, &["completed"], Duration::from_secs(60)).await;
    assert!(done["error_message"].is_null());
    let (status, body) = s.call(Method::POST, &format!("/jobs/{id}/retry"), Some(KEY_A), None).await;
    assert_eq!(status, 409, "only failed jobs: {body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn administrators_manage_tenants_and_keys_and_quotas_answer_429() {
    // No workers: submitted jobs stay queued, which the in-flight quota counts.
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.wait_healthy().await;
    // Admin routes do not exist for tenant keys, and need a key.
    for (m, p) in [(Method::GET, "/admin/tenants"), (Method::GET, "/admin/keys"), (Method::POST, "/admin/keys")] {
        let (status, _) = s.call(m.clone(), p, Some(KEY_A), Some(json!({"tenant_id": "x"}))).await;
        assert_eq!(status, 404, "{p}");
        let (status, _) = s.call(m, p, None, Some(json!({"tenant_id": "x"}))).await;
        assert_eq!(status, 401, "{p}");
    }
    let (status, t) = s
        .call(
            Method::POST,
            "/admin/tenants",
            Some(KEY_ADMIN),
            Some(json!({"tenant_id": "acme", "max_jobs_in_flight": 2, "grants": [format!("file://{}/", s.input_dir().display())]})),
        )
        .await;
    assert_eq!(status, 201, "{t}");
    let (status, k) = s.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "acme"}))).await;
    assert_eq!(status, 201, "{k}");
    let key = k["key"].as_str().unwrap().to_owned();
    let (_, keys) = s.call(Method::GET, "/admin/keys?tenant_id=acme", Some(KEY_ADMIN), None).await;
    assert!(keys.as_array().unwrap().iter().all(|k| k.get("key").is_none()), "keys are never listed");

    let uri = s.put_input("q.txt", PII_TEXT.as_bytes());
    for _ in 0..2 {
        s.submit(&key, json!({"input_uri": uri})).await;
    }
    let resp = s.client.post(s.url("/redact/uri")).header("X-API-Key", &key).json(&json!({"input_uri": uri})).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 429);
    assert!(resp.headers().contains_key("retry-after"));
    let body: Value = resp.json().await.unwrap();
    assert!(body["detail"].as_str().unwrap().contains("at most 2"), "{body}");
    let (status, _) = s.call(Method::POST, "/redact/batch", Some(&key), Some(json!({"items": [{"input_uri": uri}]}))).await;
    assert_eq!(status, 429);

    // A request-rate quota.
    let (status, _) = s.call(Method::PATCH, "/admin/tenants/acme", Some(KEY_ADMIN), Some(json!({"requests_per_second": 1.0}))).await;
    assert_eq!(status, 200);
    let (status, k2) = s.call(Method::POST, "/admin/keys", Some(KEY_ADMIN), Some(json!({"tenant_id": "acme"}))).await;
    assert_eq!(status, 201);
    let fresh = k2["key"].as_str().unwrap().to_owned();
    let mut codes = Vec::new();
    for _ in 0..6 {
        codes.push(s.call(Method::GET, "/jobs", Some(&fresh), None).await.0);
    }
    assert!(codes.contains(&429) && codes[0] == 200, "{codes:?}");

    // Revocation takes effect at once on this gateway.
    let (status, _) = s.call(Method::DELETE, &format!("/admin/keys/{}", k["id"].as_str().unwrap()), Some(KEY_ADMIN), None).await;
    assert_eq!(status, 200);
    let (status, _) = s.call(Method::GET, "/jobs", Some(&key), None).await;
    assert_eq!(status, 401);
    // Disabling the tenant stops its other keys too.
    let (status, _) = s.call(Method::PATCH, "/admin/tenants/acme", Some(KEY_ADMIN), Some(json!({"disabled": true}))).await;
    assert_eq!(status, 200);
    tokio::time::sleep(Duration::from_secs(31)).await; // past the key cache
    let (status, _) = s.call(Method::GET, "/jobs", Some(&fresh), None).await;
    assert_eq!(status, 401);
}
