//! The ReDoS guard: hostile ad-hoc patterns on hostile input return within a bound.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::time::{Duration, Instant};

use pii_core::engine::{Engine, SegmentContext};
use pii_core::policy::RedactionPolicy;

fn run(pattern: &str, text: &str) -> Duration {
    run_reporting(pattern, text).0
}

/// The time taken, and whether the analyzer says a pattern gave up on some of the text.
fn run_reporting(pattern: &str, text: &str) -> (Duration, bool) {
    let engine = Engine::builder().build().expect("engine builds");
    let json = serde_json::json!({
        "ad_hoc_recognizers": [{"supported_entity": "HOSTILE", "patterns": [{"regex": pattern, "score": 0.9}]}]
    });
    let policy: RedactionPolicy = serde_json::from_value(json).expect("policy");
    let analyzer = engine.prepare(&policy).expect("the pattern compiles");
    let started = Instant::now();
    let _ = analyzer.analyze(text, &SegmentContext::default());
    (started.elapsed(), analyzer.adhoc_incomplete())
}

#[test]
fn a_pattern_cut_off_is_reported_and_a_completed_one_is_not() {
    // Cut off: the caller learns that matches may be missing (a job records a warning).
    let (_, incomplete) = run_reporting("(?=(a|aa)+c)a", &format!("{}b", "a".repeat(200_000)));
    assert!(incomplete);
    // A look-around pattern that finishes its search reports nothing.
    let (_, incomplete) = run_reporting("(?<=ID )\\d{4}", "ID 1234 and ID 5678");
    assert!(!incomplete);
}

/// Generous: the bound is about not hanging (a backtracking engine would take hours on these
/// inputs), not about speed, so a loaded CI machine must not make it flake.
const BOUND: Duration = Duration::from_secs(10);

#[test]
fn nested_quantifiers_run_in_linear_time() {
    // Catastrophic for a backtracking engine; the regex crate's automata are linear.
    let text = format!("{}!", "a".repeat(200_000));
    let took = run("(a+)+$", &text);
    assert!(took < BOUND, "took {took:?}");
}

#[test]
fn backtracking_patterns_are_cut_off() {
    // Look-ahead forces the backtracking engine; (a|aa)+ explodes on a long run of 'a' with no 'c'.
    let text = format!("{}b", "a".repeat(200_000));
    let took = run("(?=(a|aa)+c)a", &text);
    assert!(took < BOUND, "took {took:?}");
    let took = run("(a|a)*(?=x)y|(\\w+\\s?)+$(?<=z)", &format!("{} ", "word ".repeat(50_000)));
    assert!(took < BOUND, "took {took:?}");
}

#[test]
fn oversized_patterns_are_refused_at_prepare() {
    let engine = Engine::builder().build().expect("engine builds");
    let json = serde_json::json!({
        "ad_hoc_recognizers": [{"supported_entity": "BIG", "patterns": [{"regex": "(\\w{1,200}){1,200}", "score": 0.5}]}]
    });
    let policy: RedactionPolicy = serde_json::from_value(json).expect("policy");
    assert!(engine.prepare(&policy).is_err());
}
