//! Firms named after their partners (`Carr, Wood and Goodwin`, `Smith & Jones`, a standalone
//! `Smith-Lynch`) and parties a contract defines as a company (`Jones-Roberts ("Company")`).

use super::{cap, name_start};
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// `Carr, Wood and Goodwin`, `Smith & Jones`, standalone `Smith-Lynch`.
pub(super) fn firms(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let surname = |k: usize| {
        let t = &doc.toks[k];
        cap(doc, k) && t.shape == Shape::Cap && t.wordinfo().last >= 0.001 && !t.wordinfo().is_first()
    };
    // Hyphenated pairs inside Markdown code blocks are commands and options (`Set-Alias`).
    let mut i = 0;
    while i < n {
        // X, Y and Z / X, Y & Z
        if i + 4 < n
            && cap(doc, i)
            && doc.toks[i].wordinfo().last > 0.0
            && doc.toks[i + 1].is_punct(',')
            && cap(doc, i + 2)
            && doc.toks[i + 2].wordinfo().last > 0.0
            && (doc.toks[i + 3].lower.as_ref() == "and" || doc.toks[i + 3].is_punct('&'))
            && cap(doc, i + 4)
            && doc.toks[i + 4].wordinfo().last > 0.0
            && !doc.toks[i + 2].line_start
            && !doc.toks[i + 4].line_start
        {
            let before_name = i > 0
                && !doc.toks[i].line_start
                && doc.toks[i - 1].is_word()
                && doc.toks[i - 1].wordinfo().is_first()
                && doc.toks[i - 1].shape == Shape::Cap;
            if !before_name {
                out.push(i, i + 5, Ent::Org, 0.75);
                i += 5;
                continue;
            }
        }
        // X & Y
        if i + 2 < n && surname(i) && doc.toks[i + 1].is_punct('&') && surname(i + 2) && !doc.toks[i + 2].line_start {
            out.push(i, i + 3, Ent::Org, 0.7);
            i += 3;
            continue;
        }
        // Smith-Lynch standing alone.
        let t = &doc.toks[i];
        if t.is_word() && t.shape == Shape::Other || (t.is_word() && t.shape == Shape::Cap) {
            let s = doc.tok_text(i);
            if let Some((l, r)) = s.split_once('-') {
                let both_cap = l.chars().next().is_some_and(char::is_uppercase) && r.chars().next().is_some_and(char::is_uppercase);
                let prev_name = i > 0
                    && !t.line_start
                    && (crate::cand::nameish(doc, i - 1, false) || doc.toks[i - 1].rf(rules::F_TITLES) || doc.toks[i - 1].is_punct('.'));
                let next_name =
                    i + 1 < n && !doc.toks[i + 1].line_start && doc.toks[i + 1].space_before && crate::cand::nameish(doc, i + 1, false);
                let code =
                    crate::statistical::code_identifier(s) || crate::statistical::written_as_code(doc, i, i + 1) || doc.in_fenced_code(i);
                // `the Boyer-Moore algorithm`: a pair of names used as an adjective.
                let eponym = i > 0
                    && doc.toks[i - 1].is_word()
                    && matches!(&*doc.toks[i - 1].lower, "the" | "a" | "an")
                    && i + 1 < n
                    && doc.toks[i + 1].is_word()
                    && doc.toks[i + 1].shape == Shape::Lower
                    && !doc.toks[i + 1].line_start;
                // `E-Mail:`, `X-Ray`: no family name has one letter, and a label names no firm.
                let one_letter = l.chars().count() < 2 || r.chars().count() < 2;
                let label = i + 1 < n && doc.toks[i + 1].is_punct(':') && doc.toks[i + 1].glued();
                // German and Dutch join nouns with a hyphen (`Netto-Bezüge`, `Personal-Nr`,
                // `Meerwasser-Nasenspray`), more often than two founders' names stand alone.
                let noun_compound = matches!(doc.language, pii_core::lang::Language::German | pii_core::lang::Language::Dutch);
                if both_cap && !prev_name && !next_name && !r.contains('-') && !code && !eponym && !one_letter && !label && !noun_compound {
                    out.push(i, i + 1, Ent::Org, 0.55);
                }
            }
        }
        i += 1;
    }
}

/// Defined terms that mark the party before them as an organisation.
const ORG_TERMS: &[&str] = &[
    "company",
    "employer",
    "vendor",
    "supplier",
    "client",
    "contractor",
    "licensor",
    "licensee",
    "lender",
    "customer",
    "buyer",
    "seller",
    "provider",
    "service provider",
    "consultant",
    "purchaser",
    "distributor",
    "bank",
    "agent",
    "manufacturer",
    "reseller",
    "partner",
    "processor",
    "controller",
    "sub-processor",
    "subprocessor",
    "operator",
    "owner",
    "developer",
    "publisher",
    "sponsor",
    "issuer",
    "guarantor",
];

/// `Jones-Roberts ("Company")`.
pub(super) fn defined_terms(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(3) {
        if !doc.toks[i].is_punct('(') || !(doc.toks[i + 1].is_punct('"') || doc.toks[i + 1].is_punct('“')) {
            continue;
        }
        let mut k = i + 2;
        while k < n && k < i + 6 && doc.toks[k].kind == Kind::Word {
            k += 1;
        }
        let term = crate::cand::key_of(doc, i + 2, k);
        if !ORG_TERMS.contains(&term.as_str()) {
            continue;
        }
        let e = i;
        if e == 0 || !cap(doc, e - 1) {
            continue;
        }
        let a = name_start(doc, e - 1, true);
        // `between X and Y ("Company")` keeps only Y.
        out.push(a, e, Ent::Org, 0.8);
    }
}
