//! The body of every cargo-fuzz target (`fuzz/fuzz_targets/<format>.rs`): analyse then redact one
//! input in a format, under tight limits. It lives here rather than in the fuzz crate so that the
//! stable test run replays the committed seeds through the very same code
//! (`tests/fuzz_seeds.rs`): the fuzz crate builds only on a nightly toolchain, outside the
//! workspace, and a body kept there alone drifted from this crate's API without anyone noticing.
//! Not part of the contract the workers use.
//!
//! Any `Err` is fine (hostile input); a panic, a hang or unbounded memory is a bug, and so is a
//! broken invariant, which this module turns into a panic for the fuzzer to report.

use std::sync::OnceLock;

use pii_core::engine::{Analyzer, AtRestKey, Engine, TenantKeys};
use pii_core::policy::RedactionPolicy;

use crate::{DocError, Format, Input, Limits};

/// What one input came to: both outcomes are fine, the fuzzer only looks for panics.
#[derive(Debug)]
pub enum Outcome {
    /// `analyze` refused the input (corrupt, too large, unsupported...).
    Refused(DocError),
    /// `analyze` accepted it and `redact` wrote the redacted document.
    Redacted {
        /// Findings `analyze` reported.
        findings: usize,
        /// Bytes `redact` wrote.
        bytes: u64,
    },
}

/// Tight bounds, so that one input cannot take the fuzzer's whole memory or time.
pub fn limits() -> Limits {
    Limits {
        max_input_bytes: 1 << 20,
        max_document_bytes: 1 << 20,
        max_decompressed_bytes: 8 << 20,
        max_zip_entries: 256,
        max_record_bytes: 1 << 20,
        max_pdf_objects: 10_000,
        max_pdf_pages: 64,
        ..Limits::default()
    }
}

/// Runs `sniff`, `analyze` and `redact` over `data` as `format`, with the default policy.
///
/// # Panics
/// When the document layer panics, or when `redact` refuses what `analyze` accepted (the two walk
/// the document the same way), or reports a size other than what it wrote.
pub fn run(format: Format, data: &[u8]) -> Outcome {
    let name = format!("input.{}", format.as_str());
    let _ = crate::sniff(&name, &data[..data.len().min(8192)]);
    let input = Input::Memory(data.into());
    let limits = limits();
    let analysis = match crate::analyze(&input, format, analyzer(), &limits, &mut |_| {}) {
        Ok(analysis) => analysis,
        Err(e) => return Outcome::Refused(e),
    };
    let mut out = Vec::new();
    let redacted = crate::redact(
        &input,
        format,
        &analysis.findings,
        &analysis.readings,
        &RedactionPolicy::default(),
        &keys(),
        &limits,
        &mut out,
        &mut |_| {},
    );
    let written = match redacted {
        Ok(written) => written,
        // What analyze accepted, redact must accept too. The error is the layer's own message, which
        // names the format's problem and holds no document text.
        Err(e) => panic!("redact failed where analyze succeeded: {e}"),
    };
    assert_eq!(written.bytes, out.len() as u64, "redact reported a size other than what it wrote");
    Outcome::Redacted { findings: analysis.findings.len(), bytes: written.bytes }
}

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| {
        let engine = Engine::builder().build().expect("the built-in engine");
        engine.prepare(&RedactionPolicy::default()).expect("the default policy")
    })
}

fn keys() -> TenantKeys {
    TenantKeys {
        hash_salt: [1; 32],
        encryption_key: [2; 32],
        vault_index: [2; 32],
        at_rest: AtRestKey { key: [3; 32], generation: 0 },
        scope: Default::default(),
    }
}
