//! Author lines of papers, reports and theses: `Hunter Soto¹, Haruto Takahashi¹,², Juma Mwakyusa²*`.
//!
//! Each name carries affiliation marks glued to it (superscript digits, `*`, `†`, `‡`), which
//! nothing but an author list does to a run of capitalised words; so the marks, not the names,
//! say that people stand here, and names no list knows are found as well as common ones.

use crate::cand::{Cands, Ent, evidence, parse_name};
use crate::doc::{Doc, footnote_mark};

/// An affiliation or correspondence mark: a superscript digit, `*`, `†`, `‡` or `§`.
fn mark(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == crate::doc::Kind::Punct && t.lower.chars().next().is_some_and(|c| footnote_mark(c) || matches!(c, '*' | '†' | '‡' | '§'))
}

/// The end of the marks glued after a name at `e` (`¹,²*`): commas count only between two marks.
/// `None` when no mark is glued there.
fn marks_end(doc: &Doc<'_>, e: usize) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = e;
    while k < n && doc.toks[k].glued() {
        if mark(doc, k) {
            k += 1;
        } else if doc.toks[k].is_punct(',') && k + 1 < n && doc.toks[k + 1].glued() && mark(doc, k + 1) {
            k += 2;
        } else {
            break;
        }
    }
    (k > e).then_some(k)
}

/// Lines of two or more marked names separated by `,`, `and` or `&`, or one marked name alone on
/// its line.
pub(super) fn bylines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !doc.toks[i].line_start {
            i += 1;
            continue;
        }
        let end = doc.line_end(i);
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut k = i;
        let mut whole = true;
        while k < end {
            let Some((e, words)) = parse_name(doc, k, 4, false) else {
                whole = false;
                break;
            };
            let Some(after) = marks_end(doc, e).filter(|_| words >= 2 || (words == 1 && e > k + 1)) else {
                whole = false;
                break;
            };
            names.push((k, e));
            k = after;
            if k < end && doc.toks[k].is_punct(',') {
                k += 1;
            }
            if k < end && (doc.toks[k].is_punct('&') || (doc.toks[k].is_word() && matches!(&*doc.toks[k].lower, "and" | "und" | "et"))) {
                k += 1;
            }
        }
        if whole && (names.len() >= 2 || (names.len() == 1 && k >= end)) {
            let alone = names.len() == 1;
            for &(a, b) in &names {
                let ev = evidence(doc, a, b);
                // One marked run alone on its line may be a heading with a footnote: only names.
                let named = !alone || (ev.wordy == 0 && ev.names + ev.census > 0);
                if named && ev.ok_in_context() && ev.wordy * 2 <= ev.words {
                    out.push(a, b, Ent::Person, 0.88);
                }
            }
        }
        i = end.max(i + 1);
    }
}
