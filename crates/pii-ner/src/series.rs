//! An item of a series is what the other items are. A recipe's `Mit Mehl, Zucker, Butter, Ei und
//! Salz`, a menu's or a shopping list's run of capitalised nouns reads to the prose and credit rules
//! as people after `mit` or `with`, and a German noun the census also holds as a family name
//! (`Mehl`, `Zucker`) passes the word lists' test alone; beside its siblings it does not. A series
//! of names (`con Mario, Luca e Giulia`) has names for siblings, and keeps its people.

use crate::cand::Cand;
use crate::common::{WordList, ordinary};
use crate::doc::{Doc, Kind, Shape};

/// Items of one or two capitalised words looked at on each side of the candidate.
const MAX_ITEMS: usize = 6;

/// An item that is a word, read in the language's list at this frequency at least.
const ITEM_ZIPF: f32 = 3.5;

/// The end of the item of one or two capitalised words that starts at `k`, if any.
fn item_at(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let n = doc.toks.len();
    let cap = |i: usize| i < n && doc.toks[i].kind == Kind::Word && doc.toks[i].shape != Shape::Lower && !doc.toks[i].line_start;
    if !cap(k) {
        return None;
    }
    Some(if cap(k + 1) && doc.toks[k + 1].space_before { k + 2 } else { k + 1 })
}

/// A separator of a series between `k` and the item after it: a comma, or `and` in the languages.
fn separator(doc: &Doc<'_>, k: usize) -> bool {
    k < doc.toks.len() && !doc.toks[k].line_start && (doc.toks[k].is_punct(',') || crate::conjoined::conjunction_word(&doc.toks[k]))
}

/// The starts and ends of the items around person candidate `c` in its series on its line.
fn siblings(doc: &Doc<'_>, c: &Cand) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    // To the right: `, Item` or `und Item`.
    let mut k = c.b;
    while items.len() < MAX_ITEMS && separator(doc, k) {
        let Some(e) = item_at(doc, k + 1) else { break };
        items.push((k + 1, e));
        k = e;
    }
    // To the left: `Item, ` before the candidate.
    let mut a = c.a;
    while items.len() < 2 * MAX_ITEMS && a >= 2 && !doc.toks[a].line_start && separator(doc, a - 1) {
        let s = a - 2;
        let start = if s >= 1 && item_at(doc, s - 1) == Some(s + 1) { s - 1 } else { s };
        if item_at(doc, start) != Some(a - 1) {
            break;
        }
        items.push((start, a - 1));
        a = start;
    }
    items
}

/// Whether person candidate `c` stands in a series of two siblings or more that are mostly the
/// language's words, no name the lists know among them (`Butter`, `Ei`, `Salz`).
pub(crate) fn among_words(list: &WordList, doc: &Doc<'_>, c: &Cand) -> bool {
    let items = siblings(doc, c);
    let wordy = items.iter().filter(|&&(a, b)| doc.toks[a..b].iter().all(|t| ordinary(list, t, ITEM_ZIPF))).count();
    items.len() >= 2 && wordy * 3 >= items.len() * 2
}

#[cfg(test)]
mod tests {
    use super::among_words;
    use crate::cand::{Cand, Ent, Rule};
    use crate::common::CommonWords;
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;
    use pii_core::lang::Language;

    #[test]
    fn an_item_among_words_is_a_word() {
        let lex = Lexicon::from_rows(
            &[("mehl", 1.8, 0.0, 0.001), ("zucker", 2.7, 0.0, 0.001), ("luca", 3.0, 0.3, 0.0), ("giulia", 3.0, 0.3, 0.0)],
            &[],
        );
        let german = CommonWords::from_words_zipf(
            Language::German,
            &[("mehl", 3.8), ("zucker", 4.4), ("butter", 4.2), ("ei", 4.5), ("salz", 4.3), ("mit", 6.5)],
        );
        let italian = CommonWords::from_words_zipf(Language::Italian, &[("con", 6.8), ("luca", 4.1), ("giulia", 3.9)]);
        let item = |common: &CommonWords, language: Language, text: &str, word: &str| {
            let doc = Doc::new(text, &lex).in_language(language);
            let a = doc.toks.iter().position(|t| &text[t.start..t.end] == word).expect("word");
            among_words(common.list(language).expect("list"), &doc, &Cand { a, b: a + 1, ent: Ent::Person, score: 0.7, rule: Rule::Credit })
        };
        assert!(item(&german, Language::German, "Mit Mehl, Zucker, Butter, Ei und Salz verkneten.", "Mehl"));
        assert!(item(&german, Language::German, "Mit Mehl, Zucker, Butter, Ei und Salz verkneten.", "Zucker"));
        // Negative: a series of names, a name with one word beside it, a name alone, a signer
        // under the line that ends with a comma.
        assert!(!item(&german, Language::German, "Für den Vorstand, Butter,\nZentrixa, Vorsitzender", "Zentrixa"));
        assert!(!item(&italian, Language::Italian, "Sono uscita con Mario, Luca e Giulia.", "Mario"));
        assert!(!item(&german, Language::German, "Mit Zentrixa und Butter.", "Zentrixa"));
        assert!(!item(&german, Language::German, "Mit Zentrixa gesprochen.", "Zentrixa"));
    }
}
