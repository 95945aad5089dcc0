//! A word already found as part of a person's name is that person again where a weaker guess
//! called it a place or an organisation: after `Complainant: Yuki Kobayashi`, a later `Kobayashi
//! stated` is the complainant, not the town of that name, and the network's `Sakura` (a place to
//! it) is the `Sakura` who signed above. Only guesses without strong context are retyped (the
//! gazetteer without a preposition, the network, lone organisation words); addresses and labelled
//! places keep their type.

use rustc_hash::FxHashSet;

use crate::cand::{Cand, Ent, Rule};
use crate::doc::{Doc, Kind};

/// Below this score a place or organisation is a guess from the word alone.
const WEAK_GUESS: f32 = 0.8;

/// Turns weak single-word place and organisation candidates whose word is a found person's word
/// (lowercased, possessive stripped) into persons.
pub(crate) fn retype_as_person(doc: &Doc<'_>, kept: &mut [Cand], person_words: &FxHashSet<&str>) {
    for c in kept.iter_mut() {
        if c.ent == Ent::Person || c.score >= WEAK_GUESS {
            continue;
        }
        // The possessive ending is no word of its own (`Akosua's`).
        let words: Vec<_> =
            doc.toks[c.a..c.b].iter().filter(|t| t.kind != Kind::Punct && !matches!(&*t.lower, "'s" | "’s" | "s")).collect();
        let [w] = words.as_slice() else { continue };
        if w.kind == Kind::Word && person_words.contains(crate::strip_possessive(&w.lower)) {
            c.ent = Ent::Person;
            c.rule = Rule::Retyped;
        }
    }
}
