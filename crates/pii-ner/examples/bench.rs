//! Throughput of the whole engine (built-in recognizers plus NER) on a text file.
//!
//! `cargo run --release -p pii-ner --example bench -- FILE [REPEATS]`
//!
//! The file is cut into documents at blank lines (as the eval corpus is laid out) and analysed one
//! document at a time, first on one thread, then on all cores; prints the median of the repeats in
//! MB/s and the process's peak resident memory.

use std::sync::Arc;
use std::time::Instant;

use pii_core::engine::{Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: bench FILE [REPEATS] [ner|core]")?;
    let repeats: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5);
    let only_core = args.get(3).is_some_and(|m| m == "core");
    let text = std::fs::read_to_string(path)?;
    let mut builder = Engine::builder();
    let t0 = Instant::now();
    if !only_core {
        builder = builder.with_recognizer(pii_ner::NerRecognizer::load_shared(&pii_ner::models_dir_from_env())?);
    }
    let engine = builder.build()?;
    let load = t0.elapsed();
    let analyzer = Arc::new(engine.prepare(&RedactionPolicy::default())?);
    let docs: Vec<&str> = text.split("\n\n").filter(|d| !d.trim().is_empty()).collect();
    let mb = text.len() as f64 / 1e6;
    println!("file: {mb:.2} MB in {} documents; engine load {:.2} s{}", docs.len(), load.as_secs_f64(), if only_core { " (built-in recognizers only)" } else { "" });

    let run = |threads: usize| -> f64 {
        let chunk = docs.len().div_ceil(threads);
        let start = Instant::now();
        let found: usize = std::thread::scope(|s| {
            let hs: Vec<_> = docs
                .chunks(chunk)
                .map(|part| {
                    let a = Arc::clone(&analyzer);
                    s.spawn(move || part.iter().map(|d| a.analyze(d, &SegmentContext::default()).len()).sum::<usize>())
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap_or(0)).sum()
        });
        std::hint::black_box(found);
        mb / start.elapsed().as_secs_f64()
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    for threads in [1, cores] {
        let mut v: Vec<f64> = (0..repeats).map(|_| run(threads)).collect();
        v.sort_by(f64::total_cmp);
        println!(
            "threads {threads}: median {:.2} MB/s (min {:.2}, max {:.2}, {repeats} runs) = {:.2} MB/s per core",
            v[v.len() / 2],
            v[0],
            v[v.len() - 1],
            v[v.len() / 2] / threads as f64
        );
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(line) = status.lines().find(|l| l.starts_with("VmHWM")) {
            println!("peak RSS: {}", line.trim_start_matches("VmHWM:").trim());
        }
    }
    Ok(())
}
