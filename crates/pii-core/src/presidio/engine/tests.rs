use serde_json::json;

use super::*;

fn r(entity_type: &str, start: usize, end: usize, score: f64) -> AnalyzerResult {
    AnalyzerResult { entity_type: entity_type.into(), start, end, score }
}

fn ops(v: Value) -> Operators {
    operators_from_json(Some(&v)).unwrap_or_default()
}

fn items(res: &EngineResult) -> Vec<(String, usize, usize, String, String)> {
    let mut v: Vec<_> = res.items.iter().map(|i| (i.entity_type.clone(), i.start, i.end, i.text.clone(), i.operator.clone())).collect();
    v.sort();
    v
}

fn no_entropy() -> impl FnMut(&mut [u8]) {
    |b: &mut [u8]| b.fill(3)
}

#[test]
fn a_result_inside_another_is_dropped_and_offsets_follow_longer_replacements() {
    let text = "call Ada Lovelace on 0207 946 0000 today";
    let results = [r("NAME", 5, 17, 0.8), r("GIVEN", 5, 8, 0.9), r("PHONE_NUMBER", 21, 34, 0.95)];
    let o = ops(
        json!({"DEFAULT": {"type": "replace", "new_value": "[REMOVED]"}, "PHONE_NUMBER": {"type": "mask", "masking_char": "x", "chars_to_mask": 4, "from_end": true}}),
    );
    let res = anonymize(text, &results, &o, &mut no_entropy()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.text, "call [REMOVED] on 0207 946 xxxx today");
    assert_eq!(
        items(&res),
        vec![
            ("NAME".into(), 5, 14, "[REMOVED]".into(), "replace".into()),
            ("PHONE_NUMBER".into(), 18, 31, "0207 946 xxxx".into(), "mask".into())
        ]
    );
}

#[test]
fn overlapping_results_of_different_types_compose_from_the_end() {
    let text = "at Lincoln Memorial Park";
    // "Lincoln Memorial" and "Memorial Park" overlap; neither contains the other.
    let results = [r("NAME", 3, 19, 0.8), r("PLACE", 11, 24, 0.8)];
    let keep_first = anonymize(text, &results, &ops(json!({"NAME": {"type": "keep"}, "PLACE": {"type": "replace"}})), &mut no_entropy());
    assert_eq!(keep_first.map(|r| r.text).ok().as_deref(), Some("at Lincoln Memorial<PLACE>"));
    let keep_second = anonymize(text, &results, &ops(json!({"NAME": {"type": "replace"}, "PLACE": {"type": "keep"}})), &mut no_entropy())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(keep_second.text, "at <NAME>Memorial Park");
    assert_eq!(
        items(&keep_second),
        vec![("NAME".into(), 3, 9, "<NAME>".into(), "replace".into()), ("PLACE".into(), 9, 22, "Memorial Park".into(), "keep".into())]
    );
    let keep_both = anonymize(text, &results, &ops(json!({"DEFAULT": {"type": "keep"}})), &mut no_entropy()).map(|r| r.text);
    assert_eq!(keep_both.ok().as_deref(), Some("at Lincoln MemorialMemorial Park"));
}

#[test]
fn same_type_overlaps_merge_and_space_separated_neighbours_join() {
    let text = "Mary Ann Smith-Jones";
    let results = [r("PERSON", 0, 8, 0.6), r("PERSON", 5, 14, 0.9), r("PERSON", 15, 20, 0.4)];
    let res = anonymize(text, &results, &Vec::new(), &mut no_entropy()).unwrap_or_else(|e| panic!("{e}"));
    // 0..8 merges into 5..14 (now 0..14); 15..20 is not space-separated (a hyphen) so it stays apart.
    assert_eq!(res.text, "<PERSON>-<PERSON>");
    let spaced = anonymize("Mary  Smith", &[r("PERSON", 0, 4, 0.6), r("PERSON", 6, 11, 0.6)], &Vec::new(), &mut no_entropy());
    assert_eq!(spaced.map(|r| (r.text, r.items.len())).ok(), Some(("<PERSON>".into(), 1)));
}

#[test]
fn equal_spans_keep_the_higher_score_and_a_tie_keeps_one() {
    let res = anonymize("12345", &[r("A", 0, 5, 0.3), r("B", 0, 5, 0.7)], &Vec::new(), &mut no_entropy());
    assert_eq!(res.map(|r| r.text).ok().as_deref(), Some("<B>"));
    let tie = anonymize("12345", &[r("A", 0, 5, 0.5), r("B", 0, 5, 0.5)], &Vec::new(), &mut no_entropy()).map(|r| r.items.len());
    assert_eq!(tie.ok(), Some(1));
}

#[test]
fn results_outside_the_text_and_malformed_results_are_refused_with_presidios_words() {
    let err = anonymize("short", &[r("A", 2, 9, 0.5)], &Vec::new(), &mut no_entropy()).err().map(|e| e.to_string());
    assert_eq!(err.as_deref(), Some("Invalid analyzer result, start: 2 and end: 9, while text length is only 5."));
    let e = |v: Value| AnalyzerResult::from_json(&v).err().map(|e| e.to_string());
    assert_eq!(e(json!({"end": 3, "score": 1, "entity_type": "A"})).as_deref(), Some("Invalid input, result must contain start"));
    assert_eq!(
        e(json!({"start": 4, "end": 3, "score": 1, "entity_type": "A"})).as_deref(),
        Some("Invalid input, start index '4' must be smaller than end index '3'")
    );
    assert_eq!(e(json!({"start": 0, "end": 3, "entity_type": "A"})).as_deref(), Some("Invalid input, analyzer result must contain score"));
    assert_eq!(
        e(json!({"start": -1, "end": 3, "score": 1, "entity_type": "A"})).as_deref(),
        Some("Invalid input, result start and end must be positive")
    );
    assert_eq!(e(json!({"start": 0, "end": 3, "score": 1})).as_deref(), Some("Invalid input, result must contain entity_type"));
    assert!(e(json!({"start": 0, "end": 3, "score": 1, "entity_type": "A"})).is_none());
}

#[test]
fn encrypted_values_decrypt_back_per_entity_type_with_their_own_keys() {
    let text = "Grace Hopper is an admiral";
    let o = ops(json!({"DEFAULT": {"type": "encrypt", "key": "1111111111111111"}, "ROLE": {"type": "encrypt", "key": "2222222222222222"}}));
    let mut n = 0u8;
    let mut entropy = |b: &mut [u8]| {
        n += 1;
        b.fill(n)
    };
    let enc = anonymize(text, &[r("NAME", 0, 12, 0.8), r("ROLE", 19, 26, 0.8)], &o, &mut entropy).unwrap_or_else(|e| panic!("{e}"));
    let entities: Vec<Entity> =
        enc.items.iter().map(|i| Entity { entity_type: i.entity_type.clone(), start: i.start, end: i.end }).collect();
    let d = ops(json!({"DEFAULT": {"type": "decrypt", "key": "1111111111111111"}, "ROLE": {"type": "decrypt", "key": "2222222222222222"}}));
    let dec = deanonymize(&enc.text, &entities, &d).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dec.text, text);
    assert!(dec.items.iter().all(|i| i.operator == "decrypt"));
    // The wrong key for the role does not give the value back.
    let wrong = ops(json!({"DEFAULT": {"type": "decrypt", "key": "1111111111111111"}}));
    assert_ne!(deanonymize(&enc.text, &entities, &wrong).map(|r| r.text).ok().as_deref(), Some(text));
}

#[test]
fn deanonymize_without_an_operator_for_a_type_is_refused_and_no_entities_change_nothing() {
    let res = deanonymize("abc", &[], &Vec::new()).map(|r| (r.text, r.items.len()));
    assert_eq!(res.ok(), Some(("abc".into(), 0)));
    assert!(deanonymize("abc", &[Entity { entity_type: "X".into(), start: 0, end: 1 }], &Vec::new()).is_err());
    let custom = ops(json!({"DEFAULT": {"type": "custom", "new_value": "lambda x: x"}}));
    assert!(has_custom(&custom));
}
