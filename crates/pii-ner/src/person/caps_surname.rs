//! Given name, then the family name in capitals: `Fatou NDIAYE`, `Khadija BEN YOUSSEF`,
//! `Anouk DE VRIES  (Claimant)`, the way badges, court papers and much of Europe's paperwork
//! write a person.
//!
//! The mixed shape is the evidence: a capitalised word that is no common word followed by one to
//! three words in capitals, the last a family name or a word no list knows, standing as its own
//! item (line start or column, then the end of the line, a column gap, a bracket or a comma).

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// A word in capitals that may be a family name: see [`family_word`].
pub(super) fn caps_family(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks[k].shape == Shape::Upper && family_word(doc, k)
}

/// A word, in any case, that may be a family name: a known family name, or a word no list knows
/// of four letters or more that is no Roman numeral.
pub(super) fn family_word(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    if !t.is_word() || t.char_len() < 3 {
        return false;
    }
    let w = t.wordinfo();
    let roman = t.lower.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'));
    !roman && (w.is_census() || (!w.is_wordy() && w.zipf < 3.0 && t.char_len() >= 4))
}

pub(super) fn caps_surnames(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(1) {
        let t = &doc.toks[i];
        let opens = t.line_start || t.wide_gap_before || (i > 0 && doc.toks[i - 1].is_punct(':'));
        if !opens || !t.is_word() || t.shape != Shape::Cap || t.char_len() < 3 || t.rf(rules::F_TITLES | rules::F_CALENDAR) {
            continue;
        }
        let w = t.wordinfo();
        if !(w.is_first() || (!w.is_wordy() && w.zipf < 3.0)) {
            continue;
        }
        // Particles in capitals (`BEN`, `DE`, `VAN DER`, `BINTI`), then the family name.
        let mut e = i + 1;
        let mut last_ok = false;
        while e < n && e < i + 4 && doc.toks[e].space_before && !doc.toks[e].line_start && !doc.toks[e].wide_gap_before {
            let u = &doc.toks[e];
            if u.is_word() && u.shape == Shape::Upper && u.rf(rules::F_PARTICLES) {
                e += 1;
                continue;
            }
            if caps_family(doc, e) {
                e += 1;
                last_ok = true;
                continue;
            }
            break;
        }
        if !last_ok {
            continue;
        }
        let ends = e >= n
            || doc.toks[e].line_start
            || doc.toks[e].wide_gap_before
            || (doc.toks[e].kind == Kind::Punct && matches!(&*doc.toks[e].lower, "(" | "," | ";" | "|" | "<"));
        if ends && !doc.toks[i..e].iter().any(|u| u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD)) {
            out.push(i, e, Ent::Person, 0.82);
        }
    }
}
