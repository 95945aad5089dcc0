//! IRC-style logs: `<kwame> did the backup finish?`, `[09:14] <kwame_a> morning!`, `<@sofiya.k> on
//! it` — the nick in angle brackets that opens a line, after an optional time stamp and operator
//! mark, is the speaker, in whatever case and with the `.`, `_` and `-` of user names. Two such
//! lines make a log; markup (`<div> text`, any document with a closing tag `</`) is not one, and a
//! common word (`<admin>`, `<bot>`) is a role, not a name.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind};

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    if doc.text.contains("</") || doc.text.contains("/>") {
        return;
    }
    let turns: Vec<(usize, usize)> = (0..doc.toks.len()).filter(|&i| doc.toks[i].line_start).filter_map(|i| nick(doc, i)).collect();
    if turns.len() < 2 {
        return;
    }
    let mut names: Vec<&str> = Vec::new();
    for (a, b) in turns {
        let t = &doc.toks[a];
        let plain = b > a + 1 || (t.char_len() >= 2 && (!t.wordinfo().is_wordy() || t.wordinfo().is_name()));
        if plain {
            out.push(a, b, Ent::Person, 0.85);
            let nick = &doc.text[doc.toks[a].start..doc.toks[b - 1].end];
            if b > a + 1 && !names.contains(&nick) {
                names.push(nick);
            }
        }
    }
    addressed(doc, &names, out);
}

/// A speaker's nick of several tokens (`kwame_b`, `sofiya.k`) addressed in a message (`kwame_b:
/// check #ops`): the same person. One-word nicks spread as names do, by propagation.
fn addressed(doc: &Doc<'_>, names: &[&str], out: &mut Cands) {
    let n = doc.toks.len();
    for &name in names {
        for (a, b) in doc.occurrences(name) {
            // Not inside a longer word: glued before only to an `@`, after only to punctuation.
            let glued_before = a > 0 && doc.toks[a].glued() && !doc.toks[a - 1].is_punct('@');
            let glued_after = b < n && doc.toks[b].glued() && doc.toks[b].kind != Kind::Punct;
            if !glued_before && !glued_after {
                out.push(a, b, Ent::Person, 0.85);
            }
        }
    }
}

/// The nick of the line starting at token `i`: after the stamp, `<`, an optional operator mark
/// (`@`, `+`), then a word and what is glued to it (`kwame_a`, `sofiya.k`), then `>` and a message.
fn nick(doc: &Doc<'_>, i: usize) -> Option<(usize, usize)> {
    let n = doc.toks.len();
    let k = crate::person::skip_stamp(doc, i);
    if k >= n || !doc.toks[k].is_punct('<') || (k != i && doc.toks[k].line_start) {
        return None;
    }
    let mut a = k + 1;
    if a < n && doc.toks[a].glued() && (doc.toks[a].is_punct('@') || doc.toks[a].is_punct('+')) {
        a += 1;
    }
    if a >= n || !doc.toks[a].glued() || doc.toks[a].kind != Kind::Word {
        return None;
    }
    let mut e = a + 1;
    while e < n && e - a <= 7 && doc.toks[e].glued() && !doc.toks[e].is_punct('>') {
        let t = &doc.toks[e];
        let joiner = t.kind == Kind::Punct && matches!(&*t.lower, "." | "_" | "-");
        if !(joiner || matches!(t.kind, Kind::Word | Kind::Num | Kind::Alnum)) {
            return None;
        }
        e += 1;
    }
    let closed = e < n && doc.toks[e].is_punct('>') && doc.toks[e].glued();
    let said = doc.toks.get(e + 1).is_some_and(|t| !t.line_start && t.space_before);
    (closed && said).then_some((a, e))
}
