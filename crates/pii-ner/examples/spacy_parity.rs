//! Compares the Rust port of spaCy's NER with spaCy's own output (written by
//! `tools/spacy_parity.py`): entity agreement with spaCy's tokens (network and decoder alone) and
//! with the port's tokenizer (end to end), and token agreement. `PARITY_VERBOSE=1` lists the texts
//! that differ. The test `tests/spacy_parity.rs` runs the same comparison on fixed text sets.
//!
//! `cargo run --release -p pii-ner --example spacy_parity -- SPACY_OUT.jsonl [LANG]` (LANG: the
//! pipeline's language code, `en` by default; it must be the package spacy_parity.py ran).

use pii_ner::spacy::{LanguageModel, load_language};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: spacy_parity SPACY_OUT.jsonl [LANG]")?;
    let lang = std::env::args().nth(2).unwrap_or_else(|| "en".to_owned());
    let ner = match load_language(&pii_ner::models_dir_from_env(), &lang)? {
        LanguageModel::Ready(ner) => ner,
        other => return Err(format!("no pipeline for {lang}: {other:?}").into()),
    };
    let input = std::io::BufReader::new(std::fs::File::open(&path)?);
    let report = pii_ner::spacy::parity::compare(&ner, input)?;
    if std::env::var_os("PARITY_VERBOSE").is_some() {
        for d in &report.diffs {
            println!("{d}");
        }
    }
    println!("{report}");
    Ok(())
}
