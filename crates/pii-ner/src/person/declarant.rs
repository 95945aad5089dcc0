//! Declarations in the first person name the declarant: `I, Thandiwe Nkosi, declare`, `Hierbij
//! verklaar ik, Pieter-Jan Vermeulen, dat`, `Yo, Íñigo Zubiri, con DNI`, `Je soussignée Amélie
//! Faure atteste`, `Il sottoscritto Marco Rossi dichiara`, `Ondergetekende J. de Boer`. Affidavits,
//! consent forms and attestations of every language open this way, and the words after the
//! first-person pronoun or the word for "undersigned" are the declarant's name, whatever the name.

use crate::cand::{Cands, Ent, evidence, initial_len, parse_name, skip_title};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Score: a structural slot, as strong as a labelled field's weak form.
const SCORE: f32 = 0.85;

/// The first-person pronoun of each language, before `, Name,`.
const PRONOUNS: &[&str] = &["i", "ik", "ich", "io", "yo", "eu", "je"];

/// "The undersigned" in each language (the article before it is skipped; French and Italian
/// write it without a comma before the name).
const UNDERSIGNED: &[&str] = &[
    "undersigned",
    "ondergetekende",
    "unterzeichnende",
    "unterzeichnete",
    "unterzeichner",
    "unterzeichnerin",
    "soussigné",
    "soussignée",
    "soussigné(e)",
    "sottoscritto",
    "sottoscritta",
    "firmante",
    "suscrito",
    "suscrita",
    "assinado",
    "assinada",
    "abaixo-assinado",
    "abaixo-assinada",
];

pub(crate) fn declarants(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut last = None;
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape == Shape::Upper && t.char_len() > 1 {
            continue;
        }
        let start = if PRONOUNS.contains(&&*t.lower) {
            // `I, NAME,`: the pronoun, a comma, the name (an `undersigned` between is skipped).
            let comma = i + 1;
            if comma + 1 >= n || !doc.toks[comma].is_punct(',') || !doc.toks[comma].glued() {
                continue;
            }
            // English `I` only in capitals; the others in either case.
            if &*t.lower == "i" && t.shape != Shape::Upper {
                continue;
            }
            after_undersigned(doc, comma + 1).unwrap_or(comma + 1)
        } else if UNDERSIGNED.contains(&&*t.lower) {
            let mut j = i + 1;
            if j < n && doc.toks[j].is_punct(',') {
                j += 1;
            }
            j
        } else {
            continue;
        };
        // `Yo, el abajo firmante, NAME`: the pronoun and the undersigned both lead to one name.
        if let Some((a, e)) = name_at(doc, start)
            && last != Some(a)
        {
            out.push(a, e, Ent::Person, SCORE);
            last = Some(a);
        }
    }
}

/// `the undersigned,` / `el abajo firmante,` after the pronoun's comma: where the name starts.
fn after_undersigned(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let k = (j..n.min(j + 4)).find(|&k| UNDERSIGNED.contains(&&*doc.toks[k].lower))?;
    let mut e = k + 1;
    if e < n && doc.toks[e].is_punct(',') {
        e += 1;
    }
    Some(e)
}

/// The name at `j` (after an optional title), closed by a comma, a bracket, a line end or a
/// lower-case word: one word known as a name, or two to five name words.
fn name_at(doc: &Doc<'_>, j: usize) -> Option<(usize, usize)> {
    let n = doc.toks.len();
    if j >= n || doc.toks[j].line_start && j > 0 && !doc.toks[j - 1].is_punct(',') {
        return None;
    }
    let a = skip_title(doc, j);
    let t = doc.toks.get(a)?;
    if !(t.is_word() && t.shape != Shape::Lower || initial_len(doc, a) > 0) || t.rf(rules::F_FUNCTION_WORD) {
        return None;
    }
    let (e, words) = parse_name(doc, a, 5, false)?;
    let closed = e >= n
        || doc.toks[e].line_start
        || doc.toks[e].is_punct(',')
        || doc.toks[e].is_punct('(')
        || doc.toks[e].is_word() && doc.toks[e].shape == Shape::Lower;
    if !closed {
        return None;
    }
    let ev = evidence(doc, a, e);
    let firm = crate::cand::names_a_firm(doc, a, e);
    let enough = if words >= 2 { ev.wordy == 0 && ev.ok_in_context() } else { ev.names > 0 };
    (!firm && enough).then_some((a, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn names(text: &str) -> Vec<String> {
        crate::tests::rule_values(&Lexicon::from_rows(&[("anna", 3.5, 0.1, 0.0)], &[]), text, declarants)
    }

    #[test]
    fn the_name_after_the_first_person_or_undersigned_is_the_declarant() {
        assert_eq!(names("Hierbij verklaar ik, Pieter-Jan Vermeulen, dat ik geen veroordelingen heb."), ["Pieter-Jan Vermeulen"]);
        assert_eq!(names("I, Thandiwe Nkosi, declare that the above is true."), ["Thandiwe Nkosi"]);
        assert_eq!(names("Yo, el abajo firmante, Íñigo Zubiri Arrieta, con DNI 12345678Z"), ["Íñigo Zubiri Arrieta"]);
        assert_eq!(names("Je soussignée Amélie Faure atteste sur l'honneur"), ["Amélie Faure"]);
        assert_eq!(names("Il sottoscritto dott. Marco Rossi dichiara"), ["Marco Rossi"]);
        assert_eq!(names("Ondergetekende, Anna, verklaart"), ["Anna"]);
    }

    #[test]
    fn other_words_after_the_pronoun_are_no_declarant() {
        // A lower-case English `i`, a word after the pronoun, a single unknown word, a firm.
        assert!(names("then i, Thandiwe Nkosi, left").is_empty());
        assert!(names("I, The Board, declare").is_empty());
        assert!(names("I, Robot, is a film.").is_empty());
        assert!(names("The undersigned Kestrel Holdings Ltd agrees").is_empty());
    }
}
