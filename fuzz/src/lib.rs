//! Shared by the fuzz targets: analyse then redact one input in a format, under tight limits.
//! Any `Err` is fine (hostile input); a panic, a hang or unbounded memory is a bug.

use std::sync::OnceLock;

use pii_core::engine::{Analyzer, Engine, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_docs::{Format, Input, Limits};

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| {
        let engine = Engine::builder().build().expect("engine");
        engine.prepare(&RedactionPolicy::default()).expect("policy")
    })
}

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

/// Runs `sniff`, `analyze` and `redact` over `data` as `format`.
pub fn run(format: Format, name: &str, data: &[u8]) {
    let _ = pii_docs::sniff(name, &data[..data.len().min(8192)]);
    let input = Input::Memory(data.into());
    let limits = limits();
    let Ok(analysis) = pii_docs::analyze(&input, format, analyzer(), &limits, &mut |_| {}) else {
        return;
    };
    let keys = TenantKeys { hash_salt: [1; 32], encryption_key: [2; 32], scope: Default::default() };
    let mut out = Vec::new();
    let redacted = pii_docs::redact(&input, format, &analysis.findings, &RedactionPolicy::default(), &keys, &limits, &mut out, &mut |_| {});
    // What analyze accepted, redact must accept too: the two walks are the same.
    assert!(redacted.is_ok(), "redact failed where analyze succeeded: {:?}", redacted.err());
}
