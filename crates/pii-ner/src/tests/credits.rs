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
        ("christian", 4.6, 0.2, 0.01),
        ("customer", 5.0, 0.0, 0.0),
        ("service", 5.3, 0.0, 0.0),
        ("notifications", 4.0, 0.0, 0.0),
        ("gregor", 2.5, 0.1, 0.0),
        ("fix", 5.0, 0.0, 0.0),
        ("release", 5.0, 0.0, 0.0),
        ("notes", 5.0, 0.0, 0.0),
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
    // A display name whose last word is a common word nobody bears stays words without the
    // address's confirmation; a group is nobody.
    assert!(persons("Author-email: Simon Finance <info@example.org>").is_empty());
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

#[test]
fn a_mailbox_display_name_is_a_person_whatever_the_lists_know() {
    // An unknown family name after a given name that is also a word; a capitalised family name;
    // a generational suffix; a lower-case name that opens a changelog trailer.
    assert_eq!(persons(" -- Christian Kastnerov <ck@example.org>  Fri, 30 May 2025 12:13:17 +0200\n"), ["Christian Kastnerov"]);
    assert_eq!(persons("Maintainer: Oluwaseun QA <qa@example.org>\n"), ["Oluwaseun QA"]);
    assert_eq!(persons("Simon Heath Jr. <sh@example.org>\n"), ["Simon Heath Jr."]);
    assert_eq!(persons(" -- gregor spurrier <gs@example.org>  Fri, 30 May 2025 12:13:17 +0200\n"), ["gregor spurrier"]);
    // Role mailboxes are nobody: common words only, a product's notices, lower case inside prose.
    assert!(persons("From: Customer Service <help@example.org>\n").is_empty());
    assert!(persons("From: Zentrix Notifications <noreply@example.org>\n").is_empty());
    assert!(persons("please write to gregor spurrier <gs@example.org> today\n").is_empty());
}

#[test]
fn indented_year_lines_continue_a_copyright_line() {
    let text = "Copyright: 1993-2008 Noah Spurrier <ns@example.org>\n           2002 Simon Heath\n                Institut Zentrix\n           2004-2006 Kwame Asante\n";
    assert_eq!(persons(text), ["Noah Spurrier", "Simon Heath", "Kwame Asante"]);
    // A year-led line that no copyright line opens, or that is not indented, holds no holder.
    assert!(persons("Release notes\n           2002 Simon Heath\n").is_empty());
    assert!(persons("Copyright: 2001 Zentrix Ltd.\n2002 Simon Heath\n").is_empty());
}

#[test]
fn a_bracketed_name_alone_on_its_line_heads_a_changelog_group() {
    let text = "pkg (1.2-3) unstable; urgency=medium\n\n  [ NIIBE Kwame ]\n  * Fix the build.\n\n  [ gregor spurrier ]\n  * Fix.\n";
    assert_eq!(persons(text), ["NIIBE Kwame", "gregor spurrier"]);
    // A bracketed heading of common words, or a bracketed word inside a line, is nobody.
    assert!(persons("  [ Release Notes ]\n  * Fix.\n").is_empty());
    assert!(persons("  * Fix [ Simon ] spacing.\n").is_empty());
}

#[test]
fn a_vietnamese_given_name_after_a_middle_name_is_no_weekday() {
    assert_eq!(persons("Copyright 2019 by Nguyen Thi Thu Trang\n"), ["Nguyen Thi Thu Trang"]);
    // The abbreviation with a date is still the day.
    assert!(!persons("Due Thu 12 May.\n").iter().any(|p| p.contains("Thu")));
}

#[test]
fn a_holder_written_in_chinese_characters_or_hangul_is_a_person() {
    assert_eq!(persons("Copyright (c) 2021 张伟\n"), ["张伟"]);
    assert_eq!(persons("Copyright © 2020 김민준 <mj@example.kr>\n"), ["김민준"]);
    // A firm's longer name in those scripts is no person.
    assert!(persons("Copyright (c) 2021 腾讯科技有限公司\n").is_empty());
}
