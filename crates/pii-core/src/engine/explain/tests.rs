//! Explanations through the engine: what they say for each kind of evidence, and that asking for
//! them changes no finding.

use super::*;
use crate::EntityType;
use crate::engine::Engine;
use crate::policy::RedactionPolicy;

fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::builder().build().expect("engine builds"))
}

fn analyzer(policy: &str) -> Analyzer {
    let p: RedactionPolicy = serde_json::from_str(policy).expect("test policy");
    engine().prepare(&p).expect("policy compiles")
}

/// The explanation of the finding of `entity` whose text is `value`.
fn explain(a: &Analyzer, text: &str, ctx: &SegmentContext<'_>, entity: &EntityType, value: &str) -> Explanation {
    let all = a.analyze_explained(text, ctx);
    all.into_iter()
        .find(|(s, _)| &s.entity_type == entity && &text[s.start..s.end] == value)
        .map(|(_, e)| e)
        .unwrap_or_else(|| panic!("{entity} {value:?} not found in {text:?}"))
}

#[test]
fn a_context_word_is_named_with_its_improvement_and_its_absence_with_none() {
    let a = analyzer("{}");
    let with = explain(&a, "Phone: 415 555 0142", &SegmentContext::default(), &EntityType::PHONE_NUMBER, "415 555 0142");
    let ctx = with.provenance.context.clone().expect("the label raised the score");
    assert_eq!((ctx.word.as_ref(), ctx.source), ("phone", ContextSource::SameLine));
    assert_eq!(ctx.improvement, 0.35, "rounded, not the f32 remainder: {ctx:?}");
    assert!(with.score > with.provenance.original_score);
    assert!((with.provenance.original_score + ctx.improvement - with.score).abs() < 1e-6);
    assert_eq!(with.recognizer, "builtin");
    assert!(with.provenance.rule.starts_with("PHONE_NUMBER pattern"), "{}", with.provenance.rule);
    assert!(with.provenance.pattern.is_some());

    let without = explain(&a, "415 555 0142 today", &SegmentContext::default(), &EntityType::PHONE_NUMBER, "415 555 0142");
    assert_eq!(without.provenance.context, None);
    assert_eq!(without.provenance.original_score, without.score);
    assert!(without.score < with.score);
}

#[test]
fn a_credit_card_carries_the_validators_verdict_and_a_url_none() {
    let a = analyzer("{}");
    let text = "card 4111 1111 1111 1111 see https://example.org/a";
    let card = explain(&a, text, &SegmentContext::default(), &EntityType::CREDIT_CARD, "4111 1111 1111 1111");
    assert_eq!(card.provenance.validation, Some(true));
    assert!(card.provenance.rule.starts_with("CREDIT_CARD pattern"), "{}", card.provenance.rule);
    let url = explain(&a, text, &SegmentContext::default(), &EntityType::URL, "https://example.org/a");
    assert_eq!((url.provenance.rule.as_ref(), url.provenance.validation, url.provenance.pattern.clone()), ("URL scanner", None, None));
}

#[test]
fn field_names_caller_context_and_column_headers_are_told_apart() {
    let a = analyzer("{}");
    let field = SegmentContext { field_name: Some("phone_number"), ..Default::default() };
    let e = explain(&a, "415 555 0142", &field, &EntityType::PHONE_NUMBER, "415 555 0142");
    assert_eq!(e.provenance.context.map(|c| c.source), Some(ContextSource::FieldName));

    let caller = SegmentContext { context_words: Some("mobile phone"), ..Default::default() };
    let e = explain(&a, "415 555 0142", &caller, &EntityType::PHONE_NUMBER, "415 555 0142");
    assert_eq!(e.provenance.context.map(|c| c.source), Some(ContextSource::CallerContext));

    let csv = "id,phone,city\n17,415 555 0142,Boston\n18,212 555 0199,Albany\n";
    let e = explain(&a, csv, &SegmentContext::default(), &EntityType::PHONE_NUMBER, "415 555 0142");
    let ctx = e.provenance.context.expect("the header raised it");
    assert_eq!((ctx.word.as_ref(), ctx.source), ("phone", ContextSource::ColumnHeader));
}

#[test]
fn ad_hoc_patterns_and_deny_lists_name_their_recognizer_and_rule() {
    let a = analyzer(
        r#"{"ad_hoc_recognizers": [{"name": "Zip recognizer", "supported_entity": "ZIP", "context": ["zip"],
             "patterns": [{"name": "zip5", "regex": "\\b\\d{5}\\b", "score": 0.3}]}],
            "deny_list": ["Project Falcon"], "score_threshold": 0}"#,
    );
    let text = "zip 12345 and 67890 for project falcon";
    let zip = EntityType::parse("ZIP").expect("type");
    let near = explain(&a, text, &SegmentContext::default(), &zip, "12345");
    assert_eq!((near.recognizer.as_str(), near.provenance.rule.as_ref()), ("Zip recognizer", "zip5"));
    assert_eq!(near.provenance.pattern.as_deref(), Some("\\b\\d{5}\\b"));
    let ctx = near.provenance.context.expect("zip is nearby");
    assert_eq!((ctx.word.as_ref(), ctx.source), ("zip", ContextSource::Nearby));
    assert!((near.provenance.original_score - 0.3).abs() < 1e-6 && near.score > 0.6);
    let far = explain(&a, "67890 alone", &SegmentContext::default(), &zip, "67890");
    assert_eq!(far.provenance.context, None);
    let deny = explain(&a, text, &SegmentContext::default(), &EntityType::parse("DENY_LIST").expect("type"), "project falcon");
    assert_eq!((deny.recognizer.as_str(), deny.provenance.rule.as_ref()), ("deny_list", "deny_list"));
}

#[test]
fn explaining_changes_no_finding() {
    let a = analyzer(r#"{"score_threshold": 0}"#);
    let texts = [
        "Patient: Jane Roe, SSN 078-05-1120, phone (415) 555-0142, card 4111-1111-1111-1111",
        "id,phone,iban\n1,020 7946 0958,GB82 WEST 1234 5698 7654 32\n2,n/a,DE89 3704 0044 0532 0130 00\n",
        "Order 5V30460369. Call me on 575.468.5512 or mail ops@example.com from 10.0.0.1",
        "Kontonummer: 1234567890, Telefon +49 30 901820, Geburtsdatum: 10.08.1992",
        "",
    ];
    for text in texts {
        let plain = a.analyze(text, &SegmentContext::default());
        let explained: Vec<Span> = a.analyze_explained(text, &SegmentContext::default()).into_iter().map(|(s, _)| s).collect();
        assert_eq!(plain, explained, "{text:?}");
        for (s, e) in a.analyze_explained(text, &SegmentContext::default()) {
            assert_ne!(e.provenance.rule, "unrecorded", "{s:?}");
            assert_eq!(e.score, s.score);
        }
    }
}

#[test]
fn explanations_hold_no_text_of_the_finding() {
    let a = analyzer("{}");
    let text = "Phone: 415 555 0142";
    for (_, e) in a.analyze_explained(text, &SegmentContext::default()) {
        let shown = format!("{e:?}");
        assert!(!shown.contains("415 555") && !shown.contains("0142"), "{shown}");
    }
}

#[test]
fn char_offsets_match_those_of_analyze_text() {
    let a = analyzer("{}");
    let text = "Müller: phone 415 555 0142";
    let plain = a.analyze_text(text, &SegmentContext::default());
    let explained: Vec<Finding> = a.analyze_text_explained(text, &SegmentContext::default()).into_iter().map(|(f, _)| f).collect();
    assert_eq!(plain, explained);
}

#[test]
fn every_finding_of_a_long_text_is_paired_with_its_own_candidate() {
    let a = analyzer("{}");
    let text: String = (0..2000).map(|i| format!("Phone: 415 555 {:04}, mail u{i}@example.org\nref {i}\n", 1000 + i % 9000)).collect();
    let plain = a.analyze(&text, &SegmentContext::default());
    let explained = a.analyze_explained(&text, &SegmentContext::default());
    assert_eq!(plain.len(), explained.len());
    assert!(plain.len() >= 4000, "{}", plain.len());
    for (p, (s, e)) in plain.iter().zip(&explained) {
        assert_eq!(p, s);
        assert_ne!(e.provenance.rule, "unrecorded", "{s:?}");
        let phone = s.entity_type == EntityType::PHONE_NUMBER;
        assert_eq!(e.provenance.context.is_some(), phone, "{s:?} {e:?}");
    }
}
