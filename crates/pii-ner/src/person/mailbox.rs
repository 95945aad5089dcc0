//! The display name of a mailbox (`Name <addr@host>`, `"Last, First" <addr@host>`): only a person
//! or a firm stands there, so a name-shaped run that is no firm's name is taken for a person whatever
//! the lists know of its words (`Christian Kastner <…>`, `Abhijith PA <…>`, `Mitchell Blank Jr.
//! <…>`), and a lower-case run too where it opens a changelog trailer or a copyright line
//! (` -- gregor herrmann <…>`). Role mailboxes (`Customer Service <…>`, `Debian Security Team <…>`)
//! fail the name's shape: common words only, or a group or organisation word.

use crate::cand::{Cands, Ent, evidence};
use crate::credit::{looks_like_holder, looks_like_person, name_shape};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Every `… <addr@host>` of the document whose display name is a person's.
pub(super) fn mailboxes(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n {
        let t = &doc.toks[i];
        if !t.is_punct('<') || t.line_start {
            continue;
        }
        let rest = &doc.text[t.end..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        let Some(close) = rest[..line_end].find('>') else { continue };
        if !rest[..close].contains('@') || rest[..close].contains(' ') {
            continue;
        }
        let mut e = i;
        if doc.toks[e - 1].is_punct('"') {
            // A quoted display name: the span inside the quotes, `Last, First` as one.
            e -= 1;
            let Some(q) = (doc.line_first(e)..e).rev().find(|&k| doc.toks[k].is_punct('"')) else { continue };
            if q + 1 < e && doc.toks[q + 1].is_word() {
                crate::structure::person_value(doc, q + 1, e, false, 0.88, out);
            }
            continue;
        }
        let addr = &rest[..close];
        let a = capitalised_run(doc, e);
        if a < e
            && (looks_like_person(doc, a, e)
                || display_person(doc, a, e)
                || (named_in_address(doc, a, e, addr) && looks_like_holder(doc, a, e)))
        {
            out.push(a, e, Ent::Person, 0.88);
        } else if let Some(a) = lowercase_run(doc, e) {
            out.push(a, e, Ent::Person, 0.8);
        }
    }
}

/// Start of the capitalised run right before `<` at `e` on its line: words not in lower case,
/// initials (`M.`), a generational suffix's dot (`Jr.`) and particles (`van`), at most six tokens;
/// leading words that are no name at all (`Contact`) are left out while two words remain.
fn capitalised_run(doc: &Doc<'_>, e: usize) -> usize {
    let mut a = e;
    while a > 0 && !doc.toks[a].line_start && a + 6 > e {
        let p = &doc.toks[a - 1];
        let dot_after = |k: usize| k >= 2 && (doc.toks[k - 2].char_len() == 1 || generational(&doc.toks[k - 2]));
        let namey =
            (p.is_word() && p.shape != Shape::Lower) || (p.is_punct('.') && dot_after(a)) || (p.is_word() && p.rf(rules::F_PARTICLES));
        if !namey || p.masked {
            break;
        }
        a -= 1;
        if doc.toks[a].line_start {
            break;
        }
    }
    while a < e && !(doc.toks[a].is_word() && doc.toks[a].shape != Shape::Lower) {
        a += 1;
    }
    while a + 1 < e && doc.toks[a + 1].is_word() && words_in(doc, a + 1, e) >= 2 && plain_word(doc, a) {
        a += 1;
    }
    a
}

/// `Jr`, `Sr`: a generational suffix after a family name.
fn generational(t: &crate::doc::Token<'_>) -> bool {
    t.is_word() && matches!(&*t.lower, "jr" | "sr" | "jnr" | "snr")
}

/// Word tokens in `a..b`.
fn words_in(doc: &Doc<'_>, a: usize, b: usize) -> usize {
    doc.toks[a..b].iter().filter(|t| t.is_word()).count()
}

/// A common word that the lists know as no name at all (`Contact`, `Email`).
fn plain_word(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.toks[i].wordinfo();
    doc.toks[i].is_word() && doc.toks[i].char_len() > 1 && w.is_wordy() && !w.is_name() && !w.is_first() && !w.is_census()
}

/// Two to four name words or initials, some of them a name or a word the lists do not know, the
/// last no common word unless people bear it (`Remy Card`, not `GitHub Notifications`).
pub(super) fn display_person(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let Some(ev) = name_shape(doc, a, b) else { return false };
    let parts = ev.words + ev.initials;
    let last = doc.toks[a..b].iter().rev().find(|t| t.is_word() && !generational(t));
    let last_ok = last.is_some_and(|t| {
        let w = t.wordinfo();
        !w.is_wordy() || w.is_name() || w.is_census()
    });
    (2..=4).contains(&parts) && ev.ok_in_context() && ev.wordy < ev.words && last_ok
}

/// Start of a lower-case display name (`gregor herrmann <…>`): two or three words, one a name the
/// lists know and none a common or function word, that open the line or follow `--`, `,`, `:`,
/// `[` or a year.
fn lowercase_run(doc: &Doc<'_>, e: usize) -> Option<usize> {
    let mut a = e;
    while a > 0 && e - a < 3 {
        let p = &doc.toks[a - 1];
        if !(p.is_word() && p.shape == Shape::Lower) || p.masked {
            break;
        }
        a -= 1;
        if doc.toks[a].line_start {
            break;
        }
    }
    if e - a < 2 {
        return None;
    }
    let opens = doc.toks[a].line_start || {
        let p = &doc.toks[a - 1];
        p.is_punct(',') || p.is_punct(':') || p.is_punct('[') || p.is_punct('-') || (p.kind == Kind::Num && p.char_len() == 4)
    };
    (opens && lowercase_name(doc, a, e)).then_some(a)
}

/// The lower-case words `a..b` are a name where only a name stands (a mailbox, a changelog group
/// header): two or three words, one a name the lists know, none a common, function, group,
/// organisation or calendar word, no initial.
pub(super) fn lowercase_name(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let ev = evidence(doc, a, b);
    let plain = !doc.toks[a..b].iter().any(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_GROUP | rules::F_ORG_HEAD | rules::F_CALENDAR));
    plain && (2..=3).contains(&ev.words) && ev.names >= 1 && ev.wordy == 0 && ev.initials == 0
}

/// A word of the display name `a..b` (three letters or more) is part of its address
/// (`Will Thames <will@thames.id.au>`): the address confirms the name, common words or not.
fn named_in_address(doc: &Doc<'_>, a: usize, b: usize, addr: &str) -> bool {
    let addr = addr.to_lowercase();
    doc.toks[a..b].iter().any(|t| t.is_word() && t.char_len() >= 3 && addr.contains(&*t.lower))
}
