//! Two parts of one name found apart are one person: `Urbain` spread from a signature and `Simard`
//! from a salutation, `Sidonie` and `Le Meur`, `JEURISSEN` and `Furkan` in a register's row, `Dinis`
//! and `da Barreto Magar`.
//!
//! So is a register's `Family Family, Given` split at its comma (`Barahona Mugika, Yulieth`,
//! `Demirtaş, Theodor`) where the field holds nothing else.
//!
//! Why: each rule and each spread mention covers what it knows, so a full name whose parts were
//! found by different rules comes out as two spans side by side. The redacted copy hides both,
//! but the findings count two people where there is one, and a user who pseudonymises gets two
//! fake names in place of one. Two people are never written side by side with nothing between
//! them but a space, or the lower-case particles of a family name: a list puts a comma, a
//! conjunction or a column gap between them, which this leaves apart.

use crate::cand::{Cand, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Joins every two person candidates on one line separated only by one space or by lower-case
/// name particles (`Genivaldo da Rolim Figueira`, where the particle was in neither).
pub(crate) fn join(doc: &Doc<'_>, kept: &mut Vec<Cand>) {
    kept.sort_by_key(|c| c.a);
    let mut i = 0;
    while i + 1 < kept.len() {
        let (x, y) = (kept[i], kept[i + 1]);
        if x.ent == Ent::Person && y.ent == Ent::Person && (side_by_side(doc, x.b, y.a) || inverted(doc, &x, &y)) {
            let rule = if y.score > x.score { y.rule } else { x.rule };
            kept[i] = Cand { a: x.a, b: y.b, ent: Ent::Person, score: x.score.max(y.score), rule };
            kept.remove(i + 1);
            continue;
        }
        i += 1;
    }
}

/// `x`, a comma glued to it and `y` fill a field: `x` opens it with one to three capitalised
/// words, `y` ends it with one or two (`Barahona Mugika, Yulieth` on a line of its own, after a
/// label's colon or a dotted leader). A list of people goes on after its second item or joins it
/// with a conjunction, which [`crate::family_edge::field_closes`] does not take for the field's end.
fn inverted(doc: &Doc<'_>, x: &Cand, y: &Cand) -> bool {
    let comma = &doc.toks[x.b.min(doc.toks.len() - 1)];
    let words = |c: &Cand| {
        let toks = &doc.toks[c.a..c.b];
        toks.iter().all(|t| t.is_word() && matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Lower))
            && toks.iter().any(|t| t.shape != Shape::Lower)
    };
    // Two people each written family name first (`Bouzid Claudio, Amato Benedetta`): the first
    // ends in a given name, the second opens with a family name.
    let last = doc.toks[x.b - 1].wordinfo();
    let next = doc.toks[y.a].wordinfo();
    // A list of full names (`Solveig Hansen, Jean-Baptiste Lambert`): the first opens with a given
    // name.
    let opens_given = doc.toks[x.a].wordinfo().is_first() && !doc.toks[x.a].wordinfo().is_last();
    let whole_first = x.b - x.a >= 2 && (last.is_first() || opens_given);
    let family_next = next.is_last() && !next.is_first();
    // The same list written given name first: the second item ends in a family name (`Zihan Deng,
    // Juliana Almeida`), where the given names of an inverted field are given names both.
    let second = (y.b - y.a == 2).then(|| doc.toks[y.a + 1].wordinfo());
    // Two names of two words each are a list, whatever the lists know of them (`Ngozi Okonkwo,
    // Dmitri Sokolov`).
    let full_next = second.is_some_and(|w| (w.is_last() && !w.is_first()) || x.b - x.a >= 2);
    x.b + 1 == y.a
        && !whole_first
        && !family_next
        && !full_next
        && comma.is_punct(',')
        && !comma.space_before
        && doc.toks[y.a].space_before
        && !doc.toks[y.a].line_start
        && !doc.toks[y.a].wide_gap_before
        && (1..=3).contains(&(x.b - x.a))
        && (1..=2).contains(&(y.b - y.a))
        && words(x)
        && words(y)
        && crate::person::inverted_given::opens_field(doc, x.a)
        && crate::family_edge::field_closes(doc, y.b)
}

/// Tokens `b..a` are nothing or lower-case name particles, and every token from `b` to `a` stands
/// one space after the one before it on the same line.
fn side_by_side(doc: &Doc<'_>, b: usize, a: usize) -> bool {
    if a < b || a >= doc.toks.len() || a - b > 3 {
        return false;
    }
    // `e` and `y` join two Iberian family names inside one name (`Costa e Silva`), but as often two
    // people (`Chiamaka e Vinicio`): they join nothing here.
    let particles = doc.toks[b..a].iter().all(|t| {
        t.is_word() && t.shape == Shape::Lower && t.rf(rules::F_PARTICLES) && !matches!(&*t.lower, "e" | "y" | "et" | "und" | "and")
    });
    let spaced = doc.toks[b..=a].iter().all(|t| t.space_before && !t.line_start && !t.wide_gap_before);
    particles && spaced
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Rule;
    use crate::lexicon::Lexicon;

    /// The spans left after joining persons over the token ranges `parts` of `text`.
    fn joined(text: &str, parts: &[(usize, usize)]) -> Vec<String> {
        joined_with(&[], text, parts)
    }

    /// [`joined`] with the list rows `words` (word, zipf, given share, family share).
    fn joined_with(words: &[(&str, f32, f32, f32)], text: &str, parts: &[(usize, usize)]) -> Vec<String> {
        let lex = Lexicon::from_rows(words, &[]);
        let doc = Doc::new(text, &lex);
        let mut kept: Vec<Cand> =
            parts.iter().map(|&(a, b)| Cand { a, b, ent: Ent::Person, score: 0.6, rule: Rule::RepeatedPerson }).collect();
        join(&doc, &mut kept);
        kept.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
    }

    #[test]
    fn two_parts_of_a_name_side_by_side_are_one_person() {
        assert_eq!(joined("Urbain Simard a écrit", &[(0, 1), (1, 2)]), ["Urbain Simard"]);
        assert_eq!(joined("Genivaldo da Rolim Figueira", &[(0, 1), (2, 4)]), ["Genivaldo da Rolim Figueira"]);
    }

    #[test]
    fn a_register_s_family_comma_given_filling_its_field_is_one_person() {
        assert_eq!(joined("Nombre: Barahona Mugika, Yulieth\n", &[(2, 4), (5, 6)]), ["Barahona Mugika, Yulieth"]);
        // Negative: a list that goes on, and a sentence after the given name.
        assert_eq!(joined("Nombre: Barahona, Yulieth, Aitana\n", &[(2, 3), (4, 5), (6, 7)]), ["Barahona", "Yulieth", "Aitana"]);
        assert_eq!(joined("Barahona, Yulieth llamó ayer", &[(0, 1), (2, 3)]), ["Barahona", "Yulieth"]);
        // Negative: two people each written family name first, and a list of full names.
        let rows = [("claudio", 2.5, 0.05, 0.0), ("amato", 2.5, 0.0, 0.01), ("almeida", 2.0, 0.0, 0.01), ("solveig", 2.0, 0.01, 0.0)];
        for text in [
            "Assenti: Bouzid Claudio, Amato Benedetta\n",
            "Guests: Zihan Deng, Juliana Almeida\n",
            "Guests: Solveig Hansen, Jean-Baptiste Lambert\n",
        ] {
            assert_eq!(joined_with(&rows, text, &[(2, 4), (5, 7)]).len(), 2, "{text}");
        }
    }

    #[test]
    fn people_in_a_list_or_in_columns_stay_apart() {
        assert_eq!(joined("Urbain, Simard et moi", &[(0, 1), (2, 3)]), ["Urbain", "Simard"]);
        assert_eq!(joined("Urbain and Simard", &[(0, 1), (2, 3)]), ["Urbain", "Simard"]);
        assert_eq!(joined("Chiamaka e Vinicio", &[(0, 1), (2, 3)]), ["Chiamaka", "Vinicio"]);
        assert_eq!(joined("Urbain      Simard", &[(0, 1), (1, 2)]), ["Urbain", "Simard"]);
        assert_eq!(joined("Urbain\nSimard", &[(0, 1), (1, 2)]), ["Urbain", "Simard"]);
    }
}
