//! Names that stand where documents put people, whatever the name: credits (`Thanks to X`, `Written
//! by X and Y`), copyright holders (`Copyright (c) 2019 X`, `COPYRIGHT 2020 JOHN DOE`), and the
//! display-name line of a workplace chat export (`Ayşe Demir  11:47` above the message), the bare
//! name lines of a credits block (`CREDITS` / `TRANSLATIONS` / `SVEN NYBERG`), the people someone
//! talked with (`As discussed with Sven on the phone`) and a changelog entry's author in brackets
//! (`- Faster startup (Łukasz Jankowska)`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::cand::{Cands, Ent, evidence, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Phrases after which a list of people follows (lower case, one space between words).
const CREDIT_PHRASES: &[&[&str]] = &[
    &["thanks", "to"],
    &["thank", "you", "to"],
    &["credit", "to"],
    &["credits", "to"],
    &["kudos", "to"],
    &["shout", "out", "to"],
    &["written", "by"],
    &["authored", "by"],
    &["contributed", "by"],
    &["patch", "by"],
    &["patches", "by"],
    &["maintained", "by"],
    &["developed", "by"],
    &["originally", "by"],
    &["reported", "by"],
    &["courtesy", "of"],
    &["designed", "by"],
    &["translated", "by"],
    &["based", "on", "work", "by"],
    // Who did something in a record (`Refund approved by Grace.`, `Ticket assigned to Omar`).
    &["approved", "by"],
    &["reviewed", "by"],
    &["signed", "by"],
    &["verified", "by"],
    &["handled", "by"],
    &["processed", "by"],
    &["escalated", "to"],
    &["assigned", "to"],
    &["forwarded", "to"],
];

/// Phrases after which the person someone talked with or met follows: one given name is enough
/// there (`spoke to Aoife`), where a credit needs a name the lists know.
const TALKED_WITH: &[&[&str]] = &[
    &["discussed", "with"],
    &["spoke", "with"],
    &["spoke", "to"],
    &["spoken", "with"],
    &["spoken", "to"],
    &["speak", "with"],
    &["speak", "to"],
    &["talked", "with"],
    &["talked", "to"],
    &["chatted", "with"],
    &["met", "with"],
    &["meeting", "with"],
    &["call", "with"],
    &["agreed", "with"],
    &["checked", "with"],
    &["confirmed", "with"],
    // Verbs whose object is a person (`Above all I thank Meiling.`). Not `tell`, `ask` or `send`:
    // documentation tells and asks programs (`tell Cargo to rerun`).
    &["thank"],
    &["thanks"],
    &["congratulate"],
    // `with` in the other languages (`Trabajaré con Pablo`, `Vou trabalhar com o Vinícius`,
    // `Termin mit Jonas`, `réunion avec Chloé`, `overleg met Bram`); `met` is also English's `met`.
    &["con"],
    &["com"],
    &["com", "o"],
    &["com", "a"],
    &["mit"],
    &["avec"],
    &["met"],
];

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    credits(doc, out);
    talked_with(doc, out);
    bracketed_authors(doc, out);
    copyright(doc, out);
    display_name_lines(doc, out);
    person_lists(doc, out);
    credit_blocks(doc, out);
    licence_clauses(doc, out);
}

/// The words of `a..b` may be a person's name: no common word alone, no organisation word, no
/// function word first, and a one-word value only if the lists know it as a name.
pub(crate) fn looks_like_person(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    name_shape(doc, a, b).is_some_and(|ev| person_evidence(&ev))
}

/// The evidence of a name-shaped run is enough for a person (see [`looks_like_person`]).
fn person_evidence(ev: &crate::cand::Evidence) -> bool {
    if ev.words + ev.initials == 1 {
        return ev.names == 1;
    }
    ev.ok_in_context() && ev.wordy * 2 < ev.words.max(1) + ev.initials
}

/// [`looks_like_person`] for a slot that only ever holds a holder's or sender's name (`Copyright
/// 2018 X`, `X <addr@host>`): there a given name the lists know may stand before one surname that
/// is also an English word (`Josh Stone`, `Simon Heath`, `Will Thames`), which prose would not
/// take as a name.
pub(crate) fn looks_like_holder(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let Some(ev) = name_shape(doc, a, b) else { return false };
    if person_evidence(&ev) {
        return true;
    }
    // `Meta Platforms, Inc.`: a legal form after the words makes them a firm's name.
    let firm = doc.toks[b..].iter().take(2).any(|t| t.is_word() && t.rf(rules::F_LEGAL_SUFFIX) && !t.line_start);
    let capitalised = doc.toks[a..b].iter().filter(|t| t.kind == Kind::Word).all(|t| t.shape == Shape::Cap);
    !firm && (2..=3).contains(&(ev.words + ev.initials)) && capitalised && doc.toks[a].wordinfo().is_first() && ev.wordy <= 1
}

/// The evidence of `a..b` when its shape allows a person's name: one to four words, no number, no
/// organisation, legal, calendar or group word, no function word first.
pub(crate) fn name_shape(doc: &Doc<'_>, a: usize, b: usize) -> Option<crate::cand::Evidence> {
    if a >= b || doc.toks[a..b].iter().any(|t| t.masked || t.kind == Kind::Num || t.kind == Kind::Alnum) {
        return None;
    }
    let words: Vec<_> = doc.toks[a..b].iter().filter(|t| t.kind == Kind::Word).collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    if words.iter().any(|t| (t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD) && t.shape != Shape::Lower) || t.rf(rules::F_GROUP)) {
        return None;
    }
    let calendar = |k: usize| doc.toks[k].is_word() && doc.toks[k].rf(rules::F_CALENDAR) && doc.toks[k].shape != Shape::Lower;
    if (a..b).any(|k| calendar(k) && !crate::cand::calendar_name(doc, k)) {
        return None;
    }
    if words[0].rf(rules::F_FUNCTION_WORD | rules::F_GENERIC_ADDRESSEES) {
        return None;
    }
    Some(evidence(doc, a, b))
}

/// Pushes one name starting at `i` (title skipped) when it looks like a person; returns its end.
fn name_at(doc: &Doc<'_>, i: usize, score: f32, out: &mut Cands) -> Option<usize> {
    name_at_with(doc, i, score, out, looks_like_person)
}

/// [`name_at`] with the test the name must pass.
fn name_at_with(doc: &Doc<'_>, i: usize, score: f32, out: &mut Cands, accept: fn(&Doc<'_>, usize, usize) -> bool) -> Option<usize> {
    let j = skip_title(doc, i);
    let (e, _) = parse_name(doc, j, 4, false)?;
    if !accept(doc, j, e) {
        return None;
    }
    out.push(j, e, Ent::Person, score);
    Some(e)
}

/// After a first name at `e`: `and Y`, `, Y`, `& Y` continue the list.
pub(crate) fn more_names(doc: &Doc<'_>, e: usize, score: f32, out: &mut Cands) {
    more_names_with(doc, e, score, out, looks_like_person);
}

/// [`more_names`] with the test each name must pass.
fn more_names_with(doc: &Doc<'_>, mut e: usize, score: f32, out: &mut Cands, accept: fn(&Doc<'_>, usize, usize) -> bool) {
    let n = doc.toks.len();
    while e + 1 < n {
        let t = &doc.toks[e];
        let joins = t.is_punct(',') || t.is_punct('&') || (t.is_word() && matches!(&*t.lower, "and" | "und" | "et" | "y"));
        if !joins || doc.toks[e + 1].line_start {
            return;
        }
        let mut k = e + 1;
        if t.is_punct(',') && doc.toks[k].is_word() && doc.toks[k].lower.as_ref() == "and" {
            k += 1; // the serial comma
        }
        if k >= n || doc.toks[k].line_start {
            return;
        }
        match name_at_with(doc, k, score, out, accept) {
            Some(next) => e = next,
            None => return,
        }
    }
}

/// `Thanks to X and Y`, `Written by X`, `(patch by X)`.
fn credits(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        static FIRST: OnceLock<FxHashSet<&str>> = OnceLock::new();
        if !t.is_word() || !opens_phrase(&t.lower, CREDIT_PHRASES, &FIRST) {
            continue;
        }
        for phrase in CREDIT_PHRASES {
            let Some(end) = phrase_at(doc, i, phrase) else { continue };
            // `THANKS TO: X, Y AND Z`: a colon may close the phrase.
            let end = if doc.toks[end].is_punct(':') && !doc.toks[end].space_before && end + 1 < n { end + 1 } else { end };
            if doc.toks[end].line_start || !doc.toks[end].space_before {
                continue;
            }
            if let Some(e) = name_at(doc, end, 0.86, out) {
                more_names(doc, e, 0.86, out);
            } else if RECORD_VERBS.contains(&phrase[0]) && lone_name(doc, end) {
                // `Refund approved by Oluwaseun.`: in a record, who approved or handled something is
                // a person even by one name the lists do not know.
                out.push(end, end + 1, Ent::Person, 0.7);
            }
        }
    }
}

/// The verbs of [`CREDIT_PHRASES`] that record who did something in a ticket or a ledger, after
/// which a lone unknown name is a person (`developed by Mozilla` is not such a record).
const RECORD_VERBS: &[&str] = &["approved", "reviewed", "signed", "verified", "handled", "processed", "escalated", "assigned", "forwarded"];

/// Token `j` alone is a name: one capitalised word, followed by no other capitalised word, that
/// the lists know as a name or do not know at all (no common word, no place, no organisation,
/// calendar or addressee word).
fn lone_name(doc: &Doc<'_>, j: usize) -> bool {
    let Some(t) = doc.toks.get(j) else { return false };
    let next_cap = doc.toks.get(j + 1).is_some_and(|u| u.is_word() && u.shape != Shape::Lower && !u.line_start);
    if t.kind != Kind::Word || t.shape != Shape::Cap || next_cap || t.masked {
        return false;
    }
    let w = t.wordinfo();
    let unknown = !w.is_wordy() && !w.is_census() && t.char_len() >= 3 && w.place.is_none() && !w.starts_place;
    let plain = !t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD | rules::F_CALENDAR | rules::F_GENERIC_ADDRESSEES | rules::F_GROUP);
    plain && (w.is_name() || unknown)
}

/// Whether some phrase of `phrases` starts with the word `lower`, by the set of their first words
/// (`firsts`, made on first use). Why: [`phrase_at`] is tried for every phrase at every word of a
/// document, and most words start none; one look-up rules them out.
fn opens_phrase(lower: &str, phrases: &[&[&'static str]], firsts: &OnceLock<FxHashSet<&'static str>>) -> bool {
    firsts.get_or_init(|| phrases.iter().filter_map(|p| p.first().copied()).collect()).contains(lower)
}

/// Token index after `phrase` when the words at `i` spell it on one line, else `None`.
pub(crate) fn phrase_at(doc: &Doc<'_>, i: usize, phrase: &[&str]) -> Option<usize> {
    let end = i + phrase.len();
    let spelled = end < doc.toks.len()
        && phrase.iter().enumerate().all(|(k, w)| {
            let t = &doc.toks[i + k];
            t.is_word() && &*t.lower == *w && (k == 0 || !t.line_start)
        });
    spelled.then_some(end)
}

/// `As discussed with Sven on the phone`, `I spoke to Aoife Byrne yesterday`: the capitalised
/// words after a verb of talking or meeting. A single word counts when the lists know it as a
/// name or it is no common English word (`Aoife`, `Cem`, `Sven`); a common word (`Finance`,
/// `Support`) or a known place does not.
fn talked_with(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        static FIRST: OnceLock<FxHashSet<&str>> = OnceLock::new();
        if !doc.toks[i].is_word() || !opens_phrase(&doc.toks[i].lower, TALKED_WITH, &FIRST) {
            continue;
        }
        for phrase in TALKED_WITH {
            let Some(j) = phrase_at(doc, i, phrase) else { continue };
            // The name may wrap to the next line of the paragraph (`trabalhar com o` / `Vinícius`).
            let wrapped = doc.toks[j].line_start && doc.toks[j].line == doc.toks[j - 1].line + 1;
            let placed = wrapped || (!doc.toks[j].line_start && doc.toks[j].space_before);
            if !placed || doc.toks[j].shape == Shape::Lower {
                continue;
            }
            let j = skip_title(doc, j);
            let Some((e, _)) = parse_name(doc, j, 4, false) else { continue };
            if e == j + 1 {
                // German's `mit` stands before every capitalised noun (`Therapie mit Ampicillin`):
                // one word after it is a person only when the lists know it as a name.
                let german = *phrase == ["mit"];
                if lone_name(doc, j) && (!german || doc.toks[j].wordinfo().is_name()) {
                    out.push(j, e, Ent::Person, 0.7);
                }
            } else if looks_like_person(doc, j, e) {
                out.push(j, e, Ent::Person, 0.8);
                more_names(doc, e, 0.8, out);
            }
        }
    }
}

/// A changelog or release-notes entry ending in its author's name in brackets:
/// `- Faster startup (Łukasz Jankowska)`, `* Fix the parser (Ngozi Eze, Tomás Ruiz)`. Two or more
/// words that are names or unknown to the lists; `(Windows only)`, `(GitHub Actions)` are not.
fn bracketed_authors(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n {
        if !doc.toks[i].is_punct('(') || doc.toks[i].line_start {
            continue;
        }
        let bullet =
            doc.toks[doc.line_first(i)].kind == Kind::Punct && matches!(&*doc.toks[doc.line_first(i)].lower, "-" | "*" | "•" | "+");
        if !bullet {
            continue;
        }
        let mut k = i + 1;
        let mut names = Vec::new();
        while let Some((e, _)) = parse_name(doc, k, 4, false) {
            let ev = evidence(doc, k, e);
            if ev.words < 2 || ev.wordy > 0 || !looks_like_person(doc, k, e) {
                break;
            }
            names.push((k, e));
            if e < n && doc.toks[e].is_punct(',') {
                k = e + 1;
                continue;
            }
            k = e;
            break;
        }
        // The bracket closes the name list and the line.
        let closes = k < n && doc.toks[k].is_punct(')') && (k + 1 == n || doc.toks[k + 1].line_start);
        if closes && !names.is_empty() && names.last().is_some_and(|&(_, e)| e == k) {
            for (a, b) in names {
                out.push(a, b, Ent::Person, 0.8);
            }
        }
    }
}

/// `Copyright (c) 2019 X`, `© 2020-2023 X and Y`, `(c) X`, `COPYRIGHT 2020 JOHN DOE`, each
/// further holder of a line that gives years per holder (`Copyright 2016 X GmbH, 2014-2015 Y`,
/// `© 2009 X; 2021 Y`), and the indented year-led lines that continue such a line.
fn copyright(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut marked_line = None;
    let mut block: Option<u32> = None;
    for i in 0..n {
        let t = &doc.toks[i];
        let marker = (t.is_word() && &*t.lower == "copyright")
            || t.is_punct('©')
            || (t.is_punct('(')
                && i + 2 < n
                && doc.toks[i + 1].is_word()
                && &*doc.toks[i + 1].lower == "c"
                && doc.toks[i + 2].is_punct(')'));
        let next_holder = marked_line == Some(t.line)
            && (t.is_punct(',') || t.is_punct(';'))
            && i + 1 < n
            && doc.toks[i + 1].kind == Kind::Num
            && doc.toks[i + 1].char_len() == 4
            && !doc.toks[i + 1].line_start;
        // A further holder line under a copyright line (` 2002-2018 X <x@host>` indented under
        // `Copyright: 2010 Y`, as a Debian copyright file or a source header lists them).
        // Every indented line keeps the block open (an affiliation under a holder); the year-led
        // ones name a holder.
        let in_block = t.line_start && block.is_some_and(|l| l + 1 == t.line) && doc.text[..t.start].ends_with([' ', '\t']);
        if in_block {
            block = Some(t.line);
        }
        let continued = in_block && t.kind == Kind::Num && t.char_len() == 4;
        if marker {
            block = Some(t.line);
        }
        if marker || continued {
            marked_line = Some(t.line);
        } else if !next_holder {
            continue;
        }
        // Past the markers, the years and `by`.
        let mut k = if t.is_punct('(') { i + 3 } else { i + 1 };
        while k < n && !doc.toks[k].line_start {
            let u = &doc.toks[k];
            let skip = u.kind == Kind::Num
                || u.is_punct('©')
                || matches!(&*u.lower, "-" | "–" | "," | ":")
                || (u.is_word() && matches!(&*u.lower, "by" | "copyright"))
                || (u.is_punct('(') && k + 2 < n && &*doc.toks[k + 1].lower == "c" && doc.toks[k + 2].is_punct(')'));
            if !skip {
                break;
            }
            k += if u.is_punct('(') { 3 } else { 1 };
        }
        if k >= n || doc.toks[k].line_start {
            continue;
        }
        if let Some(e) = name_at_with(doc, k, 0.86, out, looks_like_holder) {
            more_names_with(doc, e, 0.86, out, looks_like_holder);
        } else if han_or_hangul_name(doc, k) {
            out.push(k, k + 1, Ent::Person, 0.8);
        }
    }
}

/// Token `k` is a name written in Chinese characters or Hangul, as a holder's slot holds it
/// (`Copyright (c) 2021 张伟`, `© 2020 김민준`): two to four characters of one of those scripts, the
/// whole word, with nothing but punctuation or the line's end after it. Firms' names in those
/// scripts are longer (`腾讯科技有限公司`).
fn han_or_hangul_name(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let s = &doc.text[t.start..t.end];
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let hangul = |c: char| ('\u{ac00}'..='\u{d7a3}').contains(&c);
    let one_script = s.chars().all(han) || s.chars().all(hangul);
    let ends = doc.toks.get(k + 1).is_none_or(|u| u.line_start || u.kind == Kind::Punct);
    t.kind == Kind::Word && (2..=4).contains(&s.chars().count()) && one_script && ends
}

/// The holder a licence's capitalised disclaimer names (`THIS SOFTWARE IS PROVIDED BY PAUL VIXIE
/// "AS IS"`, `IN NO EVENT SHALL JOHN DOE BE LIABLE`): two to four capitalised words after `PROVIDED
/// BY` or `SHALL`, before the quote, `AS IS`, `BE` or `OR CONTRIBUTORS`, the first a given name the
/// lists know. `THE COPYRIGHT HOLDERS`, `THE REGENTS` and firms (`STICHTING MATHEMATISCH CENTRUM`)
/// fail that test.
fn licence_clauses(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape != Shape::Upper {
            continue;
        }
        let (start, provided) = match phrase_at(doc, i, &["provided", "by"]) {
            Some(e) => (e, true),
            None if &*t.lower == "shall" && i >= 2 && &*doc.toks[i - 1].lower == "event" => (i + 1, false),
            None => continue,
        };
        // The name runs up to the word or quote that closes the clause.
        let closes = |u: &crate::doc::Token<'_>| {
            if provided {
                u.is_punct('"') || u.is_punct('`') || u.is_punct('\'') || matches!(&*u.lower, "as" | "and")
            } else {
                matches!(&*u.lower, "be" | "or" | "and")
            }
        };
        let Some(e) = (start..n.min(start + 6)).find(|&k| closes(&doc.toks[k])) else { continue };
        if !doc.toks[start..e].iter().all(|u| u.kind != Kind::Word || u.shape == Shape::Upper) {
            continue;
        }
        let Some(ev) = name_shape(doc, start, e) else { continue };
        if ev.words + ev.initials >= 2 && doc.toks[start].wordinfo().is_first() && ev.wordy <= 1 {
            out.push(start, e, Ent::Person, 0.85);
        }
    }
}

/// A workplace-chat export: a line of one to four name words, a gap and a time (`11:47`, `11:47 AM`,
/// `[11:47 AM]`) and nothing else, followed by the message on the next line.
fn display_name_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        if !doc.toks[i].line_start || le >= n {
            i = le.max(i + 1);
            continue;
        }
        if let Some((e, words)) = parse_name(doc, i, 4, true) {
            // The time may sit in brackets (`Chidi Eze [10:02 AM]`, as copied from a chat client).
            let bracket = e < le && doc.toks[e].is_punct('[');
            let s = e + usize::from(bracket);
            let time = s + 3 <= le
                && doc.toks[s].kind == Kind::Num
                && doc.toks[s + 1].is_punct(':')
                && doc.toks[s + 2].kind == Kind::Num
                && doc.toks[s + 2].char_len() == 2
                && doc.toks[s + 3..le]
                    .iter()
                    .enumerate()
                    .all(|(k, t)| (t.is_word() && matches!(&*t.lower, "am" | "pm")) || (bracket && t.is_punct(']') && s + 3 + k + 1 == le))
                && (!bracket || doc.toks[le - 1].is_punct(']'));
            let lower_ok = doc.toks[i].shape != Shape::Lower || words == 1;
            if time && lower_ok && crate::structure::classify_key(&doc.text[doc.toks[i].start..doc.toks[e - 1].end]).is_none() {
                let ev = evidence(doc, i, e);
                if ev.wordy == 0 && !doc.toks[i..e].iter().any(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_CALENDAR | rules::F_ROLES)) {
                    out.push(i, e, Ent::Person, 0.85);
                }
            }
        }
        i = le.max(i + 1);
    }
}

/// One-word headings of a list of people whose items carry a bullet or a number.
const LISTED_PEOPLE: &[&str] = &[
    "authors",
    "contributors",
    "maintainers",
    "credits",
    "acknowledgements",
    "acknowledgments",
    "team",
    "people",
    "panelists",
    "teilnehmende",
];

/// One-word headings of a meeting's or an event's people, listed with or without bullets.
const MEETING_PEOPLE: &[&str] =
    &["guests", "attendees", "invitees", "participants", "teilnehmer", "partecipanti", "participantes", "deelnemers", "invités"];

/// A list of people under a heading that names them (`## Authors`, `Contributors:`, `Maintainers`,
/// `Guests`): each item (`- X`, `* X`, `1. X`, or a bare line under a meeting's list) that looks
/// like a name, up to the next heading or blank line.
fn person_lists(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        let heading: Vec<_> = doc.toks[i..le].iter().filter(|t| t.kind == Kind::Word).collect();
        let word = heading.first().filter(|_| heading.len() == 1).map(|t| &*t.lower);
        // A meeting's or event's people may be listed one per line without a bullet (a calendar
        // invitation's `Guests` / `Mehwish Cheema - optional`).
        let bare_items = word.is_some_and(|w| MEETING_PEOPLE.contains(&w));
        let plural = bare_items || word.is_some_and(|w| LISTED_PEOPLE.contains(&w));
        let only_marks = doc.toks[i..le]
            .iter()
            .all(|t| t.kind == Kind::Word || t.is_punct('#') || t.is_punct(':') || t.is_punct('*') || t.is_punct('='));
        if !(doc.toks[i].line_start && plural && only_marks) {
            i = le.max(i + 1);
            continue;
        }
        let mut k = le;
        let mut line = doc.toks.get(le.saturating_sub(1)).map_or(0, |t| t.line);
        while k < n {
            let t = &doc.toks[k];
            // A blank line ends the list once it has items; `#` starts the next section.
            if (t.line > line + 1 && k > le + 1) || t.is_punct('#') {
                break;
            }
            let ke = doc.line_end(k);
            let mut j = k;
            let mut bare = false;
            if t.is_punct('-') || t.is_punct('*') || t.is_punct('•') {
                j += 1;
            } else if t.kind == Kind::Num && k + 1 < ke && doc.toks[k + 1].is_punct('.') {
                j += 2;
            } else {
                bare = bare_items && t.is_word() && t.shape == Shape::Cap;
            }
            if (j > k || bare)
                && j < ke
                && let Some((e, _)) = parse_name(doc, j, 4, false)
            {
                let rest_ok = e == ke
                    || doc.toks[e].is_punct('<')
                    || doc.toks[e].is_punct('(')
                    || doc.toks[e].is_punct(',')
                    || doc.toks[e].is_punct('-');
                if rest_ok && looks_like_person(doc, j, e) {
                    out.push(j, e, Ent::Person, 0.85);
                }
            }
            line = t.line;
            k = ke.max(k + 1);
        }
        i = k.max(le.max(i + 1));
    }
}

/// Headings that open a credits block: after one, a line that holds only a name is a person.
const CREDIT_HEADINGS: &[&str] = &["credits", "authors", "contributors", "acknowledgements", "acknowledgments"];

/// Bare name lines after a credits heading (`CREDITS` ... `DESIGN AND CODE` / `SVEN NYBERG`): a
/// line of two to four words in one case (all capitals or all capitalised), no function word, no
/// organisation, legal or calendar word, and at least one word that is no common English word.
/// Sub-headings (`SPECIAL THANKS`, `DESIGN AND CODE`) fail the last two tests. The block ends at the
/// first line of more than six words.
fn credit_blocks(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let heading = (0..n).find(|&i| {
        let t = &doc.toks[i];
        let le = doc.line_end(i);
        t.line_start
            && t.kind == Kind::Word
            && CREDIT_HEADINGS.contains(&&*t.lower)
            && doc.toks[i + 1..le].iter().all(|u| u.is_punct(':') || u.is_punct('#') || u.is_punct('='))
    });
    let Some(h) = heading else { return };
    let mut k = doc.line_end(h);
    while k < n {
        let ke = doc.line_end(k);
        let toks = &doc.toks[k..ke];
        let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
        let one_case = toks.iter().all(|t| t.kind == Kind::Word && t.shape == Shape::Upper)
            || toks.iter().all(|t| t.kind == Kind::Word && t.shape == Shape::Cap);
        let flagged = toks.iter().any(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_CALENDAR));
        let uncommon = toks.iter().any(|t| !t.wordinfo().is_wordy());
        // A paragraph ends the block: credits are short lines.
        if toks.iter().filter(|t| t.kind == Kind::Word).count() > 6 || toks.iter().any(|t| t.is_punct('.') && t.space_before) {
            break;
        }
        if (2..=4).contains(&words) && one_case && !flagged && uncommon && !toks.iter().any(|t| t.masked) {
            out.push(k, ke, Ent::Person, 0.8);
        }
        k = ke.max(k + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_opens_a_phrase_only_when_some_phrase_starts_with_it() {
        static FIRST: OnceLock<FxHashSet<&str>> = OnceLock::new();
        assert!(opens_phrase("written", CREDIT_PHRASES, &FIRST));
        assert!(opens_phrase("shout", CREDIT_PHRASES, &FIRST));
        // Negative: a later word of a phrase, or a word of no phrase.
        assert!(!opens_phrase("by", CREDIT_PHRASES, &FIRST));
        assert!(!opens_phrase("invoice", CREDIT_PHRASES, &FIRST));
    }
}
