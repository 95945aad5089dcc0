//! Throughput of the whole engine (built-in recognizers plus NER) on a text file.
//!
//! `cargo run --release -p pii-ner --example ner_bench -- FILE [REPEATS]`
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
    let rss_before = vm_rss_kb();
    if !only_core {
        let ner = pii_ner::NerRecognizer::load(&pii_ner::models_dir_from_env())?;
        println!("word and place lists: {:.1} MB of heap", ner.lexicon_bytes() as f64 / 1e6);
        builder = builder.with_recognizer(Arc::new(ner));
    }
    let engine = builder.build()?;
    let load = t0.elapsed();
    println!("resident after loading the engine: {} MB (+{} MB)", vm_rss_kb() / 1024, (vm_rss_kb() - rss_before) / 1024);
    let analyzer = Arc::new(engine.prepare(&RedactionPolicy::default())?);
    let docs: Vec<&str> = text.split("\n\n").filter(|d| !d.trim().is_empty()).collect();
    let mb = text.len() as f64 / 1e6;
    println!(
        "file: {mb:.2} MB in {} documents; engine load {:.2} s{}",
        docs.len(),
        load.as_secs_f64(),
        if only_core { " (built-in recognizers only)" } else { "" }
    );

    // Returns (MB per wall second, MB per CPU second of this process): on a shared machine the
    // second is the per-core speed the code has when it gets a core.
    let run = |threads: usize| -> (f64, f64) {
        let chunk = docs.len().div_ceil(threads);
        let start = Instant::now();
        let cpu0 = cpu_seconds();
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
        let cpu = cpu_seconds() - cpu0;
        (mb / start.elapsed().as_secs_f64(), if cpu > 0.0 { mb / cpu } else { f64::NAN })
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    for threads in [1, cores] {
        let runs: Vec<(f64, f64)> = (0..repeats).map(|_| run(threads)).collect();
        let mut v: Vec<f64> = runs.iter().map(|r| r.0).collect();
        let mut c: Vec<f64> = runs.iter().map(|r| r.1).collect();
        v.sort_by(f64::total_cmp);
        c.sort_by(f64::total_cmp);
        println!(
            "threads {threads}: median {:.2} MB/s wall (min {:.2}, max {:.2}, {repeats} runs) = {:.2} MB/s per core; {:.2} MB per CPU-second",
            v[v.len() / 2],
            v[0],
            v[v.len() - 1],
            v[v.len() / 2] / threads as f64,
            c[c.len() / 2]
        );
    }
    if let Ok(l) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average while measuring: {}", l.split_whitespace().take(3).collect::<Vec<_>>().join(" "));
    }
    if let Ok(status) = std::fs::read_to_string("/proc/self/status")
        && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM"))
    {
        println!("peak RSS: {}", line.trim_start_matches("VmHWM:").trim());
    }
    Ok(())
}

/// The process's resident memory now (Linux), in KiB.
fn vm_rss_kb() -> i64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

/// User plus system CPU time of this process (Linux `/proc/self/stat`), 0 elsewhere.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let Some(rest) = stat.rsplit(')').next() else { return 0.0 };
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    (ticks(11) + ticks(12)) / 100.0
}
