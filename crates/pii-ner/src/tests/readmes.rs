//! Over-redaction of real READMEs (issue 13's prose figure, written against the tune half of the
//! crates' READMEs this machine holds): a sentence opening with the article `A` before a product's
//! name, a possessive followed by a capital (`SQLite's C API`), a program's name that the document
//! also writes in lower case, `name: type` lines in fenced code, and Title Case headings that end in
//! a derived word (`Version Compatibility`). Each with the person it must
//! still find.

use super::*;

/// The shared test lexicon plus the heading words these cases need.
fn recognizer_with_words() -> NerRecognizer {
    let extra: &[(&str, f32, f32, f32)] = &[("version", 5.0, 0.0, 0.0), ("compatibility", 3.4, 0.0, 0.0)];
    let words: Vec<_> = WORDS.iter().chain(extra).copied().collect();
    NerRecognizer::for_tests(Lexicon::from_rows(&words, PLACES))
}

fn persons(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    recognizer_with_words().analyze(text, &SegmentContext::default(), &mut out);
    out.sort_by_key(|s| s.start);
    out.iter().filter(|s| s.entity_type.as_str() == "PERSON").map(|s| text[s.start..s.end].to_owned()).collect()
}

#[test]
fn an_article_opening_a_sentence_is_no_initial() {
    assert!(!persons("A Zentrix library for parsing.").iter().any(|p| p.starts_with("A ")));
    // A dotted initial is still one.
    assert!(persons("Report written by A. Kowalczyk for the board.").iter().any(|p| p == "A. Kowalczyk"));
}

#[test]
fn a_possessive_closes_a_name() {
    assert!(!persons("It reads Zentrix's C API headers.").iter().any(|p| p.contains("C")));
    assert!(persons("Report written by Oluwaseun Kowalczyk's office.").iter().any(|p| p.starts_with("Oluwaseun Kowalczyk")));
}

#[test]
fn a_name_the_document_also_writes_in_lower_case_is_its_vocabulary() {
    // The one thanked stays a person; the program's name later on does not become one.
    let text = "Thanks, Kowalski.\n\nInstall kowalski with cargo, then run kowalski --help.\nKowalski handles it.\n";
    assert_eq!(persons(text), ["Kowalski"]);
    // Written only capitalised, the guess stands and spreads.
    let text = "Thanks, Kowalski.\n\nInstall it with cargo.\nKowalski handles it.\n";
    assert_eq!(persons(text), ["Kowalski", "Kowalski"]);
}

#[test]
fn a_lower_case_speakers_capitalised_mention_is_theirs() {
    // The lower-case form is a chat speaker's, so it is no vocabulary: the mention spreads.
    let text = "zentrixa > ping me if it breaks again\njoel > ok thx\nzentrixa > ok\nJoel: leaving early today, Zentrixa has the pager\n";
    assert!(persons(text).iter().any(|p| p == "Zentrixa"), "{:?}", persons(text));
    // Negative: a program's name written in lower case in a command, by no speaker, stays
    // vocabulary (the later `Kowalski` is the program).
    let text = "Thanks, Kowalski.\n\nInstall kowalski with cargo, then run kowalski --help.\nKowalski handles it.\n";
    assert_eq!(persons(text), ["Kowalski"]);
}

#[test]
fn fields_in_fenced_code_are_no_speakers() {
    let text = "Run it:\n\n```\noluwaseun: are you there?\nkowalczyk: yes\n```\n";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
    // The same shape outside code, in a chat log, is a speaker.
    assert!(!persons("oluwaseun: are you there?\nkowalczyk: yes\n").is_empty());
}

#[test]
fn a_field_name_in_fenced_code_does_not_spread_into_the_prose() {
    let text = "```\nlet v = Strs {\n    zentrix: alloc from slice,\n    quorbel: from slice or alloc,\n};\n```\n\nThe zentrix field and the quorbel field hold the values.\n";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

#[test]
fn a_heading_that_ends_in_a_derived_word_is_no_name() {
    assert!(persons("## Samuel Version Compatibility\n\nSome text.\n").is_empty());
    // A family name with such an ending that people bear stays one.
    assert!(persons("Report written by Samuel Kowalski.\n").iter().any(|p| p == "Samuel Kowalski"));
}

#[test]
fn a_word_the_document_writes_as_code_is_an_identifier() {
    // `` `Goodwin` `` makes the word an identifier everywhere in the document.
    let text = "A `Goodwin` is a primitive; ask Goodwin to park.\nThe Goodwin then wakes.\n";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
    // Negative: a word of a full name is no identifier, and another document's Goodwin is a name.
    let text = "Written by Samuel Goodwin; see `Goodwin` in the API.\nGoodwin answers issues.\n";
    assert!(persons(text).iter().any(|p| p == "Samuel Goodwin"), "{:?}", persons(text));
    assert!(persons(text).iter().any(|p| p == "Goodwin"), "{:?}", persons(text));
    assert!(!persons("Ask Goodwin to park.\nThe Goodwin then wakes.\n").is_empty());
}

#[test]
fn a_town_the_document_also_writes_as_code_in_lower_case_is_its_vocabulary() {
    let f = |t: &str| {
        let mut out = Vec::new();
        recognizer_with_words().analyze(t, &SegmentContext::default(), &mut out);
        out.iter().filter(|s| s.entity_type.as_str() == "LOCATION").map(|s| t[s.start..s.end].to_owned()).collect::<Vec<_>>()
    };
    assert!(f("Requires a running Sokolov runtime.\nEnable the `sokolov` feature in Cargo.toml.\n").is_empty());
    // Negative: written only capitalised, or in lower case in running text, the town stays a town.
    assert_eq!(f("Requires a running Sokolov runtime.\nthe sokolov office is closed\n"), ["Sokolov"]);
    assert_eq!(f("Requires a running Sokolov runtime.\n"), ["Sokolov"]);
}
