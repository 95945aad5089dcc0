//! Explanations of the recognizer: each span names the rule that found it, and asking for them
//! changes no span.

use super::*;

/// `(type, text, rule)` of every span of the explained analysis of `text`.
fn explained(text: &str, field: Option<&str>) -> Vec<(String, String, String)> {
    let r = recognizer();
    let (mut out, mut why) = (Vec::new(), Vec::new());
    r.analyze_explained(text, &SegmentContext { field_name: field, ..Default::default() }, &mut out, &mut why);
    assert_eq!(out.len(), why.len(), "one provenance per span");
    out.iter()
        .zip(&why)
        .map(|(s, p)| {
            assert_eq!(p.original_score, s.score, "no context step after the rules");
            assert!(p.context.is_none() && p.validation.is_none() && p.pattern.is_none());
            (s.entity_type.to_string(), text[s.start..s.end].to_owned(), p.rule.to_string())
        })
        .collect()
}

fn rule_of(text: &str, field: Option<&str>, value: &str) -> String {
    explained(text, field)
        .into_iter()
        .find(|(_, v, _)| v == value)
        .map(|(_, _, r)| r)
        .unwrap_or_else(|| panic!("{value:?} not found in {text:?}"))
}

#[test]
fn a_person_from_a_labelled_field_names_the_structural_rule() {
    assert_eq!(rule_of("Name: Goodwin, Joel\nAdmitted: 15 Apr 2020", None, "Goodwin, Joel"), Rule::Label.name());
    assert_eq!(rule_of("Maria Garcia", Some("customer_name"), "Maria Garcia"), Rule::FieldName.name());
    assert!(Rule::Label.name().starts_with("structure:"));
}

#[test]
fn a_later_mention_names_propagation_and_a_title_the_title_rule() {
    let text = "Name: Goodwin, Joel\n\nHospital course: Joel was admitted with pneumonia.";
    let rules: Vec<String> = explained(text, None).into_iter().filter(|(_, v, _)| v == "Joel").map(|(_, _, r)| r).collect();
    assert_eq!(rules, [Rule::RepeatedPerson.name()]);
    // Negative: a name found by its title is not reported as a repeat.
    let rule = rule_of("Please see Mrs Kowalski tomorrow.", None, "Kowalski");
    assert_ne!(rule, Rule::RepeatedPerson.name());
    assert_ne!(rule, Rule::Unnamed.name());
}

#[test]
fn explaining_changes_no_span() {
    let r = recognizer();
    for text in [
        "Name: Goodwin, Joel\n\nJoel's chart was sent to J. Goodwin and GOODWIN signed.",
        "Dear Rose,\nthanks. Best, Mark Robinson\nRobinson Inc",
        "Patient Nguyễn Văn An, DOB 12/03/1978, was seen.",
        "",
    ] {
        let (mut plain, mut out, mut why) = (Vec::new(), Vec::new(), Vec::new());
        r.analyze(text, &SegmentContext::default(), &mut plain);
        r.analyze_explained(text, &SegmentContext::default(), &mut out, &mut why);
        assert_eq!(plain, out, "{text:?}");
        assert!(why.iter().all(|p| p.rule != Rule::Unnamed.name()), "{why:?}");
    }
}
