//! The given name's edge of a person found without it: `J. Natário Sobral` found as `Natário
//! Sobral`, `Salimata Berthoud` as `Berthoud`, `è presente MARIAM BALDACCI` as `BALDACCI`.
//!
//! Why: the rules, the gazetteer and propagation find the part of a name the lists know; an initial
//! or a given name no list holds, written right before it, stays readable beside a blacked-out
//! family name. What tells is the word itself and where it stands: a capital initial and its full
//! stop, or a capitalised word that neither English nor the segment's language writes and that the
//! document never writes in lower case, opening its field or following a lower-case word (not
//! inside a run of capitalised words, where it may head a noun phrase).

use rustc_hash::FxHashSet;

use crate::cand::{Cand, Ent};
use crate::common::{FOCUS_ZIPF, WordList, ordinary_compound, zipf_in};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Words the rules know as something other than a given name: titles, roles, particles,
/// greetings, calendar and address words, organisation heads.
const NOT_GIVEN: u32 = rules::F_TITLES
    | rules::F_GREETINGS
    | rules::F_CALENDAR
    | rules::F_PARTICLES
    | rules::F_LEGAL_SUFFIX
    | rules::F_ORG_HEAD
    | rules::F_STREET_SUFFIX
    | rules::F_STREET_PREFIXES
    | rules::F_UNIT_WORDS
    | rules::F_GENERIC_ADDRESSEES
    | rules::F_CHAT_INTRO
    | rules::F_ROLES
    | rules::F_CLOSING_WORD
    | rules::F_ROLE_NOUN
    | rules::F_FUNCTION_WORD
    | rules::F_GROUP
    | rules::F_OFFICE_NOUN;

/// An English word at least this frequent (once per million words) is English's word before a
/// name (`Contact Smith`), not a given name no list holds.
const ENGLISH_ZIPF: f32 = 3.0;

/// Moves the start of person candidates over the initials (`J. R.`) and the one or two unlisted
/// given names written right before them. `lower` is the document's lower-case vocabulary; `list`
/// the segment language's common words, where it has them.
pub(crate) fn extend(doc: &Doc<'_>, kept: &mut [Cand], lower: &FxHashSet<&str>, list: Option<&WordList>) {
    let mut taken = crate::cand::covered(doc.toks.len(), kept.iter().map(|c| (c.a, c.b)));
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person) {
        // Before an initial stands a word of the sentence (`unseren Monteur V. Stangl`), seldom a
        // given name.
        let initial = crate::cand::initial_len(doc, c.a) > 0;
        let given = |k: usize| !initial && joined(doc, k + 1) && unlisted_given(doc, k, &taken, lower, list);
        // One given name opening its field, or two, the first opening it (`Ngozi Kofi Berthoud`).
        let a = match c.a {
            a if a >= 1 && given(a - 1) && opens(doc, a - 1) => a - 1,
            a if a >= 2 && given(a - 1) && given(a - 2) && opens(doc, a - 2) => a - 2,
            a => a,
        };
        let a = initials_before(doc, a, &taken);
        taken[a..c.a].iter_mut().for_each(|x| *x = true);
        c.a = a;
    }
}

/// The start of the initials written right before token `a` on its line (`J. Smith`, `J. R.
/// Smith`, `J.R. Smith`): single capital letters each followed by a full stop, none taken by
/// another candidate. French `M.` (*Monsieur*), Spanish and Portuguese `D.` (*Don*, *Dona*) are
/// titles, not initials.
pub(crate) fn initials_before(doc: &Doc<'_>, a: usize, taken: &[bool]) -> usize {
    use pii_core::lang::Language;
    let mut a = a;
    while a >= 2 && !doc.toks[a].line_start {
        let letter = &*doc.toks[a - 2].lower;
        let title = match doc.language {
            Language::French => letter == "m",
            Language::Spanish | Language::Portuguese => letter == "d",
            _ => false,
        };
        if crate::cand::initial_len(doc, a - 2) != 2 || title || taken[a - 2] || doc.toks[a - 1].line_start {
            break;
        }
        a -= 2;
        if doc.toks[a].line_start {
            break;
        }
    }
    a
}

/// Token `a` goes on the word before it: on its line, after one space.
fn joined(doc: &Doc<'_>, a: usize) -> bool {
    let t = &doc.toks[a];
    !t.line_start && !t.wide_gap_before && t.space_before
}

/// Token `k` may be a given name no list holds: a capitalised word (or in capitals before a name
/// in capitals) that no list gives another sense, that English and the language write rarely and
/// this document never in lower case.
fn unlisted_given(doc: &Doc<'_>, k: usize, taken: &[bool], lower: &FxHashSet<&str>, list: Option<&WordList>) -> bool {
    let t = &doc.toks[k];
    // A household's word before its family name (`Familie Quilletière`) is no given name either.
    let household = crate::person::caps_line::family_of(doc, k);
    if taken[k] || !t.is_word() || t.char_len() < 3 || t.rf(NOT_GIVEN) || household || lower.contains(&*t.lower) {
        return false;
    }
    let w = t.wordinfo();
    // In capitals, only a given name the lists hold: capitals also write codes (`FPO MAXIME`).
    let shaped =
        t.shape == Shape::Cap || (t.shape == Shape::Upper && w.is_first() && doc.toks.get(k + 1).is_some_and(|n| n.shape == Shape::Upper));
    let rare = !w.is_wordy() && (w.zipf < ENGLISH_ZIPF || w.is_first()) && w.place.is_none() && !w.starts_place;
    // A closed compound of the language's words is a noun (`Trauzeugen`, `Sitznachbarn`).
    let native =
        list.is_none_or(|l| zipf_in(l, &t.lower).is_none_or(|z| z < FOCUS_ZIPF) && (w.is_first() || !ordinary_compound(l, &t.lower)));
    shaped && rare && native
}

/// Token `k` opens its field or follows a lower-case word: not inside a run of capitalised words,
/// which may be a noun phrase's (`Agente Principal`).
fn opens(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.line_start
        || t.wide_gap_before
        || k.checked_sub(1).is_none_or(|p| doc.toks[p].kind != Kind::Word || doc.toks[p].shape == Shape::Lower)
}

#[cfg(test)]
mod tests {
    use rustc_hash::FxHashSet;

    use super::extend;
    use crate::cand::{Cand, Ent};
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;
    use crate::rule::Rule;

    fn lex() -> Lexicon {
        Lexicon::from_rows(
            &[
                ("sobral", 1.5, 0.0, 0.002),
                ("berthoud", 0.5, 0.0, 0.001),
                ("baldacci", 0.5, 0.0, 0.001),
                ("mariam", 1.0, 0.01, 0.0),
                ("principal", 4.5, 0.0, 0.0),
                ("contact", 5.0, 0.0, 0.0),
                ("the", 7.7, 0.0, 0.0),
            ],
            &[],
        )
    }

    /// The person on the words `from` to `to` of `text`, extended, in a document of `language`
    /// with `words` as its common words.
    fn extended_in(language: pii_core::lang::Language, words: &[(&str, f32)], text: &str, from: &str, to: &str) -> String {
        let lex = lex();
        let doc = Doc::new(text, &lex).in_language(language);
        let at = |w: &str| (0..doc.toks.len()).position(|i| doc.tok_text(i) == w).unwrap();
        let mut kept = vec![Cand { a: at(from), b: at(to) + 1, ent: Ent::Person, score: 0.7, rule: Rule::Prose }];
        let lower: FxHashSet<&str> = doc.toks.iter().filter(|t| t.shape == crate::doc::Shape::Lower).map(|t| &*t.lower).collect();
        let common = crate::common::CommonWords::from_words_zipf(language, words);
        extend(&doc, &mut kept, &lower, common.list(language));
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    fn extended(text: &str, from: &str, to: &str) -> String {
        extended_in(pii_core::lang::Language::English, &[], text, from, to)
    }

    #[test]
    fn initials_and_an_unlisted_given_name_join_the_person() {
        assert_eq!(extended("Agente Principal J. Sobral\n", "Sobral", "Sobral"), "J. Sobral");
        assert_eq!(extended("Signed: J. R. Berthoud\n", "Berthoud", "Berthoud"), "J. R. Berthoud");
        assert_eq!(extended("Regards,\n\nSalimata Berthoud\n", "Berthoud", "Berthoud"), "Salimata Berthoud");
        assert_eq!(extended("è presente MARIAM BALDACCI, nata a Siena\n", "BALDACCI", "BALDACCI"), "MARIAM BALDACCI");
        assert_eq!(extended("- Ngozi Kofi Berthoud\n", "Berthoud", "Berthoud"), "Ngozi Kofi Berthoud");
    }

    #[test]
    fn words_titles_and_runs_before_a_name_stay_out() {
        // English's words, a run of capitals, a title in French, a word the document writes in
        // lower case, the segment language's words.
        assert_eq!(extended("Contact Berthoud today\n", "Berthoud", "Berthoud"), "Berthoud");
        assert_eq!(extended("Agente Principal Sobral\n", "Sobral", "Sobral"), "Sobral");
        assert_eq!(extended("the Kerbal Berthoud drive, with kerbal fuel\n", "Berthoud", "Berthoud"), "Berthoud");
        let french = pii_core::lang::Language::French;
        assert_eq!(extended_in(french, &[], "Signé : M. Berthoud\n", "Berthoud", "Berthoud"), "Berthoud");
        let spanish = pii_core::lang::Language::Spanish;
        assert_eq!(extended_in(spanish, &[], "Preside: D. Berthoud\n", "Berthoud", "Berthoud"), "Berthoud");
        assert_eq!(extended("Ihre Hausverwaltung\ni. A. Berthoud\n", "Berthoud", "Berthoud"), "Berthoud");
        assert_eq!(extended("09 May   FPO BALDACCI rent\n", "BALDACCI", "BALDACCI"), "BALDACCI");
        assert_eq!(extended("durch unseren Kerbal J. Berthoud\n", "J", "Berthoud"), "J. Berthoud");
        let german = pii_core::lang::Language::German;
        let words = [("trau", 4.0), ("zeugen", 4.0)];
        assert_eq!(extended_in(german, &words, "unseren Trauzeugen Berthoud\n", "Berthoud", "Berthoud"), "Berthoud");
        let italian = pii_core::lang::Language::Italian;
        assert_eq!(extended_in(italian, &[("obfrau", 3.5)], "la nuova Obfrau Berthoud\n", "Berthoud", "Berthoud"), "Berthoud");
        assert_eq!(extended_in(italian, &[], "la nuova Zelinda Berthoud\n", "Berthoud", "Berthoud"), "Zelinda Berthoud");
        // A name that parts from what stands before it by a column gap.
        assert_eq!(extended("Salimata    Berthoud\n", "Berthoud", "Berthoud"), "Berthoud");
    }
}
