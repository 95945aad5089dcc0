//! `pii-redactor analyze`: a JSON-lines corpus through the engine, with `--explain` saying why.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::process::Command;

use serde_json::Value;

/// The spans of each output line of `analyze` on `docs` with `extra` arguments.
fn analyze(docs: &str, extra: &[&str]) -> Vec<Vec<Value>> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.jsonl"), docs).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
        .args(["analyze", "-i", "in.jsonl", "-o", "out.jsonl", "--threads", "1"])
        .args(extra)
        .current_dir(dir.path())
        .env("PII_REDACTOR_DATA_DIR", dir.path().join("data"))
        // Structured recognizers only: what is checked here is the output, not the NER model.
        .env("PII_REDACTOR_NER", "off")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["spans"].as_array().unwrap().clone()).collect()
}

const DOCS: &str = "{\"id\": 1, \"text\": \"Phone: 415 555 0142\"}\n{\"id\": 2, \"text\": \"415 555 0142 today\"}\n";

#[test]
fn explain_adds_why_to_each_span_and_nothing_without_it() {
    let explained = analyze(DOCS, &["--explain"]);
    let labelled = &explained[0][0]["explanation"];
    assert_eq!(labelled["context_words"], serde_json::json!(["phone"]), "{labelled}");
    assert!(labelled["context_improvement"].as_f64().unwrap() > 0.0);
    let bare = &explained[1][0]["explanation"];
    assert_eq!(bare["context_words"], serde_json::json!([]), "{bare}");
    assert_eq!(bare["original_score"], bare["score"]);

    // Negative: without --explain the spans are the plain ones, with the same offsets and scores.
    let plain = analyze(DOCS, &[]);
    for (p, e) in plain.iter().flatten().zip(explained.iter().flatten()) {
        assert!(p.get("explanation").is_none(), "{p}");
        for k in ["entity_type", "start", "end", "score"] {
            assert_eq!(p[k], e[k]);
        }
    }
}
