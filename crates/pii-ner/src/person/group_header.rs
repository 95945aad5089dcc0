//! A changelog's group header: a line that holds one bracketed name and nothing else
//! (`  [ NIIBE Yutaka ]`, `[ gregor herrmann ]`) heads the changes one person made, as Debian's
//! changelogs and many release notes group them. The name stands alone in its slot, so it is taken
//! whole, as a mailbox's display name would be, instead of word by word.

use super::mailbox::{display_person, lowercase_name};
use crate::cand::{Cands, Ent};
use crate::credit::looks_like_holder;
use crate::doc::{Doc, Shape};

/// Every `[ Name ]` line of the document.
pub(super) fn group_headers(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        let bracketed = doc.toks[i].line_start && le >= i + 4 && doc.toks[i].is_punct('[') && doc.toks[le - 1].is_punct(']');
        if bracketed && !doc.toks[i + 1..le - 1].iter().any(|t| t.is_punct('[') || t.is_punct(']')) {
            let (a, b) = (i + 1, le - 1);
            let lower = doc.toks[a..b].iter().all(|t| !t.is_word() || t.shape == Shape::Lower);
            let lower_name = lower && lowercase_name(doc, a, b);
            if lower_name || (!lower && (looks_like_holder(doc, a, b) || display_person(doc, a, b))) {
                out.push(a, b, Ent::Person, 0.85);
            }
        }
        i = le.max(i + 1);
    }
}
