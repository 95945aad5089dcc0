//! `git blame` lines: `7ee88da5 (Andrei Ionescu 2019-08-26 21:09:00 +0200 41) code`, also with
//! a file name after the hash and with the `^` of a boundary commit.
//!
//! The author stands between the opening bracket and the date wherever the format puts it, so
//! the line's shape, not the name, says a person is there.

use crate::cand::{Cands, Ent, evidence, parse_name};
use crate::doc::{Doc, Kind};

/// A commit hash: 7 to 40 hexadecimal characters with at least one digit.
fn hash(s: &str) -> bool {
    (7..=40).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_hexdigit()) && s.bytes().any(|b| b.is_ascii_digit())
}

pub(super) fn blame_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        if !doc.toks[i].line_start {
            continue;
        }
        let mut k = i;
        if doc.toks[k].is_punct('^') && k + 1 < n && doc.toks[k + 1].glued() {
            k += 1;
        }
        if !hash(doc.tok_text(k)) || k + 1 < n && doc.toks[k + 1].glued() {
            continue;
        }
        // An optional file name, then the bracket, within the line.
        let end = doc.line_end(i);
        let Some(open) = (k + 1..end.min(k + 12)).find(|&j| doc.toks[j].is_punct('(')) else { continue };
        let a = open + 1;
        if a >= end || !doc.toks[a].glued() {
            continue;
        }
        let Some((mut e, _)) = parse_name(doc, a, 5, false) else { continue };
        // `Karim Fawzy Thu, 11 Sep 2025`: the weekday opens the date.
        if e > a + 1 && doc.toks[e - 1].rf(crate::rules::F_CALENDAR) && e < end && doc.toks[e].is_punct(',') {
            e -= 1;
        }
        // The date follows the name: digits (`2019-08-26`, `18 Mar 2024`) or a weekday and a comma.
        let dated = e < end
            && doc.toks[e].space_before
            && (matches!(doc.toks[e].kind, Kind::Num | Kind::Alnum)
                || (e + 1 < end && doc.toks[e].is_word() && doc.toks[e + 1].is_punct(',')));
        let closes = doc.toks[e..end].iter().any(|t| t.is_punct(')'));
        if dated && closes && evidence(doc, a, e).ok_in_context() {
            out.push(a, e, Ent::Person, 0.9);
        }
    }
}
