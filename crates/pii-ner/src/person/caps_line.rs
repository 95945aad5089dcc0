//! A line that is nothing but a name in capitals: `DILRUKSHI DISSANAYAKE` heading an obituary,
//! `OSTAP KOVALCHUK-SHEVCHUK` on a certificate, the holder line of a card. Headings in capitals
//! are made of common words (`IMMUNISATION RECORD`, `ACTION ITEMS`), places (`NEW YORK`) or
//! organisations (`ZENTROVA LOGISTICS`); a name is made of words that are none of these.

use super::caps_surname::caps_family;
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Every line of two or three words in capitals that only a name can be.
pub(super) fn caps_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        if doc.toks[i].line_start && (2..=3).contains(&(le - i)) && name_line(doc, i, le) {
            out.push(i, le, Ent::Person, 0.75);
        }
        i = le.max(i + 1);
    }
}

/// Tokens `a..b` (one line) are two or three words in capitals, each a given name the lists know,
/// or a family name by [`caps_family`], and none a common word, a place, a title, a month, an
/// organisation's or a street's word; at least one is a name the lists know, or there are two and
/// both are long and known to no list.
fn name_line(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let toks = &doc.toks[a..b];
    let shaped = toks.iter().all(|t| {
        t.is_word()
            && t.shape == Shape::Upper
            && t.char_len() >= 3
            && !t.rf(rules::F_TITLES
                | rules::F_CALENDAR
                | rules::F_ORG_HEAD
                | rules::F_LEGAL_SUFFIX
                | rules::F_STREET_SUFFIX
                | rules::F_ROLES
                | rules::F_GROUP)
    });
    if !shaped {
        return false;
    }
    let mut known = false;
    for (k, t) in toks.iter().enumerate() {
        let w = t.wordinfo();
        if w.is_wordy() || (w.place.is_some() && !w.is_first()) || w.starts_place {
            return false;
        }
        let given = w.is_first();
        if !(given || caps_family(doc, a + k)) {
            return false;
        }
        known |= w.is_name();
    }
    known || (toks.len() == 2 && toks.iter().all(|t| t.char_len() >= 5 && t.wordinfo().zipf == 0.0))
}
