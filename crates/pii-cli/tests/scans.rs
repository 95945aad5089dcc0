//! A scanned page through the distributed service (gateway, detector and redactor over RabbitMQ,
//! jobs in PostgreSQL): the detector reads it by OCR and sends what it read with the redact
//! command, the redactor burns the words of the findings, and an independent OCR (the `tesseract`
//! command, through `crates/pii-docs/tests/docs_tool.py`) reads none of the planted values in the
//! download but still reads the other words. Findings say where they are on the page.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose")]

mod common;

use std::time::Duration;

use common::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread")]
async fn a_scanned_page_is_read_once_and_burned_through_the_queue() {
    let mut s = Stack::distributed();
    s.start("gateway", "gateway");
    s.start("detector", "detector");
    s.start("redactor", "redactor");
    s.wait_healthy().await;

    let made = tempfile::tempdir().unwrap();
    let page = made.path().join("scan.png");
    let planted = docs_tool("make", "png", &page);
    let before = docs_tool("extract", "png", &page)["text"].as_str().unwrap().to_owned();
    let pii: Vec<&str> = planted["pii"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let keep: Vec<&str> = planted["keep"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(pii.iter().all(|p| before.contains(p)), "the independent OCR reads the planted values in the input: {before:?}");

    let uri = s.put_input("scan.png", &std::fs::read(&page).unwrap());
    let job = s.submit(KEY_A, json!({"input_uri": uri})).await;
    let id = job["id"].as_str().unwrap();
    let done = s.wait_for(KEY_A, id, &["completed", "error", "failed"], Duration::from_secs(180)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let findings = done["findings"].as_array().unwrap();
    assert!(findings.len() >= 3, "{done}");
    for f in findings {
        assert_eq!(f["page"], 1, "{f}");
        assert!(f["bbox"]["width"].as_u64().unwrap() > 0 && f["bbox"]["height"].as_u64().unwrap() > 0, "{f}");
    }

    let (status, content_type, output) = s.download(KEY_A, id).await;
    assert_eq!(status, 200);
    assert!(content_type.starts_with("image/png"), "{content_type}");
    let out = made.path().join("out.png");
    std::fs::write(&out, &output).unwrap();
    let after = docs_tool("extract", "png", &out)["text"].as_str().unwrap().to_owned();
    for p in &pii {
        assert!(!after.contains(p), "{p} is readable in the redacted page: {after:?}");
    }
    for k in &keep {
        assert!(after.contains(k), "{k} no longer reads in the redacted page: {after:?}");
    }
    // The redactor burned what the detector read: it ran no OCR of its own.
    let log = s.log("redactor");
    let line = log.lines().find(|l| l.contains("redacted")).unwrap_or_else(|| panic!("{}", tail(&log, 20)));
    assert!(line.contains("images=1") && line.contains("ocr_runs=0"), "{line}");
}
