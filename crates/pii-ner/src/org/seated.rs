//! A contract names each firm that is a party by its name, a comma, then its seat and register:
//! `Ferrandière Audit & Conseil, immatriculée sous le numéro SIRET …`, `PRIMEIRA OUTORGANTE:
//! Voltix, com sede na …`, `Nuvolatech, con sede legale in …`, `Klaverwerk, met zetel te …`. A
//! person has a domicile, not a seat, and no trade register: whatever the name is made of (an
//! invented brand, a family name, ordinary words), the phrase after it says it is an organisation.

use super::{cap, name_start};
use crate::cand::{Cands, Ent};
use crate::credit::phrase_at;
use crate::doc::Doc;

/// The words after the comma, lower-cased, in the seven languages: a registered seat, an entry in a
/// trade register, a share capital.
const SEAT_PHRASES: &[&[&str]] = &[
    &["immatriculée"],
    &["immatriculé"],
    &["inscrite", "au"],
    &["au", "capital", "de"],
    &["ayant", "son", "siège"],
    &["dont", "le", "siège"],
    &["mit", "sitz"],
    &["eingetragen", "im", "handelsregister"],
    &["con", "sede"],
    &["con", "domicilio", "social"],
    &["iscritta", "al", "registro"],
    &["inscrita", "en", "el", "registro"],
    &["com", "sede"],
    &["pessoa", "coletiva"],
    &["matriculada", "na"],
    &["met", "zetel"],
    &["statutair", "gevestigd"],
    &["with", "its", "registered", "office"],
    &["whose", "registered", "office"],
    &["a", "company", "incorporated"],
    &["a", "company", "registered"],
];

/// `X, <seat phrase>`: the capitalised name before the comma (its joining words and `&` kept) is a
/// firm, read from its line's start, a label's colon or the lower-case word before it.
pub(super) fn seated(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for comma in 1..n.saturating_sub(1) {
        if !doc.toks[comma].is_punct(',') || !cap(doc, comma - 1) || doc.toks[comma + 1].line_start {
            continue;
        }
        let seat = SEAT_PHRASES.iter().any(|p| phrase_at(doc, comma + 1, p).is_some());
        if !seat {
            continue;
        }
        let a = name_start(doc, comma - 1, false);
        out.push(a, comma, Ent::Org, 0.7);
    }
}

#[cfg(test)]
mod tests {
    use super::seated;
    use crate::lexicon::Lexicon;

    fn firms(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(&[("con", 4.0, 0.0, 0.0), ("rossi", 3.0, 0.0, 0.3), ("mario", 3.0, 0.5, 0.0)], &[]);
        crate::tests::rule_values(&lex, text, seated)
    }

    #[test]
    fn a_name_before_its_seat_is_a_firm() {
        assert_eq!(
            firms("ENTRE LES SOUSSIGNÉS :\n\nFerrandière Audit & Conseil, immatriculée sous le numéro SIRET"),
            ["Ferrandière Audit & Conseil"]
        );
        assert_eq!(firms("PRIMEIRA OUTORGANTE: Voltix, com sede na Praça da Galiza, 43"), ["Voltix"]);
        assert_eq!(firms("La società Nuvolatech, con sede legale in Via Roma 3"), ["Nuvolatech"]);
        assert_eq!(firms("Klaverwerk B.V. en Zwermsoft, met zetel te Gent"), ["Zwermsoft"]);
        // Negative: a person's domicile, a seat phrase on the next line, no capitalised name.
        assert!(firms("Mario Rossi, residente in Via Roma 3").is_empty());
        assert!(firms("Mario Rossi,\ncon sede in Via Roma 3").is_empty());
        assert!(firms("il fornitore, con sede in Via Roma 3").is_empty());
    }
}
