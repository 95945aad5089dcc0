//! The travel industry's name form, `FAMILY/GIVEN MR`: passenger manifests, boarding passes,
//! booking records and visa lists write a person as family name, slash, given names, in capitals,
//! with the title after them. The slash and the title make the value a person whatever its words
//! are, so names no list knows are taken; without the title the same shape is an abbreviation pair
//! (`AND/OR`, `TCP/IP`) and is left alone, unless it fills its line alone and every word is one
//! that no list holds as a common word (`EZEANI/CHUKWUEMEKA` under `BOARDING PASS`). A single
//! name with the title after it fills a boarding pass's line too (`WIRANTO MRS`).

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Most words on either side of the slash (`DE LA CRUZ/MARIA JOSE MRS`).
const MOST_WORDS: usize = 3;

/// Every `FAMILY/GIVEN TITLE` of the document; the title stays outside the span.
pub(super) fn slash_names(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let upper = |i: usize| i < n && doc.toks[i].is_word() && doc.toks[i].shape == Shape::Upper;
    for s in 1..n.saturating_sub(1) {
        let slash = &doc.toks[s];
        if !slash.is_punct('/') || slash.space_before || doc.toks[s + 1].space_before || !upper(s - 1) || !upper(s + 1) {
            continue;
        }
        // The family name: capitals back to the line start or a non-capital, at most three words.
        let mut a = s - 1;
        while a > 0 && s - a < MOST_WORDS && upper(a - 1) && !doc.toks[a].line_start && doc.toks[a].space_before {
            a -= 1;
        }
        // Glued to something before it (`A/B/C`, `HTTP/2`): not this form.
        if a > 0 && !doc.toks[a].space_before && !doc.toks[a].line_start {
            continue;
        }
        // The given names, then the title that closes them.
        let mut b = s + 1;
        while b < n && b - s <= MOST_WORDS && upper(b) && !doc.toks[b].rf(rules::F_TITLES) && (b == s + 1 || doc.toks[b].space_before) {
            b += 1;
        }
        let titled = b > s + 1
            && b < n
            && doc.toks[b].rf(rules::F_TITLES)
            && doc.toks[b].shape == Shape::Upper
            && doc.toks[b].space_before
            && !doc.toks[b].line_start
            && (b + 1 == n || doc.toks[b + 1].space_before || doc.toks[b + 1].line_start);
        if titled {
            out.push(a, b, Ent::Person, 0.85);
        } else if b > s + 1
            && doc.toks[a].line_start
            && (b == n || doc.toks[b].line_start)
            && (a..b).all(|k| k == s || plain_name_word(doc, k))
        {
            out.push(a, b, Ent::Person, 0.75);
        }
    }
    titled_lines(doc, out);
}

/// A word in capitals that only a name can be: three letters or more, no common word, title,
/// month, role or organisation's word.
fn plain_name_word(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let w = t.wordinfo();
    t.is_word()
        && t.shape == Shape::Upper
        && t.char_len() >= 3
        && !t.wordy_part
        && !w.is_wordy()
        && w.zipf < 3.0
        && !t.rf(rules::F_TITLES | rules::F_CALENDAR | rules::F_ROLES | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_FUNCTION_WORD)
}

/// A line of one to three name words in capitals and a title after them (`WIRANTO MRS`,
/// `NGUYEN THI LAN MS`); the title stays outside the span.
fn titled_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        let title = le.saturating_sub(1);
        if doc.toks[i].line_start
            && (2..=4).contains(&(le - i))
            && doc.toks[title].rf(rules::F_TITLES)
            && doc.toks[title].shape == Shape::Upper
            && (i..title).all(|k| plain_name_word(doc, k))
        {
            out.push(i, title, Ent::Person, 0.8);
        }
        i = le.max(i + 1);
    }
}
