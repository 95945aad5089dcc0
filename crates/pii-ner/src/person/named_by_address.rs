//! A name that the e-mail address beside it spells: `Moustapha Gueye … gueye.m@icloud.com` in a
//! table row, `# Docs (Solomiia Kravchuk, solomiia94@icloud.com)`, `Media contact: Sukarni,
//! sukarni.sukarni@outlook.com`. People's addresses are made of their names, so a capitalised
//! word on the same line that the address's local part contains, letter for letter, is that
//! person's name, whether or not any list knows it; the run of name-shaped words around it is the
//! whole name.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// The shortest word taken on the address's word: shorter ones match by chance (`Li`, `Ana`).
const MIN_LETTERS: usize = 4;

/// Every capitalised run of a line whose word an address on the same line spells.
pub(super) fn named_by_address(doc: &Doc<'_>, out: &mut Cands) {
    let text = doc.text;
    if !text.contains('@') {
        return;
    }
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        let (ls, lend) = (doc.toks[i].start, doc.toks[le - 1].end);
        let locals = local_parts(&text[ls..lend]);
        if !locals.is_empty() {
            let mut k = i;
            while k < le {
                if spelled(doc, k, &locals) {
                    let (a, b) = run_around(doc, k, i, le, &locals);
                    out.push(a, b, Ent::Person, 0.8);
                    k = b;
                } else {
                    k += 1;
                }
            }
        }
        i = le.max(i + 1);
    }
}

/// The local parts (before `@`) of the addresses in `line`, lower-cased.
fn local_parts(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in line.match_indices('@') {
        let start = line[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let has_domain = line[at + 1..].starts_with(|c: char| c.is_alphanumeric())
            && line[at + 1..].split(|c: char| c.is_whitespace() || c == '>').next().is_some_and(|d| d.contains('.'));
        if start < at && has_domain {
            out.push(line[start..at].to_lowercase());
        }
    }
    out
}

/// Token `k` is a capitalised word, no common word, title or organisation's word, that a local part
/// contains (accents dropped).
fn spelled(doc: &Doc<'_>, k: usize, locals: &[String]) -> bool {
    let t = &doc.toks[k];
    if !t.is_word() || t.masked || !matches!(t.shape, Shape::Cap | Shape::Upper) || t.char_len() < MIN_LETTERS {
        return false;
    }
    if t.wordinfo().is_wordy() || t.rf(rules::F_TITLES | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_GROUP | rules::F_CALENDAR) {
        return false;
    }
    spelled_word(t, locals)
}

/// The name-shaped run of capitalised words on the line around token `k`, within `line_a..line_b`:
/// neighbours joined by one space that are no common word, or that the address spells even so
/// (`Jesus Quinn`, jesus_quinn64@…), and middle initials (`Alicia M. Gonzalez`).
fn run_around(doc: &Doc<'_>, k: usize, line_a: usize, line_b: usize, locals: &[String]) -> (usize, usize) {
    let namey = |j: usize| {
        let t = &doc.toks[j];
        t.is_word()
            && !t.masked
            && matches!(t.shape, Shape::Cap | Shape::Upper)
            && (!t.wordinfo().is_wordy() || spelled_word(t, locals))
            && !t.rf(rules::F_TITLES | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_GROUP | rules::F_CALENDAR)
    };
    // `M.` between two words of the name.
    let initial = |j: usize| {
        j + 1 < line_b
            && doc.toks[j].is_word()
            && doc.toks[j].shape == Shape::Upper
            && doc.toks[j].char_len() == 1
            && doc.toks[j + 1].is_punct('.')
    };
    let mut a = k;
    while a > line_a && namey(a - 1) && doc.toks[a].space_before && !doc.toks[a].wide_gap_before && a + 3 > k {
        a -= 1;
    }
    let mut b = k + 1;
    loop {
        if b < line_b
            && b < k + 5
            && initial(b)
            && doc.toks[b].space_before
            && b + 2 < line_b
            && namey(b + 2)
            && doc.toks[b + 2].space_before
        {
            b += 3;
        } else if b < line_b && namey(b) && doc.toks[b].space_before && !doc.toks[b].wide_gap_before && b < k + 3 {
            b += 1;
        } else {
            break;
        }
    }
    (a, b)
}

/// The word, accents dropped, is in one of the addresses' local parts.
fn spelled_word(t: &crate::doc::Token<'_>, locals: &[String]) -> bool {
    let folded = crate::doc::fold_latin(&t.lower);
    let word = folded.as_deref().unwrap_or(&t.lower);
    t.char_len() >= MIN_LETTERS && locals.iter().any(|l| l.contains(word))
}
