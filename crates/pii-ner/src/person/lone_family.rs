//! A family name alone in the prose of a language that capitalises only proper nouns (Italian,
//! Spanish, Portuguese, French, Dutch): `mi ha detto che Ricci la richiamerà`, `ho parlato con
//! Galli`, `la Moretti ha chiamato`.
//!
//! Why: these languages refer to people by the family name alone all the time, and there is no
//! title or given name beside it to tell. What tells is the sentence: inside a sentence only
//! proper nouns are capitalised, so a capitalised word right after a function word of the
//! language (`che`, `con`, `a`, `la`, `met`) that the name lists know as a family name, and that
//! the language's own word list does not hold as a common word, is the person. The function
//! word is the structural half: `carte Vitale` (a noun before the name) is a product's name, and a
//! capitalised word before another starts a longer name that the prose rules judge whole. At a
//! sentence's start everything is capitalised, so there the lists must be surer (a rarer word,
//! a lower-case verb after it). English and German are left out: English capitalises titles and
//! headings, German every noun.

use pii_core::lang::Language;

use crate::cand::{Cand, Ent};
use crate::common::{FUNCTION_ZIPF, WordList, zipf_in};
use crate::doc::{Doc, Kind, Shape};
use crate::rule::Rule;
use crate::rules;

/// Score: a guess from the lists and the sentence, below every rule with a label or a title.
const SCORE: f32 = 0.5;

/// A family name at least this frequent is common enough in Italian or Spanish text to be read
/// as a word rather than a name (`Porta`, `Conti`, `Monti`); below it, mid-sentence and
/// capitalised, the name (`Ricci` 4.1, `Fontana` 4.3, `Martini` 3.9).
const WORD_ZIPF: f32 = 4.5;

/// At a sentence's start the word is capitalised anyway: only family names rarer as words.
const START_WORD_ZIPF: f32 = 3.8;

/// Places larger than this are read as the place (`Colombo`, `Fontana`, California).
const TOWN: u32 = 100_000;

/// Adds a person for every lone family name in the prose of `doc`'s language that no other
/// candidate covers, outside the token ranges where no person may be (`no_person`).
pub(crate) fn lone_family_names(doc: &Doc<'_>, kept: &mut Vec<Cand>, list: Option<&WordList>, no_person: &[(usize, usize)]) {
    let Some(list) = list else { return };
    if !matches!(doc.language, Language::Italian | Language::Spanish | Language::Portuguese | Language::French | Language::Dutch) {
        return;
    }
    let n = doc.toks.len();
    let covered = crate::cand::covered(n, kept.iter().map(|c| (c.a, c.b)).chain(no_person.iter().copied()));
    let mut added = Vec::new();
    for (i, &taken) in covered.iter().enumerate() {
        if taken || !is_family_name(doc, i, list) {
            continue;
        }
        // Alone: a capitalised word after it makes a longer name, which is not this rule's; a
        // legal form or `&` after it makes a firm (`Galli srl`, `Fontana & Figli`).
        let next = doc.toks.get(i + 1).filter(|u| !u.line_start);
        if next.is_some_and(|u| {
            (u.kind == Kind::Word && u.shape != Shape::Lower) || u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD) || u.is_punct('&')
        }) {
            continue;
        }
        let fits = if doc.sentence_start(i) { opens_sentence(doc, i, list) } else { after_function_word(doc, i, list) };
        if fits {
            added.push(Cand { a: i, b: i + 1, ent: Ent::Person, score: SCORE, rule: Rule::LoneFamily });
        }
    }
    if !added.is_empty() {
        kept.extend(added);
        kept.sort_by_key(|c| c.a);
    }
}

/// Token `i` is a capitalised word the lists know mainly as a family name, and not as a common
/// word of the language, a large place, a title, a month or a firm's word.
fn is_family_name(doc: &Doc<'_>, i: usize, list: &WordList) -> bool {
    let t = &doc.toks[i];
    if t.kind != Kind::Word || t.shape != Shape::Cap || t.masked || t.char_len() < 3 {
        return false;
    }
    let skip = rules::F_TITLES
        | rules::F_CALENDAR
        | rules::F_GREETINGS
        | rules::F_CLOSING_WORD
        | rules::F_ROLE_NOUN
        | rules::F_ORG_HEAD
        | rules::F_LEGAL_SUFFIX
        | rules::F_STREET_SUFFIX
        | rules::F_STREET_PREFIXES
        | rules::F_GROUP;
    if t.rf(skip) {
        return false;
    }
    // An English word as much as a name (`Smart`, `Light`) is a loanword in these languages: a
    // product's or a plan's name (`la tariffa Light`), not a family.
    let w = t.wordinfo();
    w.is_last()
        && !w.is_wordy()
        && w.last >= w.first
        && w.place.is_none_or(|p| p.population < TOWN)
        && zipf_in(list, &t.lower).is_none_or(|z| z < WORD_ZIPF)
}

/// Inside a sentence, right after a lower-case function word of the language (`che`, `con`, `a`,
/// `la`). In Dutch a particle before it (`de`, `van`) may open the family name itself
/// (`de Vries`): the prose rules judge that.
fn after_function_word(doc: &Doc<'_>, i: usize, list: &WordList) -> bool {
    let Some(p) = i.checked_sub(1).map(|k| &doc.toks[k]) else { return false };
    if doc.toks[i].line_start || p.kind != Kind::Word || p.shape != Shape::Lower {
        return false;
    }
    if doc.language == Language::Dutch && p.rf(rules::F_PARTICLES) {
        return false;
    }
    // An article makes the name a thing of that name: a car, a drink, a team, a shop (`una
    // Ferrari`, `un Martini`, `la Juventus`, `la Rinascente`). Italian puts the article before a
    // woman's family name too (`la Moretti`), but the thing is the likelier reading.
    if rules::ARTICLES.contains(&&*p.lower) {
        return false;
    }
    // A town of that name after a preposition of place is the town (`a Carpi`, `in Riva`).
    let to_place =
        p.rf(rules::F_PLACE_PREPOSITIONS) || crate::place::segment_preposition(doc.language, &p.lower) || crate::place::of_before(doc, i);
    if to_place && doc.toks[i].wordinfo().place.is_some() {
        return false;
    }
    zipf_in(list, &p.lower).is_some_and(|z| z >= FUNCTION_ZIPF)
}

/// At a sentence's start: a family name rarely written as a word, followed by a frequent
/// lower-case word of the language (`Bellini non si è presentato`, `Galli ha detto`), not by a
/// word of another language (`Card holder:` in an English form read as Italian) nor a heading's
/// end.
fn opens_sentence(doc: &Doc<'_>, i: usize, list: &WordList) -> bool {
    let t = &doc.toks[i];
    let next_own = doc.toks.get(i + 1).is_some_and(|u| {
        u.kind == Kind::Word && u.shape == Shape::Lower && !u.line_start && zipf_in(list, &u.lower).is_some_and(|z| z >= NEXT_ZIPF)
    });
    next_own && t.wordinfo().last >= 0.002 && zipf_in(list, &t.lower).is_none_or(|z| z < START_WORD_ZIPF)
}

/// The word after a family name opening a sentence is the language's own verb or particle
/// (`non`, `ha`, `è`, `si`, `heeft`): frequent in the language's list.
const NEXT_ZIPF: f32 = 5.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::CommonWords;
    use crate::lexicon::Lexicon;

    fn found(text: &str, language: Language, words: &[(&str, f32)]) -> Vec<String> {
        let lex = Lexicon::from_rows(
            &[
                ("ricci", 2.9, 0.0, 0.004),
                ("galli", 2.3, 0.0, 0.005),
                ("porta", 3.0, 0.0, 0.003),
                ("vitale", 2.5, 0.0, 0.003),
                ("bianchi", 2.0, 0.0, 0.004),
            ],
            &[],
        );
        let doc = Doc::new(text, &lex).in_language(language);
        let common = CommonWords::from_words_zipf(language, words);
        let mut kept = Vec::new();
        lone_family_names(&doc, &mut kept, common.list(language), &[]);
        kept.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_string()).collect()
    }

    const IT: &[(&str, f32)] =
        &[("che", 7.4), ("con", 6.9), ("la", 7.3), ("ha", 7.0), ("non", 7.0), ("carte", 5.0), ("porta", 5.2), ("un", 7.0), ("da", 6.8)];

    #[test]
    fn a_family_name_after_a_function_word_or_opening_a_sentence_is_a_person() {
        assert_eq!(found("Mi ha detto che Ricci la richiamerà.", Language::Italian, IT), ["Ricci"]);
        assert_eq!(found("Ho parlato con Galli ieri.", Language::Italian, IT), ["Galli"]);
        assert_eq!(found("Galli non si è presentato.", Language::Italian, IT), ["Galli"]);
    }

    #[test]
    fn not_after_a_noun_nor_before_a_capitalised_word_nor_in_english() {
        // A noun before it: a product or a thing's name.
        assert!(found("Ho perso le carte Vitale.", Language::Italian, IT).is_empty());
        // A longer name: the prose rules judge it whole.
        assert!(found("Ho parlato con Galli Bianchi ieri.", Language::Italian, IT).is_empty());
        // A heading (no lower-case word after it at a sentence start).
        assert!(found("Galli\n\nla relazione", Language::Italian, IT).is_empty());
        // A word of another language after it (an English form read as Italian).
        assert!(found("Galli holder: Anna", Language::Italian, IT).is_empty());
        assert!(found("I spoke with Galli yesterday.", Language::English, IT).is_empty());
        // A thing named after someone, a firm.
        assert!(found("Abbiamo bevuto un Galli ieri.", Language::Italian, IT).is_empty());
        assert!(found("Ha vinto la Galli ieri.", Language::Italian, IT).is_empty());
        assert!(found("Ordinato da Galli srl ieri.", Language::Italian, IT).is_empty());
        // A common word of the language.
        assert!(found("Ho aperto la Porta ieri.", Language::Italian, IT).is_empty());
    }
}
