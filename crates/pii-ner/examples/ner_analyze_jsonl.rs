//! Analyses a JSONL file of `{"id","text"}` with the whole engine (built-in recognizers plus NER)
//! and writes `{"id","spans":[{"entity_type","start","end","score"}]}` in char offsets.
//!
//! `cargo run --release -p pii-ner --example ner_analyze_jsonl -- IN.jsonl OUT.jsonl`
//! (models folder from `PII_REDACTOR_MODELS_DIR`, default `./models`).

use std::io::{BufRead, Write};
use std::sync::Arc;

use pii_core::engine::{Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (input, output) = match (args.get(1), args.get(2)) {
        (Some(i), Some(o)) => (i.clone(), o.clone()),
        _ => return Err("usage: analyze_jsonl IN.jsonl OUT.jsonl".into()),
    };
    let ner = pii_ner::NerRecognizer::load_shared(&pii_ner::models_dir_from_env())?;
    let engine = Engine::builder().with_recognizer(ner).build()?;
    let analyzer = Arc::new(engine.prepare(&RedactionPolicy::default())?);
    let mut docs: Vec<(serde_json::Value, String)> = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(&input)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)?;
        let text = v.get("text").and_then(|t| t.as_str()).unwrap_or_default().to_owned();
        docs.push((v.get("id").cloned().unwrap_or_default(), text));
    }
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let chunk = docs.len().div_ceil(threads).max(1);
    let results: Vec<Vec<String>> = std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| {
                let analyzer = Arc::clone(&analyzer);
                s.spawn(move || {
                    part.iter()
                        .map(|(id, text)| {
                            let findings = analyzer.analyze_text(text, &SegmentContext::default());
                            let spans: Vec<serde_json::Value> = findings
                                .iter()
                                .map(|f| {
                                    serde_json::json!({
                                        "entity_type": f.entity_type.as_str(),
                                        "start": f.start,
                                        "end": f.end,
                                        "score": f.score,
                                    })
                                })
                                .collect();
                            serde_json::json!({"id": id, "spans": spans}).to_string()
                        })
                        .collect::<Vec<String>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let mut out = std::io::BufWriter::new(std::fs::File::create(&output)?);
    for line in results.into_iter().flatten() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
