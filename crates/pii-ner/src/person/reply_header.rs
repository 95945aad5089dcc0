//! The author line above a quoted or forwarded message: `--- Dinis da Barreto Magar respondeu:`,
//! `Le 3 mars 2024, Zélie Delorme a écrit :`, `Am 3. März schrieb Jonte Aksoy:`, `Lupe Irigoyen
//! wrote:`. Mail clients and ticket systems write the author's display name, whatever it is, right
//! before the verb that says they wrote or answered, and the verb ends the line; the name need not
//! be one any list knows. German puts the verb first (`schrieb Jonte Aksoy:`).

use crate::cand::{Cands, Ent, evidence, parse_name};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Verbs, last word first, that end an author line in the seven languages (`a écrit`, `ha
/// scritto`, `heeft geschreven`).
const WROTE: &[&[&str]] = &[
    &["wrote"],
    &["replied"],
    &["écrit", "a"],
    &["répondu", "a"],
    &["escribió"],
    &["respondió"],
    &["scritto", "ha"],
    &["risposto", "ha"],
    &["schreef"],
    &["geschreven", "heeft"],
    &["antwoordde"],
    &["escreveu"],
    &["respondeu"],
    &["geschrieben", "hat"],
    &["geantwortet", "hat"],
];

/// German's verbs that open the line's end before the author (`schrieb Jonte Aksoy:`).
const WROTE_BEFORE: &[&str] = &["schrieb", "antwortete"];

/// Score: the line's shape is sure, so the name's words are not judged by the language's lists (a
/// given name the language also writes as a word, `Dinis`, must not be trimmed off).
const SCORE: f32 = crate::common::STRUCTURE_SCORE;

pub(super) fn reply_headers(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        // The line ends with a colon, or with the verb itself.
        let last = if doc.toks[le - 1].is_punct(':') { le - 1 } else { le };
        if last > i
            && let Some((a, e)) = author_before_verb(doc, i, last).or_else(|| author_after_verb(doc, i, last))
        {
            out.push(a, e, Ent::Person, SCORE);
        }
        i = le.max(i + 1);
    }
}

/// `… Name wrote`: the verb phrase ends at `last` (exclusive), the name right before it.
fn author_before_verb(doc: &Doc<'_>, line: usize, last: usize) -> Option<(usize, usize)> {
    let verb = WROTE.iter().find_map(|words| {
        let v = last.checked_sub(words.len())?;
        (v > line && words.iter().rev().enumerate().all(|(k, w)| doc.toks[v + k].is_word() && &*doc.toks[v + k].lower == *w)).then_some(v)
    })?;
    // Walk back over the name's words and particles to the line's start or a punctuation mark
    // (`--- `, `> `, `2024, `, `(`).
    let mut a = verb;
    while a > line && (doc.toks[a - 1].is_word() || doc.toks[a - 1].is_punct('.')) && a + 6 > verb {
        a -= 1;
    }
    // Drop what opens the line before the name in lower case (`le`, `on`).
    while a < verb && doc.toks[a].is_word() && doc.toks[a].shape == Shape::Lower {
        a += 1;
    }
    named(doc, a, verb)
}

/// The most tokens a name of four words takes (particles, initials and their dots included): no
/// verb further back than this from the line's end opens one.
const MAX_NAME_TOKENS: usize = 16;

/// `… schrieb Name:`: the verb, then the name to the line's end.
fn author_after_verb(doc: &Doc<'_>, line: usize, last: usize) -> Option<(usize, usize)> {
    let from = line.max(last.saturating_sub(MAX_NAME_TOKENS + 1));
    let v = (from..last).rev().find(|&k| doc.toks[k].is_word() && WROTE_BEFORE.contains(&&*doc.toks[k].lower))?;
    named(doc, v + 1, last)
}

/// Tokens `a..e` are one name of one to four words, not all of them common words, no firm's or
/// team's word, and end where the verb stands.
fn named(doc: &Doc<'_>, a: usize, e: usize) -> Option<(usize, usize)> {
    if a >= e || doc.toks[a].shape == Shape::Lower {
        return None;
    }
    let (end, words) = parse_name(doc, a, 4, false)?;
    let plain = !doc.toks[a..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD | rules::F_GROUP | rules::F_TITLES));
    let ev = evidence(doc, a, e);
    (end == e && words >= 1 && plain && ev.wordy < ev.words).then_some((a, e))
}

#[cfg(test)]
mod tests {
    use super::reply_headers;
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    #[test]
    fn the_name_before_wrote_or_answered_is_the_author() {
        let lex = Lexicon::from_rows(&[("support", 5.0, 0.0, 0.0), ("team", 5.2, 0.0, 0.0)], &[]);
        for (text, name) in [
            ("--- Dinis da Barreto Magar respondeu:\nOlá\n", "Dinis da Barreto Magar"),
            ("Le 3 mars 2024, Zélie Delorme a écrit :\n> merci\n", "Zélie Delorme"),
            ("Am 3. März 2024 schrieb Jonte Aksoy:\n> danke\n", "Jonte Aksoy"),
            ("On Tue, 3 Mar 2024, Lupe Irigoyen wrote:\n", "Lupe Irigoyen"),
            ("Il giorno 3 marzo, Mariagrazia Finocchiaro ha scritto:\n", "Mariagrazia Finocchiaro"),
        ] {
            assert_eq!(rule_values(&lex, text, reply_headers), [name], "{text}");
        }
        // Negative: a team, a sentence that goes on after the verb, and a verb inside a sentence.
        for text in ["Support Team wrote:\n", "Zélie Delorme a écrit une lettre.\n", "Then Lupe wrote to us\n"] {
            assert!(rule_values(&lex, text, reply_headers).is_empty(), "{text}");
        }
    }
}
