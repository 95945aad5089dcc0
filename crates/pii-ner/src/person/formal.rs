//! The formal Dutch and Flemish way of writing a name: initials, the given name in brackets, then
//! the family name with its particles (`R. (Ruud) van der Velde`, `dhr. P.J. (Pieter) Verhoeven`).
//! The whole is one person: the initials and the family name are as much the person as the
//! bracketed given name, which alone the other rules find. Notices and letters of every language
//! bracket a nickname the same way after the given name (`Johanna (Jo) Verhoeven`, `Margaret
//! (Peggy) Ashworth`): one person too.

use crate::cand::{Cands, Ent, initial_len, nameish, parse_name};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Score: the shape is a name's and nothing else's.
const SCORE: f32 = 0.88;

pub(super) fn bracketed_given_names(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let Some(start) = initials_before(doc, i).or_else(|| given_name_before(doc, i)) else { continue };
        // `(` Given `)`
        let (open, given, close) = (i, i + 1, i + 2);
        if close + 1 >= n || !doc.toks[open].is_punct('(') || !doc.toks[close].is_punct(')') {
            continue;
        }
        let g = &doc.toks[given];
        if !(g.is_word() && g.shape == Shape::Cap && g.glued() && doc.toks[close].glued()) {
            continue;
        }
        // The family name, after its particles in lower case (`van der`).
        let mut k = close + 1;
        while k < n
            && doc.toks[k].is_word()
            && doc.toks[k].shape == Shape::Lower
            && doc.toks[k].rf(rules::F_PARTICLES)
            && !doc.toks[k].line_start
        {
            k += 1;
        }
        if k >= n || doc.toks[k].line_start || !doc.toks[k].space_before || !nameish(doc, k, false) {
            continue;
        }
        let Some((e, _)) = parse_name(doc, k, 2, false) else { continue };
        out.push(start, e, Ent::Person, SCORE);
    }
}

/// Token `i - 1` is a given name the lists know (not mainly a word), standing first on its line or
/// after no other capitalised word: `Johanna (Jo)`.
fn given_name_before(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let a = i.checked_sub(1)?;
    let g = &doc.toks[a];
    let alone = g.line_start || a == 0 || !(doc.toks[a - 1].is_word() && doc.toks[a - 1].shape != Shape::Lower);
    let known = g.is_word() && g.shape == Shape::Cap && g.wordinfo().is_first() && !g.wordinfo().is_wordy();
    (known && alone && doc.toks.get(i).is_some_and(|t| t.space_before)).then_some(a)
}

/// The first token of the initials (`R.`, `P.J.`) that end right before token `i`.
fn initials_before(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let mut a = i;
    // Each initial is a capital and a full stop.
    while a >= 2 && doc.toks[a - 1].is_punct('.') && initial_len(doc, a - 2) == 2 {
        a -= 2;
        if doc.toks[a].space_before || doc.toks[a].line_start {
            break;
        }
    }
    (a < i && doc.toks.get(i).is_some_and(|t| t.space_before)).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn names(text: &str) -> Vec<String> {
        crate::tests::rule_values(&Lexicon::from_rows(&[], &[]), text, bracketed_given_names)
    }

    #[test]
    fn initials_a_bracketed_given_name_and_a_family_name_are_one_person() {
        assert_eq!(names("namens Woonstichting\nR. (Ruud) van der Velde\nTeamleider"), ["R. (Ruud) van der Velde"]);
        assert_eq!(names("Aan: dhr. P.J. (Pieter) Verhoeven"), ["P.J. (Pieter) Verhoeven"]);
    }

    #[test]
    fn a_given_name_a_bracketed_nickname_and_a_family_name_are_one_person() {
        let lex = Lexicon::from_rows(&[("johanna", 3.0, 0.1, 0.0), ("plan", 5.5, 0.0, 0.0)], &[]);
        let found = |text: &str| crate::tests::rule_values(&lex, text, bracketed_given_names);
        assert_eq!(found("Op 14 februari is Johanna (Jo) Verhoeven overleden."), ["Johanna (Jo) Verhoeven"]);
        // A word that is no given name before the bracket is no name (`Plan (Backup) Server`).
        assert!(found("Zie Plan (Backup) Server voor details.").is_empty());
    }

    #[test]
    fn a_bracket_after_other_words_is_no_name() {
        assert!(names("See section B. (Appendix) for details").is_empty());
        assert!(names("Plan B (Backup) van de server").is_empty());
        assert!(names("Version 2. (Beta) Release").is_empty());
    }
}
