//! Scores the whole engine (built-in recognizers and this crate's) on the held-out half of the
//! generalization set (`tests/gen/heldout.jsonl`, written by `tests/gen/gen_set.py` from templates
//! no rule was tuned on), with floors a little under what the engine reaches, so that a change
//! which only fits the dev set or half A fails here. Overlap precision and recall per type as the
//! evaluation kit counts them, and the share of documents that leak a value. Prints figures only,
//! never document text. Needs the models folder (`PII_REDACTOR_MODELS_DIR`, else `models/` at the
//! workspace root); without it the test says so and passes.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use common::{load, models_dir};
use pii_core::engine::{Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;

/// Overlap F1 floors per type on the held-out half.
const FLOORS: &[(&str, f64)] = &[
    ("PERSON", 0.965),
    ("LOCATION", 0.96),
    ("ORGANIZATION", 0.97),
    ("PHONE_NUMBER", 0.98),
    ("EMAIL_ADDRESS", 0.99),
    ("DATE_TIME", 0.99),
    ("US_SSN", 0.99),
    ("US_PASSPORT", 0.99),
    ("US_DRIVER_LICENSE", 0.99),
    ("CREDIT_CARD", 0.99),
    ("IBAN_CODE", 0.99),
    ("IP_ADDRESS", 0.99),
    ("URL", 0.99),
];

/// Documents with PII of which at most this share may leak one value (no prediction overlaps it).
/// Issue 13's goal is 0.03; the bound is where the engine stands, so that it only goes down.
const MAX_LEAKED_SHARE: f64 = 0.11;

#[test]
fn generalization_heldout_half_scores_above_its_floors() {
    let Some(dir) = models_dir() else {
        eprintln!("gen_heldout: no models folder (run scripts/fetch-models); skipped");
        return;
    };
    let ner = pii_ner::NerRecognizer::load(&dir).expect("load the recognizer");
    let engine = Engine::builder().with_recognizer(Arc::new(ner)).build().expect("engine");
    let analyzer = engine.prepare(&RedactionPolicy::default()).expect("policy");
    let docs = load("tests/gen/heldout.jsonl");
    assert!(docs.len() >= 200, "the held-out half has {} documents", docs.len());
    // (true positives of predictions, predictions, gold found, gold) per type.
    let mut tally: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let (mut with_pii, mut leaked) = (0usize, 0usize);
    for d in &docs {
        let spans = analyzer.analyze(&d.text, &SegmentContext::default());
        // Byte offsets to char offsets, as the evaluation kit counts.
        let char_at = |b: usize| d.text[..b].chars().count();
        let pred: Vec<(&str, usize, usize)> = spans.iter().map(|s| (s.entity_type.as_str(), char_at(s.start), char_at(s.end))).collect();
        for &(pt, a, b) in &pred {
            let t = tally.entry(pt.to_owned()).or_default();
            t[1] += 1;
            if d.gold.iter().any(|(gt, ga, gb)| gt == pt && *ga < b && a < *gb) {
                t[0] += 1;
            }
        }
        let mut doc_leaks = false;
        for (gt, ga, gb) in &d.gold {
            let t = tally.entry(gt.clone()).or_default();
            t[3] += 1;
            if pred.iter().any(|(pt, a, b)| pt == gt && *ga < *b && *a < *gb) {
                t[2] += 1;
            }
            // A leak: no prediction of any type covers any of the value.
            doc_leaks |= !pred.iter().any(|(_, a, b)| *ga < *b && *a < *gb);
        }
        if !d.gold.is_empty() {
            with_pii += 1;
            leaked += usize::from(doc_leaks);
        }
    }
    let mut report = String::new();
    let mut failed = false;
    for &(ty, floor) in FLOORS {
        let [tp, np, found, ng] = tally.get(ty).copied().unwrap_or_default();
        let p = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
        let r = if ng == 0 { 0.0 } else { found as f64 / ng as f64 };
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        report.push_str(&format!("{ty:18} P {p:.3} R {r:.3} F1 {f1:.3} (floor {floor})\n"));
        failed |= ng > 0 && f1 < floor;
    }
    let share = leaked as f64 / with_pii.max(1) as f64;
    report.push_str(&format!("leaked documents: {leaked} of {with_pii} ({share:.3}, bound {MAX_LEAKED_SHARE})\n"));
    eprintln!("gen_heldout overlap scores:\n{report}");
    assert!(!failed, "held-out half below its floors:\n{report}");
    assert!(share <= MAX_LEAKED_SHARE, "too many leaking documents:\n{report}");
}
