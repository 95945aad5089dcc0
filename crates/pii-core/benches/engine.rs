//! Criterion benchmark of the structured recognizers on the shared evaluation text
//! (`../../../shared/eval/throughput_dev.txt` from this crate, the `shared` folder beside the project).
//!
//! `analyze/single_core` analyses the whole text on one thread, in 64 KiB chunks cut at line ends (as
//! the streaming document layer feeds the engine); `analyze/all_cores` shares the same chunks among
//! one thread per core. Throughput is reported in bytes per second of input text.
//!
//! `redact/replace` and `redact/pseudonymize` analyse and rewrite the same chunks on one thread, every
//! finding through `replace` or through `pseudonymize` (issue 18: within 20% of `replace`).

use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pii_core::engine::{Analyzer, Engine, Scope, SegmentContext, TenantKeys, anonymize};
use pii_core::policy::{OperatorConfig, RedactionPolicy};

const TEXT_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval/throughput_dev.txt");
const CHUNK: usize = 64 * 1024;

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
                while let Some(part) = parts.get(next.fetch_add(1, Ordering::Relaxed)) {
                    n += analyzer.analyze(part, &SegmentContext::default()).len();
                }
                found.fetch_add(n, Ordering::Relaxed);
            });
        }
    });
    found.into_inner()
}

fn bench(c: &mut Criterion) {
    let text = match std::fs::read_to_string(TEXT_PATH) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("skipping: cannot read the evaluation text ({e})");
            return;
        }
    };
    let parts = chunks(&text);
    let engine = Engine::builder().build().expect("the built-in patterns compile");
    let analyzer = engine.prepare(&RedactionPolicy::default()).expect("the default policy is valid");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("single_core", |b| b.iter(|| black_box(run(&analyzer, &parts, 1))));
    g.bench_function(format!("all_cores_{cores}"), |b| b.iter(|| black_box(run(&analyzer, &parts, cores))));
    g.finish();

    let keys = TenantKeys {
        hash_salt: [7; 32],
        encryption_key: [9; 32],
        vault_index: [9; 32],
        at_rest: pii_core::engine::AtRestKey { key: [9; 32], generation: 0 },
        scope: Scope::job("job_bench"),
    };
    let mut g = c.benchmark_group("redact");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    for (name, op) in [("replace", OperatorConfig::Replace { new_value: None }), ("pseudonymize", OperatorConfig::Pseudonymize)] {
        let mut policy = RedactionPolicy::default();
        policy.operators.insert("DEFAULT".into(), op);
        let analyzer = engine.prepare(&policy).expect("the policy is valid");
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut out = 0;
                for part in &parts {
                    let spans = analyzer.analyze(part, &SegmentContext::default());
                    out += anonymize(part, &spans, &policy, &keys).expect("the operators run").len();
                }
                black_box(out)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
