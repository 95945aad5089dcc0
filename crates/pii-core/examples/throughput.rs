//! Measures the engine's throughput on a text file, single-core and on every core, and prints the
//! median MB/s of several runs (what `scripts/bench-engine` reports, with the peak RSS around it).
//!
//! ```sh
//! cargo run --release -p pii-core --example throughput -- [FILE] [RUNS] [chunks|docs]
//! ```
//!
//! FILE defaults to the shared evaluation text beside the project
//! (`../shared/eval/throughput_dev.txt` from the project root). By default the text is cut into
//! 64 KiB chunks at line ends, as the streaming document layer feeds the engine; with `docs` it is
//! cut at blank lines into documents of a few hundred bytes, one call each, as the synchronous
//! endpoint and small jobs see it (which also measures the fixed cost of a call).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use pii_core::engine::{Analyzer, Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;

const CHUNK: usize = 64 * 1024;

/// Splits `text` into chunks of about [`CHUNK`] bytes ending at a newline.
fn chunks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end += 1;
        }
        if let Some(nl) = text[start..end].rfind('\n').filter(|_| end < text.len()) {
            end = start + nl + 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

fn run(analyzer: &Analyzer, parts: &[&str], threads: usize) -> usize {
    let next = AtomicUsize::new(0);
    let found = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                let mut n = 0;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(part) = parts.get(i) else { break };
                    n += analyzer.analyze(part, &SegmentContext::default()).len();
                }
                found.fetch_add(n, Ordering::Relaxed);
            });
        }
    });
    found.into_inner()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path =
        args.get(1).cloned().unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/throughput_dev.txt").to_string());
    let runs: usize = args.get(2).map_or(Ok(7), |r| r.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let parts = match args.get(3).map(String::as_str) {
        None | Some("chunks") => chunks(&text),
        Some("docs") => text.split("\n\n").filter(|d| !d.trim().is_empty()).collect(),
        Some(other) => return Err(format!("unknown mode {other:?}: chunks or docs").into()),
    };
    let build = Instant::now();
    let engine = Engine::builder().build()?;
    let build_ms = build.elapsed().as_secs_f64() * 1e3;
    let analyzer = engine.prepare(&RedactionPolicy::default())?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mb = text.len() as f64 / 1e6;
    run(&analyzer, &parts, 1); // warm-up
    let report = |threads: usize| {
        let mut rates = Vec::new();
        let mut spans = 0;
        for _ in 0..runs {
            let t = Instant::now();
            spans = run(&analyzer, &parts, threads);
            rates.push(mb / t.elapsed().as_secs_f64());
        }
        (median(rates), spans)
    };
    let (single, spans) = report(1);
    let (all, _) = report(cores);
    println!("input_bytes={} chunks={} spans={spans}", text.len(), parts.len());
    println!("engine_build_ms={build_ms:.0} automaton_bytes={}", engine.automaton_bytes());
    println!("single_core_mb_s={single:.1}");
    println!("all_cores_mb_s={all:.1} cores={cores}");
    Ok(())
}
