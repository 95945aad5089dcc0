//! Two parts of one name found apart are one person: `Urbain` spread from a signature and `Simard`
//! from a salutation, `Sidonie` and `Le Meur`, `JEURISSEN` and `Furkan` in a register's row, `Dinis`
//! and `da Barreto Magar`.
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
        if x.ent == Ent::Person && y.ent == Ent::Person && side_by_side(doc, x.b, y.a) {
            let rule = if y.score > x.score { y.rule } else { x.rule };
            kept[i] = Cand { a: x.a, b: y.b, ent: Ent::Person, score: x.score.max(y.score), rule };
            kept.remove(i + 1);
            continue;
        }
        i += 1;
    }
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
        let lex = Lexicon::from_rows(&[], &[]);
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
    fn people_in_a_list_or_in_columns_stay_apart() {
        assert_eq!(joined("Urbain, Simard", &[(0, 1), (2, 3)]), ["Urbain", "Simard"]);
        assert_eq!(joined("Urbain and Simard", &[(0, 1), (2, 3)]), ["Urbain", "Simard"]);
        assert_eq!(joined("Chiamaka e Vinicio", &[(0, 1), (2, 3)]), ["Chiamaka", "Vinicio"]);
        assert_eq!(joined("Urbain      Simard", &[(0, 1), (1, 2)]), ["Urbain", "Simard"]);
        assert_eq!(joined("Urbain\nSimard", &[(0, 1), (1, 2)]), ["Urbain", "Simard"]);
    }
}
