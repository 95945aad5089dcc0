//! The place a letter or a press release is written at, before its date: `Roma, 14/09/2026`,
//! `Lyon, le 28 mai 2023`, `Amsterdam, 11 oktober 2026`, `LUCERNE, Switzerland - 06/07/2026`.
//!
//! A line that opens with one to three capitalised words, a comma and a date (or a second place,
//! then a dash or a comma and the date) names a place there in every European letter convention,
//! when the lists know the place; `Dear Anna, 12 …` and `Anna Kowalski, 12/03/2024` are no datelines.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// A run of one to three capitalised words from `a` on the same line, in one column (no wide gap
/// between them: `RECEPT          Heerlen` is a heading and a place): its end.
fn caps_run(doc: &Doc<'_>, a: usize) -> Option<usize> {
    let n = doc.toks.len();
    let mut e = a;
    while e < n
        && e < a + 3
        && doc.toks[e].is_word()
        && matches!(doc.toks[e].shape, Shape::Cap | Shape::Upper)
        && (e == a || doc.toks[e].space_before && !doc.toks[e].line_start && !doc.toks[e].wide_gap_before)
    {
        e += 1;
    }
    (e > a).then_some(e)
}

/// The short words a dateline's date opens with (`le 3 mars`, `den 4.3.`, `am 4. März`, `el 3 de
/// marzo`, `il 24 aprile`, `on 3 March`).
const DATE_LEAD: &[&str] = &["le", "den", "am", "el", "il", "the", "on"];

/// The short words inside a date written out (`3 de marzo de 2024`, `24 del mese`, `3 di marzo`).
const DATE_JOIN: &[&str] = &["de", "del", "di"];

/// A date starts at `k`: a number, or a short word ([`DATE_LEAD`]) or a weekday or month before a
/// number.
fn date_at(doc: &Doc<'_>, k: usize) -> bool {
    let n = doc.toks.len();
    if k >= n || doc.toks[k].line_start {
        return false;
    }
    let t = &doc.toks[k];
    if t.kind == Kind::Num {
        return true;
    }
    let lead_word = t.is_word() && (DATE_LEAD.contains(&&*t.lower) || t.rf(rules::F_CALENDAR));
    lead_word && k + 1 < n && !doc.toks[k + 1].line_start && (doc.toks[k + 1].kind == Kind::Num || date_at(doc, k + 1) && k + 2 < n)
}

pub(crate) fn datelines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        if !doc.toks[i].line_start {
            continue;
        }
        let Some(e) = caps_run(doc, i) else { continue };
        if e >= n || !doc.toks[e].is_punct(',') || !placey(doc, i, e) {
            continue;
        }
        // A person signs with a date too (`Anna Kowalski, 12/03/2024`): the lists must know the
        // place.
        if date_at(doc, e + 1) {
            if known_place(doc, i, e) {
                out.push(i, e, Ent::Location, 0.8);
            } else if date_only_after(doc, e + 1) && doc.toks[i..e].iter().all(|t| !t.wordinfo().is_name() && !t.wordinfo().is_wordy()) {
                out.push(i, e, Ent::Location, 0.7);
            }
            continue;
        }
        // `LUCERNE, Switzerland - 06/07/2026`
        let Some(e2) = caps_run(doc, e + 1).filter(|_| doc.toks[e + 1].space_before) else { continue };
        let sep = e2 < n
            && (doc.toks[e2].is_punct('-') || doc.toks[e2].is_punct('—') || doc.toks[e2].is_punct('–') || doc.toks[e2].is_punct(','));
        if sep && placey(doc, e + 1, e2) && date_at(doc, e2 + 1) && (known_place(doc, i, e) || known_place(doc, e + 1, e2)) {
            out.push(i, e, Ent::Location, 0.8);
            out.push(e + 1, e2, Ent::Location, 0.8);
        }
    }
}

/// The rest of the line from `k` is the date alone (`den 4.3.2024`, `24 aprile 2026`, `le 3 mars
/// 2024`): the letter's own dateline, where a town too small for the gazetteer (`Capriasca`,
/// `Rapperswil-Jona`) stands as surely as a city, and a name no list knows as a person's is the
/// town's. A signature with a date names someone the lists know (`Anna Kowalski, 12/03/2024`).
fn date_only_after(doc: &Doc<'_>, k: usize) -> bool {
    let line = doc.toks[k].line;
    let rest = doc.toks[k..].iter().take_while(|t| t.line == line);
    rest.enumerate().all(|(j, t)| {
        j < 8
            && (t.kind == Kind::Num
                || t.kind == Kind::Punct
                || t.rf(rules::F_CALENDAR)
                || rules::other_language_month(&t.lower)
                || (t.is_word() && (DATE_LEAD.contains(&&*t.lower) || DATE_JOIN.contains(&&*t.lower))))
    })
}

/// The first word of `a..b` is a place or opens one in the gazetteer, and no word is a given name
/// more than a place.
fn known_place(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let w = doc.toks[a].wordinfo();
    (w.place.is_some() || w.starts_place) && doc.toks[a..b].iter().all(|t| !t.wordinfo().is_name() || t.wordinfo().place.is_some())
}

/// No word of `a..b` is a common word, unless it is a place (`Reading`, `Bath`).
fn placey(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    doc.toks[a..b].iter().all(|t| {
        let w = t.wordinfo();
        (!w.is_wordy() || w.place.is_some()) && !t.rf(rules::F_GREETINGS | rules::F_FUNCTION_WORD | rules::F_CALENDAR | rules::F_TITLES)
    })
}
