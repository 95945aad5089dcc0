//! The Rust port of spaCy's NER against spaCy itself: runs `tools/spacy_parity.py` (real spaCy
//! 3.8 with en_core_web_sm 3.8.0, from the venv that `tests/setup.sh` installs from PyPI; run
//! `scripts/test-setup`) over the fixed text set `tests/data/parity.jsonl`, then the port over the
//! same texts, and requires at least 99% of spaCy's entities (byte span and label) from the port
//! end to end, with its own tokenizer. Prints entity, feature and token agreement;
//! `PARITY_VERBOSE=1` lists every text that differs.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::path::{Path, PathBuf};
use std::process::Command;

const MIN_ENTITY_PCT: f64 = 99.0;

fn models_dir() -> PathBuf {
    match std::env::var_os("PII_REDACTOR_MODELS_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models")),
    }
}

#[test]
fn port_gives_spacys_entities() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = here.join("tests/.venv/bin/python");
    assert!(
        python.is_file(),
        "the spaCy parity test needs real spaCy in {}: run scripts/test-setup (or crates/pii-ner/tests/setup.sh)",
        python.display()
    );
    let texts = here.join("tests/data/parity.jsonl");
    let out = std::env::temp_dir().join(format!("pii-ner-spacy-parity-{}.jsonl", std::process::id()));
    let started = std::time::Instant::now();
    let run = Command::new(&python).arg(here.join("tools/spacy_parity.py")).arg(&texts).arg(&out).output().expect("start the spaCy side");
    assert!(
        run.status.success(),
        "tools/spacy_parity.py failed ({}); rerun scripts/test-setup if the venv is broken:\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let spacy_secs = started.elapsed().as_secs_f64();

    let started = std::time::Instant::now();
    let ner = pii_ner::spacy::SpacyNer::load(&models_dir()).expect("the converted spaCy model: run scripts/fetch-models");
    let file = std::fs::File::open(&out).expect("spaCy's output");
    let report = pii_ner::spacy::parity::compare(&ner, std::io::BufReader::new(file)).expect("compare with spaCy");
    let _ = std::fs::remove_file(&out);
    let port_secs = started.elapsed().as_secs_f64();

    if std::env::var_os("PARITY_VERBOSE").is_some() || report.entity_pct() < MIN_ENTITY_PCT {
        for d in report.diffs.iter().take(50) {
            println!("{d}");
        }
    }
    println!("{report}");
    println!("spaCy side {spacy_secs:.1} s, port (load and compare) {port_secs:.1} s; {} texts differ in any way", report.diffs.len());
    assert!(report.docs >= 300, "the fixed text set has {} texts", report.docs);
    assert!(report.gold >= 1000, "spaCy found only {} entities: is the text set intact?", report.gold);
    assert!(
        report.entity_pct() >= MIN_ENTITY_PCT,
        "the port gives {:.2}% of spaCy's entities end to end, below {MIN_ENTITY_PCT}%\n{report}",
        report.entity_pct()
    );
}
