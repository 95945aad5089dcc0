//! `pii-redactor analyze`: a corpus through the engine on every core, in the scorer's format.
//! `-` for the input or output is standard input or output.

use std::io::{BufRead, BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use pii_core::engine::SegmentContext;
use pii_core::lang::LanguageChoice;
use pii_core::policy::RedactionPolicy;
use pii_gateway::dto::AnalyzeFinding;
use pii_runtime::Settings;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Doc {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct Prediction<'a> {
    id: &'a serde_json::Value,
    spans: Vec<AnalyzeFinding>,
}

/// One document's spans, explained when asked (the same objects as `POST /api/v1/analyze`).
fn spans(analyzer: &pii_core::engine::Analyzer, text: &str, explain: bool) -> Vec<AnalyzeFinding> {
    let ctx = SegmentContext::default();
    if explain {
        analyzer.analyze_text_explained(text, &ctx).into_iter().map(|(f, e)| AnalyzeFinding::new(f, Some(e))).collect()
    } else {
        analyzer.analyze_text(text, &ctx).into_iter().map(|f| AnalyzeFinding::new(f, None)).collect()
    }
}

pub(crate) fn run(
    settings: &Settings,
    input: &Path,
    output: &Path,
    threads: Option<usize>,
    language: LanguageChoice,
    explain: bool,
) -> anyhow::Result<()> {
    let engine = crate::roles::engine(settings)?;
    let analyzer = engine.prepare(&RedactionPolicy { language, ..Default::default() })?;
    let reader: Box<dyn BufRead> = if crate::redact_file::is_std(input) {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(input).with_context(|| format!("cannot open {}", input.display()))?))
    };
    let mut docs = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Doc = serde_json::from_str(&line).with_context(|| format!("line {} is not a {{\"id\", \"text\"}} object", n + 1))?;
        docs.push(doc);
    }
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    let chunk = docs.len().div_ceil(threads).max(1);
    let started = std::time::Instant::now();
    let results: Vec<Vec<Vec<AnalyzeFinding>>> = std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| {
                let analyzer = &analyzer;
                s.spawn(move || part.iter().map(|d| spans(analyzer, &d.text, explain)).collect())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let elapsed = started.elapsed();
    let sink: Box<dyn Write> = if crate::redact_file::is_std(output) {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(output).with_context(|| format!("cannot create {}", output.display()))?)
    };
    let mut out = BufWriter::new(sink);
    for (doc, spans) in docs.iter().zip(results.into_iter().flatten()) {
        serde_json::to_writer(&mut out, &Prediction { id: &doc.id, spans })?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    crate::redact_file::warn_languages_without_model(&analyzer);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "analyzed {} documents ({:.1} MB) in {:.2}s on {threads} threads ({:.1} MB/s)",
        docs.len(),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        bytes as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9)
    );
    Ok(())
}
