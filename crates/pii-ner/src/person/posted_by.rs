//! The user name of a forum, comment or review byline: `Posted by tariq.hussain on 12 March`,
//! `Reply from kwame_b:`, `Answered by dmitri-k · 3 days ago`.
//!
//! Why: sites print the poster's account name, not a name with capitals, and the account name is
//! most often the person's own name joined by `.`, `_` or `-`. Nothing in the word says person;
//! the byline does: a verb of posting and `by` (or a post and `from`) opening the line, then one
//! user name, then the line's end or the post's date (`on`, `at`, `·`, `|`, `-`, `(`, `,`, `:`);
//! or, inside a log line, a past participle and `by` before a user name that ends the line
//! (`build 2.16 deployed by colton`).
//! A thread prints the author's user name alone at the head of each post or reply, before a `·` and
//! the date or verb (`maribel_runner · 18/11/2026`, `↳ neus.2022 · respondió`): there the name is
//! the user name's first word, without the decoration after it (`_runner`, `.2022`).
//! The tokenizer leaves such a user name open ([`crate::doc::after_byline`]) where a `_`
//! elsewhere marks code.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind};

/// Words after the user name that end the byline: its date (`on`, `le`, `el`, `il`, `am`, `op`,
/// `em`), its time (`at`) or what the post is about (`sobre`, `sur`, `über`, `over`, `su`).
const BYLINE_CLOSERS: &[&str] = &["on", "at", "le", "el", "il", "am", "op", "em", "sobre", "sur", "über", "over", "su", "about"];

/// Score: the byline names who posted, as a label does; below a label's, the value being one
/// word with no name evidence.
const SCORE: f32 = 0.8;

pub(super) fn posted_by(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let byline = crate::doc::after_byline(&doc.toks, i);
        if !byline && !closing_by(doc, i) {
            continue;
        }
        let Some(e) = user_name_end(doc, i) else { continue };
        // A log line's `deployed by colton`: the user name ends the line, and one word alone is a
        // given name the lists know.
        let given = doc.toks[i].wordinfo().is_first() && !doc.toks[i].wordinfo().is_wordy();
        if !byline && (!(e == n || doc.toks[e].line_start) || (e == i + 1 && !given)) {
            continue;
        }
        let t = &doc.toks[i];
        // One plain word must be no common word (`Posted by admin`, `Reply from support`).
        let joined = e > i + 1;
        if !joined && (t.char_len() < 3 || t.wordinfo().is_wordy()) {
            continue;
        }
        let closed = e == n || doc.toks[e].line_start || {
            let u = &doc.toks[e];
            (u.is_word() && BYLINE_CLOSERS.contains(&&*u.lower)) || ["·", "|", "-", "–", "(", ",", ":", "•"].iter().any(|p| &*u.lower == *p)
        };
        if closed {
            out.push(i, e, Ent::Person, SCORE);
        }
    }
}

/// The authors of a thread's posts ([`crate::doc::author_handle`]): the user name's words up to the
/// first that is a number or an English word (`maribel_runner` -> `maribel`; `tariq.hussain` whole),
/// the first a given name the lists know or no common English word of three letters or more.
/// The language's common words fall later, as every person of this score does.
pub(super) fn author_handles(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        let line_open = t.line_start || (i > 0 && doc.toks[i - 1].line_start);
        if !line_open || t.kind != Kind::Word {
            continue;
        }
        let e = crate::cand::joined_end(doc, i, n, true);
        if !crate::doc::author_handle(&doc.toks, i, e) {
            continue;
        }
        // The name's words: the first, then each glued word that is no English word.
        let mut end = i + 1;
        while end + 1 < e && doc.toks[end + 1].kind == Kind::Word && !english_word(&doc.toks[end + 1]) {
            end += 2;
        }
        let w = t.wordinfo();
        let named = w.is_first() || (!english_word(t) && t.char_len() >= 3 && !t.rf(crate::rules::F_FUNCTION_WORD));
        if named && !NON_NAME_AUTHORS.contains(&&*t.lower) {
            out.push(i, end, Ent::Person, SCORE);
        }
    }
}

/// A word English writes (three per million words or more) that no list holds as a given name:
/// a user name's decoration (`runner`, `fan`, `official`), also where a family name is spelled so.
fn english_word(t: &crate::doc::Token<'_>) -> bool {
    let w = t.wordinfo();
    w.is_wordy() || (w.zipf >= 3.5 && !w.is_first())
}

/// Accounts that post for a site, not a person.
const NON_NAME_AUTHORS: &[&str] =
    &["admin", "moderator", "moderador", "moderatore", "modérateur", "moderatorin", "bot", "support", "staff", "team"];

/// Token `i` follows a past participle and `by` inside a log line, one that opens with its time
/// stamp (`10:15:30Z INFO build 2.16 deployed by colton`): the log's note of who did it. Prose
/// wrapped after `by` (`described by` / `rust-alloc-no-stdlib`) opens with no number.
fn closing_by(doc: &Doc<'_>, i: usize) -> bool {
    let line_start = (0..=i).rev().find(|&k| doc.toks[k].line_start).unwrap_or(0);
    let stamped = matches!(doc.toks[line_start].kind, Kind::Num | Kind::Alnum);
    stamped
        && i >= 2
        && !doc.toks[i].line_start
        && !doc.toks[i - 1].line_start
        && doc.toks[i - 1].is_word()
        && &*doc.toks[i - 1].lower == "by"
        && doc.toks[i - 2].is_word()
        && doc.toks[i - 2].shape == crate::doc::Shape::Lower
        && doc.toks[i - 2].lower.len() >= 5
        && doc.toks[i - 2].lower.ends_with("ed")
}

/// The end of a user name starting at `i`: a word, then words, numbers and `.`, `_`, `-` glued to
/// it, ending in a word or number, at most 40 characters.
fn user_name_end(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[i];
    if t.kind != Kind::Word || !t.space_before {
        return None;
    }
    let e = crate::cand::joined_end(doc, i, n, true);
    let glued_more = e < n && doc.toks[e].glued() && !matches!(&*doc.toks[e].lower, ":" | "," | "·");
    let len = doc.text[t.start..doc.toks[e - 1].end].chars().count();
    (!glued_more && len <= 40).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn names(text: &str) -> Vec<String> {
        crate::tests::rule_values(
            &Lexicon::from_rows(
                &[("admin", 4.6, 0.0, 0.0), ("colton", 3.2, 0.004, 0.002), ("client", 4.9, 0.0, 0.0), ("service", 5.3, 0.0, 0.0)],
                &[],
            ),
            text,
            posted_by,
        )
    }

    #[test]
    fn the_user_name_of_a_byline_is_a_person() {
        assert_eq!(names("Posted by tariq.hussain on 12 March\nGreat write-up!"), ["tariq.hussain"]);
        assert_eq!(names("Reply from kwame_b:\nThanks!"), ["kwame_b"]);
        assert_eq!(names("Answered by dmitri-k · 3 days ago"), ["dmitri-k"]);
        assert_eq!(names("Quote from Ekow: \"Have you tried a reset?\""), ["Ekow"]);
        assert_eq!(names("10:15:30Z INFO build 2.16 deployed by colton\n"), ["colton"]);
        // The same bylines in the other languages.
        assert_eq!(names("Commento di daniela · 05/11/2023, 17:05\n\"ok\""), ["daniela"]);
        assert_eq!(names("Review van shanti (Zwolle) – 2 februari 2026\n"), ["shanti"]);
        assert_eq!(names("Publicada por roxana el 21/3/2026\n"), ["roxana"]);
        assert_eq!(names("Avaliação de larissa.m sobre Grupo Vianorte\n"), ["larissa.m"]);
    }

    #[test]
    fn the_author_of_a_threads_post_is_the_first_word_of_its_user_name() {
        let lex = Lexicon::from_rows(&[("maribel", 2.1, 0.02, 0.0), ("runner", 4.2, 0.0, 0.001), ("admin", 4.6, 0.0, 0.0)], &[]);
        let authors = |text: &str| crate::tests::rule_values(&lex, text, author_handles);
        assert_eq!(authors("maribel_runner · 18/11/2026\n¿Alguien sabe algo?"), ["maribel"]);
        assert_eq!(authors("Hilo\n\n    ↳ neus.2022 · respondió\n      Yo hablé con ella."), ["neus"]);
        assert_eq!(authors("  ↳ tariq.hussain · 3 h\nok"), ["tariq.hussain"]);
        // Negative: a site's account, an English word, a user name inside a line, no `·` after it.
        assert!(authors("admin · 18/11/2026\nNormas del foro").is_empty());
        assert!(authors("runner_maribel · 18/11/2026\nhola").is_empty());
        assert!(authors("Ayer maribel_runner · respondió").is_empty());
        assert!(authors("maribel_runner respondió\nhola").is_empty());
        assert!(authors("Maribel Paz · respondió\nhola").is_empty());
    }

    #[test]
    fn no_common_word_nor_byline_inside_a_sentence_nor_a_url() {
        assert!(names("Posted by admin on 12 March").is_empty());
        assert!(names("Avis de client\nCommentaire de service\n").is_empty());
        assert!(names("This was posted by tariq.hussain on Monday.").is_empty());
        // Inside a line, only a user name that ends the line; never a common word.
        assert!(names("It was deployed by colton yesterday\n").is_empty());
        assert!(names("The job was triggered by admin\n").is_empty());
        // Nor prose wrapped after `by`.
        assert!(names("a memory allocation system described by colton\nand more").is_empty());
        assert!(names("Posted by example.com/users/tariq today").is_empty());
    }
}
