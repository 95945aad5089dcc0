//! The embedded mode (`serve`: SQLite, in-process queue) killed mid-job: the queue died with the
//! process, so the next `serve` on the same data folder sends every unfinished job again at start,
//! and the job completes with its output redacted.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn a_job_running_when_serve_is_killed_completes_after_the_restart() {
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;
    // Several chunks of text: long enough to be caught running.
    let big = PII_TEXT.repeat(4 * (1 << 20) / PII_TEXT.len());
    let uri = s.put_input("big.txt", big.as_bytes());
    let id = s.submit(KEY_A, json!({"input_uri": uri})).await["id"].as_str().unwrap().to_owned();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let job = s.job(KEY_A, &id).await;
        if job["status"] == "processing" {
            break;
        }
        assert!(job["status"] == "queued", "the job ended before it could be interrupted: {job}");
        assert!(Instant::now() < deadline, "the job never started: {job}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    s.signal("serve", "KILL");

    s.start("serve2", "serve");
    s.wait_healthy().await;
    let done = s.wait_for(KEY_A, &id, &["completed", "failed", "error"], Duration::from_secs(30)).await;
    assert_eq!(done["status"], "completed", "{done}");
    assert!(s.log("serve2").contains("sent again"), "{}", tail(&s.log("serve2"), 30));
    let (status, _, body) = s.download(KEY_A, &id).await;
    assert_eq!(status, 200);
    let text = String::from_utf8(body).unwrap();
    for v in PII_VALUES {
        assert!(!text.contains(v), "{v} left in the output");
    }
}
