//! A line made only of given names joined by commas and `and` (`Wim, Anja en Erik`, `Love, Mum`
//! excluded): how cards, notices and family letters sign, and how a note lists who was there.
//! Alone each word may be too weak for prose (`Anja` on its own is not enough to redact a word),
//! but a line holding nothing else than known given names in a list names people.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Score: a list shape of known names, below the labelled fields.
const SCORE: f32 = 0.8;

/// The words that join the last name of a list, in the seven languages.
const JOINERS: &[&str] = &["and", "en", "und", "et", "e", "y", "&"];

pub(crate) fn name_lines(doc: &Doc<'_>, out: &mut Cands) {
    let mut i = 0;
    while i < doc.toks.len() {
        let e = doc.line_end(i);
        for k in list_of_names(doc, i, e).filter(|_| doc.toks[i].line_start).unwrap_or_default() {
            out.push(k, k + 1, Ent::Person, SCORE);
        }
        i = e;
    }
}

/// The given names of the line `a..b` if it reads `Name, Name and Name` (a final `.` or `!`
/// allowed): at least two names and one joiner.
fn list_of_names(doc: &Doc<'_>, a: usize, b: usize) -> Option<Vec<usize>> {
    let mut names = Vec::new();
    let mut joined = false;
    let mut expect_name = true;
    for k in a..b {
        let t = &doc.toks[k];
        if expect_name {
            let w = t.wordinfo();
            let given = t.is_word() && t.shape == Shape::Cap && w.is_first() && !w.is_wordy() && w.place.is_none();
            if !given || t.rf(rules::F_CALENDAR | rules::F_TITLES | rules::F_GREETINGS) {
                return None;
            }
            names.push(k);
            expect_name = false;
        } else if t.is_punct(',') && t.glued() {
            expect_name = true;
        } else if t.is_word() && t.shape == Shape::Lower && JOINERS.contains(&&*t.lower) || t.is_punct('&') {
            joined = true;
            expect_name = true;
        } else if (t.is_punct('.') || t.is_punct('!')) && k + 1 == b {
            break;
        } else {
            return None;
        }
    }
    (names.len() >= 2 && joined && !expect_name).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Lexicon, PlaceKind};

    fn names(text: &str) -> Vec<String> {
        let words = [("wim", 3.0, 0.05, 0.0), ("anja", 3.0, 0.05, 0.0), ("erik", 3.0, 0.1, 0.0), ("paris", 4.0, 0.01, 0.0)];
        let lex = Lexicon::from_rows(&words, &[("paris", PlaceKind::City, 2_000_000)]);
        crate::tests::rule_values(&lex, text, name_lines)
    }

    #[test]
    fn a_line_of_given_names_in_a_list_names_each() {
        assert_eq!(names("Wij danken iedereen.\nWim, Anja en Erik\n"), ["Wim", "Anja", "Erik"]);
        assert_eq!(names("Bis bald!\nAnja und Erik.\n"), ["Anja", "Erik"]);
    }

    #[test]
    fn other_lines_are_no_list_of_names() {
        // One name alone, other words on the line, a place among the words, no joiner.
        assert!(names("Groetjes,\nAnja\n").is_empty());
        assert!(names("Wim en Anja gaan naar huis\n").is_empty());
        assert!(names("Erik, Paris en Anja\n").is_empty());
        assert!(names("Wim, Anja, Erik\n").is_empty());
    }
}
