//! A run whose caller asks it to stop (a cancelled job) ends at its next chunk with
//! `DocError::Stopped`, in analysis and in redaction alike, having read only part of the input.

mod common;

use common::*;
use pii_core::cancel::StopFlag;
use pii_core::policy::RedactionPolicy;
use pii_docs::{DocError, Format, Input, Limits};

/// Several 1 MiB windows of text.
fn long_text() -> Input {
    Input::Memory("Call Jane Doe at +1 415-555-0142 about order 7731.\n".repeat(100_000).into_bytes().into())
}

#[test]
fn an_analysis_asked_to_stop_ends_at_its_next_chunk() {
    let input = long_text();
    let stop = StopFlag::new();
    let limits = Limits { stop: stop.clone(), ..Limits::default() };
    let analyzer = engine().prepare(&RedactionPolicy::default()).unwrap();
    let mut reports = Vec::new();
    let err = pii_docs::analyze(&input, Format::Text, &analyzer, &limits, &mut |done| {
        reports.push(done);
        stop.request();
    })
    .unwrap_err();
    assert!(matches!(err, DocError::Stopped), "{err}");
    assert_eq!(reports.len(), 1, "one chunk, then it stopped");
    assert!(reports[0] < input.len(), "{} of {}", reports[0], input.len());
}

#[test]
fn a_redaction_asked_to_stop_ends_at_its_next_chunk() {
    let input = long_text();
    let stop = StopFlag::new();
    let limits = Limits { stop: stop.clone(), ..Limits::default() };
    let mut out = Vec::new();
    let mut reports = 0;
    let err = pii_docs::redact(&input, Format::Text, &[], &[], &RedactionPolicy::default(), &keys(), &limits, &mut out, &mut |_| {
        reports += 1;
        stop.request();
    })
    .unwrap_err();
    assert!(matches!(err, DocError::Stopped), "{err}");
    assert_eq!(reports, 1);
    assert!((out.len() as u64) < input.len(), "the copy was not finished");
    // Without a stop the same input is done whole.
    let mut whole = Vec::new();
    pii_docs::redact(&input, Format::Text, &[], &[], &RedactionPolicy::default(), &keys(), &Limits::default(), &mut whole, &mut |_| {})
        .unwrap();
    assert_eq!(whole.len() as u64, input.len());
}
