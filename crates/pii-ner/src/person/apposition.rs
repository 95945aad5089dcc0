//! A given name followed by an apposition that opens with a possessive: `Louis, son grand frère,
//! veille sur elle`, `Marta, mi hermana, llega mañana`, `Anna, our new nurse, starts Monday`.
//!
//! Why: birth and wedding announcements, letters and reviews name family members and staff this
//! way, and a lone given name at a sentence's start has nothing else around it: the lists may hold
//! it as a word of the language too (`Louis`, `Hugo`), so the prose rules leave it. The comma and
//! the possessive determiner after it are the structure: only a person (or a pet) is someone's
//! brother, sister, colleague or nurse.

use crate::cand::{Cands, Ent};
use crate::doc::Doc;
use crate::doc::Shape;
use crate::rules;

/// A name told by its apposition: above the prose rules' guesses, below a label.
const SCORE: f32 = 0.75;

/// Possessive determiners of the seven languages that open an apposition about a person.
const POSSESSIVES: &[&str] = &[
    "his", "her", "their", "our", "my", "son", "sa", "ses", "notre", "nos", "leur", "mon", "ma", "su", "sus", "nuestro", "nuestra", "mi",
    "suo", "sua", "nostro", "nostra", "mio", "mia", "seu", "nosso", "nossa", "meu", "minha", "zijn", "haar", "onze", "mijn", "sein",
    "seine", "ihr", "ihre", "unser", "unsere", "mein", "meine",
];

/// Every capitalised given name the lists know, alone before a comma and a possessive.
pub(super) fn appositions(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(2) {
        let t = &doc.toks[i];
        if !t.is_word()
            || t.shape != Shape::Cap
            || !t.wordinfo().is_first()
            || t.rf(rules::F_GREETINGS | rules::F_CLOSING_WORD | rules::F_TITLES)
        {
            continue;
        }
        // Alone: no capitalised word right before it on its line (a longer name is the prose rules').
        let alone = i == 0 || doc.toks[i].line_start || !(doc.toks[i - 1].is_word() && doc.toks[i - 1].shape != Shape::Lower);
        let comma = &doc.toks[i + 1];
        let poss = &doc.toks[i + 2];
        if alone
            && comma.is_punct(',')
            && !comma.space_before
            && poss.is_word()
            && poss.shape == Shape::Lower
            && !poss.line_start
            && POSSESSIVES.contains(&&*poss.lower)
        {
            out.push(i, i + 1, Ent::Person, SCORE);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::appositions;
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    fn lex() -> Lexicon {
        Lexicon::from_rows(
            &[("louis", 4.8, 0.24, 0.008), ("marta", 3.0, 0.05, 0.0), ("anna", 4.1, 0.2, 0.0), ("paris", 5.0, 0.001, 0.01)],
            &[],
        )
    }

    #[test]
    fn a_given_name_before_a_possessive_apposition_is_a_person() {
        let text =
            "3,250 kg de bonheur\nLouis, son grand frère, veille sur elle.\nMarta, mi hermana, llega mañana. Anna, our nurse, starts.";
        assert_eq!(rule_values(&lex(), text, appositions), ["Louis", "Marta", "Anna"]);
    }

    #[test]
    fn other_words_and_commas_are_no_apposition() {
        // A word that is no given name, a possessive after a line break, a capitalised word after it.
        let text = "Paris, son charme.\nAnna,\nsu casa\nAnna, Mi Casa\n";
        assert!(rule_values(&lex(), text, appositions).is_empty());
    }
}
