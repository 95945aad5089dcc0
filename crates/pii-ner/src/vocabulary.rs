//! A word the document itself also writes in lower case, as a plain word outside any address or
//! path (`backtrace`, `sqlite`, `tokio` in code and prose), belongs to its vocabulary: a program's,
//! library's or command's name, not a person's. People's names stay capitalised outside chat, where
//! lower-case writing is the norm (the document's `lowercase_chat` turns this test off), and a word
//! that English uses (`mark`, `will`) says nothing. Such a word neither spreads from a weak
//! single-word guess nor stands as one; a place or organisation guess gives way only to the
//! lower-case word written as code (`Tokio` beside the `` `tokio` `` feature).

use rustc_hash::FxHashSet;

use crate::cand::Cand;
use crate::doc::{Doc, Kind, Shape};

/// The lower-case plain words of `doc` (three letters or more, not in an address, URL or path);
/// empty for a chat written in lower case.
pub(crate) fn lower_words<'a>(doc: &Doc<'a>) -> FxHashSet<&'a str> {
    if doc.lowercase_chat {
        return FxHashSet::default();
    }
    let text: &'a str = doc.text;
    doc.toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.shape == Shape::Lower && !t.masked && t.char_len() >= 3)
        .map(|t| &text[t.start..t.end])
        .collect()
}

/// `lower` without the words of a person found with confidence: written in lower case there (a
/// chat's speaker column, `tomáš > ping me`), or a full name found capitalised by a label
/// (`Assegnato a: Erion Bouzidi`) and written in lower case elsewhere as a handle (`(erion, 07:35)`). Either way the
/// lower-case form is the person's, so their capitalised mentions (`Tomáš has the pager`, a
/// signature's `Erion`) are theirs too.
pub(crate) fn without_people<'a>(mut lower: FxHashSet<&'a str>, doc: &Doc<'a>, kept: &[Cand]) -> FxHashSet<&'a str> {
    for c in kept {
        if c.ent == crate::cand::Ent::Person && c.score >= 0.85 {
            // A full name that structure found (a label, a key) holds its words whatever their
            // case; a name thanked alone (`Thanks, Kowalski.`) may be a program's the text runs.
            let words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word);
            let structural = c.score >= crate::common::STRUCTURE_SCORE && words.clone().count() >= 2;
            for t in words.filter(|t| structural || t.shape == Shape::Lower) {
                lower.remove(&*t.lower);
            }
        }
    }
    lower
}

/// The lower-case words of `doc` written as code: in backticks or in a fenced block (`tokio`).
/// A place or firm guess gives way only to these: a town's name in lower case in running text
/// or a chat is still the town, but as code it is a crate, a package or a command.
pub(crate) fn lower_code_words<'a>(doc: &Doc<'a>) -> FxHashSet<&'a str> {
    let text: &'a str = doc.text;
    (0..doc.toks.len())
        .filter(|&i| {
            let t = &doc.toks[i];
            t.kind == Kind::Word
                && t.shape == Shape::Lower
                && t.char_len() >= 3
                && (crate::statistical::written_as_code(doc, i, i + 1) || doc.in_fenced_code(i))
        })
        .map(|i| &text[doc.toks[i].start..doc.toks[i].end])
        .collect()
}

/// `c` is one capitalised word the document also writes in lower case, and no word English uses
/// (Zipf below 3: those are written in lower case everywhere, `Will`, `Mark`, `Rose`).
pub(crate) fn written_lower(doc: &Doc<'_>, lower: &FxHashSet<&str>, c: &Cand) -> bool {
    let words: Vec<_> = doc.toks[c.a..c.b].iter().filter(|t| t.is_word()).collect();
    match words.as_slice() {
        [t] => t.shape != Shape::Lower && t.wordinfo().zipf < 3.0 && lower.contains(&*t.lower),
        _ => false,
    }
}

/// Rules that read a person from the shape of prose or chat (`Name: message`, a capitalised word in
/// a sentence, a lower-case chat name): inside a Markdown fenced code block the text is code, and a
/// `len: usize` line is no speaker.
pub(crate) fn prose_rule(rule: crate::rule::Rule) -> bool {
    use crate::rule::Rule;
    matches!(rule, Rule::Speaker | Rule::Lowercase | Rule::Prose | Rule::Handle | Rule::Network)
}
