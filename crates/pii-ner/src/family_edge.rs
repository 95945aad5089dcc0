//! The family name's edge of a person found without it, in the registers and lists that write the
//! family name first or with its particles: `del Valle Gallardo Esteban` found as `Valle Gallardo
//! Esteban`, `De Santis Giacomo` as `Santis Giacomo`, `Filippo El Idrissi` as `Filippo` and
//! `Idrissi`, `FAVRE Benoît` and `van der Hoeven Marek` as the given name alone.
//!
//! Why: the rules and the network find the part of a name the lists know, and a particle or a
//! family name no list holds is left outside, so the redacted copy keeps `del`, `De`, `El` or the
//! whole family name beside a blacked-out given name. What tells is the field: particles right
//! before the name, where a field opens (a line, a column, a label's colon, a list's `;`) or after a
//! given name or an initial, are the family name's; and a run of capitalised words that opens the
//! field right before a given name is the family name of a register's `Family Given` line.

use crate::cand::{Cand, Ent};
use crate::common::{WordList, zipf_in};
use crate::doc::{Doc, Shape};
use crate::person::inverted_given::{family_end, opens_field};
use crate::rules;

/// A family word at least this frequent in the language is read as the word (`Auguri`, `Cordiali`),
/// unless the lists know it as a family name.
const WORD_ZIPF: f32 = 4.0;

/// Particles that join two family names (`Ortega y Gasset`, `Silva e Sousa`) and, between two
/// people, two names (`Aitana y Oriol`): never the opening of one.
const CONJUNCTIONS: &[&str] = &["y", "e", "und", "and", "et"];

/// A family word in title case at least this frequent in the language is read as the word
/// (`Vale Dolores`, a chat's `OK, Dolores`); a register writes the family name in capitals or a
/// name rarer than this.
const TITLE_WORD_ZIPF: f32 = 3.5;

/// Moves the start of person candidates over the particles and the register's family name before
/// them, and joins a given name to the family name a particle opens (`Filippo El Idrissi`).
pub(crate) fn extend(doc: &Doc<'_>, kept: &mut Vec<Cand>, list: Option<&WordList>) {
    let mut taken = crate::cand::covered(doc.toks.len(), kept.iter().map(|c| (c.a, c.b)));
    let mut drop = Vec::new();
    for idx in 0..kept.len() {
        let c = kept[idx];
        if c.ent != Ent::Person || c.a == 0 {
            continue;
        }
        if let Some(a) = register_family(doc, &c, &taken, list) {
            taken[a..c.a].iter_mut().for_each(|x| *x = true);
            kept[idx].a = a;
            continue;
        }
        let p = leading_particles(doc, c.a, &taken);
        if p == c.a {
            continue;
        }
        // A given name found alone right before the particles: one name (`Filippo El Idrissi`).
        let given = kept.iter().position(|d| d.ent == Ent::Person && d.b == p && given_only(doc, d.a, d.b));
        if let Some(g) = given {
            kept[idx].a = kept[g].a;
            drop.push(g);
        } else if p >= 2 && crate::cand::initial_len(doc, p - 2) == 2 {
            // An initial and its full stop right before the particles (`S. Di Gregorio`).
            kept[idx].a = p - 2;
        } else if p == 0 || opens_field(doc, p) {
            kept[idx].a = p;
        } else {
            continue;
        }
        taken[kept[idx].a..c.a].iter_mut().for_each(|x| *x = true);
    }
    if !drop.is_empty() {
        let mut i = 0;
        kept.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
}

/// The start of one to three name particles right before token `a` on its line, in any case
/// (`del`, `De`, `EL`, `van der`), none taken by another candidate; `a` when there are none.
fn leading_particles(doc: &Doc<'_>, a: usize, taken: &[bool]) -> usize {
    let mut p = a;
    while p > 0
        && a - p < 3
        && !doc.toks[p].line_start
        && !doc.toks[p].wide_gap_before
        && doc.toks[p].space_before
        && doc.toks[p - 1].is_word()
        && doc.toks[p - 1].rf(rules::F_PARTICLES)
        && !CONJUNCTIONS.contains(&&*doc.toks[p - 1].lower)
        && !taken[p - 1]
    {
        p -= 1;
    }
    p
}

/// Tokens `a..b` are one or two capitalised given names.
fn given_only(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (1..=2).contains(&(b - a)) && (a..b).all(|k| crate::lead::given(doc, k))
}

/// A register's `Family Given` line: the person `c` is one or two given names, and the words from
/// the field's opening up to it are a family name by [`family_end`] that the language does not use
/// as a common word. Returns the field's opening.
fn register_family(doc: &Doc<'_>, c: &Cand, taken: &[bool], list: Option<&WordList>) -> Option<usize> {
    if !given_only(doc, c.a, c.b) || doc.toks[c.a].line_start || doc.toks[c.a].wide_gap_before {
        return None;
    }
    let first = doc.line_first(c.a).max(c.a.saturating_sub(5));
    (first..c.a)
        .rev()
        .find(|&k| {
            !taken[k..c.a].iter().any(|&x| x)
                && opens_field(doc, k)
                && family_end(doc, k, c.a).is_some_and(|(e, words)| e == c.a && words <= 2)
                // After particles the word is a family name whatever else it means (`van der Hoeven`).
            && (doc.toks[k].rf(rules::F_PARTICLES) || doc.toks[k..c.a].iter().all(|t| !common_word(t, list)))
        })
        .filter(|_| field_ends(doc, c.b))
}

/// The word is a common word of the segment's language: in capitals, one the lists do not know as
/// a family name; in title case, any frequent one.
fn common_word(t: &crate::doc::Token<'_>, list: Option<&WordList>) -> bool {
    let zipf = list.and_then(|l| zipf_in(l, &t.lower)).unwrap_or(0.0);
    if t.shape == Shape::Upper { zipf >= WORD_ZIPF && !t.wordinfo().is_last() } else { zipf >= TITLE_WORD_ZIPF }
}

/// The register's field ends at token `e`: the line's or text's end, a column gap, or a
/// bracket, a comma, a `;`, a bar or the colon before an entry's note (`Letto 5 - GJOKA Ciro: notte
/// tranquilla`).
fn field_ends(doc: &Doc<'_>, e: usize) -> bool {
    field_closes(doc, e) || doc.toks[e].is_punct(',')
}

/// [`field_ends`] without the comma, after which a list may go on: the line's or text's end, a
/// column gap, a bracket, a `;`, a bar or a colon.
pub(crate) fn field_closes(doc: &Doc<'_>, e: usize) -> bool {
    doc.toks.get(e).is_none_or(|t| t.line_start || t.wide_gap_before || [';', '(', '|', ':'].iter().any(|&p| t.is_punct(p)))
}

#[cfg(test)]
mod tests {
    use super::extend;
    use crate::cand::{Cand, Ent};
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;
    use crate::rule::Rule;

    fn lex() -> Lexicon {
        Lexicon::from_rows(
            &[
                ("esteban", 2.0, 0.01, 0.0),
                ("giacomo", 2.0, 0.01, 0.0),
                ("filippo", 2.0, 0.01, 0.0),
                ("benoît", 2.0, 0.01, 0.0),
                ("marek", 2.0, 0.01, 0.0),
                ("auguri", 4.5, 0.0, 0.0),
                ("gallardo", 2.0, 0.0, 0.002),
                ("the", 7.7, 0.0, 0.0),
                ("report", 5.0, 0.0, 0.0),
            ],
            &[],
        )
    }

    /// The person starting at the word `from` and ending after the word `to`, extended.
    fn extended(text: &str, from: &str, to: &str) -> String {
        let lex = lex();
        let doc = Doc::new(text, &lex);
        let at = |w: &str| (0..doc.toks.len()).position(|i| doc.tok_text(i) == w).unwrap();
        let mut kept = vec![Cand { a: at(from), b: at(to) + 1, ent: Ent::Person, score: 0.7, rule: Rule::Prose }];
        extend(&doc, &mut kept, None);
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    #[test]
    fn particles_and_a_register_s_family_name_join_the_person() {
        assert_eq!(extended("Alumno: del Valle Gallardo Esteban\n", "Valle", "Esteban"), "del Valle Gallardo Esteban");
        assert_eq!(extended("Presenti:\nDe Santis Giacomo\n", "Santis", "Giacomo"), "De Santis Giacomo");
        assert_eq!(extended("Firma: S. Di Gregorio\n", "Gregorio", "Gregorio"), "S. Di Gregorio");
        assert_eq!(extended("FAVRE Benoît, chambre 12\n", "Benoît", "Benoît"), "FAVRE Benoît");
        assert_eq!(extended("- van der Hoeven Marek\n", "Marek", "Marek"), "van der Hoeven Marek");
        assert_eq!(extended("2º B – del Valle Gallardo Esteban\n", "Valle", "Esteban"), "del Valle Gallardo Esteban");
        assert_eq!(extended("Letto 5 - FAVRE Benoît: notte tranquilla\n", "Benoît", "Benoît"), "FAVRE Benoît");
        // Negative: a column gap parts the name from what stands before it.
        assert_eq!(extended("FAVRE   Benoît\n", "Benoît", "Benoît"), "Benoît");
    }

    #[test]
    fn particles_inside_prose_and_words_before_a_given_name_stay_out() {
        // `de` after a common word is the preposition; a common word of the language before a
        // given name is no family name (`Auguri Giacomo` with Italian's list).
        assert_eq!(extended("the report de Gallardo Esteban\n", "Gallardo", "Esteban"), "Gallardo Esteban");
        let lex = lex();
        let doc = Doc::new("Auguri Giacomo\n", &lex);
        let common = crate::common::CommonWords::from_words_zipf(pii_core::lang::Language::Italian, &[("auguri", 4.5)]);
        let mut kept = vec![Cand { a: 1, b: 2, ent: Ent::Person, score: 0.7, rule: Rule::Prose }];
        extend(&doc, &mut kept, common.list(pii_core::lang::Language::Italian));
        assert_eq!(kept[0].a, 1);
        // A conjunction between two given names joins two people, not one name.
        let doc = Doc::new("Giacomo y Esteban\n", &lex);
        let mut kept = vec![
            Cand { a: 0, b: 1, ent: Ent::Person, score: 0.7, rule: Rule::Prose },
            Cand { a: 2, b: 3, ent: Ent::Person, score: 0.7, rule: Rule::Prose },
        ];
        extend(&doc, &mut kept, None);
        assert_eq!(kept.iter().map(|c| (c.a, c.b)).collect::<Vec<_>>(), [(0, 1), (2, 3)]);
    }
}
