//! A name before an age: `Bed 1: Schmitt, Annika, 51y.`, `AKUA FRIMPONG, 26 y/o`, `Tomás Ruiz,
//! aged 7`. Ward handovers, triage boards and incident logs write a patient this way; only a
//! person has an age in years written after a comma, so the name-shaped run before it is one,
//! whichever country the name comes from.

use crate::cand::{Cands, Ent, evidence};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Every name-shaped run that ends right before `, <age>`.
pub(super) fn aged(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for c in 1..n.saturating_sub(1) {
        if !doc.toks[c].is_punct(',') || doc.toks[c + 1].line_start || !is_age(doc, c + 1) {
            continue;
        }
        if let Some(a) = name_before(doc, c) {
            let ev = evidence(doc, a, c);
            if ev.ok_in_context() && ev.wordy == 0 {
                out.push(a, c, Ent::Person, 0.8);
            }
        }
    }
}

/// An age in years at token `k`: `51y`, `51yo`, `51yrs`, `51 y/o`, `51 yo`, `51 years`, `aged 51`.
fn is_age(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let years = |w: &str| matches!(w, "y" | "yo" | "yrs" | "years" | "yr");
    match t.kind {
        Kind::Alnum => {
            let digits = t.lower.chars().take_while(char::is_ascii_digit).count();
            (1..=3).contains(&digits) && years(&t.lower[digits..])
        }
        Kind::Num => t.char_len() <= 3 && doc.toks.get(k + 1).is_some_and(|u| u.is_word() && u.space_before && years(&u.lower)),
        Kind::Word => &*t.lower == "aged" && doc.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Num && u.char_len() <= 3),
        _ => false,
    }
}

/// The start of the name that ends before the comma at `c`: one to four capitalised or capital
/// words on the comma's line, or a family name, a comma and given names (`Schmitt, Annika`),
/// after a label's colon, a line start or a column gap.
fn name_before(doc: &Doc<'_>, c: usize) -> Option<usize> {
    let word = |k: usize| {
        let t = &doc.toks[k];
        t.is_word()
            && matches!(t.shape, Shape::Cap | Shape::Upper)
            && !t.rf(rules::F_TITLES | rules::F_CALENDAR | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_STREET_SUFFIX)
    };
    let mut a = c;
    let mut comma_seen = false;
    while a > 0 && c - a < 6 {
        let p = a - 1;
        if word(p) {
            a = p;
            if doc.toks[a].line_start || doc.toks[a].wide_gap_before {
                break;
            }
        } else if doc.toks[p].is_punct(',') && !comma_seen && a < c && p > 0 && word(p - 1) {
            comma_seen = true;
            a = p;
        } else {
            break;
        }
    }
    // The run must open a field: a line start, a column gap, or a label's colon before it.
    let opens = doc.toks[a].line_start || doc.toks[a].wide_gap_before || (a > 0 && doc.toks[a - 1].is_punct(':'));
    (a < c && doc.toks[a].is_word() && opens).then_some(a)
}
