//! A person named with their address, as deeds, wills, contracts and court papers name the parties:
//! `Thandiwe Nkosi of 14 Harbour Road, Leeds` (the Seller), `I, BONGANI MTHEMBU, of 22 Long Street`,
//! `the last will of me JEPTOO CHEPKOECH of 857 Oxleas Avenue`. The words before `of` and a full
//! street address are the one who lives there, whatever the name and in any case; a firm stands
//! there too (`Kestrel Ltd of 4 Mill Lane`), and its legal form or firm word tells it apart.
//!
//! Contracts and declarations in the other languages describe the party after a comma instead:
//! `Fleur de Wit, wonende te Tilburg`, `Irene Marchetti, residente in via dei Mille 8`,
//! `Pieter-Jan Vermeulen, geboren op 4 juli 1979`, `Jean Dupont, demeurant à Lyon`: a run of
//! capitalised words right before `, <residing | born>` names the one described.

use crate::cand::{Cands, Ent, Rule, evidence, parse_name};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Score: a structural slot, as strong as a labelled field's weak form.
const SCORE: f32 = 0.85;

pub(crate) fn residents(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 1..n.saturating_sub(1) {
        let t = &doc.toks[k];
        if !t.is_word() || &*t.lower != "of" || t.line_start {
            continue;
        }
        // A full street address starts right after `of` (the address rule ran before).
        let addressed = out.list.iter().any(|c| c.ent == Ent::Location && c.rule == Rule::Address && c.a == k + 1);
        if !addressed {
            continue;
        }
        // The name ends before `of`, or before the comma of `I, NAME, of`.
        let end = if doc.toks[k - 1].is_punct(',') { k - 1 } else { k };
        let Some(start) = name_start(doc, end) else { continue };
        let Some((e, words)) = parse_name(doc, start, 4, false) else { continue };
        if e != end || words < 2 {
            continue;
        }
        let ev = evidence(doc, start, e);
        let firm = crate::cand::names_a_firm(doc, start, e);
        if !firm && ev.wordy == 0 && ev.initials == 0 {
            out.push(start, e, Ent::Person, SCORE);
        }
    }
}

/// Words that open a description of a party after its name and a comma: residing, domiciled, born,
/// married (English, Dutch, German, French, Italian, Spanish, Portuguese).
const DESCRIPTIONS: &[&str] = &[
    "residing",
    "resident",
    "domiciled",
    "born",
    "wonende",
    "woonachtig",
    "wonend",
    "geboren",
    "wohnhaft",
    "geb",
    "demeurant",
    "domicilié",
    "domiciliée",
    "né",
    "née",
    "residente",
    "residenti",
    "domiciliato",
    "domiciliata",
    "nato",
    "nata",
    "domiciliado",
    "domiciliada",
    "nacido",
    "nacida",
    "vecino",
    "vecina",
    "nascido",
    "nascida",
    "morador",
    "moradora",
    // Civil status, which deeds and powers of attorney give right after the name (`ALBERTINA
    // BEIRÃO, divorciada, natural de Maputo`).
    "married",
    "divorced",
    "widowed",
    "casado",
    "casada",
    "solteiro",
    "solteira",
    "divorciado",
    "divorciada",
    "viúvo",
    "viúva",
    "soltero",
    "soltera",
    "viudo",
    "viuda",
    "célibataire",
    "marié",
    "mariée",
    "divorcé",
    "divorcée",
    "veuf",
    "veuve",
    "celibe",
    "nubile",
    "coniugato",
    "coniugata",
    "divorziato",
    "divorziata",
    "vedovo",
    "vedova",
    "ledig",
    "verheiratet",
    "geschieden",
    "verwitwet",
    "ongehuwd",
    "gehuwd",
    "gescheiden",
    "weduwe",
    "weduwnaar",
];

/// `Fleur de Wit, wonende te Tilburg`: the name (two words or more) right before a comma and a
/// description word.
pub(crate) fn described(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 2..n.saturating_sub(1) {
        let t = &doc.toks[k];
        if !t.is_word() || t.shape == Shape::Upper || t.line_start || !DESCRIPTIONS.contains(&&*t.lower) {
            continue;
        }
        let comma = k - 1;
        if !doc.toks[comma].is_punct(',') || !doc.toks[comma].glued() {
            continue;
        }
        let Some(start) = run_start(doc, comma) else { continue };
        let ev = evidence(doc, start, comma);
        let firm = crate::cand::names_a_firm(doc, start, comma);
        if !firm && ev.wordy == 0 && ev.ok_in_context() {
            out.push(start, comma, Ent::Person, SCORE);
        }
    }
}

/// The start of the name of two to four words that ends exactly at `end` (hyphens and particles
/// included, as [`parse_name`] reads them), standing alone: the word before it, on its line, is
/// no capitalised word.
fn run_start(doc: &Doc<'_>, end: usize) -> Option<usize> {
    (end.saturating_sub(8)..end).find(|&a| {
        let t = &doc.toks[a];
        let alone = a == 0
            || t.line_start
            || !(doc.toks[a - 1].is_word() && doc.toks[a - 1].shape != Shape::Lower)
            || doc.toks[a - 1].rf(rules::F_TITLES);
        t.is_word()
            && t.shape != Shape::Lower
            && alone
            && !t.rf(rules::F_FUNCTION_WORD | rules::F_TITLES)
            && parse_name(doc, a, 4, false).is_some_and(|(e, words)| e == end && words >= 2)
    })
}

/// The first token of the run of capitalised words (up to four) that ends at `end`, on one line.
fn name_start(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let mut a = end;
    while a > 0 && end - a < 4 {
        let u = &doc.toks[a - 1];
        if !u.is_word() || u.shape == Shape::Lower || u.rf(rules::F_TITLES | rules::F_FUNCTION_WORD) {
            break;
        }
        a -= 1;
        if doc.toks[a].line_start {
            break;
        }
    }
    (a < end).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn names(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(&[("monday", 5.0, 0.0, 0.0), ("sales", 5.0, 0.0, 0.0), ("team", 5.5, 0.0, 0.0)], &[]);
        crate::tests::rule_values(&lex, text, described)
    }

    #[test]
    fn a_name_before_a_comma_and_residing_or_born_is_the_party() {
        assert_eq!(names("2. Fleur de Wit, wonende te Tilburg, hierna te noemen huurder"), ["Fleur de Wit"]);
        assert_eq!(names("Hierbij verklaar ik, Pieter-Jan Vermeulen, geboren op 4 juli 1979"), ["Pieter-Jan Vermeulen"]);
        assert_eq!(names("e la sig.ra Irene Marchetti, residente in via dei Mille 8"), ["Irene Marchetti"]);
        // A civil status opens the description too, after a name in capitals.
        assert_eq!(names("ALBERTINA BEIRÃO, divorciada, natural de Maputo"), ["ALBERTINA BEIRÃO"]);
    }

    #[test]
    fn other_runs_before_the_comma_are_no_party() {
        // Common words, a firm, one word alone, no comma.
        assert!(names("The Sales Team, born in 2019, grew fast").is_empty());
        assert!(names("Kestrel Holdings Ltd, domiciled in Leeds").is_empty());
        assert!(names("Monday, born again").is_empty());
        assert!(names("The Sales Team, married to the product").is_empty());
        assert!(names("Fleur de Wit wonende te Tilburg").is_empty());
    }
}
