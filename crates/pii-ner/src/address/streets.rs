//! Street names in each country's form: a street type after the words (`Oak Street`), a prefix
//! before them (`rue de la Paix`, `Calle Mayor`, `ul. Długa`), a German preposition (`Am Markt`),
//! and one-word streets (`Hauptstraße`).

use crate::doc::{Doc, Shape};
use crate::rules;

use super::{is_house_number, is_zip, word_ok};

/// Street name words ending in a street type, starting at `j`: returns the end (exclusive).
pub(super) fn street_words(doc: &Doc<'_>, j: usize, lower_ok: bool) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = j;
    let mut words = 0;
    let mut best = None;
    while k < n && words < 5 {
        let t = &doc.toks[k];
        if t.line_start || (k > j && !t.space_before) {
            break;
        }
        if !word_ok(doc, k, lower_ok) {
            break;
        }
        words += 1;
        k += 1;
        if (t.rf(rules::F_STREET_SUFFIX) || t.lower.as_ref() == "via") && (words >= 2 || t.lower.as_ref() == "broadway") {
            let mut e = k;
            if e < n && doc.toks[e].is_punct('.') && !doc.toks[e].space_before && t.lower.len() <= 4 {
                e += 1;
            }
            // A direction after the type: `Main St NW`.
            if e < n
                && doc.toks[e].space_before
                && matches!(&*doc.toks[e].lower, "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw")
                && doc.toks[e].shape == Shape::Upper
            {
                e += 1;
            }
            best = Some(e);
        }
    }
    best
}

/// Polish street prefixes, written in lower case by convention (`ul. Polna 12`, `al. Jana Pawła
/// II 5`, `ulica Długa 3`), but not the `al.` of `et al.`.
pub(super) fn polish_prefix(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.toks[i];
    match &*t.lower {
        "ulica" | "aleja" => true,
        "ul" | "al" => {
            let dotted = i + 1 < doc.toks.len() && doc.toks[i + 1].is_punct('.') && doc.toks[i + 1].glued();
            let et_al = i > 0 && &*doc.toks[i - 1].lower == "et";
            dotted && !et_al
        }
        _ => false,
    }
}

/// Street types that Italian, Spanish, Portuguese and French write in lower case inside a sentence
/// (`residente in via dei Mille 8`, `vive en la calle Mayor 10`, `mora na rua Augusta 100`).
const ROMANCE_LOWER_PREFIXES: &[&str] = &[
    "via",
    "viale",
    "piazza",
    "piazzale",
    "corso",
    "vicolo",
    "largo",
    "calle",
    "avenida",
    "plaza",
    "paseo",
    "rua",
    "praça",
    "travessa",
    "rue",
    "avenue",
    "boulevard",
    "allée",
    "chemin",
    "impasse",
];

/// A lower-case street type counts inside a sentence of a Romance-language segment only (English
/// `via Highway 1` is a route, not an address); the caller still needs a capitalised name and a
/// house number after it.
pub(super) fn romance_prefix_in_prose(doc: &Doc<'_>, i: usize) -> bool {
    use pii_core::lang::Language;
    let t = &doc.toks[i];
    matches!(doc.language, Language::Italian | Language::Spanish | Language::Portuguese | Language::French)
        && !t.line_start
        && ROMANCE_LOWER_PREFIXES.contains(&&*t.lower)
}

/// German streets named by a preposition (`Am Markt 12`, `An der Alster 5`, `Im Winkel 3`): the
/// preposition, an optional article, one or two capitalised words and a house number, followed by
/// `, ` and a postcode (without it, `Am Montag 3 Leute` would be a street); returns the end of the
/// house number.
pub(super) fn german_preposition_street(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[i];
    if !(t.is_word()
        && t.shape == Shape::Cap
        && matches!(&*t.lower, "am" | "an" | "im" | "auf" | "zum" | "zur" | "unter" | "hinter" | "vor"))
    {
        return None;
    }
    let mut k = i + 1;
    if k < n && matches!(&*doc.toks[k].lower, "der" | "dem" | "den" | "die") && doc.toks[k].shape == Shape::Lower {
        k += 1;
    }
    let from = k;
    while k < n
        && k < from + 2
        && doc.toks[k].space_before
        && !doc.toks[k].line_start
        && doc.toks[k].is_word()
        && doc.toks[k].shape == Shape::Cap
    {
        k += 1;
    }
    if k == from || k >= n || !doc.toks[k].space_before || !is_house_number(doc, k) {
        return None;
    }
    let e = k + 1;
    (e + 1 < n && doc.toks[e].is_punct(',') && is_zip(doc, e + 1).is_some()).then_some(e)
}

pub(super) fn is_one_word_street(lower: &str) -> bool {
    rules::STREET_ENDINGS.iter().any(|e| lower.len() >= e.len() + 3 && lower.ends_with(e))
}

/// Articles and prepositions inside street names beyond the name particles (`Via delle Rose`,
/// `Rua das Laranjeiras`, `Calle de las Flores`, `Rue de l'Église`).
const STREET_PARTICLES: &[&str] = &["delle", "dello", "dei", "degli", "dal", "las", "los", "l'", "d'", "aux", "au", "em"];

/// `rue de Rivoli`, `Via Roma`, `Calle de Alcalá`: a street type word then its name; returns the end.
pub(super) fn prefix_street(doc: &Doc<'_>, j: usize, lower_ok: bool) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[j];
    if !t.is_word() || !t.rf(rules::F_STREET_PREFIXES) {
        return None;
    }
    let mut k = j + 1;
    if k < n && doc.toks[k].is_punct('.') && !doc.toks[k].space_before {
        k += 1;
    }
    let mut words = 0;
    let mut end = None;
    while k < n && words < 4 && !doc.toks[k].line_start {
        let u = &doc.toks[k];
        if word_ok(doc, k, lower_ok) {
            words += 1;
            k += 1;
            end = Some(k);
        } else if u.is_word() && u.shape == Shape::Lower && (u.rf(rules::F_PARTICLES) || STREET_PARTICLES.contains(&&*u.lower)) {
            k += 1;
        } else {
            break;
        }
    }
    end
}
