//! People: titles, salutations, sign-offs, chat speakers, capitalised names in prose with lexicon
//! evidence, lower-case names in chat.

use crate::cand::{Cands, Ent, Rule, evidence, initial_len, nameish, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

mod aged;
mod apposition;
mod blame;
mod by_phone;
mod byline;
mod caps_apposition;
pub(crate) mod caps_line;
mod caps_surname;
mod chat;
mod declarant;
mod formal;
mod group_header;
mod id_label;
mod inverted;
pub(crate) mod inverted_given;
mod letter;
mod log_user;
pub(crate) mod lone_family;
mod mailbox;
mod name_line;
mod named_by_address;
mod party;
mod posted_by;
mod prose;
mod quoted_nickname;
mod reply_header;
mod reporting;
mod resident;
mod role_only;
mod signed_blank;
mod slot;
mod speaker_block;
mod travel;
mod vocative;

use aged::aged;
use blame::blame_lines;
use byline::bylines;
use caps_line::caps_lines;
use caps_surname::{caps_surnames, family_first};
pub(crate) use chat::skip_stamp;
use chat::{lowercase, mentions, speakers};
use declarant::declarants;
use formal::bracketed_given_names;
use group_header::group_headers;
pub(crate) use id_label::holds_id_label;
use inverted::inverted_names;
use inverted_given::inverted_given_names;
use letter::{name_title_lines, salutations, signatures};
use mailbox::mailboxes;
use name_line::name_lines;
use named_by_address::named_by_address;
use party::parties;
use prose::{prose, stop_word};
use quoted_nickname::quoted_nicknames;
use reply_header::reply_headers;
use reporting::reporting;
use resident::{described, residents};
pub(crate) use role_only::{role_only, trim_closing_role};
use slot::slots;
pub(crate) use slot::subject_of_human_verb;
use travel::slash_names;
use vocative::vocatives;

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    out.rule = Rule::Title;
    titles(doc, out);
    out.rule = Rule::Salutation;
    salutations(doc, out);
    out.rule = Rule::Vocative;
    vocatives(doc, out);
    out.rule = Rule::Signature;
    signatures(doc, out);
    name_title_lines(doc, out);
    out.rule = Rule::SignedBlank;
    signed_blank::signed_blanks(doc, out);
    out.rule = Rule::Handle;
    log_user::log_users(doc, out);
    out.rule = Rule::Speaker;
    speakers(doc, out);
    speaker_block::speaker_blocks(doc, out);
    out.rule = Rule::Mention;
    mentions(doc, out);
    out.rule = Rule::PostedBy;
    posted_by::posted_by(doc, out);
    posted_by::author_handles(doc, out);
    out.rule = Rule::Byline;
    bylines(doc, out);
    out.rule = Rule::Blame;
    blame_lines(doc, out);
    out.rule = Rule::CapsSurname;
    caps_surnames(doc, out);
    family_first(doc, out);
    out.rule = Rule::CapsApposition;
    caps_apposition::caps_appositions(doc, out);
    out.rule = Rule::CapsLine;
    caps_lines(doc, out);
    out.rule = Rule::Reporting;
    reporting(doc, out);
    out.rule = Rule::ReplyHeader;
    reply_headers(doc, out);
    out.rule = Rule::Slot;
    slots(doc, out);
    out.rule = Rule::QuotedNickname;
    quoted_nicknames(doc, out);
    out.rule = Rule::Mailbox;
    mailboxes(doc, out);
    out.rule = Rule::NamedByAddress;
    named_by_address(doc, out);
    out.rule = Rule::BracketedGiven;
    bracketed_given_names(doc, out);
    out.rule = Rule::Resident;
    residents(doc, out);
    out.rule = Rule::Declarant;
    declarants(doc, out);
    out.rule = Rule::NameLine;
    name_lines(doc, out);
    out.rule = Rule::Described;
    described(doc, out);
    parties(doc, out);
    out.rule = Rule::GroupHeader;
    group_headers(doc, out);
    out.rule = Rule::SlashName;
    slash_names(doc, out);
    out.rule = Rule::InvertedName;
    inverted_names(doc, out);
    out.rule = Rule::InvertedGiven;
    inverted_given_names(doc, out);
    out.rule = Rule::Aged;
    aged(doc, out);
    out.rule = Rule::Apposition;
    apposition::appositions(doc, out);
    out.rule = Rule::Credit;
    crate::credit::find(doc, out);
    out.rule = Rule::Signoff;
    crate::signoff::find(doc, out);
    out.rule = Rule::Possessive;
    crate::possessive::find(doc, out);
    out.rule = Rule::Nickname;
    crate::nick::find(doc, out);
    out.rule = Rule::Role;
    roles(doc, out);
    out.rule = Rule::SurnameFirst;
    surname_first(doc, out);
    out.rule = Rule::Handle;
    handles(doc, out);
    out.rule = Rule::ByPhone;
    by_phone::reached_by_phone(doc, out);
    out.rule = Rule::Prose;
    prose(doc, out);
    out.rule = Rule::Lowercase;
    lowercase(doc, out);
}

/// `Patient Nguyễn Văn An, DOB …`, `Nurse Ngozi Okonkwo administered …`: a role noun, then a run of
/// capitalised words whose first word is no common word; the role stays outside the span.
fn roles(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        let office = t.rf(rules::F_OFFICE_NOUN);
        if !t.is_word() || !(t.rf(rules::F_ROLE_NOUN) || office) {
            continue;
        }
        // A line in capitals is a heading (`PATIENT DETAILS`) unless the words after the role are
        // names the lists know and end the line (a receipt's `OPERATOR FARIDAH`).
        let caps = t.shape == Shape::Upper && t.char_len() > 2 && doc.line_is_upper(i);
        let mut j = i + 1;
        if j < n && doc.toks[j].is_punct('.') && !doc.toks[j].space_before && t.char_len() <= 3 {
            j += 1; // `Pt.`
        }
        // `My partner, Hemi, also called`: the name in commas after one's own role noun.
        let appositive = j + 1 < n && doc.toks[j].is_punct(',') && doc.toks[j].glued() && possessed(doc, i);
        if appositive {
            j += 1;
        } else if office {
            continue;
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
        if !ends || doc.toks[j..e].iter().any(|u| u.is_word() && (stop_word(u) || u.rf(rules::F_CALENDAR) || crate::cand::agent_noun(u))) {
            continue;
        }
        if appositive && !doc.toks.get(e).is_none_or(|u| u.is_punct(',') || u.is_punct('.') || u.line_start) {
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
        let line_end = e >= n || doc.toks[e].line_start;
        if caps && !(line_end && ev.names == ev.words && doc.toks[j..e].iter().all(|u| u.wordinfo().is_first() || u.wordinfo().is_last())) {
            continue;
        }
        out.push(j, e, Ent::Person, 0.88);
    }
}

/// Whether the role noun at `i` is someone's own or the one the text speaks of (`my partner`, `our
/// colleague`, `mi amiga`, `El camarero`, `il maestro`).
fn possessed(doc: &Doc<'_>, i: usize) -> bool {
    i > 0
        && doc.toks[i - 1].is_word()
        && matches!(
            &*doc.toks[i - 1].lower,
            "my" | "our"
                | "his"
                | "her"
                | "their"
                | "your"
                | "the"
                | "mi"
                | "mio"
                | "mia"
                | "mon"
                | "ma"
                | "mijn"
                | "meu"
                | "minha"
                | "nuestro"
                | "nuestra"
                | "nostro"
                | "nostra"
                | "notre"
                | "onze"
                | "nosso"
                | "nossa"
                | "su"
                | "sua"
                | "suo"
                | "seu"
                | "son"
                | "sa"
                | "leur"
                | "zijn"
                | "haar"
                | "hun"
                | "el"
                | "il"
                | "le"
                | "la"
                | "lo"
                | "o"
                | "a"
                | "de"
                | "het"
        )
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
            // After a Vietnamese middle name a short word is a given name, even one spelled like a
            // day (`Bui Thi Thu`, `Nguyen Van Sun`).
            let calendar = u.rf(rules::F_CALENDAR) && !(viet && u.char_len() <= 5);
            if !u.is_word() || u.shape != Shape::Cap || !u.space_before || u.line_start || u.wide_gap_before || calendar {
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
/// [`titles`] for the tests of other modules.
#[cfg(test)]
pub(crate) fn titles_for_tests(doc: &Doc<'_>, out: &mut Cands) {
    titles(doc, out);
}

fn titles(doc: &Doc<'_>, out: &mut Cands) {
    for i in 0..doc.toks.len() {
        let t = &doc.toks[i];
        // A maiden name's mark is written in lower case (`née Adeyemi`, `geb. Schulz`), and so is a
        // widow's before her late husband's name in an obituary (`ved. Pirrone`, `vda. de López`,
        // `Vve Martin`, `Wwe. Schulz`).
        let widow = matches!(&*t.lower, "ved" | "vda" | "vve" | "wwe");
        let maiden = widow || matches!(&*t.lower, "née" | "nee" | "geb" | "geborene");
        // Dutch and Italian write their titles in lower case, abbreviated (`drs. Wilhelmina ter
        // Horst`, `avv. Guidetti`, `dhr. Bakker`).
        let abbreviated = doc.toks.get(i + 1).is_some_and(|u| u.is_punct('.') && u.glued());
        let lower_ok = maiden || abbreviated || rules::LOWER_TITLES.contains(&&*t.lower);
        if !t.is_word() || (t.shape == Shape::Lower && !lower_ok) || !(t.rf(rules::F_TITLES) || crate::cand::letter_title(doc, i)) {
            continue;
        }
        // `Hr.` is Herr only abbreviated; `HR` alone is human resources.
        if matches!(&*t.lower, "hr" | "hrn") && !abbreviated {
            continue;
        }
        // A one-letter title after a given name is the name's middle initial (`Anna M. Kowalczyk`).
        if t.char_len() == 1 && crate::cand::after_name(doc, i) {
            continue;
        }
        let j = if maiden && t.shape == Shape::Lower {
            let k = if i + 1 < doc.toks.len() && doc.toks[i + 1].is_punct('.') && doc.toks[i + 1].glued() { i + 2 } else { i + 1 };
            if k < doc.toks.len() && nameish(doc, k, false) && doc.toks[k].space_before && !doc.toks[k].line_start { k } else { i }
        } else {
            skip_title(doc, i)
        };
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
                | "née"
                | "geb"
                | "geborene"
                | "herrn"
                | "hr"
                | "hrn"
                | "frau"
                | "sr"
                | "sra"
                | "srta"
                | "dott"
                | "sig"
                | "signor"
                | "signora"
                | "señor"
                | "señora"
                | "senhor"
                | "senhora"
                | "dña"
                | "doña"
                | "dona"
                | "dra"
                | "avv"
                | "arch"
                | "geom"
                | "rag"
                | "drs"
                | "mevrouw"
                | "mevr"
                | "dhr"
                | "meneer"
                | "monsieur"
                | "madame"
                | "juf"
                | "meester"
                | "signorina"
                | "dottor"
                | "dottoressa"
                | "mademoiselle"
                | "judge"
                | "hhj"
                | "capt"
                | "lt"
                | "sgt"
                | "hon"
                // Portuguese nurses' title, only ever before a name (`Enf.º da Paixão`).
                | "enf"
        ) || crate::cand::letter_title(doc, i)
            // Dutch `de heer` is Mr (`heer` alone is a lord).
            || (&*t.lower == "heer" && i > 0 && &*doc.toks[i - 1].lower == "de");
        // A widow's mark is as strong as a maiden name's.
        let strong = strong || widow;
        if let Some((e, _)) = parse_name(doc, j, 4, false) {
            let ev = evidence(doc, j, e);
            if (strong && ev.ok_in_context()) || ev.names > 0 {
                out.push(j, e, Ent::Person, 0.9);
            }
        }
    }
}
