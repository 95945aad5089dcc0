//! Over-redaction in real prose: the whole engine (built-in recognizers and this crate's) over the
//! corpus of real technical documentation in `tests/data/prose/` (sources and licences in its
//! README), which names no person and no place. Every PERSON, LOCATION or ORGANIZATION found there
//! is an ordinary word or a software name taken for one; the test fails above a bound per 100 KB.
//! Issue 13 asks for at most 1; the bound is where the engine stands now, so that it only goes down
//! (the URLs of the corpus are real URLs and are counted apart). Prints counts only, never the
//! text, unless `PROSE_VERBOSE` is set. Needs the models folder (`PII_REDACTOR_MODELS_DIR`, else
//! `models/` at the workspace root); without it the test says so and passes.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use common::models_dir;
use pii_core::engine::{Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;

/// Names and places allowed per 100 KB of the corpus (goal: 1).
const MAX_PER_100KB: f64 = 5.0;

/// The types this test bounds: the ones an ordinary word can be taken for.
const NAME_TYPES: &[&str] = &["PERSON", "LOCATION", "ORGANIZATION"];

#[test]
fn real_prose_without_personal_data_is_barely_redacted() {
    let Some(dir) = models_dir() else {
        eprintln!("prose: no models folder (run scripts/fetch-models); skipped");
        return;
    };
    let ner = pii_ner::NerRecognizer::load(&dir).expect("load the recognizer");
    let engine = Engine::builder().with_recognizer(Arc::new(ner)).build().expect("engine");
    let analyzer = engine.prepare(&RedactionPolicy::default()).expect("policy");
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/prose");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("the prose corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md") && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the prose corpus has {} files", files.len());
    let mut bytes = 0usize;
    let mut by_type: BTreeMap<String, usize> = BTreeMap::new();
    let mut report = String::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("utf-8 text");
        bytes += text.len();
        let spans = analyzer.analyze(&text, &SegmentContext::default());
        for s in &spans {
            *by_type.entry(s.entity_type.as_str().to_owned()).or_default() += 1;
        }
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let names = spans.iter().filter(|s| NAME_TYPES.contains(&s.entity_type.as_str())).count();
        report.push_str(&format!("  {name}: {names} names or places ({} findings) in {} bytes\n", spans.len(), text.len()));
        if std::env::var_os("PROSE_VERBOSE").is_some() {
            // Only for a developer looking at the public corpus: the findings' words.
            for s in &spans {
                report.push_str(&format!("    {} {:?}\n", s.entity_type.as_str(), &text[s.start..s.end]));
            }
        }
    }
    let total: usize = by_type.iter().filter(|(t, _)| NAME_TYPES.contains(&t.as_str())).map(|(_, n)| n).sum();
    let per_100kb = total as f64 * 100_000.0 / bytes as f64;
    eprintln!("prose: {total} names or places in {bytes} bytes ({per_100kb:.2} per 100 KB), all findings by type {by_type:?}\n{report}");
    assert!(per_100kb <= MAX_PER_100KB, "{per_100kb:.2} findings per 100 KB of real prose (bound {MAX_PER_100KB}): {by_type:?}");
}
