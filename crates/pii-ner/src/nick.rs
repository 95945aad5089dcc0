//! IRC-style logs: `<kwame> did the backup finish?` — the word in angle brackets that opens a line
//! is the speaker's nickname, in whatever case. Two such lines make a log; markup (`<div> text`,
//! any document with a closing tag `</`) is not one, and a common word (`<admin>`, `<bot>`) is a
//! role, not a name.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind};

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    if doc.text.contains("</") || doc.text.contains("/>") {
        return;
    }
    let n = doc.toks.len();
    let mut turns = Vec::new();
    for i in 0..n {
        let t = &doc.toks[i];
        if !(t.line_start && t.is_punct('<')) || i + 3 >= n {
            continue;
        }
        let (nick, close, msg) = (&doc.toks[i + 1], &doc.toks[i + 2], &doc.toks[i + 3]);
        if nick.kind == Kind::Word && !nick.space_before && close.is_punct('>') && !msg.line_start && msg.space_before {
            turns.push(i + 1);
        }
    }
    if turns.len() < 2 {
        return;
    }
    for k in turns {
        let t = &doc.toks[k];
        if t.char_len() >= 2 && (!t.wordinfo().is_wordy() || t.wordinfo().is_name()) {
            out.push(k, k + 1, Ent::Person, 0.85);
        }
    }
}
