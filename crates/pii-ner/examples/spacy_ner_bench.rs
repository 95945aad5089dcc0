//! Throughput of one language's spaCy NER port alone (tokenizer, network and decoder over whole
//! documents, one thread): the cost the statistical half adds where it runs on everything.
//!
//! `cargo run --release -p pii-ner --example spacy_ner_bench -- LANG FILE [REPEATS]`
//!
//! FILE is JSON lines with a `text` field (one document each; with a `language` or `id` field
//! other languages' lines are skipped when the id does not contain `-LANG-`) or plain text cut into
//! documents at blank lines. Prints load time, the tokenizer's speed alone (one pass), documents,
//! bytes, entities and the median of the repeats in MB/s. Wall-clock figures: on a shared machine
//! compare CPU time (`/usr/bin/time`, runs with 1 and N repeats) instead.

use std::time::Instant;

use pii_ner::spacy::{LanguageModel, load_language};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(lang), Some(path)) = (args.get(1), args.get(2)) else {
        return Err("usage: spacy_ner_bench LANG FILE [REPEATS]".into());
    };
    let repeats: usize = args.get(3).and_then(|r| r.parse().ok()).unwrap_or(5);
    let raw = std::fs::read_to_string(path)?;
    let docs: Vec<String> = if path.ends_with(".jsonl") {
        let tag = format!("-{lang}-");
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["id"].as_str().is_none_or(|id| id.contains(&tag)))
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect()
    } else {
        raw.split("\n\n").map(str::to_owned).collect()
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let t0 = Instant::now();
    let ner = match load_language(&pii_ner::models_dir_from_env(), lang)? {
        LanguageModel::Ready(ner) => ner,
        other => return Err(format!("no pipeline for {lang}: {other:?}").into()),
    };
    println!("{}: loaded in {:.2} s", ner.source(), t0.elapsed().as_secs_f64());
    let mut times = Vec::with_capacity(repeats);
    let mut found = 0;
    for _ in 0..repeats {
        let t = Instant::now();
        found = docs.iter().map(|d| ner.entities(d).len()).sum::<usize>();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let t = Instant::now();
    let tokens: usize = docs.iter().map(|d| ner.tokenize(d).len()).sum();
    let tok_secs = t.elapsed().as_secs_f64();
    println!("tokenizer alone: {tokens} tokens in {tok_secs:.3} s ({:.2} MB/s)", bytes as f64 / 1e6 / tok_secs);
    let median = times[times.len() / 2];
    println!(
        "{} documents, {:.2} MB, {found} entities; median of {repeats}: {:.3} s, {:.2} MB/s on one thread",
        docs.len(),
        bytes as f64 / 1e6,
        median,
        bytes as f64 / 1e6 / median
    );
    Ok(())
}
