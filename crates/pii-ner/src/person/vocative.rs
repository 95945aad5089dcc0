//! The person spoken to at the end of a sentence: `Thanks for riding, Kidist`, `See you on Monday,
//! Tomasz!`. After a comma that closes a clause of ordinary words, one or two name-shaped words
//! that end the sentence are the addressee. A town (`…offices in Leeds, Manchester`), a firm's
//! suffix (`Acme, Inc.`) or a common word (`…, Thanks`) is no addressee.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Every `<clause>, Name` that ends its sentence.
pub(super) fn vocatives(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for c in 2..n.saturating_sub(1) {
        if !doc.toks[c].is_punct(',') || doc.toks[c].line_start {
            continue;
        }
        // The clause before the comma: two or more lower-case words on the same line.
        let line_a = doc.line_first(c);
        let clause = doc.toks[line_a..c].iter().filter(|t| t.is_word() && t.shape == Shape::Lower).count();
        if clause < 2 {
            continue;
        }
        let a = c + 1;
        let mut b = a;
        while b < n
            && b < a + 2
            && doc.toks[b].is_word()
            && doc.toks[b].shape == Shape::Cap
            && !doc.toks[b].line_start
            && doc.toks[b].space_before
        {
            b += 1;
        }
        if b == a {
            continue;
        }
        // The sentence ends there: a full stop, `!` or `?`, or the end of the text, of a paragraph
        // or of a short line (a long hard-wrapped line goes on: `…, Canonical` / `Encoding Rules`).
        // A short line is no hard-wrapped one: it ends where its writer ended it.
        let short_line = doc.toks[b - 1].end - doc.toks[line_a].start < 50;
        let para_end =
            b == n || (doc.toks[b].line_start && (short_line || doc.toks[b].line > doc.toks[b - 1].line + 1 || !doc.toks[b].is_word()));
        let ends = para_end || doc.toks[b].is_punct('!') || doc.toks[b].is_punct('.') || doc.toks[b].is_punct('?');
        let after_ok = b == n || doc.toks[b].line_start || doc.toks.get(b + 1).is_none_or(|u| u.line_start || u.shape != Shape::Lower);
        if !ends || !after_ok {
            continue;
        }
        let plain = doc.toks[a..b].iter().all(|t| {
            let w = t.wordinfo();
            !w.is_wordy()
                && (w.place.is_none() || w.is_first())
                && !w.starts_place
                && t.char_len() >= 3
                && !t.rf(rules::F_LEGAL_SUFFIX
                    | rules::F_ORG_HEAD
                    | rules::F_GROUP
                    | rules::F_CALENDAR
                    | rules::F_TITLES
                    | rules::F_CLOSING_WORD)
        });
        if plain {
            out.push(a, b, Ent::Person, 0.7);
        }
    }
}
