//! Helpers shared by the integration tests: analyse then redact a document with the real engine.

#![allow(dead_code, reason = "each test binary uses a different subset")]

use pii_core::engine::{Engine, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_docs::{Analysis, Format, Input, Limits};

pub fn keys() -> TenantKeys {
    TenantKeys {
        hash_salt: [7; 32],
        encryption_key: [9; 32],
        vault_index: [9; 32],
        at_rest: pii_core::engine::AtRestKey { key: [9; 32], generation: 0 },
        scope: Default::default(),
    }
}

pub fn engine() -> Engine {
    Engine::builder().build().expect("engine")
}

/// Analyses then redacts `bytes` as `format` with the default policy (replace by `<TYPE>`).
pub fn roundtrip(bytes: &[u8], format: Format) -> (Analysis, Vec<u8>) {
    roundtrip_with(bytes, format, &RedactionPolicy::default(), &Limits::default())
}

pub fn roundtrip_with(bytes: &[u8], format: Format, policy: &RedactionPolicy, limits: &Limits) -> (Analysis, Vec<u8>) {
    let input = Input::Memory(bytes.into());
    let analyzer = engine().prepare(policy).expect("policy");
    let analysis = pii_docs::analyze(&input, format, &analyzer, limits, &mut |_| {}).expect("analyze");
    let mut out = Vec::new();
    let written = pii_docs::redact(&input, format, &analysis.findings, &analysis.readings, policy, &keys(), limits, &mut out, &mut |_| {})
        .expect("redact");
    assert_eq!(written.bytes, out.len() as u64);
    (analysis, out)
}

pub const PII: &[&str] = &["jane.doe@example.com", "123-45-6789", "4111 1111 1111 1111", "+1 415-555-0142", "192.168.14.27"];
pub const KEEP: &[&str] = &["Quarterly revenue", "Order 7731", "Widget blue", "Zürich office", "net 30 days"];

/// Fails naming the first planted PII value still present, or the first kept value missing.
pub fn assert_clean(text: &str, pii: &[&str], keep: &[&str]) {
    for p in pii {
        assert!(!text.contains(p), "planted PII value #{} survived redaction", pii.iter().position(|x| x == p).unwrap_or(0));
    }
    for k in keep {
        assert!(text.contains(k), "planted non-PII value {k:?} was lost");
    }
}
