//! Streets that no street word names, found by what follows them: `Mühlenkamp 218, 37091 Bad
//! Tölz`, `Oude Gracht 129, 1592 RC Hasselt`, `Praça da Igreja, 56, 9541-505 Sorocaba`. A house
//! number, a comma and a postcode with its town after a few capitalised words that open a field
//! say "street" in every country's order, whatever the street is called.

use super::{codes::is_postcode, is_house_number, is_zip, word_ok};
use crate::doc::{Doc, Kind, Shape};

/// Lower-case words inside a street's name (`Praça da Igreja`, `Rua 5 de Outubro`, `Am Alten Hof`).
const STREET_PARTICLES: &[&str] =
    &["de", "da", "do", "dos", "das", "del", "la", "le", "van", "der", "den", "di", "am", "an", "im", "zum", "zur"];

/// Prepositions after which a sentence gives where someone lives or something happened, in the
/// seven languages (`con domicilio en`, `wonende te`, `in`, `à`, `em`, `bei`).
fn at_word(t: &crate::doc::Token<'_>) -> bool {
    t.is_word() && t.shape == Shape::Lower && matches!(&*t.lower, "en" | "in" | "te" | "à" | "a" | "em" | "na" | "no" | "bei" | "at")
}

/// The end of the street and house number opening at `i`, when a postcode follows after a comma;
/// `i` must open a field (a line, a column, after a label's colon, a `·` or a spaced dash).
pub(super) fn before_postcode(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let n = doc.toks.len();
    // The token's own shape first: this runs on every token no other street rule took.
    if !word_ok(doc, i, false) || doc.toks[i].shape == Shape::Lower {
        return None;
    }
    let opens = crate::person::inverted_given::opens_field(doc, i)
        || i.checked_sub(1).is_some_and(|p| doc.toks[p].is_punct('·') || doc.toks[p].is_punct(',') || at_word(&doc.toks[p]));
    if !opens {
        return None;
    }
    let mut k = i;
    let mut words = 0;
    while k < n && words < 5 {
        let t = &doc.toks[k];
        if k > i && (t.line_start || t.wide_gap_before) {
            return None;
        }
        if word_ok(doc, k, false) && !t.rf(crate::rules::F_CALENDAR) {
            words += 1;
        } else if t.is_word() && t.shape == Shape::Lower && STREET_PARTICLES.contains(&&*t.lower) && words > 0 {
        } else if t.kind == Kind::Num && words > 0 && k + 1 < n && doc.toks[k + 1].is_word() && doc.toks[k + 1].shape == Shape::Lower {
            // `Rua 5 de Outubro`: a date names the street.
        } else if (t.is_punct('.') || t.is_punct('/')) && !t.space_before && k > i && doc.toks[k - 1].char_len() <= 3 {
            // `Av.`, `C/`
        } else {
            break;
        }
        k += 1;
    }
    // A street word further in opens the street itself (`Address Via Mazzini 852`: a label
    // without its colon before it); the street rules read it from there.
    if words == 0 || k >= n || (i + 1..k).any(|j| doc.toks[j].rf(crate::rules::F_STREET_PREFIXES) && doc.toks[j].shape != Shape::Lower) {
        return None;
    }
    // `Praça da Igreja, 56`: a comma may part the street from its number.
    let mut h = k;
    if doc.toks[h].is_punct(',') && h + 1 < n {
        h += 1;
    }
    if !is_house_number(doc, h) || !doc.toks[h].space_before || doc.toks[h].line_start {
        return None;
    }
    let e = h + 1;
    if e + 1 >= n || !doc.toks[e].is_punct(',') || doc.toks[e + 1].line_start {
        return None;
    }
    // The postcode's town follows on the same line (`December 9, 1955` / `Home address:` is a date).
    let z = is_zip(doc, e + 1).or_else(|| is_postcode(doc, e + 1))?;
    (z < n && !doc.toks[z].line_start && !doc.toks[z].wide_gap_before && word_ok(doc, z, false)).then_some(e)
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    fn found(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(&[("may", 4.0, 0.0, 0.0), ("via", 5.0, 0.0, 0.0)], &[]);
        rule_values(&lex, text, |doc, out| crate::address::addresses(doc, &lex, out))
    }

    #[test]
    fn a_street_before_a_house_number_and_a_postcode_is_an_address() {
        assert_eq!(found("Herrn Jonas Ahrens\nMühlenkamp 218, 37091 Bad Tölz\n"), ["Mühlenkamp 218, 37091 Bad Tölz"]);
        assert_eq!(found("Morada: Praça da Igreja, 56, 9541-505 Sorocaba\n"), ["Praça da Igreja, 56, 9541-505 Sorocaba"]);
        assert_eq!(found("Gerlinde Baumann · Mühlenkamp 78, 15486 Lübeck · 0151 34246557\n"), ["Mühlenkamp 78, 15486 Lübeck"]);
        assert_eq!(found("Oude Gracht 129, 1592 RC Hasselt\n"), ["Oude Gracht 129, 1592 RC Hasselt"]);
        // Towns of several words keep their particles, and a column gap ends the town.
        assert_eq!(found("Amselweg 27, 44292 Neustadt an der Weinstraße\n"), ["Amselweg 27, 44292 Neustadt an der Weinstraße"]);
        assert_eq!(
            found("Morada: Rua da Paz, 10, 5046-254 Caldas da Rainha      Contacto: 21\n"),
            ["Rua da Paz, 10, 5046-254 Caldas da Rainha"]
        );
    }

    #[test]
    fn words_and_a_number_without_a_postcode_after_them_are_no_address() {
        assert!(found("Artikel 12, Absatz 3 gilt.\n").is_empty());
        assert!(found("Kapitel 4, Seite 12\n").is_empty());
        // A date before a line break, and a month's name before a town.
        assert!(found("Discharged: October 19, 2024\nAttending: Kelly Cameron\n").is_empty());
        assert!(found("Date: May 19, 2017 Berlin\n").is_empty());
        // A label without its colon stays outside when a street word follows it.
        assert_eq!(found("Address Via Mazzini 852, 37134 Verona\n"), ["Via Mazzini 852, 37134 Verona"]);
        // Nor in running text, where no field opens.
        assert!(found("Wir sahen Mühlenkamp 218, 37091 Bad Tölz\n").is_empty());
        // Unless a preposition or a comma gives where: `wonende te`, `con domicilio en`.
        assert_eq!(found("wonende te Achter de Kerk 100, 5412 JC Roermond.\n"), ["Achter de Kerk 100, 5412 JC Roermond"]);
        assert_eq!(found("con domicilio en Costanilla de San Pedro 143, 10581 Teruel.\n"), ["Costanilla de San Pedro 143, 10581 Teruel"]);
    }
}
