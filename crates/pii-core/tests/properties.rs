//! Property tests: the engine never panics and its offsets are always well-formed, for any Unicode
//! input, including inputs built from the fragments recognizers look for.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::sync::OnceLock;

use pii_core::engine::{Analyzer, Engine, SegmentContext, TenantKeys, anonymize, deanonymize};
use pii_core::policy::RedactionPolicy;
use proptest::prelude::*;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| {
        let engine = Engine::builder().build().expect("engine builds");
        let policy: RedactionPolicy = serde_json::from_str(
            r#"{"score_threshold": 0.0,
                "deny_list": ["Falcon"],
                "ad_hoc_recognizers": [
                    {"supported_entity": "TICKET", "patterns": [{"regex": "TCK-\\d+", "score": 0.6}], "context": ["ticket"]},
                    {"supported_entity": "EMP", "patterns": [{"regex": "(?<=emp-)\\d{4}", "score": 0.6}]}
                ],
                "operators": {"DEFAULT": {"type": "encrypt"}}}"#,
        )
        .expect("test policy");
        engine.prepare(&policy).expect("policy compiles")
    })
}

/// Text made of fragments that trigger every recognizer, glued with arbitrary Unicode.
fn tricky_text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        any::<String>(),
        Just("4111 1111 1111 1111".to_string()),
        Just("+44 (0)161 954 8923".to_string()),
        Just("123-45-6789".to_string()),
        Just("é@ü.com a@b.co".to_string()),
        Just("2106:3f83::8c52".to_string()),
        Just("10.24.8.19".to_string()),
        Just("March 14th, 1985 14.03.1985".to_string()),
        Just("GB82 WEST 1234 5698 7654 32".to_string()),
        Just("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq".to_string()),
        Just("https://x.y/😀?a=(b)".to_string()),
        Just("-----BEGIN RSA PRIVATE KEY-----\nMII\n".to_string()),
        Just("eyJa.eyJb.c".to_string()),
        Just("a,b,ssn\n1,2,".to_string()),
        Just("NHS number 943 476 5919\n".to_string()),
        Just("[[pii:v1:X:".to_string()),
        "[0-9 +()./:-]{0,30}",
        "[a-zA-Z0-9@._:-]{0,40}",
        "\\PC{0,20}",
    ];
    prop::collection::vec(fragment, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries(text in tricky_text(), field in proptest::option::of("\\PC{0,12}")) {
        let a = analyzer();
        let spans = a.analyze(&text, &SegmentContext { field_name: field.as_deref(), ..Default::default() });
        let mut last_end = 0;
        for s in &spans {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start >= last_end);
            prop_assert!((0.0..=1.0).contains(&s.score));
            last_end = s.end;
        }
        let chars = text.chars().count() as u64;
        for f in a.analyze_text(&text, &SegmentContext::default()) {
            prop_assert!(f.start < f.end && f.end <= chars);
        }
    }

    #[test]
    fn anonymize_then_deanonymize_restores_the_text(text in tricky_text()) {
        let a = analyzer();
        let keys = TenantKeys { hash_salt: [7; 32], encryption_key: [9; 32], vault_index: [9; 32], at_rest: pii_core::engine::AtRestKey { key: [9; 32], generation: 0 }, scope: Default::default() };
        let spans = a.analyze(&text, &SegmentContext::default());
        let policy: RedactionPolicy = serde_json::from_str(r#"{"operators": {"DEFAULT": {"type": "encrypt"}}}"#).expect("policy");
        let red = anonymize(&text, &spans, &policy, &keys).expect("encrypts");
        // Text that already held token look-alikes may not round-trip; everything else must.
        if !text.contains("[[pii:") {
            prop_assert_eq!(deanonymize(&red, &keys).expect("decrypts").text, text);
        }
    }
}
