//! A language whose NER model or common-word list is not on the machine still gets its document
//! redacted (by the structural rules), but the answer says so: a job's `warnings` and the text
//! endpoints' `warnings` name the language code, never any text. A language whose files are all
//! there gets no such warning. Runs the real binary, embedded, on a models folder with the German
//! common-word list left out.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;
use reqwest::Method;
use serde_json::{Value, json};

/// The workspace's models folder without `pii-ner/common/de.txt`: every other file linked in.
fn models_without_german(into: &Path) -> bool {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let ner = src.join("pii-ner");
    if !ner.join("common/de.txt").is_file() {
        return false;
    }
    let link = |from: &Path, to: &Path| std::os::unix::fs::symlink(from.canonicalize().unwrap(), to).unwrap();
    std::fs::create_dir_all(into.join("pii-ner/common")).unwrap();
    for entry in std::fs::read_dir(&src).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "pii-ner" {
            link(&entry.path(), &into.join(entry.file_name()));
        }
    }
    for entry in std::fs::read_dir(&ner).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "common" {
            link(&entry.path(), &into.join("pii-ner").join(entry.file_name()));
        }
    }
    for entry in std::fs::read_dir(ner.join("common")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "de.txt" {
            link(&entry.path(), &into.join("pii-ner/common").join(entry.file_name()));
        }
    }
    true
}

fn warnings(v: &Value) -> Vec<String> {
    v.get("warnings").and_then(Value::as_array).map(|w| w.iter().map(|s| s.as_str().unwrap().to_owned()).collect()).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_language_without_its_model_files_is_named_in_the_warnings() {
    let models = tempfile::tempdir().unwrap();
    if !models_without_german(models.path()) {
        eprintln!("language_warnings: no models folder (run scripts/fetch-models); skipped");
        return;
    }
    let mut s = Stack::embedded();
    s.set_env("PII_REDACTOR_MODELS_DIR", models.path().to_str().unwrap());
    s.set_env("PII_REDACTOR_NER", "on");
    s.start("serve", "serve");
    s.wait_healthy().await;

    let german = "Sehr geehrte Frau Wagner,\nbitte rufen Sie mich unter 030 1234567 an.\nMit freundlichen Grüßen\n";
    let english = "Dear Ms Wagner,\nplease call me on 020 7946 0018.\nKind regards\n";

    let (status, de) = s.call(Method::POST, "/analyze", Some(KEY_A), Some(json!({"text": german, "language": "de"}))).await;
    assert_eq!(status, 200, "{de}");
    let w = warnings(&de);
    assert!(w.len() == 1 && w[0].contains("de") && !w[0].contains("Wagner"), "{de}");
    let (status, en) = s.call(Method::POST, "/redact", Some(KEY_A), Some(json!({"text": english, "language": "en"}))).await;
    assert_eq!(status, 200, "{en}");
    assert!(warnings(&en).is_empty(), "{en}");

    let job = s.submit(KEY_A, json!({"input_uri": s.put_input("brief.txt", german.as_bytes()), "language": "de"})).await;
    let done = s.wait_for(KEY_A, job["id"].as_str().unwrap(), &["completed", "error", "failed"], Duration::from_secs(60)).await;
    assert_eq!(done["status"], "completed", "{done}");
    let w = warnings(&done);
    assert!(w.iter().any(|m| m.contains("de") && m.contains("fetch-models")) && !w.iter().any(|m| m.contains("Wagner")), "{done}");
}
