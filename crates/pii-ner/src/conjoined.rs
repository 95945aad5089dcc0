//! Two people joined by `y`, `e` or `i` (`Almudena y Rubén`, `Giulia e Marco`, `Almudena García y
//! Rubén Ortiz`), which the name rules read as one name because the same words join the two
//! family names of one Spanish or Portuguese person (`Ortega y Gasset`, `Costa e Silva`); and two
//! people joined by `and` who share a family name (`Lwazi Dlamini and Precious Dlamini`), where
//! the second one's given name may be any word.
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
                if joins_two_people(doc, k, a) {
                    out.push(Cand { a, b: k, ..c });
                    a = k + 1;
                }
            }
        }
        out.push(Cand { a, ..c });
    }
    *kept = out;
}

/// The second of two people joined by `and` who share a family name (`Lwazi Dlamini and Precious
/// Dlamini`): where the family name alone was found after the conjunction, the capitalised word
/// before it is that person's given name, whatever the word (`Precious`, `Grace`, `Will`).
pub(crate) fn shared_family(doc: &Doc<'_>, kept: &mut [Cand]) {
    let people: Vec<(usize, usize)> = kept.iter().filter(|c| c.ent == Ent::Person).map(|c| (c.a, c.b)).collect();
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person && c.b == c.a + 1 && c.a >= 3) {
        let (given, and) = (c.a - 1, c.a - 2);
        let g = &doc.toks[given];
        // (`&` is punctuation, never a word: only the written conjunctions count here.)
        let joined = conjunction_word(&doc.toks[and]);
        if !joined || !g.is_word() || g.shape != Shape::Cap || g.line_start || people.iter().any(|&(a, b)| a <= given && given < b) {
            continue;
        }
        // The first person ends right before the conjunction with the same family name.
        let family = &doc.toks[c.a].lower;
        let first = people.iter().any(|&(a, b)| b == and && b > a + 1 && doc.toks[b - 1].lower == *family);
        if first {
            c.a = given;
        }
    }
}

/// `and` written out in the languages read here, between two people.
pub(crate) fn conjunction_word(t: &crate::doc::Token<'_>) -> bool {
    t.is_word() && matches!(&*t.lower, "and" | "und" | "et" | "y" | "e" | "en")
}

/// The first of a couple written `Given & Given Family` (`Emilia & Felix Jovanović`, `Elif et
/// Amadou Diallo`): a given name the lists know right before the conjunction that joins it to a
/// person found, on the same line, is that couple's other person.
pub(crate) fn couple(doc: &Doc<'_>, kept: &mut Vec<Cand>) {
    let mut more = Vec::new();
    for c in kept.iter().filter(|c| c.ent == Ent::Person && c.a >= 2 && c.b >= c.a + 2) {
        let (given, and) = (c.a - 2, c.a - 1);
        let joined = doc.toks[and].is_punct('&') || conjunction_word(&doc.toks[and]);
        let g = &doc.toks[given];
        let w = g.wordinfo();
        if !joined
            || doc.toks[and].line_start
            || doc.toks[c.a].line_start
            || !g.is_word()
            || g.shape != Shape::Cap
            || !w.is_first()
            || w.is_wordy()
        {
            continue;
        }
        if kept.iter().any(|k| k.a <= given && given < k.b) {
            continue;
        }
        more.push(Cand { a: given, b: given + 1, ..*c });
    }
    kept.extend(more);
    kept.sort_by_key(|c| c.a);
}

/// Token `k` (inside a person opening at `a`) is a conjunction before a given name that is no
/// more a family name, or between a given name alone and a capitalised word no list knows as a family name (`Yolanda y
/// Abdelkader`): two family names of one person have no given name right before the conjunction.
fn joins_two_people(doc: &Doc<'_>, k: usize, a: usize) -> bool {
    let t = &doc.toks[k];
    let (Some(prev), Some(next)) = (k.checked_sub(1).map(|p| &doc.toks[p]), doc.toks.get(k + 1)) else { return false };
    if !(t.is_word() && t.shape == Shape::Lower && matches!(&*t.lower, "y" | "e" | "i") && next.is_word()) {
        return false;
    }
    let (p, w) = (prev.wordinfo(), next.wordinfo());
    // The given name opens the person's span (or follows a split before it).
    let given_alone = prev.is_word() && p.is_first() && p.first > p.last && k == a + 1;
    // After a given name alone, a word no list knows as a family name or an initial starts the
    // second person (`Eugenia y V. Bennani Etxeberria`).
    let initial = crate::cand::initial_len(doc, k + 1) == 2;
    // Two full names on either side (`Aissatu Mucavele Guedes e Momade Meireles`): one person's
    // family names joined by the conjunction leave one word after it (`Costa e Silva`).
    let names = |r: std::ops::Range<usize>| doc.toks[r].iter().filter(|t| t.is_word() && t.shape == Shape::Cap).count();
    let end = (k + 1..doc.toks.len()).find(|&j| !doc.toks[j].is_word() || doc.toks[j].line_start).unwrap_or(doc.toks.len());
    let two_full = names(a..k) >= 2 && names(k + 1..end) >= 2 && next.shape == Shape::Cap;
    (w.is_first() && w.first > w.last) || (given_alone && ((next.shape == Shape::Cap && !w.is_last()) || initial)) || two_full
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
        // Two full names no list knows: two words or more on either side.
        assert_eq!(parts("Aissatu Mucavele Guedes e Momade Meireles"), ["Aissatu Mucavele Guedes", "Momade Meireles"]);
        assert_eq!(parts("Almudena García y Rubén"), ["Almudena García", "Rubén"]);
        // A given name alone before the conjunction, and a word no list knows after it.
        assert_eq!(parts("Almudena y Abdelkader"), ["Almudena", "Abdelkader"]);
        assert_eq!(parts("Almudena y V. Gasset"), ["Almudena", "V. Gasset"]);
        // Negative: two family names of one person.
        assert_eq!(parts("Ortega y Gasset"), ["Ortega y Gasset"]);
        assert_eq!(parts("García y Abdelkader"), ["García y Abdelkader"]);
        assert_eq!(parts("Artur Costa e Silva"), ["Artur Costa e Silva"]);
    }

    #[test]
    fn the_first_of_a_couple_is_the_given_name_before_the_conjunction() {
        let lex = lex();
        let doc = Doc::new("Almudena & Rubén García\n", &lex);
        let mut kept = vec![Cand { a: 2, b: 4, ent: Ent::Person, score: 0.85, rule: Rule::Prose }];
        couple(&doc, &mut kept);
        assert_eq!(kept.len(), 2);
        assert_eq!((kept[0].a, kept[0].b), (0, 1));
        // Negative: a word no list knows as a given name.
        let doc = Doc::new("Tapas & Rubén García\n", &lex);
        let mut kept = vec![Cand { a: 2, b: 4, ent: Ent::Person, score: 0.85, rule: Rule::Prose }];
        couple(&doc, &mut kept);
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn the_second_of_two_people_sharing_a_family_name_takes_the_word_before_it() {
        let lex = lex();
        let person = |a: usize, b: usize| Cand { a, b, ent: Ent::Person, score: 0.7, rule: Rule::Prose };
        // Tokens: I confirm that Lwazi(3) Dlamini(4) and(5) Precious(6) Dlamini(7) rented it .
        let second = |text: &str| {
            let doc = Doc::new(text, &lex);
            let mut kept = vec![person(3, 5), person(7, 8)];
            shared_family(&doc, &mut kept);
            doc.text[doc.toks[kept[1].a].start..doc.toks[kept[1].b - 1].end].to_owned()
        };
        assert_eq!(second("I confirm that Lwazi Dlamini and Precious Dlamini rented it."), "Precious Dlamini");
        // Negative: the first person's family name differs.
        assert_eq!(second("I confirm that Lwazi Ndlovu and Precious Dlamini rented it."), "Dlamini");
    }

    #[test]
    fn two_family_names_joined_by_a_conjunction_are_one_name() {
        assert_eq!(parts("Rubén García y Gasset"), ["Rubén García y Gasset"]);
        assert_eq!(parts("Rubén García Y Almudena"), ["Rubén García Y Almudena"]);
    }
}
