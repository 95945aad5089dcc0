//! Given name, then the family name in capitals: `Fatou NDIAYE`, `Khadija BEN YOUSSEF`,
//! `Anouk DE VRIES  (Claimant)`, the way badges, court papers and much of Europe's paperwork
//! write a person.
//!
//! The mixed shape is the evidence: a capitalised word that is no common word followed by one to
//! three words in capitals, the last a family name or a word no list knows, standing as its own
//! item (line start or column, then the end of the line, a column gap, a bracket or a comma).
//!
//! Registers write the same two parts the other way round, the family name first and in capitals
//! without a comma (`GEBREYESUS Cyriel` in a household register's row, `MUKENDI Ambroise` after a
//! form's dotted leader, `DI LAURO Ibrahima`): the same shape, filling a field the same way.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// A word in capitals that may be a family name: see [`family_word`].
pub(super) fn caps_family(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks[k].shape == Shape::Upper && family_word(doc, k)
}

/// A word, in any case, that may be a family name: a known family name, or a word no list knows
/// of four letters or more that is no Roman numeral.
pub(super) fn family_word(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    if !t.is_word() || t.char_len() < 3 {
        return false;
    }
    let w = t.wordinfo();
    let roman = t.lower.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'));
    !roman && (w.is_census() || (!w.is_wordy() && w.zipf < 3.0 && t.char_len() >= 4))
}

/// A capitalised word that may be a given name: one the lists know, or no common English word.
fn given_word(t: &crate::doc::Token<'_>) -> bool {
    let w = t.wordinfo();
    t.is_word()
        && t.shape == Shape::Cap
        && t.char_len() >= 3
        && !t.rf(rules::F_TITLES | rules::F_CALENDAR)
        && (w.is_first() || (!w.is_wordy() && w.zipf < 3.0))
}

/// The item ends at token `e`: the text's or the line's end, a column gap, or a bracket, comma,
/// `;`, bar or `<`.
fn item_ends(doc: &Doc<'_>, e: usize) -> bool {
    e >= doc.toks.len()
        || doc.toks[e].line_start
        || doc.toks[e].wide_gap_before
        || (doc.toks[e].kind == Kind::Punct && matches!(&*doc.toks[e].lower, "(" | "," | ";" | "|" | "<"))
}

/// Token `e` goes on the item that starts at `start`: the first token, or one a single space after
/// the one before on the same line.
fn goes_on(doc: &Doc<'_>, start: usize, e: usize) -> bool {
    e == start || (doc.toks[e].space_before && !doc.toks[e].line_start && !doc.toks[e].wide_gap_before)
}

/// `FAMILY Given`, `DE LUCA Anna Maria`: one to three words in capitals (particles and family
/// names, at least one family name) opening a field, then one or two given names ending it.
pub(super) fn family_first(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(1) {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape != Shape::Upper || !super::inverted_given::opens_field(doc, i) || doc.line_is_upper(i) {
            continue;
        }
        let mut e = i;
        // The words in capitals end with a family name: a particle last is a preposition before a
        // place (`COMUNE DI Chieti`, `PAROISSE DE Tournai`).
        let mut family = false;
        while e < n && e < i + 3 && goes_on(doc, i, e) {
            let u = &doc.toks[e];
            if u.is_word() && u.shape == Shape::Upper && u.rf(rules::F_PARTICLES) {
                e += 1;
                family = false;
                continue;
            }
            if caps_family(doc, e) {
                e += 1;
                family = true;
                continue;
            }
            break;
        }
        if !family || e >= n || e == i || !goes_on(doc, i, e) {
            continue;
        }
        let g = e;
        while e < n && e < g + 2 && goes_on(doc, g, e) && given_word(&doc.toks[e]) {
            e += 1;
        }
        if e > g && item_ends(doc, e) && !doc.toks[i..e].iter().any(|u| u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD)) {
            out.push(i, e, Ent::Person, 0.82);
        }
    }
}

pub(super) fn caps_surnames(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(1) {
        let t = &doc.toks[i];
        let opens = t.line_start || t.wide_gap_before || (i > 0 && doc.toks[i - 1].is_punct(':'));
        if !opens || !t.is_word() || t.shape != Shape::Cap || t.char_len() < 3 || t.rf(rules::F_TITLES | rules::F_CALENDAR) {
            continue;
        }
        let w = t.wordinfo();
        if !(w.is_first() || (!w.is_wordy() && w.zipf < 3.0)) {
            continue;
        }
        // Particles in capitals (`BEN`, `DE`, `VAN DER`, `BINTI`), then the family name.
        let mut e = i + 1;
        let mut last_ok = false;
        while e < n && e < i + 4 && goes_on(doc, i, e) {
            let u = &doc.toks[e];
            if u.is_word() && u.shape == Shape::Upper && u.rf(rules::F_PARTICLES) {
                e += 1;
                continue;
            }
            if caps_family(doc, e) {
                e += 1;
                last_ok = true;
                continue;
            }
            break;
        }
        if !last_ok {
            continue;
        }
        if item_ends(doc, e) && !doc.toks[i..e].iter().any(|u| u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD)) {
            out.push(i, e, Ent::Person, 0.82);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn lex() -> Lexicon {
        Lexicon::from_rows(&[("simran", 1.0, 0.01, 0.0), ("total", 5.5, 0.0, 0.0), ("net", 5.0, 0.0, 0.0)], &[])
    }

    #[test]
    fn a_family_name_in_capitals_then_the_given_name_filling_a_field_is_a_person() {
        let lex = lex();
        assert_eq!(crate::tests::rule_values(&lex, "GEBREYESUS Cyriel        2023    M    zoon\n", family_first), ["GEBREYESUS Cyriel"]);
        assert_eq!(crate::tests::rule_values(&lex, "Nom, prénom : ........ MUKENDI Ambroise\n", family_first), ["MUKENDI Ambroise"]);
        assert_eq!(crate::tests::rule_values(&lex, "Padrino: DI LAURO Simran, nato il 3/4\n", family_first), ["DI LAURO Simran"]);
    }

    #[test]
    fn an_acronym_before_a_word_or_inside_a_sentence_is_no_person() {
        let lex = lex();
        // A heading's common words, an acronym in running text, a sentence going on after the name.
        assert!(crate::tests::rule_values(&lex, "TOTAL Net        1200\n", family_first).is_empty());
        assert!(crate::tests::rule_values(&lex, "Wir haben die NDIAYE Simran gesehen.\n", family_first).is_empty());
        assert!(crate::tests::rule_values(&lex, "GEBREYESUS Cyriel kommt morgen.\n", family_first).is_empty());
        assert!(crate::tests::rule_values(&lex, "COMUNE DI Chieti\nSettore Servizi\n", family_first).is_empty());
    }
}
