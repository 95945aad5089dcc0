//! A name in capitals inside a sentence, before a comma and a description in lower case:
//! `Devant nous, IBRAHIMA PUECH, brigadier-chef de police`, `e` / `FRANCIELLE DOS SANTOS SARAIVA, de
//! trinta e quatro anos`, `a favor de DON TIBURCIO BARAHONA CASTAÑO, con NIE`.
//!
//! Why: civil records, police reports and notarial deeds write the parties' names in capitals in
//! running text, then say who they are. A heading in capitals fills its line; an acronym is one
//! word; a firm carries its legal form or head word. Two to four words in capitals, in a line
//! that is not all capitals, each no common English word, no title (a title opening the run stays
//! outside), month, firm's or street's word, and no large town, then a comma and a lower-case word:
//! the shape of a person described.

use super::caps_line::{NO_NAME_WORDS, inner_particle, opening_title};
use super::caps_surname::family_word;
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};

/// Score: the shape and the description after it; the language's words fall later (below the
/// structure score).
const SCORE: f32 = 0.75;

/// Towns this large are the town in capitals (`NEW YORK, where`), unless the lists know the word
/// as a given name too.
const LARGE_TOWN: u32 = 100_000;

pub(super) fn caps_appositions(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let upper = |k: usize| doc.toks[k].is_word() && doc.toks[k].shape == Shape::Upper;
    let mut i = 0;
    while i < n {
        if !upper(i) {
            i += 1;
            continue;
        }
        // The run of words in capitals from `i`, on its line.
        let mut e = i + 1;
        while e < n && e < i + 6 && upper(e) && doc.toks[e].space_before && !doc.toks[e].line_start {
            e += 1;
        }
        // A title in capitals opens the run and stays outside (`DON`, `SR.`).
        let a = if opening_title(&doc.toks[i]) { i + 1 } else { i };
        if a < e && described(doc, e) && !doc.line_is_upper(a) && name_run(doc, a, e) {
            out.push(a, e, Ent::Person, SCORE);
        }
        i = e;
    }
}

/// A comma glued to the run's end, then a lower-case word on the same line.
fn described(doc: &Doc<'_>, e: usize) -> bool {
    e + 1 < doc.toks.len()
        && doc.toks[e].is_punct(',')
        && doc.toks[e].glued()
        && doc.toks[e + 1].is_word()
        && doc.toks[e + 1].shape == Shape::Lower
        && !doc.toks[e + 1].line_start
}

/// Tokens `a..b`, all words in capitals, are two to four name words besides inner particles
/// (`DOS`, `DE`, `VAN`), none of [`NO_NAME_WORDS`], no common English word, no large town, each a
/// family word or a given name the lists know, and of five letters or more when no list knows it.
fn name_run(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let names: Vec<usize> = (a..b).filter(|&k| !(k > a && inner_particle(doc, k, b))).collect();
    (2..=4).contains(&names.len())
        && names.iter().all(|&k| {
            let t = &doc.toks[k];
            let w = t.wordinfo();
            t.char_len() >= 2
                && !t.rf(NO_NAME_WORDS)
                && !w.is_wordy()
                && w.place.is_none_or(|p| p.population < LARGE_TOWN || w.is_first())
                && (w.is_first() || family_word(doc, k))
                // A word no list knows is an acronym when short (`AWS-LC FIPS, please use`).
                && (w.is_name() || w.is_census() || t.char_len() >= 5)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Lexicon, PlaceKind};

    fn names(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(
            &[
                ("ibrahima", 1.0, 0.02, 0.0),
                ("puech", 0.5, 0.0, 0.001),
                ("don", 4.5, 0.01, 0.0),
                ("acme", 2.0, 0.0, 0.0),
                ("corp", 3.5, 0.0, 0.0),
                ("report", 5.2, 0.0, 0.0),
                ("annual", 4.8, 0.0, 0.0),
            ],
            &[("New York", PlaceKind::City, 8_000_000), ("York", PlaceKind::City, 150_000)],
        );
        crate::tests::rule_values(&lex, text, caps_appositions)
    }

    #[test]
    fn a_name_in_capitals_before_its_description_is_a_person() {
        assert_eq!(names("Devant nous, IBRAHIMA PUECH, brigadier-chef de police, ont comparu."), ["IBRAHIMA PUECH"]);
        assert_eq!(names("e\n\nFRANCIELLE DOS VASILESCU SARAIVA, de trinta e quatro anos"), ["FRANCIELLE DOS VASILESCU SARAIVA"]);
        assert_eq!(names("a favor de DON TIBURCIO BARAHONA CASTAÑO, con NIE"), ["TIBURCIO BARAHONA CASTAÑO"]);
    }

    #[test]
    fn a_heading_an_acronym_a_firm_or_a_town_in_capitals_is_no_person() {
        assert!(names("ANNUAL REPORT, second edition").is_empty());
        assert!(names("We met in NEW YORK, where it rained.").is_empty());
        assert!(names("Ask ACME CORP, they know.").is_empty());
        assert!(names("The IBRAHIMA PUECH team met.").is_empty());
        assert!(names("Contact IBM, please.").is_empty());
        assert!(names("IBRAHIMA PUECH, BRIGADIER\n").is_empty());
        assert!(names("To use AWS-LC FIPS, please use the FIPS crate.").is_empty());
    }
}
