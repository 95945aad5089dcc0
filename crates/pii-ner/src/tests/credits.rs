//! Holder and author slots of licence and package texts (issue 13, written against real copyright
//! and package-metadata lines): a given name before a surname that is also a word, a display name
//! its address confirms, each holder of a line that gives years per holder, a semicolon list of
//! authors, and the collectives (`Development Team`, `Contributors`) that are nobody's name.

use super::*;

/// The shared test lexicon plus the names and words these cases need.
fn recognizer() -> NerRecognizer {
    let extra: &[(&str, f32, f32, f32)] = &[
        ("simon", 4.4, 0.2, 0.01),
        ("heath", 4.4, 0.0, 0.01),
        ("thames", 3.9, 0.0, 0.001),
        ("noah", 4.1, 0.1, 0.0),
        ("thomas", 4.9, 1.4, 0.3),
        ("development", 5.3, 0.0, 0.0),
        ("team", 5.5, 0.0, 0.0),
        ("contributors", 4.0, 0.0, 0.0),
        ("meta", 4.3, 0.004, 0.0),
        ("platforms", 4.2, 0.0, 0.0),
        ("sales", 4.9, 0.0, 0.0),
        ("finance", 4.6, 0.0, 0.0),
    ];
    let words: Vec<_> = WORDS.iter().chain(extra).copied().collect();
    NerRecognizer::for_tests(Lexicon::from_rows(&words, PLACES))
}

fn persons(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    recognizer().analyze(text, &SegmentContext::default(), &mut out);
    out.sort_by_key(|s| s.start);
    out.iter().filter(|s| s.entity_type.as_str() == "PERSON").map(|s| text[s.start..s.end].to_owned()).collect()
}

#[test]
fn a_copyright_holder_may_have_a_surname_that_is_a_word() {
    assert_eq!(persons("Copyright (c) 2019 Simon Heath\n\nPermission is hereby granted."), ["Simon Heath"]);
    // Not a firm's name with its legal form, nor a project's contributors.
    assert!(persons("Copyright (c) Meta Platforms, Inc. and affiliates.").is_empty());
    assert!(persons("Copyright (c) 2019 Heath Contributors\n").is_empty());
}

#[test]
fn a_display_name_its_address_confirms_is_a_person() {
    assert_eq!(persons("Author-email: Will Thames <will@thames.example>"), ["Will Thames"]);
    // The same words without the address's confirmation stay words; a group is nobody.
    assert!(persons("Author-email: Will Thames <info@example.org>").is_empty());
    assert!(persons("Reply-To: Sales Team <team@example.org>").is_empty());
}

#[test]
fn each_holder_of_a_line_with_years_per_holder_is_read() {
    assert_eq!(persons("Copyright (C) 2016 Acme GmbH, 2014-2015 Simon Heath\n"), ["Simon Heath"]);
    assert_eq!(persons("Copyright © 2009 Acme GmbH; 2021 Simon Heath\n"), ["Simon Heath"]);
    // Years alone after a comma start no holder of their own.
    assert!(persons("Copyright (c) 2009, 2010, 2013-2016 by the Heath Authors.").is_empty());
}

#[test]
fn an_author_field_names_people_not_teams() {
    assert_eq!(persons("Author: Noah Spurrier; Thomas Kluyver\n"), ["Noah Spurrier", "Thomas Kluyver"]);
    assert!(persons("Author: The Thames Development Team\n").is_empty());
}

#[test]
fn a_licence_disclaimer_in_capitals_names_its_holder() {
    let text = "THIS SOFTWARE IS PROVIDED BY SIMON HEATH \"AS IS\" AND ANY EXPRESS WARRANTIES ARE DISCLAIMED.\nIN NO EVENT SHALL\nNOAH SPURRIER BE LIABLE FOR ANY DAMAGES.";
    assert_eq!(persons(text), ["SIMON HEATH", "NOAH SPURRIER"]);
    // The usual holders are no person, nor a capitalised clause in prose case.
    assert!(persons("PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\". IN NO EVENT SHALL THE AUTHORS BE LIABLE.").is_empty());
    assert!(persons("IN NO EVENT SHALL HEATH CONTRIBUTORS BE LIABLE.").is_empty());
}

#[test]
fn the_one_thanked_is_a_person() {
    assert_eq!(persons("Above all I thank Meiling.\n"), ["Meiling"]);
    assert_eq!(persons("We congratulate Meiling on the award."), ["Meiling"]);
    // A common word or a team after the verb is no one's name.
    assert!(persons("We thank Finance for the report.").is_empty());
    assert!(persons("We thank the Heath Contributors.").is_empty());
}

#[test]
fn who_approved_a_record_is_a_person_by_one_unknown_name() {
    assert_eq!(persons("Refund approved by Oluwaseun.\n"), ["Oluwaseun"]);
    // A common word is no one; nor is a lone unknown word after a credit that firms also get.
    assert!(persons("The change was approved by Finance.\n").is_empty());
    assert!(persons("This library is developed by Zentrix.\n").is_empty());
}
