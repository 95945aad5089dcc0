//! The speaker of a reporting verb: `Ahmed Field added that …`, `Haoran Banks said`, `Mei Lin
//! noted`. A name of two or three capitalised words right before `said`, `added`, `noted` … is the
//! person speaking, so a family name that is also a word (`Field`, `Banks`) counts there; the first
//! word must still be a given name or a word no list knows, so `Customer Service confirmed` and
//! `The Board said` stay.

use crate::cand::{Cands, Ent, evidence, parse_name};
use crate::doc::Doc;
use crate::rules;

/// Verbs that report what someone said or wrote.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "explained",
    "told",
    "stated",
    "commented",
    "confirmed",
    "announced",
    "warned",
    "wrote",
    "recalled",
    "remarked",
    "replied",
    "argued",
    "argues",
    "insisted",
    "acknowledged",
    "admitted",
    "emphasised",
    "emphasized",
    "stressed",
];

pub(super) fn reporting(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || !(t.line_start || doc.sentence_start(i)) {
            continue;
        }
        let Some((e, words)) = parse_name(doc, i, 3, false) else { continue };
        if !(2..=3).contains(&words)
            || e >= n
            || !doc.toks[e].is_word()
            || !REPORTING.contains(&&*doc.toks[e].lower)
            || doc.toks[e].line_start
        {
            continue;
        }
        let lead = t.wordinfo();
        let given = (lead.is_first() && !lead.is_wordy()) || lead.info_unknown();
        let run = &doc.toks[i..e];
        let plain = !run
            .iter()
            .any(|u| u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD | rules::F_GROUP | rules::F_FUNCTION_WORD | rules::F_TITLES));
        let ev = evidence(doc, i, e);
        if given && plain && ev.wordy < ev.words {
            out.push(i, e, Ent::Person, 0.8);
        }
    }
}
