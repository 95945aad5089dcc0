//! Runs the engine over a JSONL corpus with every core and writes predictions in the scorer's format.
//!
//! ```sh
//! cargo run --release -p pii-core --example analyze_jsonl -- INPUT.jsonl OUTPUT.jsonl [THREADS]
//! ```
//!
//! Input lines are `{"id", "text", ...}`; output lines are
//! `{"id", "spans": [{"entity_type", "start", "end", "score"}]}` with offsets in Unicode scalar values.
//! Output order follows input order. Only figures (counts, timings) are printed, never text.

use std::io::{BufRead, BufWriter, Write};
use std::time::Instant;

use pii_core::engine::{Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
}

#[derive(Serialize)]
struct Pred<'a> {
    id: &'a str,
    spans: Vec<pii_core::Finding>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: analyze_jsonl INPUT.jsonl OUTPUT.jsonl [THREADS]");
        std::process::exit(2);
    }
    let threads = match args.get(3) {
        Some(t) => t.parse()?,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let input = std::io::BufReader::new(std::fs::File::open(&args[1])?);
    let mut docs = Vec::new();
    for line in input.lines() {
        let line = line?;
        if !line.trim().is_empty() {
            docs.push(serde_json::from_str::<Doc>(&line)?);
        }
    }
    let engine = Engine::builder().build()?;
    let analyzer = engine.prepare(&RedactionPolicy::default())?;
    let started = Instant::now();
    let chunk = docs.len().div_ceil(threads.max(1)).max(1);
    let results: Vec<Vec<String>> = std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| {
                let analyzer = &analyzer;
                s.spawn(move || {
                    part.iter()
                        .map(|d| {
                            let spans = analyzer.analyze_text(&d.text, &SegmentContext::default());
                            serde_json::to_string(&Pred { id: &d.id, spans }).unwrap_or_default()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let elapsed = started.elapsed();
    let mut out = BufWriter::new(std::fs::File::create(&args[2])?);
    for line in results.iter().flatten() {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "{} documents, {} bytes, {} threads, {:.1} ms, {:.1} MB/s",
        docs.len(),
        bytes,
        threads,
        elapsed.as_secs_f64() * 1e3,
        bytes as f64 / 1e6 / elapsed.as_secs_f64()
    );
    Ok(())
}
