//! `pseudonymize` and `date_shift` inside documents: the same value gets the same surrogate in every
//! document of a batch (and not across batches), values are replaced in place so a CSV keeps its
//! columns and JSON stays valid.

mod common;

use pii_core::engine::{Scope, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_docs::{Format, Input, Limits};

fn policy() -> RedactionPolicy {
    serde_json::from_str(
        r#"{"deny_list": [{"value": "Anna Kowalski", "entity_type": "PERSON"}],
            "operators": {"DEFAULT": {"type": "pseudonymize"}, "DATE_TIME": {"type": "date_shift"}}}"#,
    )
    .expect("policy")
}

fn redact(bytes: &[u8], format: Format, scope: Scope) -> String {
    let policy = policy();
    let input = Input::Memory(bytes.into());
    let analyzer = common::engine().prepare(&policy).expect("policy");
    let limits = Limits::default();
    let analysis = pii_docs::analyze(&input, format, &analyzer, &limits, &mut |_| {}).expect("analyze");
    let keys = TenantKeys { scope, ..common::keys() };
    let mut out = Vec::new();
    pii_docs::redact(&input, format, &analysis.findings, &analysis.readings, &policy, &keys, &limits, &mut out, &mut |_| {})
        .expect("redact");
    String::from_utf8(out).expect("utf-8")
}

const CSV: &[u8] = b"name,email,card,admitted\nAnna Kowalski,anna.kowalski@acme.de,4111 1111 1111 1111,2021-03-01\n";
const JSON: &[u8] =
    br#"{"patient": "Anna Kowalski", "mail": "anna.kowalski@acme.de", "card": "4111 1111 1111 1111", "seen": "2021-03-08"}"#;

fn cells(csv: &str) -> Vec<String> {
    csv.lines().nth(1).expect("row").split(',').map(str::to_owned).collect()
}

#[test]
fn documents_of_one_batch_share_surrogates_and_keep_their_structure() {
    let in_batch = |job: &str| Scope::job_in_batch(job, Some("batch-1".into()));
    let a = redact(CSV, Format::Csv, in_batch("job-1"));
    let json = redact(JSON, Format::Json, in_batch("job-2"));
    let row = cells(&a);
    assert_eq!(row.len(), 4, "{a}");
    assert!(!a.contains("Kowalski") && !a.contains("4111 1111 1111 1111") && !a.contains("2021-03-01"), "{a}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("still JSON");
    // The same person, e-mail and card in both documents of the batch.
    assert_eq!(v["patient"], row[0].as_str());
    assert_eq!(v["mail"], row[1].as_str());
    assert_eq!(v["card"], row[2].as_str());
    // One offset for the batch: the seven days between the two dates hold.
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let d1 = time::Date::parse(&row[3], fmt).expect("date");
    let d2 = time::Date::parse(v["seen"].as_str().expect("seen"), fmt).expect("date");
    assert_eq!((d2 - d1).whole_days(), 7);
    // Another batch maps the same person elsewhere; a job scope ignores the batch.
    let other = redact(CSV, Format::Csv, Scope::job_in_batch("job-3", Some("batch-2".into())));
    assert_ne!(cells(&other)[0], row[0]);
}

#[test]
fn a_redaction_hands_back_each_distinct_surrogate_with_its_value_for_the_vault() {
    let csv = b"name,email\nAnna Kowalski,anna.kowalski@acme.de\nAnna Kowalski,anna.kowalski@acme.de\n";
    let policy = policy();
    let input = Input::Memory(csv.as_slice().into());
    let analyzer = common::engine().prepare(&policy).expect("policy");
    let limits = Limits::default();
    let analysis = pii_docs::analyze(&input, Format::Csv, &analyzer, &limits, &mut |_| {}).expect("analyze");
    let keys = TenantKeys { scope: Scope::job("job-1"), ..common::keys() };
    let mut out = Vec::new();
    let written =
        pii_docs::redact(&input, Format::Csv, &analysis.findings, &analysis.readings, &policy, &keys, &limits, &mut out, &mut |_| {})
            .expect("redact");
    let out = String::from_utf8(out).expect("utf-8");
    let row = cells(&out);
    // Two rows of the same person and address: one record each, in document order, as written.
    let pairs: Vec<(&str, &str, &str)> =
        written.surrogates.iter().map(|m| (m.entity_type.as_str(), m.value.as_str(), m.surrogate.as_str())).collect();
    assert_eq!(pairs, [("PERSON", "Anna Kowalski", row[0].as_str()), ("EMAIL_ADDRESS", "anna.kowalski@acme.de", row[1].as_str())]);
    assert_eq!(written.surrogates_over, 0);
    // An operator that writes no surrogate hands back nothing.
    let replace: RedactionPolicy =
        serde_json::from_str(r#"{"deny_list": [{"value": "Anna Kowalski", "entity_type": "PERSON"}]}"#).expect("policy");
    let written = pii_docs::redact(
        &input,
        Format::Csv,
        &analysis.findings,
        &analysis.readings,
        &replace,
        &keys,
        &limits,
        &mut Vec::new(),
        &mut |_| {},
    )
    .expect("redact");
    assert!(written.surrogates.is_empty());
}
