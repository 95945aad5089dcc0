//! Sports clubs named after an acronym of their kind: `VV Steenbeek '31`, `TSV Grünwald`, `SV
//! Werder`, `ASD Polisportiva Valtorbida`, `CD Lugo`, `US Orléans`. The acronym says "club" in the
//! language of the text; the capitalised words after it (and a founding year written `'31`) are
//! the club's name, whatever they are. English has its own heads after the name (`Leeds Rovers`,
//! `Zentrixa Athletic`), and there `AS`, `US` or `SC` are other things, so English is left out.

use super::cap;
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};

/// Club acronyms of the six other languages.
const CLUB_ACRONYMS: &[&str] = &[
    "vv", "rkvv", "sv", "rksv", "hsv", "tsv", "tus", "vfb", "vfl", "sg", "sc", "fc", "ac", "as", "us", "asd", "ssd", "cd", "ud", "cf",
    "sd", "gd", "ogc",
];

pub(super) fn clubs(doc: &Doc<'_>, out: &mut Cands) {
    if doc.language == pii_core::lang::Language::English {
        return;
    }
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(1) {
        let t = &doc.toks[i];
        // Written as the clubs write it: capitals, or `VfB`, `TuS`.
        if !t.is_word() || t.shape == Shape::Lower || !CLUB_ACRONYMS.contains(&&*t.lower) {
            continue;
        }
        let mut e = i + 1;
        let mut words = 0;
        while e < n && words < 3 && !doc.toks[e].line_start && doc.toks[e].space_before && cap(doc, e) && doc.toks[e].shape != Shape::Upper
        {
            words += 1;
            e += 1;
        }
        if words == 0 {
            continue;
        }
        // A founding year after an apostrophe (`'31`).
        if e + 1 < n
            && (doc.toks[e].is_punct('\'') || doc.toks[e].is_punct('’'))
            && doc.toks[e].space_before
            && doc.toks[e + 1].kind == Kind::Num
            && doc.toks[e + 1].glued()
            && doc.toks[e + 1].lower.len() == 2
        {
            e += 2;
        }
        out.push(i, e, Ent::Org, 0.8);
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values_in;
    use pii_core::lang::Language;

    #[test]
    fn a_club_acronym_opens_the_club_s_name() {
        let lex = Lexicon::from_rows(&[], &[]);
        let clubs = |text: &str, language| rule_values_in(&lex, text, language, super::clubs);
        assert_eq!(clubs("de offerte van VV Steenbeek '31. Ze kunnen", Language::Dutch), ["VV Steenbeek '31"]);
        assert_eq!(clubs("Spiel gegen TSV Grünwald am Samstag", Language::German), ["TSV Grünwald"]);
        // Negatives: English, an acronym with nothing capitalised after it, and in lower case.
        assert!(clubs("the US Army base", Language::English).is_empty());
        assert!(clubs("Zahlung an SV am Montag; sv Grünwald", Language::German).is_empty());
    }
}
