//! Where someone was born: `nato a Reggio Emilia`, `née à Saint-Jean-de-Luz`, `nacida en Dos
//! Hermanas`, `nascido em Campina Grande`, `geboren in Kempten`, `born in Ootmarsum`. A birth
//! word and a place preposition open a slot that only a place fills, so the capitalised words
//! after them are that place, whether or not the gazetteer knows it (small towns, double names,
//! a town's name that is also a given name: `Reggio Emilia`).

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};

/// Score: a slot only a place fills, above a prose name's shape, a lone town's 0.7 and a party
/// described after a comma (`nato a Reggio Emilia, residente in …` reads as `Name, residente`).
const SCORE: f32 = 0.86;

/// Words that say someone was born, in the seven languages.
const BORN: &[&str] = &["born", "nato", "nata", "né", "née", "nacido", "nacida", "nascido", "nascida", "geboren"];

/// Prepositions of place after them (`a`, `à`, `en`, `em`, `no`, `na`, `in`, `te`).
const AT: &[&str] = &["a", "à", "en", "em", "no", "na", "in", "te", "at", "ad"];

/// Particles inside a town's name (`Torre del Greco`, `Pieve di Bono-Prezzo`, `Neustadt an der Weinstraße`).
const PARTICLES: &[&str] =
    &["di", "de", "del", "della", "da", "do", "dos", "das", "la", "le", "les", "sur", "an", "der", "am", "im", "bei", "en", "y"];

pub(crate) fn birthplaces(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 0..n.saturating_sub(2) {
        let (born, at) = (&doc.toks[k], &doc.toks[k + 1]);
        if !born.is_word() || !BORN.contains(&&*born.lower) || !at.is_word() || at.shape != Shape::Lower || !AT.contains(&&*at.lower) {
            continue;
        }
        let a = k + 2;
        if let Some(e) = place_end(doc, a) {
            out.push(a, e, Ent::Location, SCORE);
            // The birth word itself, capitalised at a line's start, is no given name (`Nata a
            // Altamura il 16 giugno`).
            out.no_person.push((k, k + 1));
        }
    }
}

/// A CV's or a record's header: the name alone on its line, right above a line that opens with
/// the birth word (`GIANFRANCA SHEVCHENKO` / `Nata a Torre del Greco il 5 giugno 1980`, `Jonas
/// Weber` / `Geboren am 3. Mai 1990 in Kassel`). The line says whose birth it gives, the line
/// above who that is, whatever the name: two to four capitalised words, lower-case particles
/// between them, no number, no firm's or calendar word.
pub(crate) fn born_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 1..n.saturating_sub(1) {
        let born = &doc.toks[k];
        let opens = born.line_start && born.is_word() && born.shape != Shape::Lower && BORN.contains(&&*born.lower);
        if !opens || doc.toks[k + 1].line_start || doc.toks[k - 1].line + 1 != born.line {
            continue;
        }
        let a = doc.line_first(k - 1);
        if name_line(doc, a, k) {
            out.push(a, k, Ent::Person, BORN_LINE_SCORE);
        }
    }
}

/// Score of [`born_lines`]: the line below says what this one is, as a label does.
const BORN_LINE_SCORE: f32 = 0.85;

/// Tokens `a..b` are one name alone on a line (see [`born_lines`]).
fn name_line(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let toks = &doc.toks[a..b];
    let words = toks.iter().filter(|t| t.is_word() && t.shape != Shape::Lower).count();
    let first_last_cap = toks.first().is_some_and(|t| t.is_word() && t.shape != Shape::Lower)
        && toks.last().is_some_and(|t| t.is_word() && t.shape != Shape::Lower);
    let plain = toks.iter().enumerate().all(|(j, t)| {
        let glued_mark = t.kind == crate::doc::Kind::Punct && matches!(&*t.lower, "-" | "'" | "’") && t.glued() && j > 0;
        let particle = t.is_word() && t.shape == Shape::Lower && t.rf(crate::rules::F_PARTICLES);
        let word = t.is_word()
            && t.shape != Shape::Lower
            && !t.rf(crate::rules::F_LEGAL_SUFFIX | crate::rules::F_ORG_HEAD | crate::rules::F_CALENDAR | crate::rules::F_TITLES);
        glued_mark || particle || word
    });
    (2..=4).contains(&words) && first_last_cap && plain
}

/// The end of the place's name opening at `a`: capitalised words on one line, joined by
/// particles or glued hyphens, the last one capitalised.
fn place_end(doc: &Doc<'_>, a: usize) -> Option<usize> {
    let n = doc.toks.len();
    let cap = |j: usize| j < n && doc.toks[j].is_word() && matches!(doc.toks[j].shape, Shape::Cap | Shape::Upper);
    let same_line = |j: usize| j < n && !doc.toks[j].line_start;
    if !cap(a) || !same_line(a) || doc.toks[a].rf(crate::rules::F_CALENDAR) {
        return None;
    }
    let mut e = a + 1;
    let mut words = 1;
    while e < n && words < 5 && same_line(e) {
        let t = &doc.toks[e];
        // `Bono-Prezzo`, `Saint-Jean`: a hyphen glued on both sides.
        if t.is_punct('-') && t.glued() && cap(e + 1) && doc.toks[e + 1].glued() {
            e += 2;
            words += 1;
            continue;
        }
        if t.is_word() && t.shape == Shape::Lower && PARTICLES.contains(&&*t.lower) && t.space_before && cap(e + 1) && same_line(e + 1) {
            e += 2;
            words += 1;
            continue;
        }
        if cap(e) && t.space_before && !t.wide_gap_before {
            e += 1;
            words += 1;
            continue;
        }
        break;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::birthplaces;
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    #[test]
    fn the_words_after_born_and_a_place_preposition_are_a_place() {
        let lex = Lexicon::from_rows(&[], &[]);
        let found = |text: &str| rule_values(&lex, text, birthplaces);
        assert_eq!(found("il Sig. Alvise Dumitrescu, nato a Reggio Emilia il 3 maggio 1970"), ["Reggio Emilia"]);
        assert_eq!(found("Liliana, nata a Pieve di Bono-Prezzo il 5 giugno"), ["Pieve di Bono-Prezzo"]);
        assert_eq!(found("divorciada, nacida en Dos Hermanas, con domicilio"), ["Dos Hermanas"]);
        assert_eq!(found("née à Saint-Jean-de-Luz le 4 mars"), ["Saint-Jean-de-Luz"]);
        // Negative: a date after the birth word, a lower-case word, no preposition.
        assert!(found("nato il 3 maggio 1970 a casa").is_empty());
        assert!(found("geboren in einem kleinen Dorf").is_empty());
        assert!(found("born on 3 May in a small town").is_empty());
    }

    #[test]
    fn the_name_line_above_a_line_opened_by_the_birth_word_is_a_person() {
        let lex = Lexicon::from_rows(&[], &[]);
        let found = |text: &str| rule_values(&lex, text, super::born_lines);
        assert_eq!(
            found("CURRICULUM VITAE\n\nGIANFRANCA SHEVCHENKO\nNata a Torre del Greco il 5 giugno 1980\n"),
            ["GIANFRANCA SHEVCHENKO"]
        );
        assert_eq!(found("Liliana Li Causi\nNata a Roma\n"), ["Liliana Li Causi"]);
        // Negative: a blank line between, a line with a number, the birth word inside a sentence.
        assert!(found("GIANFRANCA SHEVCHENKO\n\nNata a Torre del Greco\n").is_empty());
        assert!(found("Via Roma 3\nNata a Torre del Greco\n").is_empty());
        assert!(found("Liliana Li Causi\nè nata a Roma\n").is_empty());
    }
}
