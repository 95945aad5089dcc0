//! Two people joined by `y`, `e` or `i` (`Almudena y Rubén`, `Giulia e Marco`, `Almudena García y
//! Rubén Ortiz`), which the name rules read as one name because the same words join the two
//! family names of one Spanish or Portuguese person (`Ortega y Gasset`, `Costa e Silva`).
//!
//! Why apart: each person is a finding of their own, and a span over both holds a conjunction no
//! name has. What tells them apart is the word after the conjunction: a given name more often
//! than a family name starts a second person; a family name continues the first.

use crate::cand::{Cand, Ent};
use crate::doc::{Doc, Shape};

/// Splits every person candidate at a lower-case `y`, `e` or `i` followed by a given name.
pub(crate) fn split(doc: &Doc<'_>, kept: &mut Vec<Cand>) {
    let mut out = Vec::with_capacity(kept.len());
    for c in kept.drain(..) {
        let mut a = c.a;
        if c.ent == Ent::Person {
            for k in c.a + 1..c.b.saturating_sub(1) {
                if joins_two_people(doc, k) {
                    out.push(Cand { a, b: k, ..c });
                    a = k + 1;
                }
            }
        }
        out.push(Cand { a, ..c });
    }
    *kept = out;
}

/// Token `k` is a conjunction before a given name that is no more a family name.
fn joins_two_people(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let Some(next) = doc.toks.get(k + 1) else { return false };
    let w = next.wordinfo();
    t.is_word() && t.shape == Shape::Lower && matches!(&*t.lower, "y" | "e" | "i") && next.is_word() && w.is_first() && w.first > w.last
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Rule;
    use crate::lexicon::Lexicon;

    fn lex() -> Lexicon {
        Lexicon::from_rows(
            &[("almudena", 1.0, 0.01, 0.0), ("rubén", 1.0, 0.05, 0.0), ("garcía", 3.0, 0.0, 0.2), ("gasset", 1.0, 0.0, 0.001)],
            &[],
        )
    }

    fn parts(text: &str) -> Vec<String> {
        let lex = lex();
        let doc = Doc::new(text, &lex);
        let mut kept = vec![Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.85, rule: Rule::Prose }];
        split(&doc, &mut kept);
        kept.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
    }

    #[test]
    fn two_people_joined_by_a_conjunction_are_two_findings() {
        assert_eq!(parts("Almudena y Rubén"), ["Almudena", "Rubén"]);
        assert_eq!(parts("Almudena García y Rubén"), ["Almudena García", "Rubén"]);
    }

    #[test]
    fn two_family_names_joined_by_a_conjunction_are_one_name() {
        assert_eq!(parts("Rubén García y Gasset"), ["Rubén García y Gasset"]);
        assert_eq!(parts("Rubén García Y Almudena"), ["Rubén García Y Almudena"]);
    }
}
