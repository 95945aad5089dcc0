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
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'static str>,
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
    let started = std::time::Instant::now();
    let results = each_document(&docs, threads, |d| spans(&analyzer, &d.text, explain));
    let elapsed = started.elapsed();
    let sink: Box<dyn Write> = if crate::redact_file::is_std(output) {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(output).with_context(|| format!("cannot create {}", output.display()))?)
    };
    let mut out = BufWriter::new(sink);
    let mut stopped = 0usize;
    for (doc, spans) in docs.iter().zip(results) {
        let (spans, error) = match spans {
            Some(spans) => (spans, None),
            None => {
                stopped += 1;
                (Vec::new(), Some(STOPPED))
            }
        };
        serde_json::to_writer(&mut out, &Prediction { id: &doc.id, spans, error })?;
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
    if stopped > 0 {
        anyhow::bail!("the engine stopped on {stopped} of {} documents; their lines carry \"error\" and no spans", docs.len());
    }
    Ok(())
}

/// What a document's line says when the engine panicked on it (the panic's message may quote it).
const STOPPED: &str = "the engine stopped on this document (an internal error)";

/// `f` over every document on `threads` threads, in input order. A document whose analysis panics
/// gets `None` and the others keep their own results: a lost chunk must never shift one
/// document's findings onto another's id.
fn each_document<D: Sync, R: Send>(docs: &[D], threads: usize, f: impl Fn(&D) -> R + Sync) -> Vec<Option<R>> {
    let chunk = docs.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| {
                let f = &f;
                s.spawn(move || {
                    part.iter().map(|d| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(d))).ok()).collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::each_document;

    #[test]
    fn a_panic_on_one_document_leaves_the_others_in_place() {
        let docs: Vec<u32> = (0..10).collect();
        let out = each_document(&docs, 3, |&d| if d == 4 { panic!("document {d}") } else { d * 10 });
        assert_eq!(out.len(), 10);
        assert_eq!(out[4], None);
        for (i, r) in out.iter().enumerate().filter(|(i, _)| *i != 4) {
            assert_eq!(*r, Some(i as u32 * 10));
        }
    }

    #[test]
    fn more_threads_than_documents_and_no_documents() {
        assert_eq!(each_document(&[1u8, 2], 8, |&d| d), vec![Some(1), Some(2)]);
        assert!(each_document(&[] as &[u8], 4, |&d| d).is_empty());
    }
}
