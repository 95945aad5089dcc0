//! People: titles, salutations, sign-offs, chat speakers, capitalised names in prose with lexicon
//! evidence, lower-case names in chat.

use crate::cand::{Cands, Ent, evidence, initial_len, nameish, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    titles(doc, out);
    salutations(doc, out);
    signatures(doc, out);
    speakers(doc, out);
    crate::credit::find(doc, out);
    crate::signoff::find(doc, out);
    crate::possessive::find(doc, out);
    crate::nick::find(doc, out);
    roles(doc, out);
    surname_first(doc, out);
    handles(doc, out);
    prose(doc, out);
    lowercase(doc, out);
}

/// `Patient Nguyễn Văn An, DOB …`, `Nurse Ngozi Okonkwo administered …`: a role noun, then a run of
/// capitalised words whose first word is no common word; the role stays outside the span.
fn roles(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || !t.rf(rules::F_ROLE_NOUN) || t.shape == Shape::Upper && t.char_len() > 2 && doc.line_is_upper(i) {
            continue;
        }
        let mut j = i + 1;
        if j < n && doc.toks[j].is_punct('.') && !doc.toks[j].space_before && t.char_len() <= 3 {
            j += 1; // `Pt.`
        }
        if j >= n || !doc.toks[j].space_before || doc.toks[j].line_start || doc.toks[j].wide_gap_before {
            continue;
        }
        let j = skip_title(doc, j);
        if !nameish(doc, j, false) || initial_len(doc, j) > 0 {
            continue;
        }
        let Some((e, _)) = parse_name(doc, j, 4, false) else { continue };
        // The run ends the noun phrase: punctuation, a lower-case word or the end of the line.
        let ends = e >= n
            || doc.toks[e].line_start
            || doc.toks[e].kind == Kind::Punct
            || (doc.toks[e].is_word() && doc.toks[e].shape == Shape::Lower);
        if !ends || doc.toks[j..e].iter().any(|u| u.is_word() && (stop_word(u) || u.rf(rules::F_CALENDAR))) {
            continue;
        }
        let lead = doc.toks[j].wordinfo();
        if lead.is_wordy() || (doc.toks[j].shape == Shape::Upper && !lead.is_name()) {
            continue; // `Customer Service`, `Patient Portal`, `Driver ID`
        }
        let ev = evidence(doc, j, e);
        if ev.words == 0 || ev.names + ev.unknown + ev.census == 0 || ev.wordy * 2 > ev.words {
            continue;
        }
        out.push(j, e, Ent::Person, 0.88);
    }
}

/// Family name first (`Park Ji-yeon`, `Le Thi Hoa`, `Kim Min-jun`): a common East Asian surname and
/// one or two given names that are hyphenated, unknown to the word list, or Vietnamese middle names.
pub(crate) fn surname_first(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape != Shape::Cap || !t.rf(rules::F_SURNAME_FIRST) {
            continue;
        }
        let mut e = i + 1;
        let mut viet = false;
        while e < n && e < i + 3 {
            let u = &doc.toks[e];
            if !u.is_word() || u.shape != Shape::Cap || !u.space_before || u.line_start || u.wide_gap_before || u.rf(rules::F_CALENDAR) {
                break;
            }
            let w = u.wordinfo();
            let given = u.lower.contains('-')
                || u.rf(rules::F_VIET_MIDDLE)
                || (viet && u.char_len() <= 5)
                || (!w.is_wordy() && !stop_word(u) && w.place.is_none());
            if !given {
                break;
            }
            viet |= u.rf(rules::F_VIET_MIDDLE) && e == i + 1;
            e += 1;
        }
        if e == i + 1 {
            continue;
        }
        // Not the first words of an organisation or a street (`Park Avenue`, `Kim Tran Holdings`).
        if e < n && doc.toks[e].is_word() && doc.toks[e].space_before && stop_word(&doc.toks[e]) && doc.toks[e].shape != Shape::Lower {
            continue;
        }
        if e < n && doc.toks[e].is_word() && matches!(&*doc.toks[e].lower, "city" | "province" | "district" | "county") {
            continue; // `Ho Chi Minh City`
        }
        let strong = viet || doc.toks[i + 1..e].iter().any(|u| u.lower.contains('-'));
        // Otherwise a given name is no known surname only (`Park Hyatt`, `Lee Walker`).
        if !strong && doc.toks[i + 1..e].iter().any(|u| u.wordinfo().is_last() && !u.wordinfo().is_first()) {
            continue;
        }
        out.push(i, e, Ent::Person, if strong { 0.86 } else { 0.75 });
    }
}

/// Handles that are not names.
const NON_NAME_HANDLES: &[&str] = &[
    "here",
    "channel",
    "everyone",
    "all",
    "team",
    "devops",
    "ops",
    "sre",
    "infra",
    "oncall",
    "admin",
    "admins",
    "support",
    "bot",
    "qa",
    "dev",
    "devs",
    "eng",
    "security",
    "platform",
    "frontend",
    "backend",
    "mods",
    "moderators",
    "staff",
    "help",
    "helpdesk",
    "it",
    "hr",
    "sales",
    "marketing",
    "ceo",
    "cto",
];

/// `@lucas.oliveira`, `@kenji`, `@sven_lindgren`: chat handles made of names; `@` stays outside.
fn handles(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n.saturating_sub(1) {
        let t = &doc.toks[i];
        if !t.is_punct('@') || t.masked || !(i == 0 || t.space_before || t.line_start || doc.toks[i - 1].is_punct('(')) {
            continue;
        }
        let a = i + 1;
        let mut e = a;
        let mut parts = Vec::new();
        while e < n && !doc.toks[e].space_before && !doc.toks[e].line_start {
            let u = &doc.toks[e];
            if u.kind == Kind::Word {
                parts.push(e);
            } else if !(u.kind == Kind::Punct && matches!(&*u.lower, "." | "_" | "-")) {
                break;
            }
            e += 1;
        }
        while e > a && doc.toks[e - 1].kind == Kind::Punct {
            e -= 1;
        }
        if parts.is_empty() || parts.len() > 3 || e <= a || doc.toks[a].kind != Kind::Word || doc.toks[a..e].iter().any(|u| u.masked) {
            continue;
        }
        if parts.iter().any(|&k| NON_NAME_HANDLES.contains(&&*doc.toks[k].lower) || doc.toks[k].char_len() < 2) {
            continue;
        }
        let namey = parts.iter().any(|&k| {
            let w = doc.toks[k].wordinfo();
            (w.is_name() || w.info_unknown()) && doc.toks[k].char_len() >= 3
        });
        let wordy = parts.iter().filter(|&&k| doc.toks[k].wordinfo().is_wordy()).count();
        if namey && wordy < parts.len() && (parts.len() >= 2 || wordy == 0) {
            out.push(a, e, Ent::Person, 0.8);
        }
    }
}

/// `Dr. Phillips`, `Mrs Whittaker`: the name after a title, title outside.
fn titles(doc: &Doc<'_>, out: &mut Cands) {
    for i in 0..doc.toks.len() {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape == Shape::Lower || !t.rf(rules::F_TITLES) {
            continue;
        }
        let j = skip_title(doc, i);
        if j == i {
            continue;
        }
        // Strong titles only; `Agent`, `Officer` and the like need a known name after them.
        let strong = matches!(
            &*t.lower,
            "mr" | "mrs"
                | "ms"
                | "miss"
                | "mx"
                | "dr"
                | "prof"
                | "sir"
                | "dame"
                | "rev"
                | "mme"
                | "mlle"
                | "herr"
                | "frau"
                | "sr"
                | "sra"
                | "srta"
                | "dott"
                | "judge"
                | "capt"
                | "lt"
                | "sgt"
                | "hon"
        );
        if let Some((e, _)) = parse_name(doc, j, 4, false) {
            let ev = evidence(doc, j, e);
            if (strong && ev.ok_in_context()) || ev.names > 0 {
                out.push(j, e, Ent::Person, 0.9);
            }
        }
    }
}

/// `Dear Anna,`, `Hi Tom`, `Hello Maria Lopez!`.
fn salutations(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || !t.rf(rules::F_GREETINGS) {
            continue;
        }
        if !(t.line_start || doc.sentence_start(i)) {
            continue;
        }
        let mut j = i + 1;
        // `Sehr geehrter Herr Hoffmann`, `Hello again`
        while j < n && doc.toks[j].is_word() && doc.toks[j].rf(rules::F_GREETINGS) && !doc.toks[j].line_start && j < i + 3 {
            j += 1;
        }
        // `Good morning Anna`
        if j < n
            && matches!(&*doc.toks[j].lower, "morning" | "afternoon" | "evening" | "you" | "again" | "there")
            && doc.toks[j].shape == Shape::Lower
        {
            j += 1;
        }
        if j < n && doc.toks[j].is_punct(',') {
            j += 1;
        }
        if j >= n || doc.toks[j].line_start {
            continue;
        }
        let allow_lower = doc.lowercase_chat;
        let j = skip_title(doc, j);
        let Some((e, _)) = parse_name(doc, j, 3, allow_lower) else { continue };
        if doc.toks[j].rf(rules::F_GENERIC_ADDRESSEES) {
            continue;
        }
        // The name ends the clause: a comma, `!`, `.`, `-`, or the end of the line; or a second
        // addressee follows (`Dear Hiroshi and Ingrid,`).
        let ends = e >= n || doc.toks[e].line_start || matches!(&*doc.toks[e].lower, "," | "!" | "." | "-" | ":" | "?" | ";" | ")");
        let and = e < n && !doc.toks[e].line_start && matches!(&*doc.toks[e].lower, "and" | "&");
        if !ends && !and {
            continue;
        }
        let ev = evidence(doc, j, e);
        if doc.toks[j].shape == Shape::Lower && ev.names < ev.words {
            continue;
        }
        if !ev.ok_in_context() {
            continue;
        }
        out.push(j, e, Ent::Person, 0.88);
        // The second addressee, judged like the first: a name that ends the clause.
        if and && e + 1 < n && !doc.toks[e + 1].line_start {
            let j2 = skip_title(doc, e + 1);
            if let Some((e2, _)) = parse_name(doc, j2, 3, allow_lower) {
                let ends2 = e2 >= n || doc.toks[e2].line_start || matches!(&*doc.toks[e2].lower, "," | "!" | "." | ":");
                if ends2 && evidence(doc, j2, e2).ok_in_context() && !doc.toks[j2].rf(rules::F_GENERIC_ADDRESSEES) {
                    out.push(j2, e2, Ent::Person, 0.88);
                }
            }
        }
    }
}

fn line_words(doc: &Doc<'_>, a: usize, b: usize) -> String {
    let mut s = String::new();
    for t in &doc.toks[a..b] {
        if t.kind == Kind::Word {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&t.lower);
        }
    }
    s
}

const JOB_WORDS: &[&str] = &[
    "manager",
    "coordinator",
    "specialist",
    "lead",
    "director",
    "officer",
    "accountant",
    "generalist",
    "assistant",
    "engineer",
    "analyst",
    "consultant",
    "representative",
    "associate",
    "president",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "vp",
    "head",
    "administrator",
    "executive",
    "attorney",
    "counsel",
    "paralegal",
    "clerk",
    "supervisor",
    "agent",
    "advisor",
    "adviser",
    "planner",
    "designer",
    "developer",
    "architect",
    "nurse",
    "physician",
    "md",
    "rn",
    "recruiter",
    "intern",
    "founder",
    "owner",
    "secretary",
    "treasurer",
    "chair",
    "chairman",
    "principal",
    "teacher",
    "professor",
    "scientist",
    "technician",
    "team",
    "department",
    "desk",
    "office",
    "services",
    "support",
    "operations",
    "sales",
    "partner",
    "editor",
    "writer",
    "producer",
    "buyer",
    "controller",
    "auditor",
    "broker",
    "underwriter",
    "adjuster",
    "therapist",
    "pharmacist",
    "surgeon",
    "dentist",
    "doctor",
    "registrar",
    "dean",
    "librarian",
    "receptionist",
    "cashier",
    "chef",
    "driver",
    "pilot",
    "student",
];

/// Sign-offs: `Regards,` then the sender's name, then `Title, Company` or the company.
fn signatures(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !doc.toks[i].line_start {
            i += 1;
            continue;
        }
        let le = doc.line_end(i);
        let words = line_words(doc, i, le);
        let closing = le - i <= 6
            && doc.toks[i..le].iter().all(|t| t.kind == Kind::Punct || t.rf(rules::F_CLOSING_WORD))
            && !words.is_empty()
            && rules::CLOSINGS.contains(&words.as_str());
        if !closing || le >= n {
            i = le;
            continue;
        }
        // The name line.
        let na = le;
        let ne = doc.line_end(na);
        let j = skip_title(doc, na);
        let mut next = ne;
        if let Some((e, _)) = parse_name(doc, j, 4, doc.lowercase_chat) {
            let rest_ok = doc.toks[e..ne].iter().all(|t| t.kind == Kind::Punct);
            let ev = evidence(doc, j, e);
            let lower_ok = doc.toks[j].shape != Shape::Lower || (ev.all_namey() && ev.names >= 1);
            let has_suffix = doc.toks[j..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX) || t.rf(rules::F_ORG_HEAD));
            if rest_ok && !has_suffix && ev.ok_in_context() && lower_ok {
                out.push(j, e, Ent::Person, 0.88);
                // The company line after it.
                if ne < n {
                    org_line(doc, ne, doc.line_end(ne), out);
                    next = doc.line_end(ne);
                }
            } else if rest_ok && has_suffix {
                next = ne;
            }
        }
        i = next.max(le);
    }
}

/// `Office Manager, Carr, Wood and Goodwin` or `Crescentfield Partners` under a signature.
fn org_line(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands) {
    if a >= b || doc.toks[a..b].iter().any(|t| t.masked || t.kind == Kind::Num) {
        return;
    }
    let comma = (a..b).find(|&k| doc.toks[k].is_punct(','));
    let start = match comma {
        Some(c) => {
            // The part before the comma must be a job title.
            let title = doc.toks[a..c].iter().any(|t| t.is_word() && JOB_WORDS.contains(&&*t.lower));
            if !title {
                return;
            }
            c + 1
        }
        None => {
            let title = doc.toks[a..b].iter().any(|t| t.is_word() && JOB_WORDS.contains(&&*t.lower));
            if title {
                return;
            }
            a
        }
    };
    let mut e = b;
    while e > start && doc.toks[e - 1].kind == Kind::Punct && !(doc.toks[e - 1].is_punct('.') && crate::org::abbrev_dot(doc, e - 1)) {
        e -= 1;
    }
    if e <= start || !doc.toks[start].is_titlecase() || e - start > 12 {
        return;
    }
    let all_cap = doc.toks[start..e]
        .iter()
        .all(|t| t.kind == Kind::Punct || t.shape != Shape::Lower || matches!(&*t.lower, "and" | "of" | "the" | "for" | "de" | "und"));
    if all_cap {
        out.push(start, e, Ent::Org, 0.8);
    }
}

/// Speaker columns: `ashleigh: yo`, `[09:26] samuel: sorry`, `12/03/24, 10:42 - Ayşe Demir: ok`,
/// `anna > see you`. A name of one or two words (three when capitalised) before `:` or `>` at the
/// start of a line, after an optional timestamp or bracket.
fn speakers(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut turns: Vec<(usize, usize, bool, bool)> = Vec::new();
    for i in 0..n {
        if !doc.toks[i].line_start {
            continue;
        }
        let k = skip_stamp(doc, i);
        // A time or a date, not an enumerator such as `[2]`.
        let stamped = doc.toks[i..k].iter().any(|t| t.is_punct(':') || t.is_punct('/'));
        if k >= n || (k != i && doc.toks[k].line_start) {
            continue;
        }
        let capital = doc.toks[k].shape == Shape::Cap;
        let Some((e, words)) = parse_name(doc, k, if capital { 3 } else { 2 }, true) else { continue };
        let gt = e < n && doc.toks[e].is_punct('>') && doc.toks[e].space_before;
        if e >= n || !(doc.toks[e].is_punct(':') || gt) || words > 3 || (words == 3 && !capital) {
            continue;
        }
        if e + 1 < n && !doc.toks[e + 1].space_before && !doc.toks[e + 1].line_start {
            continue; // `http:`, times
        }
        if doc.toks[k..e].iter().any(|t| t.lower.split('-').any(|p| rules::ROLES.contains(&p)) || t.masked || t.rf(rules::F_FUNCTION_WORD))
        {
            continue;
        }
        if crate::structure::classify_key(&doc.text[doc.toks[k].start..doc.toks[e - 1].end]).is_some() {
            continue;
        }
        // A turn of a column: a message of two or more words that starts with a word (a form's
        // `DOB: 6 Dec 1975` or `Invoice: INV-2025` is a label), said by no all-caps acronym.
        let le = doc.line_end(e);
        let msg_words = doc.toks[e + 1..le].iter().filter(|t| t.is_word()).count();
        // Compounds ending in a particle (`Follow-up`, `Check-in`, `Add-on`) are headings, not names.
        let compound = doc.toks[k..e].iter().any(|t| {
            t.lower
                .rsplit('-')
                .next()
                .is_some_and(|p| t.lower.contains('-') && matches!(p, "up" | "in" | "out" | "on" | "off" | "by" | "to" | "over"))
        });
        let talk = msg_words >= 2
            && e + 1 < le
            && doc.toks[e + 1].is_word()
            && !compound
            && doc.toks[k..e].iter().all(|t| t.shape != Shape::Upper);
        turns.push((k, e, stamped, talk));
    }
    // Two or more talking turns make a speaker column: then names the lists do not know count too.
    let column = turns.iter().filter(|t| t.3).count() >= 2;
    // A transcript's speakers in capitals (`DAWIT: Good morning.`): two or more such turns, each a
    // single word that is no common word (not `NOTE:`, `WARNING:`), no role and no label.
    let caps: Vec<usize> = turns
        .iter()
        .filter(|&&(k, e, _, _)| {
            let t = &doc.toks[k];
            let le = doc.line_end(e);
            e == k + 1
                && t.shape == Shape::Upper
                && t.char_len() >= 3
                && !t.wordinfo().is_wordy()
                && doc.toks[e + 1..le].iter().filter(|u| u.is_word()).count() >= 2
        })
        .map(|&(k, _, _, _)| k)
        .collect();
    if caps.len() >= 2 {
        for &k in &caps {
            out.push(k, k + 1, Ent::Person, 0.8);
        }
    }
    for &(k, e, stamped, talk) in &turns {
        let words = doc.toks[k..e].iter().filter(|t| t.is_word()).count();
        let ev = evidence(doc, k, e);
        let first = doc.toks[k].wordinfo();
        let unknown_ok = doc.lowercase_chat && ev.unknown == ev.words && doc.toks[k].char_len() >= 3;
        let first_ok = first.is_first() && words == 1 && (first.zipf < 5.0 || (doc.lowercase_chat && first.ambiguity() < 0.5));
        // In a speaker column (or after a timestamp), any word that is no common word.
        let column_ok = ((column && talk) || stamped)
            && ev.wordy == 0
            && ev.words > 0
            && doc.toks[k].char_len() >= 2
            && doc.toks[k].shape != Shape::Upper;
        if ev.names == ev.words || first_ok || unknown_ok || column_ok {
            out.push(k, e, Ent::Person, 0.85);
        }
    }
}

/// A `/ . : , -` between two numbers of one line (`12/03`, `10:42`).
fn joins_numbers(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == Kind::Punct
        && matches!(&*t.lower, "/" | "." | ":" | "," | "-")
        && doc.toks.get(k + 1).is_some_and(|next| next.kind == Kind::Num && !next.line_start)
}

/// Skips a timestamp or bracket that opens a chat line (`[09:26]`, `10:32`, `12/03/24, 10:42 -`,
/// `(2024-03-12 10:42)`): the index of the first token after it, or `i`.
pub(crate) fn skip_stamp(doc: &Doc<'_>, i: usize) -> usize {
    let n = doc.toks.len();
    let mut k = i;
    if doc.toks[k].is_punct('[') || doc.toks[k].is_punct('(') {
        while k < n && !doc.toks[k].is_punct(']') && !doc.toks[k].is_punct(')') && (k == i || !doc.toks[k].line_start) {
            k += 1;
        }
        return (k + 1).min(n);
    }
    // Numbers joined by `/ . : , -` and an optional am/pm, then an optional ` - `.
    let mut nums = 0;
    while k < n && (k == i || !doc.toks[k].line_start) {
        let t = &doc.toks[k];
        if t.kind == Kind::Num {
            nums += 1;
            k += 1;
        } else if nums > 0 && (joins_numbers(doc, k) || t.is_word() && matches!(&*t.lower, "am" | "pm")) {
            k += 1;
        } else {
            break;
        }
    }
    if nums == 0 {
        return i;
    }
    if k < n && !doc.toks[k].line_start && ["-", "|", "]", ".", ")", ":"].iter().any(|p| doc.toks[k].lower.as_ref() == *p) {
        k += 1;
    }
    k
}

/// Capitalised names in running text with evidence from the name lists.
fn prose(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !(nameish(doc, i, false) || initial_len(doc, i) > 0) || doc.toks[i].masked {
            i += 1;
            continue;
        }
        // The maximal run of name-like tokens.
        let Some((e, _)) = parse_name(doc, i, 6, false) else {
            i += 1;
            continue;
        };
        if doc.toks[i].shape == Shape::Upper && doc.line_is_upper(i) {
            i = e;
            continue;
        }
        judge_run(doc, i, e, out);
        i = e.max(i + 1);
    }
}

fn stop_word(t: &crate::doc::Token<'_>) -> bool {
    let lower = &*t.lower;
    t.rf(rules::F_ORG_HEAD)
        || t.rf(rules::F_LEGAL_SUFFIX)
        || t.rf(rules::F_STREET_SUFFIX)
            && !matches!(
                lower,
                "green"
                    | "hill"
                    | "wood"
                    | "woods"
                    | "lane"
                    | "brook"
                    | "brooks"
                    | "ford"
                    | "field"
                    | "fields"
                    | "park"
                    | "banks"
                    | "chase"
                    | "hall"
                    | "ward"
                    | "hollow"
                    | "mills"
                    | "meadows"
                    | "burg"
                    | "rose"
                    | "grove"
                    | "dale"
                    | "glen"
                    | "vale"
                    | "knoll"
                    | "rowe"
                    | "ridge"
                    | "key"
                    | "mount"
                    | "stream"
                    | "lake"
                    | "reed"
                    | "isle"
                    | "cove"
                    | "cliff"
                    | "wells"
                    | "way"
                    | "gate"
                    | "station"
                    | "walker"
                    | "spring"
                    | "springs"
                    | "forest"
                    | "hills"
                    | "rivers"
                    | "river"
                    | "bridge"
                    | "bend"
                    | "shore"
                    | "ranch"
                    | "union"
                    | "villa"
                    | "ville"
                    | "well"
                    | "port"
                    | "haven"
                    | "camp"
                    | "crest"
                    | "cross"
                    | "beach"
                    | "pine"
                    | "marsh"
                    | "fort"
                    | "croft"
                    | "burgess"
                    | "row"
            )
        || t.rf(rules::F_TITLES)
        || t.rf(rules::F_GREETINGS)
}

/// Decides whether run `a..b` of capitalised words is a person.
fn judge_run(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands) {
    // Split the run at stop words (organisation heads, street types, months) and judge the pieces.
    let mut s = a;
    let mut k = a;
    while k < b {
        let t = &doc.toks[k];
        if t.is_word() && (stop_word(t) || (t.rf(rules::F_CALENDAR) && !crate::cand::calendar_name(doc, k))) {
            if k > s {
                judge_piece(doc, s, k, out, k < b);
            }
            s = k + 1;
        }
        k += 1;
    }
    if s < b {
        judge_piece(doc, s, b, out, false);
    }
}

fn is_common(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let w = t.wordinfo();
    if t.shape == Shape::Upper && !w.is_name() {
        return true; // acronyms and codes: `SKU`, `DEA`
    }
    !w.is_name() && (w.is_wordy() || w.place.is_some_and(|p| p.population >= 100_000))
}

/// A leading common word that is still a first name before a surname (`Jesus Quinn`, `Will Smith`).
fn first_before_last(doc: &Doc<'_>, k: usize, b: usize) -> bool {
    let w = doc.toks[k].wordinfo();
    if k + 2 < b && doc.toks[k + 1].rf(rules::F_PARTICLES) && doc.toks[k + 1].shape == Shape::Lower {
        return w.first >= 0.01; // `Jan de Vries`
    }
    k + 1 < b && w.first >= 0.01 && !doc.sentence_start(k) && {
        let l = doc.toks[k + 1].wordinfo();
        l.is_last() && l.is_name()
    }
}

fn judge_piece(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands, before_stop: bool) {
    // A piece followed by an organisation head or street type belongs to that name, not a person.
    if before_stop {
        return;
    }
    let mut a = a;
    let mut b = b;
    // Trim common words at both ends (`Customer Aaron T. Madden reports`).
    while a < b && initial_len(doc, a) == 0 && ((is_common(doc, a) && !first_before_last(doc, a, b)) || doc.toks[a].kind != Kind::Word) {
        a += 1;
    }
    let full_b = b;
    while b > a && initial_len(doc, b - 1) == 0 && !doc.toks[b - 1].is_punct('.') && is_common(doc, b - 1) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    if b < full_b {
        // A clear first name or an initial followed by surnames that are also words is a person
        // (`Rebecca Miles`, `Z. Chen`); an ambiguous one is a thing (`Hunter Green`, `Rose Gold`).
        let lead = doc.toks[a].wordinfo();
        let clear = initial_len(doc, a) > 0 || (lead.is_first() && lead.ambiguity() < 0.012) || (a + 1 < b && initial_len(doc, a + 1) > 0);
        let surnames = doc.toks[b..full_b].iter().all(|t| t.kind != Kind::Word || (t.wordinfo().last >= 0.005 && t.shape != Shape::Upper));
        if clear && surnames && full_b - b == 1 {
            b = full_b;
        } else if doc.toks[b - 1].shape != Shape::Upper {
            return;
        }
    }
    // A run may start with a lone initial only before a name (`J. Smith`).
    let ev = evidence(doc, a, b);
    if ev.words == 0 {
        return;
    }
    let ss = doc.sentence_start(a);
    let first = doc.toks[a].wordinfo();
    let prev_digit = a > 0 && doc.toks[a - 1].kind == Kind::Num && !doc.toks[a].line_start;
    if prev_digit {
        return; // `12 Hayes Path`: the address rules decide
    }
    // A single all-caps word outside a label is an acronym more often than a name.
    if ev.words + ev.initials == 1 && doc.toks[a].shape == Shape::Upper {
        return;
    }
    let score;
    if ev.words >= 2 {
        if ev.names >= 1 && (first.is_first() || ev.initials > 0 || ev.names >= 2 || !ss) && ev.wordy <= ev.names {
            score = if ev.names >= 2 || ev.initials > 0 { 0.85 } else { 0.7 };
        } else if ev.initials > 0 && ev.wordy == 0 {
            score = 0.7;
        } else if ev.unknown == ev.words
            && ev.words <= 3
            && doc.toks[a..b].iter().all(|t| t.kind != Kind::Word || (t.char_len() >= 3 && !crate::cand::english_derivative(t)))
            && (!ss
                || (b < doc.toks.len()
                    && doc.toks[b].is_word()
                    && doc.toks[b].shape == Shape::Lower
                    && doc.toks[b].space_before
                    && !doc.toks[b].line_start))
        {
            // Names the lists do not know (`Chukwuemeka Okafor approved`): a run of two or three
            // capitalised words that are neither names nor English words, in running text.
            score = if ss { 0.45 } else { 0.5 };
        } else if doc.toks[a..b].iter().any(|t| t.rf(rules::F_PARTICLES) && t.shape == Shape::Lower) && ev.wordy < ev.words {
            // `Jan de Vries`, `Ludwig van Beethoven`
            score = 0.7;
        } else if ev.names >= 1 && ev.unknown >= 1 && ev.wordy == 0 {
            score = 0.6;
        } else {
            return;
        }
    } else if ev.initials > 0 && (ev.names + ev.census + ev.unknown) >= 1 {
        score = 0.8;
    } else if ev.names == 1 && first.is_first() && first.ambiguity() < if ss { 0.006 } else { 0.015 } {
        // `Maria and I spoke`; but `Mark the invoice` at a sentence start is a verb.
        score = 0.65;
    } else if ev.names == 1 && !ss && first.last >= 0.01 && first.place.is_none() && !first.is_first() && first.ambiguity() < 0.015 {
        score = 0.5;
    } else {
        return;
    }
    out.push(a, b, Ent::Person, score);
}

/// Lower-case names: `abigail davis`, `its brittany`.
fn lowercase(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape != Shape::Lower {
            continue;
        }
        let w = t.wordinfo();
        let chatty = doc.lowercase_chat || lowercase_line(doc, i);
        let intro = i > 0
            && doc.toks[i - 1].is_word()
            && doc.toks[i - 1].rf(rules::F_CHAT_INTRO)
            && (doc.lowercase_chat || doc.toks[i - 1].shape == Shape::Lower)
            && strong_intro(doc, i - 1, chatty);
        if intro && chatty && !w.is_wordy() && w.zipf < 3.5 && t.char_len() >= 3 && !t.rf(rules::F_CHAT_INTRO | rules::F_GREETINGS) {
            // `its oluwaseun adeyemi`: unknown words after an introduction, one or two of them.
            let two = i + 1 < n && {
                let next = &doc.toks[i + 1];
                next.is_word()
                    && next.shape == Shape::Lower
                    && next.space_before
                    && !next.line_start
                    && !next.wordinfo().is_wordy()
                    && (next.wordinfo().is_census() || next.wordinfo().zipf < 3.0)
            };
            if w.is_census() || w.info_unknown() {
                out.push(i, if two { i + 2 } else { i + 1 }, Ent::Person, 0.55);
                continue;
            }
        }
        if !w.is_first() || w.is_wordy() {
            continue;
        }
        // first + last
        if i + 1 < n
            && doc.toks[i + 1].is_word()
            && doc.toks[i + 1].shape == Shape::Lower
            && doc.toks[i + 1].space_before
            && !doc.toks[i + 1].line_start
        {
            let l = doc.toks[i + 1].wordinfo();
            if l.is_last() && !l.is_wordy() && l.last >= 0.002 && doc.toks[i + 1].char_len() >= 3 {
                out.push(i, i + 2, Ent::Person, 0.6);
                continue;
            }
        }
        // after an introduction word
        if i > 0
            && doc.toks[i - 1].is_word()
            && doc.toks[i - 1].rf(rules::F_CHAT_INTRO)
            && (doc.lowercase_chat || doc.toks[i - 1].shape == Shape::Lower)
        {
            out.push(i, i + 1, Ent::Person, 0.55);
        }
    }
}

/// The line of token `i` is written in lower case (chat typed without capitals): two or more words
/// and none capitalised.
///
/// Not a line that carries on a sentence of the line above (a word ends that line, and this one
/// starts with a word that is no `speaker:`): wrapped prose has lines without capitals too, and
/// `familiar with its internals` or `it is instantiated` there are no introductions.
fn lowercase_line(doc: &Doc<'_>, i: usize) -> bool {
    let (a, b) = (doc.line_first(i), doc.line_end(i));
    if a > 0 && a + 1 < b {
        let (prev, first) = (&doc.toks[a - 1], &doc.toks[a]);
        let wrapped = prev.line + 1 == first.line && prev.kind == Kind::Word && first.kind == Kind::Word && !doc.toks[a + 1].is_punct(':');
        if wrapped {
            return false;
        }
    }
    let mut words = 0;
    for t in &doc.toks[a..b] {
        if t.kind == Kind::Word && !t.masked {
            if t.shape != Shape::Lower {
                return false;
            }
            words += 1;
        }
    }
    words >= 2
}

/// An introduction word that names the next word outside whole chats too: `it's`, `i'm`, `ping`,
/// `thanks`; `is` only in `this is` / `name is`; `with`, `from`, `love`, `miss` only in chats.
fn strong_intro(doc: &Doc<'_>, k: usize, chatty: bool) -> bool {
    match &*doc.toks[k].lower {
        "is" => k > 0 && matches!(&*doc.toks[k - 1].lower, "this" | "name" | "it" | "here"),
        "with" | "from" | "love" | "miss" | "email" | "call" | "told" | "asked" | "name" | "message" => doc.lowercase_chat,
        _ => chatty || doc.lowercase_chat,
    }
}
