//! Scores the recognizer on the hand-written held-out probe set (`tests/data/heldout.jsonl`, made
//! from `heldout.src.txt` by `tools/make_heldout.py`): overlap precision, recall and F1 per type, as
//! the evaluation kit counts them, with floors so that the rules do not fall back to names from one
//! country only. Needs the models folder (`PII_REDACTOR_MODELS_DIR`, else `models/` at the workspace
//! root); without it the test says so and passes.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use common::{load, models_dir};
use pii_core::engine::{Recognizer, SegmentContext, Span};

#[test]
fn heldout_probe_set_scores_above_its_floors() {
    let Some(dir) = models_dir() else {
        eprintln!("heldout: no models folder (run scripts/fetch-models); skipped");
        return;
    };
    let ner = pii_ner::NerRecognizer::load(&dir).expect("load the recognizer");
    let docs = load("tests/data/heldout.jsonl");
    assert!(docs.len() >= 150, "the probe set has {} documents", docs.len());
    // (true positives of predictions, predictions, gold found, gold) per type.
    let mut tally: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
    let mut negative_hits = Vec::new();
    for d in &docs {
        let mut out: Vec<Span> = Vec::new();
        ner.analyze(&d.text, &SegmentContext::default(), &mut out);
        // Byte offsets to char offsets, as the evaluation kit counts.
        let char_at = |b: usize| d.text[..b].chars().count();
        let pred: Vec<(&str, usize, usize)> = out.iter().map(|s| (s.entity_type.as_str(), char_at(s.start), char_at(s.end))).collect();
        if d.gold.is_empty() && !pred.is_empty() {
            negative_hits.push(d.text.clone());
        }
        for ty in ["PERSON", "LOCATION", "ORGANIZATION"] {
            let t = tally.entry(ty).or_default();
            for &(pt, a, b) in pred.iter().filter(|p| p.0 == ty) {
                t[1] += 1;
                if d.gold.iter().any(|(gt, ga, gb)| gt == pt && *ga < b && a < *gb) {
                    t[0] += 1;
                }
            }
            for (gt, ga, gb) in d.gold.iter().filter(|g| g.0 == ty) {
                t[3] += 1;
                if pred.iter().any(|(pt, a, b)| pt == gt && *ga < *b && *a < *gb) {
                    t[2] += 1;
                }
            }
        }
    }
    let floors = [("PERSON", 0.95), ("LOCATION", 0.90), ("ORGANIZATION", 0.95)];
    let mut report = String::new();
    let mut failed = false;
    for (ty, floor) in floors {
        let [tp, np, found, ng] = tally[ty];
        let p = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
        let r = if ng == 0 { 0.0 } else { found as f64 / ng as f64 };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        report.push_str(&format!("{ty:13} P {p:.3} R {r:.3} F1 {f1:.3} (floor {floor})\n"));
        failed |= f1 < floor;
    }
    eprintln!("heldout overlap scores:\n{report}negative documents with a prediction: {}", negative_hits.len());
    assert!(!failed, "held-out F1 below its floor:\n{report}");
    assert!(negative_hits.len() <= 2, "predictions in name-free documents: {negative_hits:?}");
}
