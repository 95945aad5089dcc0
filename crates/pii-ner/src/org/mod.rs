//! Organisations: names ending in a legal form or a typical head word, law-firm style lists of
//! surnames, hyphenated surname pairs, and defined terms in contracts (`X ("Company")`).

use crate::cand::{Cands, Rule};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

mod clubs;
mod firms;
mod heads;
mod legal;
mod prefixed;
mod seated;

use firms::{defined_terms, firms};
use heads::heads;
use legal::legal_forms;
use prefixed::prefixed;
pub(crate) use prefixed::{PREFIX_HEADS, head_named, prefix_head};

fn cap(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    t.is_word() && matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) && !t.rf(rules::F_CALENDAR)
}

/// One word that may brand a letterhead before a dash: an acronym of two to six capitals (`CTV`,
/// `AMBR`), or one capitalised word that no list knows as a given name on the document's first
/// line (`Contarigor`); no place, title or greeting. A signer's given name stands there too, under
/// a message (`Erion – Assistenza Clienti Edilnova S.r.l.`).
fn letterhead_brand(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let acronym = t.shape == Shape::Upper && (2..=6).contains(&t.char_len());
    let brand = t.shape == Shape::Cap && k == 0 && !t.wordinfo().is_first();
    t.is_word() && (acronym || brand) && t.wordinfo().place.is_none() && !t.rf(rules::F_TITLES | rules::F_GREETINGS | rules::F_CALENDAR)
}

/// Walks left from `head` (the head word's index) over the name; returns its start.
fn name_start(doc: &Doc<'_>, head: usize, allow_commas: bool) -> usize {
    let mut a = head;
    let mut k = head;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        let p = k - 1;
        let t = &doc.toks[p];
        if doc.toks[k].line_start {
            break;
        }
        if cap(doc, p) && !t.rf(rules::F_GREETINGS) && !t.rf(rules::F_TITLES) {
            a = p;
            k = p;
            steps += 1;
            // Stop before a sentence start that is a common word (`The`, `Our`).
            continue;
        }
        // A hyphenated family name (`Moerman-Dewulf bvba`): the hyphen glued to both halves.
        if t.is_punct('-') && t.glued() && doc.toks[k].glued() && p > 0 && cap(doc, p - 1) {
            a = p - 1;
            k = p - 1;
            steps += 1;
            continue;
        }
        // One or two joining words between capitalised words (`Levante y Asociados`, `Hermanos de
        // la Fuente`, `Construcciones del Ebro`, `Fratelli di Rota`).
        // German `der`, `den` are articles (`Team der Dalvenne AG`): joining words only in a
        // Dutch or German family name, after `van` or `von` (`van der Linden`).
        let article = matches!(&*t.lower, "der" | "den") && !(p > 0 && matches!(&*doc.toks[p - 1].lower, "van" | "von"));
        let joined = if (t.is_punct('&') || joiner(t)) && !article {
            if p > 0 && cap(doc, p - 1) {
                Some(p)
            } else if p > 1 && joiner(&doc.toks[p - 1]) && cap(doc, p - 2) {
                Some(p - 1)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(p) = joined {
            let t = &doc.toks[p];
            // A legal form before the joiner ends another organisation (`Kestrel Ltd and Bluemarsh
            // GmbH`), unless a legal form follows it too (`Müller GmbH & Co. KG`).
            if doc.toks[p - 1].rf(rules::F_LEGAL_SUFFIX) && !doc.toks[k].rf(rules::F_LEGAL_SUFFIX) {
                break;
            }
            // `of` joins a name to what it heads (`Bank of Ireland plc`, `Society of Authors
            // Ltd`); after a rare word it follows a person (`Ovidiu Moldovan of Quintessa AB`).
            if &*t.lower == "of" && person_before_of(doc, p - 1) {
                break;
            }
            k = p;
            steps += 1;
            continue;
        }
        // `Gebr. Rettenbacher Holzbau GmbH`, `Trasporti F.lli Gallarini`, `Hnos. Arjona`: the
        // abbreviated brothers or firm that open a family firm's name.
        let abbreviation =
            if t.is_punct('.') && !t.space_before && p > 0 && matches!(&*doc.toks[p - 1].lower, "gebr" | "gebrs" | "hnos" | "fa") {
                Some(p - 1)
            } else if &*t.lower == "lli" && p >= 2 && doc.toks[p - 1].is_punct('.') && &*doc.toks[p - 2].lower == "f" {
                Some(p - 2)
            } else {
                None
            };
        if let Some(q) = abbreviation {
            if doc.toks[q].shape == Shape::Lower {
                break;
            }
            // Before it only a trade in capitals (`Trasporti F.lli Gallarini`), no joining word.
            let mut q = q;
            while q > 0 && !doc.toks[q].line_start && cap(doc, q - 1) && !doc.toks[q - 1].rf(rules::F_TITLES) {
                q -= 1;
            }
            a = q;
            break;
        }
        // `CTV – Consultoria Técnica do Vouga, Lda.` heading a letter: the acronym or brand that
        // opens the line before a dash opens the name.
        if matches!(&*t.lower, "–" | "—" | "-") && t.space_before && p > 0 && doc.toks[p - 1].line_start && letterhead_brand(doc, p - 1)
        {
            a = p - 1;
            break;
        }
        if allow_commas && t.is_punct(',') && p > 0 && cap(doc, p - 1) && doc.toks[p - 1].wordinfo().last > 0.0 {
            k = p;
            steps += 1;
            continue;
        }
        break;
    }
    // Drop leading common words such as `The`, `Our`, `Dear`, `Subject`.
    while a < head
        && doc.toks[a].is_word()
        && (matches!(&*doc.toks[a].lower, "the" | "our" | "your" | "a" | "an" | "at" | "with" | "from" | "for")
            || (doc.sentence_start(a) && doc.toks[a].wordinfo().zipf >= 5.0))
    {
        a += 1;
    }
    while a < head && !doc.toks[a].is_word() {
        a += 1;
    }
    a
}

/// A lower-case word that joins the words of a firm's name in the seven languages.
fn joiner(t: &crate::doc::Token<'_>) -> bool {
    t.is_word()
        && t.shape == Shape::Lower
        && matches!(
            &*t.lower,
            "and"
                | "of"
                | "the"
                | "für"
                | "und"
                | "et"
                | "de"
                | "del"
                | "la"
                | "las"
                | "los"
                | "y"
                | "e"
                | "i"
                | "da"
                | "do"
                | "dos"
                | "das"
                | "di"
                | "della"
                | "dei"
                | "degli"
                | "du"
                | "des"
                | "van"
                | "der"
                | "den"
                | "von"
        )
}

/// The word at `k`, before an `of`, ends a person's name rather than heads an organisation: no
/// organisation head nor common English word (`Bank`, `Ministry`, `Friends`), and a rare word or
/// a family name the lists know.
fn person_before_of(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let w = t.wordinfo();
    t.shape == Shape::Cap && !t.rf(rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX) && !w.is_wordy() && w.zipf < 3.5
}

/// The dot at token `dot` belongs to the word before it: a single letter (`S.A.`) or a legal form
/// written as an abbreviation (`Inc.`, `Ltd.`); after `SE`, `AG` or `Oy` it ends the sentence.
pub(crate) fn abbrev_dot(doc: &Doc<'_>, dot: usize) -> bool {
    dot > 0 && {
        let p = &doc.toks[dot - 1];
        p.kind == Kind::Word && (p.char_len() == 1 || rules::legal_form_takes_dot(&p.lower))
    }
}

/// A dotted or slashed legal form (`S.p.A.`, `S.à r.l.`, `A/S`, `Sp. z o.o.`) starting at token `i`:
/// the token index after it, longest spelling first.
pub(crate) fn dotted_form_end(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let t = doc.toks.get(i)?;
    if t.kind != Kind::Word || t.char_len() > 3 || !t.space_before || t.line_start {
        return None;
    }
    let rest = &doc.text[t.start..];
    let form = rules::DOTTED_SUFFIXES
        .iter()
        // Short forms only in mixed case (`eG`), which no word is written as.
        .filter(|f| {
            f.len() > 3 || f.contains('/') || (!f.contains('.') && f.chars().any(char::is_lowercase) && f.chars().any(char::is_uppercase))
        })
        .filter(|f| rest.starts_with(**f) && !rest[f.len()..].chars().next().is_some_and(char::is_alphanumeric))
        .max_by_key(|f| f.len())?;
    let end_byte = t.start + form.len();
    Some(doc.toks.partition_point(|u| u.start < end_byte))
}

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    out.rule = Rule::LegalForm;
    legal_forms(doc, out);
    out.rule = Rule::OrgHead;
    heads(doc, out);
    out.rule = Rule::OrgPrefix;
    prefixed(doc, out);
    // A club's acronym is its head word.
    out.rule = Rule::OrgHead;
    clubs::clubs(doc, out);
    out.rule = Rule::Firm;
    firms(doc, out);
    out.rule = Rule::DefinedTerm;
    defined_terms(doc, out);
    out.rule = Rule::Seated;
    seated::seated(doc, out);
}
