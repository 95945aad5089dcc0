//! A possessive before a personal identifier names its holder: `Kate's social security number`,
//! `Wambui's passport`, `Mr Okafor's phone number`. The thing owned says the owner is a person,
//! whatever the name. Common words stay out (`the Company's phone number`, `Apple's address`):
//! a one-word owner must not be a common English word unless the name lists know it as a name.

use crate::cand::{Cands, Ent, evidence, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Identifiers only a person holds (the first word after the possessive; `home`, `mobile` and
/// the like may come first).
const OWNED: &[&str] = &[
    "social",
    "ssn",
    "passport",
    "phone",
    "telephone",
    "cell",
    "number",
    "email",
    "e-mail",
    "address",
    "date",
    "birthday",
    "dob",
    "driver's",
    "drivers",
    "driving",
    "licence",
    "license",
    "iban",
    "card",
    "account",
    "national",
    "tax",
    "medical",
];
const QUALIFIERS: &[&str] = &["home", "mobile", "work", "new", "old", "current", "personal", "private", "credit", "bank", "debit"];

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 0..n {
        let t = &doc.toks[k];
        // The owner's last word carries the possessive (`Kate's` is one token).
        let possessive = t.is_word() && (t.lower.ends_with("'s") || t.lower.ends_with("’s"));
        if !possessive || !matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) {
            continue;
        }
        let mut o = k + 1;
        while o < n && doc.toks[o].is_word() && QUALIFIERS.contains(&&*doc.toks[o].lower) && !doc.toks[o].line_start {
            o += 1;
        }
        if o >= n || !doc.toks[o].is_word() || !OWNED.contains(&&*doc.toks[o].lower) || doc.toks[o].line_start {
            continue;
        }
        // Up to two more name words before it on the line; the longest start that parses as a name.
        let mut lo = k;
        while lo > 0 && k - lo < 2 && !doc.toks[lo].line_start && doc.toks[lo].space_before {
            let w = &doc.toks[lo - 1];
            if !(w.is_word() && matches!(w.shape, Shape::Cap | Shape::Upper | Shape::Other)) {
                break;
            }
            lo -= 1;
        }
        for a in lo..=k {
            let a = skip_title(doc, a);
            if a > k
                || doc.toks[a..=k]
                    .iter()
                    .any(|t| t.kind != Kind::Word || t.rf(rules::F_FUNCTION_WORD | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX))
            {
                continue;
            }
            let ok = if a == k {
                let w = doc.toks[k].wordinfo();
                !w.is_wordy() || w.is_name()
            } else {
                evidence(doc, a, k + 1).ok_in_context()
            };
            if ok {
                out.push(a, k + 1, Ent::Person, 0.85);
                break;
            }
        }
    }
}
