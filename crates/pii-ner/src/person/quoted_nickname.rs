//! A nickname in quotation marks between a given name and a family name: `Eleanor "Nell"
//! Fairbrother`, `Robert “Bobby” Ochieng`. Obituaries, profiles and sports pages write people this
//! way; the quoted word is the person's too, and the family name after it belongs with the given
//! name before it. A given name the lists know (or a word they do not know) must open it, and no
//! common word may close it, so `Click "Save" Button` and `the "Best" Award` stay.

use crate::cand::{Cands, Ent, evidence, nameish, parse_name};
use crate::doc::{Doc, Shape};
use crate::rules;

fn opening_quote(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks.get(k).is_some_and(|t| (t.is_punct('"') || t.is_punct('“')) && t.space_before && !t.line_start)
}

fn closing_quote(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks.get(k).is_some_and(|t| (t.is_punct('"') || t.is_punct('”')) && !t.space_before && !t.line_start)
}

pub(super) fn quoted_nicknames(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(4) {
        let given = &doc.toks[i];
        if !nameish(doc, i, false) || given.shape != Shape::Cap || given.rf(rules::F_TITLES | rules::F_GREETINGS) {
            continue;
        }
        // `Given "Nick" Family`: the nickname is one or two capitalised words inside the quotes.
        if !opening_quote(doc, i + 1) || !nameish(doc, i + 2, false) || doc.toks[i + 2].space_before {
            continue;
        }
        let mut q = i + 3;
        if q < n && nameish(doc, q, false) && doc.toks[q].space_before {
            q += 1;
        }
        if !closing_quote(doc, q) || q + 1 >= n || !doc.toks[q + 1].space_before || doc.toks[q + 1].line_start {
            continue;
        }
        // A capitalised particle opens the family name (`Van Wyk`, `De Luca`) and is judged with it.
        let mut f = q + 1;
        while f + 1 < n
            && f < q + 3
            && doc.toks[f].rf(rules::F_PARTICLES)
            && doc.toks[f].shape == Shape::Cap
            && doc.toks[f + 1].space_before
            && nameish(doc, f + 1, false)
        {
            f += 1;
        }
        let Some((e, _)) = parse_name(doc, f, 2, false) else { continue };
        let lead = given.wordinfo();
        let family = evidence(doc, f, e);
        let opens = (lead.is_first() && !lead.is_wordy()) || lead.info_unknown();
        if opens && family.wordy == 0 && family.words > 0 {
            out.push(i, e, Ent::Person, 0.85);
        }
    }
}
