//! An identifier's label is no name. Invoices and contracts print the label before the number it
//! names (`Partita IVA 01333550323`, `P. IVA`, `NIF/IVA`, `BTW-nummer`), and the prose rule reads a
//! capitalised noun beside an acronym as a given and a family name, the more so where the acronym
//! is spelt like a given name somewhere (`Iva` is Croatian). A person who bears those letters as a
//! name writes them capitalised, not in capitals, or writes the whole name in capitals.

use crate::cand::Cand;
use crate::doc::{Doc, Kind, Shape};

/// Tax, company and account numbers' acronyms in the seven languages, lower-cased.
const ID_ACRONYMS: &[&str] = &[
    "iva", "nif", "nie", "cif", "dni", "nipc", "cpf", "cnpj", "bsn", "btw", "kvk", "tva", "siren", "siret", "rcs", "nir", "ust", "vat",
    "iban", "bic", "swift", "ssn", "ein", "tin",
];

/// Whether candidate `c` holds an identifier's acronym: in capitals where the candidate is no run of
/// capitals (`Partita IVA`, `P. IVA`, `IVA` alone; not `MARIA IVA PETROVA`), or in any case after a
/// glued `P.` (`P.Iva`, Italian for the VAT number).
pub(crate) fn holds_id_label(doc: &Doc<'_>, c: &Cand) -> bool {
    let toks = &doc.toks[c.a..c.b];
    let long = |t: &&crate::doc::Token<'_>| t.kind == Kind::Word && t.char_len() >= 2;
    let caps_run = toks.iter().filter(long).count() >= 2 && toks.iter().filter(long).all(|t| t.shape == Shape::Upper);
    (c.a..c.b).any(|k| {
        let t = &doc.toks[k];
        let acronym = t.kind == Kind::Word && ID_ACRONYMS.contains(&&*t.lower);
        let after_p = k >= 2 && &*doc.toks[k - 2].lower == "p" && doc.toks[k - 1].is_punct('.') && !t.space_before;
        acronym && ((t.shape == Shape::Upper && !caps_run) || (after_p && t.lower.as_ref() == "iva"))
    })
}

#[cfg(test)]
mod tests {
    use super::holds_id_label;
    use crate::cand::{Cand, Ent, Rule};
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;

    fn label(text: &str, from: &str, words: usize) -> bool {
        let lex = Lexicon::from_rows(&[("iva", 2.5, 0.02, 0.0), ("maria", 3.0, 0.5, 0.0)], &[]);
        let doc = Doc::new(text, &lex);
        let a = doc.toks.iter().position(|t| &text[t.start..t.end] == from).expect("start");
        let mut b = a;
        let mut seen = 0;
        while seen < words {
            if doc.toks[b].kind == crate::doc::Kind::Word {
                seen += 1;
            }
            b += 1;
        }
        holds_id_label(&doc, &Cand { a, b, ent: Ent::Person, score: 0.6, rule: Rule::Prose })
    }

    #[test]
    fn an_identifiers_acronym_is_no_name() {
        assert!(label("Partita IVA e Codice Fiscale 01333550323", "Partita", 2));
        assert!(label("Cod. Fisc. e P. IVA n. 01333550323", "P", 2));
        assert!(label("P.Iva 01333550323", "Iva", 1));
        assert!(label("Número NIF de la empresa", "NIF", 1));
        // Negative: the letters as a name, capitalised or in a line of capitals.
        assert!(!label("Ho parlato con Iva Horvat ieri.", "Iva", 2));
        assert!(!label("TESTIMONE: MARIA IVA PETROVA", "MARIA", 3));
        assert!(!label("Firmato: Paolo Rossi", "Paolo", 2));
    }
}
