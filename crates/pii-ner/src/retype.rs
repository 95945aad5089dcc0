//! A word already found as part of a person's name is that person again where a weaker guess
//! called it a place or an organisation: after `Complainant: Yuki Kobayashi`, a later `Kobayashi
//! stated` is the complainant, not the town of that name, and the network's `Sakura` (a place to
//! it) is the `Sakura` who signed above. Only guesses without strong context are retyped (the
//! gazetteer without a preposition, the network, lone organisation words); addresses and labelled
//! places keep their type.

use rustc_hash::FxHashSet;

use crate::cand::{Cand, Ent, Rule};
use crate::doc::{Doc, Kind};

/// Below this score a place or organisation is a guess from the word alone.
const WEAK_GUESS: f32 = 0.8;

/// A gazetteer's place after a preposition scores this: `di`, `a`, `per`, `do`, `naar` put a person
/// after them as often as a town (`collega di Morena`, `mãe do Sagar`, `vraagt naar Stanisław`).
const PLACE_AFTER_PREPOSITION: f32 = 0.8;

/// Prepositions that put only a place after them (`in Morena`, `em Sagar`, `nach Elda`).
const LOCATIVE: &[&str] = &["in", "im", "at", "to", "near", "em", "en", "nach", "dans", "te", "aus", "from", "desde"];

/// Turns weak single-word place and organisation candidates whose word is a found person's word
/// (lowercased, possessive stripped) into persons; also a gazetteer's town after a preposition
/// that is no locative one.
pub(crate) fn retype_as_person(doc: &Doc<'_>, kept: &mut [Cand], person_words: &FxHashSet<&str>) {
    for c in kept.iter_mut() {
        let after_preposition = c.ent == Ent::Location
            && c.rule == Rule::Gazetteer
            && c.score <= PLACE_AFTER_PREPOSITION
            && c.a > 0
            && !doc.toks[c.a - 1].line_start
            && !(doc.toks[c.a - 1].is_word() && LOCATIVE.contains(&&*doc.toks[c.a - 1].lower));
        if c.ent == Ent::Person || (c.score >= WEAK_GUESS && !after_preposition) {
            continue;
        }
        // The possessive ending is no word of its own (`Akosua's`).
        let words: Vec<_> =
            doc.toks[c.a..c.b].iter().filter(|t| t.kind != Kind::Punct && !matches!(&*t.lower, "'s" | "’s" | "s")).collect();
        let [w] = words.as_slice() else { continue };
        if w.kind == Kind::Word && person_words.contains(crate::propagate::strip_possessive(&w.lower)) {
            c.ent = Ent::Person;
            c.rule = Rule::Retyped;
        }
    }
}

/// A given name beside a person is that person's fellow below this English frequency (`Ahmed` at
/// 3.8), a common word above it (`Will`, `Mark`, `Grace`).
const COORDINATED_GIVEN_ZIPF: f32 = 4.3;

/// Words before a place that make it one (`born in Ferrara`, `from Bruna`).
const PLACE_WORDS: &[&str] = &["in", "at", "from", "near", "to", "of", "via", "outside", "around"];

/// A weak one-word place or organisation guess written right beside a person, in the same case
/// (`Bruna Nogueira`, where the gazetteer knows a town Bruna; `RICCARDO FERRARA`, where it knows
/// Ferrara) is part of that person's name: a name's words stand together, and a town does not
/// stand glued to a person's name without a preposition or punctuation between. Before the person
/// any such word joins; after it, only after a lone given name (`Maria Garcia Madrid office` is
/// left alone), found or not (`MARIA SOKOLOV`, where no rule took the given name alone).
pub(crate) fn join_neighbours(doc: &Doc<'_>, kept: &mut Vec<Cand>) {
    kept.sort_by_key(|c| c.a);
    let mut i = 0;
    while i + 1 < kept.len() {
        let (x, y) = (&kept[i], &kept[i + 1]);
        let side_by_side = x.b == y.a && doc.toks[y.a].space_before && !doc.toks[y.a].line_start && !doc.toks[y.a].wide_gap_before;
        let guess = |c: &Cand| {
            c.ent != Ent::Person
                && c.score < WEAK_GUESS
                && c.b == c.a + 1
                && doc.toks[c.a].is_word()
                && matches!(doc.toks[c.a].shape, crate::doc::Shape::Cap | crate::doc::Shape::Upper)
        };
        let same_case = side_by_side && doc.toks[x.b - 1].shape == doc.toks[y.a].shape;
        let before = same_case
            && guess(x)
            && y.ent == Ent::Person
            && !(x.a > 0 && doc.toks[x.a - 1].is_word() && PLACE_WORDS.contains(&&*doc.toks[x.a - 1].lower));
        let after = same_case && x.ent == Ent::Person && x.b == x.a + 1 && doc.toks[x.a].wordinfo().is_first() && guess(y);
        if before || after {
            let (a, b) = (x.a, y.b);
            let score = if x.ent == Ent::Person { x.score } else { y.score };
            kept[i] = Cand { a, b, ent: Ent::Person, score: score.max(0.7), rule: Rule::Retyped };
            kept.remove(i + 1);
            continue;
        }
        i += 1;
    }
    // A given name no rule took, right before a guess.
    let taken = crate::cand::covered(doc.toks.len(), kept.iter().map(|c| (c.a, c.b)));
    for c in kept.iter_mut() {
        let g = c.a.wrapping_sub(1);
        if c.ent == Ent::Person || c.score >= WEAK_GUESS || c.b != c.a + 1 || c.a == 0 || taken[g] {
            continue;
        }
        let (t, u) = (&doc.toks[g], &doc.toks[c.a]);
        let given = t.is_word() && t.shape == u.shape && t.wordinfo().is_first() && !t.wordinfo().is_wordy();
        let glued = u.space_before && !u.line_start && !u.wide_gap_before;
        let opens = g == 0 || !(doc.toks[g - 1].is_word() && PLACE_WORDS.contains(&&*doc.toks[g - 1].lower));
        if given && glued && opens && matches!(u.shape, crate::doc::Shape::Cap | crate::doc::Shape::Upper) && u.is_word() {
            *c = Cand { a: g, b: c.b, ent: Ent::Person, score: 0.7, rule: Rule::Retyped };
        }
    }
}

/// Every part of a hyphenated word is written like a name, a capital then lower case
/// (`Marie-Luise`; not `BZ-Kontrolle`, an acronym's compound).
fn name_like_parts(word: &str) -> bool {
    word.split('-').all(|p| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    })
}

/// A capitalised word coordinated with a found person (`Guilherme & Somtochukwu`, `Silke and
/// Trivedi`, `Oyelaran, Mbaye and Kaur`) is another person: a list joins like with like. Only a
/// word no list knows as a common word, place or organisation's word, standing alone between the
/// joiner and the next non-name.
pub(crate) fn coordinated(doc: &Doc<'_>, kept: &mut Vec<Cand>, common: Option<&crate::common::WordList>) {
    let n = doc.toks.len();
    let mut taken = crate::cand::covered(n, kept.iter().map(|c| (c.a, c.b)));
    let joiner = |k: usize| {
        let t = &doc.toks[k];
        t.is_punct('&')
            || t.is_punct(',')
            || (t.is_word()
                && t.shape == crate::doc::Shape::Lower
                && matches!(&*t.lower, "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "e" | "en"))
    };
    // A party's role after its name (`KATARZYNA PRZYBYLSKA, Petitioner`): the name of a person
    // field, not a second person.
    let role = |k: usize| crate::structure::names_person_field(doc.tok_text(k));
    let lone = |k: usize, taken: &[bool]| {
        let t = &doc.toks[k];
        let w = t.wordinfo();
        let next_cap =
            doc.toks.get(k + 1).is_some_and(|u| u.is_word() && u.shape != crate::doc::Shape::Lower && u.space_before && !u.line_start);
        !taken[k]
            && t.is_word()
            && !t.masked
            && t.shape == crate::doc::Shape::Cap
            && t.char_len() >= 3
            && !t.line_start
            && !next_cap
            // A given name that English writes now and then (`Ahmed`), not a common word (`Will`).
            && (!w.is_wordy() || (w.is_first() && w.zipf < COORDINATED_GIVEN_ZIPF))
            // A place's first word with no capitalised word after it is no place (`Ahmed`, the
            // start of `Ahmed Bel Hadj`).
            && w.place.is_none()
            // An ordinary word of the text's language (`Merci, Hugo`, `Obrigado, Tiago`).
            && !common.is_some_and(|list| crate::common::ordinary(list, t, crate::common::FOCUS_ZIPF))
            && !role(k)
            // A hyphenated word joins names only when the lists know its parts (`Marie-Louise`,
            // not `BZ-Kontrolle` after `Hr. Bauer,`).
            && (!t.lower.contains('-') || t.wordinfo().is_name() || name_like_parts(doc.tok_text(k)))
            && !t.rf(crate::rules::F_ORG_HEAD
                | crate::rules::F_LEGAL_SUFFIX
                | crate::rules::F_GROUP
                | crate::rules::F_CALENDAR
                | crate::rules::F_TITLES
                | crate::rules::F_GREETINGS)
    };
    // The network's one-word place or organisation guesses of a word no list knows (`Ifeoma` in
    // `Ifeoma and Tariq`): coordinated with a person, such a word is one too.
    let guessed: Vec<usize> = kept
        .iter()
        .filter(|c| c.ent != Ent::Person && c.rule == Rule::Network && c.b == c.a + 1 && doc.toks[c.a].wordinfo().info_unknown())
        .filter(|c| !role(c.a))
        .map(|c| c.a)
        .collect();
    let mut extra = Vec::new();
    for c in kept.iter().filter(|c| c.ent == Ent::Person && c.score >= 0.6) {
        // After the person: `X & Y`, `X and Y`, `X, Y`, `X (note), Y`.
        let mut j = c.b;
        if j < n && doc.toks[j].is_punct('(') {
            j = (j + 1..(j + 8).min(n)).find(|&k| doc.toks[k].is_punct(')') && !doc.toks[k].line_start).map_or(j, |k| k + 1);
        }
        if j + 1 < n && joiner(j) && !doc.toks[j + 1].line_start && (lone(j + 1, &taken) || guessed.contains(&(j + 1))) {
            extra.push(j + 1);
        }
        // Before it: `Y and X`.
        if c.a >= 2
            && joiner(c.a - 1)
            && !doc.toks[c.a].line_start
            && !doc.toks[c.a - 1].line_start
            && (lone(c.a - 2, &taken) || guessed.contains(&(c.a - 2)))
        {
            // After a lower-case word, or after a common word opening the sentence (`Ask Kalani or
            // Mirela`), not inside a longer capitalised run.
            let w = c.a.checked_sub(3).map(|k| &doc.toks[k]);
            let before_ok = w.is_none_or(|w| {
                !w.is_word() || w.shape == crate::doc::Shape::Lower || (doc.sentence_start(c.a - 3) && w.wordinfo().is_wordy())
            });
            if before_ok {
                extra.push(c.a - 2);
            }
        }
    }
    for k in extra {
        if guessed.contains(&k) {
            if let Some(g) = kept.iter_mut().find(|c| c.a == k && c.b == k + 1 && c.rule == Rule::Network) {
                g.ent = Ent::Person;
                g.score = 0.7;
                g.rule = Rule::Retyped;
            }
        } else if !taken[k] {
            taken[k] = true;
            kept.push(Cand { a: k, b: k + 1, ent: Ent::Person, score: 0.7, rule: Rule::Retyped });
        }
    }
    kept.sort_by_key(|c| c.a);
}

#[cfg(test)]
mod tests {
    use super::retype_as_person;
    use crate::cand::{Cand, Ent, Rule};
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;

    /// The type of the gazetteer's `Morena` after the word before it, once `morena` is a found
    /// person's word.
    fn retyped(text: &str) -> Ent {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let a = doc.toks.iter().position(|t| &text[t.start..t.end] == "Morena").expect("Morena");
        let mut kept = [Cand { a, b: a + 1, ent: Ent::Location, score: 0.8, rule: Rule::Gazetteer }];
        retype_as_person(&doc, &mut kept, &["morena"].into_iter().collect());
        kept[0].ent
    }

    #[test]
    fn a_found_person_s_word_after_a_preposition_that_also_names_people_is_the_person() {
        assert_eq!(retyped("cena senza glutine per Morena"), Ent::Person);
        assert_eq!(retyped("collega di Morena, stessa sede"), Ent::Person);
        // Negative: a locative preposition keeps the town.
        assert_eq!(retyped("ci vediamo in Morena"), Ent::Location);
    }
}
