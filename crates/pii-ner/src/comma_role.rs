//! A role after a comma ends the person before it.
//!
//! `Family, Given` is one person (`Moura, Clarissa`), so the rules that read labelled values and
//! lists take one word after a comma into the name. In an attendee list the word after a whole
//! name is the person's role (`Clarissa Moura, Presidente`, `Luiz Aguiar, Tesoureiro`), and a
//! role is an ordinary word of the document's language where a given name is not: the lists that
//! tell the two apart are the language's, so this runs where they are known, after the rules.

use crate::cand::{Cand, Ent};
use crate::common::WordList;
use crate::doc::{Doc, Kind, Shape};

/// Ends every person candidate of two or more words, a comma and one capitalised ordinary word of
/// the language (or such a word and one more) before that comma.
pub(crate) fn trim(doc: &Doc<'_>, kept: &mut [Cand], list: Option<&WordList>) {
    let Some(list) = list else { return };
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person) {
        let toks = &doc.toks[c.a..c.b];
        let mut commas = toks.iter().enumerate().filter(|(_, t)| t.is_punct(','));
        let (Some((p, _)), None) = (commas.next(), commas.next()) else { continue };
        let (name, after) = (&toks[..p], &toks[p + 1..]);
        // The role's first word is the language's (`Presidente`), or in German a compound of its
        // words before the office's town (`Polizeiinspektion Rosenheim`).
        let role_word = |t: &crate::doc::Token<'_>| {
            t.kind == Kind::Word && matches!(t.shape, Shape::Cap | Shape::Upper) && crate::common::ordinary_noun(list, doc, t)
        };
        let role = match after {
            [t] => role_word(t),
            [t, town] => role_word(t) && town.kind == Kind::Word && !town.wordinfo().is_first(),
            _ => false,
        };
        if role && name.iter().filter(|t| t.is_word()).count() >= 2 {
            c.b = c.a + p;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Rule;
    use crate::common::CommonWords;
    use crate::lexicon::Lexicon;
    use pii_core::lang::Language;

    /// The person over the whole of `text` after [`trim`], read in Portuguese with `words` common.
    fn trimmed(text: &str, words: &[(&str, f32)]) -> String {
        let lex = Lexicon::from_rows(&[("clarissa", 1.0, 0.02, 0.0), ("moura", 1.0, 0.0, 0.01)], &[]);
        let common = CommonWords::from_words_zipf(Language::Portuguese, words);
        let doc = Doc::new(text, &lex).in_language(Language::Portuguese);
        let mut kept = vec![Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.9, rule: Rule::Label }];
        trim(&doc, &mut kept, common.list(Language::Portuguese));
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    #[test]
    fn an_ordinary_word_after_a_whole_name_and_a_comma_is_a_role() {
        let words = [("presidente", 5.6), ("rosa", 4.5)];
        assert_eq!(trimmed("Clarissa Moura, Presidente", &words), "Clarissa Moura");
        assert_eq!(trimmed("Clarissa Moura, PRESIDENTE", &words), "Clarissa Moura");
        // Negative: `Family, Given` keeps its given name, a name the lists know or no word of the
        // language; one word before the comma is a family name, whatever follows.
        assert_eq!(trimmed("Moura Costa, Clarissa", &words), "Moura Costa, Clarissa");
        assert_eq!(trimmed("Moura Costa, Jucelina", &words), "Moura Costa, Jucelina");
        assert_eq!(trimmed("Moura, Presidente", &words), "Moura, Presidente");
    }

    #[test]
    fn a_german_office_after_a_name_and_a_comma_is_where_the_person_works() {
        let lex = Lexicon::from_rows(&[("clarissa", 1.0, 0.02, 0.0)], &[]);
        let words = [("polizei", 4.6), ("inspektion", 4.1)];
        let common = CommonWords::from_words_zipf(Language::German, &words);
        let cut = |text: &str| {
            let doc = Doc::new(text, &lex).in_language(Language::German);
            let mut kept = vec![Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.9, rule: Rule::Label }];
            trim(&doc, &mut kept, common.list(Language::German));
            doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
        };
        assert_eq!(cut("K. Stojanović, Polizeiinspektion Rosenheim"), "K. Stojanović");
        // Negative: a given name after the comma.
        assert_eq!(cut("Stojanović Kovač, Clarissa Maria"), "Stojanović Kovač, Clarissa Maria");
    }
}
