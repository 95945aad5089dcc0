//! A run read as a name with a particle whose words after the particle are a town: `Milagros de
//! Cartagena` (a reviewer from Cartagena), `Grande Prémio de Guimarães`, and a town of several
//! words the gazetteer knows whole (`Talavera de la Reina`, `Medina del Campo`). The particle
//! shape scores above a lone town, so without this the town was read as a family name.
//!
//! A family name that is also a large town (`de Lima`, `de Medina`, `de León`) stays: the lists
//! know it as a family name borne often enough.

use crate::address::place_at;
use crate::cand::{Cand, Ent, Rule};
use crate::common::WordList;
use crate::doc::{Doc, Shape};
use crate::lexicon::{Lexicon, PlaceKind};

/// A town at least this large after a particle is read as the town.
const TOWN: u32 = 40_000;

/// A family-name share (percent) from which the town's name is read as the family name.
const FAMILY_SHARE: f32 = 0.003;

/// Cuts the prose rule's persons before a particle and a town, and drops those that are a town
/// whole; the gazetteer's candidate for the town is then left to win.
pub(crate) fn split(doc: &Doc<'_>, lex: &Lexicon, words: Option<&WordList>, list: &mut Vec<Cand>) {
    // A town spelled as a word of the language is that word after `de` (`Festa de Natal`).
    let word = |k: usize, population: u32| words.is_some_and(|l| crate::place::town_as_word(l, &doc.toks[k], population));
    list.retain_mut(|c| {
        if c.ent != Ent::Person || c.rule != Rule::Prose || c.b < c.a + 3 {
            return true;
        }
        if place_at(doc, lex, c.a, c.b).is_some() {
            return false;
        }
        let Some(p) = (c.a + 1..c.b - 1).find(|&k| is_particle(doc, k)) else { return true };
        // One more particle may follow (`de la`, `do`).
        let s = if p + 2 < c.b && is_particle(doc, p + 1) { p + 2 } else { p + 1 };
        let last = doc.toks[c.b - 1].wordinfo();
        let Some(place) = place_at(doc, lex, s, c.b) else { return true };
        let town = place.kind != PlaceKind::City || place.population >= TOWN || c.b > s + 1;
        if !town || last.last >= FAMILY_SHARE || (c.b == s + 1 && word(s, place.population)) {
            return true;
        }
        c.b = p;
        true
    });
}

/// The particles that also mean "of" or "from" in French, Spanish, Italian and Portuguese, and
/// their articles (`de la`); not `van`, `von`, which open family names far more often, nor `y`.
fn is_particle(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.is_word()
        && t.shape == Shape::Lower
        && matches!(&*t.lower, "de" | "da" | "do" | "dos" | "das" | "del" | "di" | "du" | "des" | "la" | "los" | "las")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Cands;

    fn after(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(
            &[("milagros", 1.0, 0.01, 0.0), ("lima", 3.6, 0.0, 0.004), ("ana", 4.0, 0.3, 0.0)],
            &[
                ("Cartagena", PlaceKind::City, 914_552),
                ("Lima", PlaceKind::City, 7_737_002),
                ("Talavera de la Reina", PlaceKind::City, 83_000),
                ("Castro", PlaceKind::City, 8_000),
                ("Natal", PlaceKind::City, 896_708),
            ],
        );
        let doc = Doc::new(text, &lex);
        let mut cands = Cands { rule: Rule::Prose, ..Cands::default() };
        cands.push(0, doc.toks.len(), Ent::Person, 0.85);
        let portuguese = crate::common::CommonWords::from_words_zipf(pii_core::lang::Language::Portuguese, &[("natal", 5.0)]);
        split(&doc, &lex, portuguese.list(pii_core::lang::Language::Portuguese), &mut cands.list);
        cands.list.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
    }

    #[test]
    fn a_town_after_the_particle_is_no_family_name() {
        assert_eq!(after("Milagros de Cartagena"), ["Milagros"]);
        assert!(after("Talavera de la Reina").is_empty());
    }

    #[test]
    fn a_family_name_that_is_also_a_town_stays() {
        // Borne often enough as a family name, and a small town.
        assert_eq!(after("Ana de Lima"), ["Ana de Lima"]);
        assert_eq!(after("Ana de Castro"), ["Ana de Castro"]);
        // Nor do particles that are no "of" (`van der Linden`, `Aitana y Oriol`).
        assert_eq!(after("Ana van Cartagena"), ["Ana van Cartagena"]);
        // And a town spelled as a word of the language is the word.
        assert_eq!(after("Festa de Natal"), ["Festa de Natal"]);
    }
}
