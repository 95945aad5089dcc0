//! Names that end in a head word, as English writes them (`Oakstone Capital`, `Northpoint
//! Systems`, `University of Leeds`); the other languages put the head first (`prefixed.rs`).

use super::{cap, name_start};
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Heads that end many organisation names only if the name has another, uncommon word.
const WEAK_HEADS: &[&str] = &[
    "research",
    "health",
    "care",
    "data",
    "digital",
    "cloud",
    "law",
    "legal",
    "credit",
    "works",
    "network",
    "press",
    "records",
    "medicine",
    "interactive",
    "designs",
    "union",
    "mortgage",
    "payments",
    "wireless",
    "lending",
    "alliance",
    "collective",
    "workshop",
    "creations",
    "games",
    "pictures",
    "entertainment",
    "medical",
    "dental",
    "school",
    "church",
    "trust",
    "council",
    "services",
    "solutions",
    "systems",
    "group",
    "media",
    "energy",
    "finance",
    "financial",
    "marketing",
    "engineering",
    "transport",
    "shipping",
    "retail",
    "stores",
    "markets",
];

/// `Oakstone Capital`, `Northpoint Systems`, `University of Leeds`.
pub(super) fn heads(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !cap(doc, i)
            || !t.rf(rules::F_ORG_HEAD)
            || t.rf(rules::F_LEGAL_SUFFIX) && !matches!(&*t.lower, "group" | "holdings" | "associates" | "company" | "limited")
        {
            continue;
        }
        if t.shape == Shape::Upper && doc.line_is_upper(i) {
            continue;
        }
        // Skip if the next token continues the name with another head (`Health Group`).
        if i + 1 < n && cap(doc, i + 1) && !doc.toks[i + 1].line_start && doc.toks[i + 1].rf(rules::F_ORG_HEAD) {
            continue;
        }
        let a = name_start(doc, i, false);
        let mut e = i + 1;
        // `Saltmere Medical Centre`, `Harbour Dental Practice`: a facility noun after the head
        // (a street word elsewhere, so not a head itself).
        if e < n
            && cap(doc, e)
            && !doc.toks[e].line_start
            && doc.toks[e].space_before
            && matches!(&*doc.toks[e].lower, "centre" | "center" | "practice" | "surgery" | "unit" | "campus")
        {
            e += 1;
        }
        // `University of Leeds`, `Bank of America`
        if e + 1 < n && doc.toks[e].lower.as_ref() == "of" && cap(doc, e + 1) && !doc.toks[e + 1].line_start {
            e += 2;
            while e < n && cap(doc, e) && !doc.toks[e].line_start && doc.toks[e].space_before {
                e += 1;
            }
        } else if a == i {
            continue;
        }
        // The other words must include something other than common words.
        let others: Vec<usize> = (a..e).filter(|&k| k != i && doc.toks[k].is_word() && cap(doc, k)).collect();
        if others.is_empty() {
            continue;
        }
        let uncommon = others.iter().any(|&k| {
            let w = doc.toks[k].wordinfo();
            !w.is_wordy() || w.zipf < 4.0
        });
        let weak = WEAK_HEADS.contains(&&*t.lower);
        let institution = matches!(
            &*t.lower,
            "commission"
                | "university"
                | "institute"
                | "ministry"
                | "council"
                | "bank"
                | "agency"
                | "authority"
                | "bureau"
                | "foundation"
                | "association"
                | "federation"
                | "hospital"
                | "college"
                | "polytechnic"
                | "academy"
                | "society"
                | "laboratories"
                | "airlines"
                | "airways"
        );
        let job = others.iter().any(|&k| {
            matches!(&*doc.toks[k].lower, "customer" | "account" | "project" | "office" | "senior" | "junior" | "chief" | "head" | "lead")
        });
        if job || (!uncommon && (weak || (others.len() < 2 && !institution))) {
            continue;
        }
        if doc.toks[a..e].iter().any(|u| u.masked) {
            continue;
        }
        out.push(a, e, Ent::Org, if weak { 0.7 } else { 0.8 });
    }
}
