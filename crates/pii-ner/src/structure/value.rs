//! A labelled field's value read as the class its label gives: a person, a place or an
//! organisation, with the checks each needs.

use super::KeyClass;
use crate::cand::{Cands, Ent, evidence, initial_len, nameish, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::Lexicon;
use crate::place;
use crate::rules;

/// Values that are never a name.
const NON_VALUES: &[&str] = &[
    "none",
    "n/a",
    "na",
    "yes",
    "no",
    "unknown",
    "self",
    "same",
    "declined",
    "pending",
    "tbd",
    "null",
    "nil",
    "redacted",
    "anonymous",
    "true",
    "false",
    "other",
    "not",
    "see",
    "as",
    "all",
    "any",
    "retired",
    "unemployed",
    "student",
    "various",
    "multiple",
    "withheld",
    "private",
    "confidential",
    "test",
    // Structure words: a header cell or a label is never the value (`| Name | Email |`).
    "email",
    "e-mail",
    "phone",
    "value",
    "field",
    "role",
    "date",
    "id",
    "status",
    "notes",
    "address",
    "signature",
    "position",
    "department",
    "title",
    "tbc",
    "tba",
    "nobody",
    "someone",
    "re",
    "fw",
    "fwd",
    "aw",
    "wg",
    "sv",
    "vs",
];

/// Handles the value tokens `a..b` of a field of class `class`.
pub(crate) fn value(doc: &Doc<'_>, lex: &Lexicon, class: KeyClass, a: usize, b: usize, score: f32, out: &mut Cands) {
    let b = b.min(doc.toks.len());
    // A form's checkbox (`Patient     [ ] Kurativ`) holds no value, and in a table's header row
    // (`Name          Address          Phone`) the cell after a label is the next column's key.
    let checkbox = a < b && doc.toks[a].is_punct('[') && (a + 1..(a + 3).min(b)).any(|k| doc.toks[k].is_punct(']'));
    // Only where the gap itself separates them: after a colon a key word is a value (`Surname:
    // BANKS`).
    let header = a < b
        && a > 0
        && doc.toks[a].wide_gap_before
        && !doc.toks[a - 1].is_punct(':')
        && crate::structure::classify_key(doc.tok_text(a)).is_some();
    if checkbox || header {
        return;
    }
    let mut a = a;
    while a < b && doc.toks[a].kind == Kind::Punct && !doc.toks[a].is_punct('#') {
        a += 1;
    }
    if a >= b || doc.toks[a].masked {
        return;
    }
    if doc.toks[a].is_word() && NON_VALUES.contains(&&*doc.toks[a].lower) {
        return;
    }
    // A value that opens with a greeting and a comma is a message, whatever the label (`Resposta
    // da empresa:` / `Olá, Larissa!`): the salutation rules read the name in it.
    if doc.toks[a].is_word() && doc.toks[a].rf(crate::rules::F_GREETINGS) && doc.toks.get(a + 1).is_some_and(|t| t.is_punct(',')) {
        return;
    }
    // A user name under a person's key (`"assignee": "li.wei"`, `user=aleksandra.nowak`): the
    // whole name, not its first word.
    if matches!(class, KeyClass::Person { .. } | KeyClass::Handle)
        && let Some(e) = user_name(doc, a, b)
    {
        out.push(a, e, Ent::Person, score);
        return;
    }
    match class {
        KeyClass::Person { weak } => person_value(doc, a, b, weak, score, out),
        KeyClass::Location => location_value(doc, lex, a, b, score, out),
        KeyClass::Org => org_value(doc, a, b, score, out),
        KeyClass::Handle => {
            let t = &doc.toks[a];
            if b == a + 1 && t.is_word() && t.char_len() >= 2 {
                out.push(a, b, Ent::Person, score);
            } else {
                person_value(doc, a, b, true, score, out);
            }
        }
    }
}

/// The end of a user name filling the value `a..b`: two words or more joined by `.`, `_` or
/// `-` without spaces (`li.wei`, `aleksandra.nowak`, `dmitri-k`), lower-case, nothing else in
/// the value but closing punctuation.
fn user_name(doc: &Doc<'_>, a: usize, b: usize) -> Option<usize> {
    let e = crate::cand::joined_end(doc, a, b, false);
    let lower = doc.toks[a..e].iter().all(|t| t.kind == Kind::Punct || t.shape == Shape::Lower);
    // Its parts are a person's names (`li.wei`, `j.smith`), not words (`queue.depth` under `name`).
    let parts = || doc.toks[a..e].iter().filter(|t| t.kind == Kind::Word);
    let words = parts().any(|t| t.wordinfo().is_wordy() && !t.wordinfo().is_name());
    let named = parts().any(|t| t.wordinfo().is_name() || (t.wordinfo().info_unknown() && t.char_len() >= 3));
    if words || !named {
        return None;
    }
    let rest_closes = doc.toks[e..b].iter().all(|t| t.kind == Kind::Punct && !matches!(&*t.lower, "@" | "/" | ":"));
    (e > a + 1 && doc.toks[a].is_word() && lower && rest_closes && doc.text[doc.toks[a].start..doc.toks[e - 1].end].len() <= 40)
        .then_some(e)
}

pub(crate) fn person_value(doc: &Doc<'_>, a: usize, b: usize, weak: bool, score: f32, out: &mut Cands) {
    // `Author: Candito, Marie; Seddah, Djamé`: a semicolon separates people, each its own value.
    if let Some(semi) = (a..b).find(|&k| doc.toks[k].is_punct(';')) {
        person_value(doc, a, semi, weak, score, out);
        if semi + 1 < b {
            person_value(doc, semi + 1, b, weak, score, out);
        }
        return;
    }
    if a >= b || doc.toks[a].masked {
        return;
    }
    if doc.toks[a..b].iter().any(|t| t.is_word() && t.rf(rules::F_LEGAL_SUFFIX) && t.shape != Shape::Lower)
        || (a + 1..b).any(|k| crate::org::dotted_form_end(doc, k).is_some())
    {
        return; // an organisation (`Cliente: DALVENNE SERVICIOS S.A.`); the organisation rules take it
    }
    // `Author: The IPython Development Team`: `the` first or a group noun names a collective.
    if (doc.toks[a].is_word() && &*doc.toks[a].lower == "the") || doc.toks[a..b].iter().any(|t| t.is_word() && t.rf(rules::F_GROUP)) {
        return;
    }
    // `Issued by: Saltmere Legal Services`: a value whose last word is an organisation's head word
    // names an organisation, whoever the label expects.
    let last_word = doc.toks[a..b].iter().rev().find(|t| t.kind != Kind::Punct);
    if last_word.is_some_and(|t| t.is_word() && t.rf(rules::F_ORG_HEAD) && t.shape != Shape::Lower) && b - a >= 2 {
        org_value(doc, a, b, score, out);
        return;
    }
    // `Cliente: Supermercados La Huerta`, `Proveedor: Banco Sabadell`: a head word that opens a
    // firm's name in the other languages; not a family name before its comma (`Naam: Kamphuis,
    // Evi`, a Dutch `-huis` name read as a house).
    let first = &doc.toks[a];
    let inverted = doc.toks.get(a + 1).is_some_and(|t| t.is_punct(','));
    if first.is_word() && first.shape == Shape::Cap && crate::org::prefix_head(first, doc.language) && b - a >= 2 && !inverted {
        org_value(doc, a, b, score, out);
        return;
    }
    let lead = skip_title(doc, a);
    // `Achternaam: de Jong`, `van der Meer`: particles that open a family name belong to it.
    let mut i = lead;
    while i < b && i < lead + 3 && doc.toks[i].is_word() && doc.toks[i].shape == Shape::Lower && doc.toks[i].rf(rules::F_PARTICLES) {
        i += 1;
    }
    if i >= b || !nameish(doc, i, false) || !doc.toks[i].space_before {
        i = lead;
    }
    for allow_lower in [false, true] {
        if allow_lower && doc.toks[i].shape == Shape::Cap {
            break;
        }
        let Some((e1, w1)) = parse_name(doc, i, 4, allow_lower) else { continue };
        let e1 = e1.min(b);
        // `Last, First` as one span.
        let mut end = e1;
        if w1 <= 2
            && e1 + 1 < b
            && doc.toks[e1].is_punct(',')
            && let Some((e2, w2)) = parse_name(doc, e1 + 1, 2, allow_lower)
        {
            // Up to the address after the name (`"Okafor, Chinedu" <c.okafor@…>`); a note in
            // brackets after it still means `Name, credential (…)`.
            let stop = (e2.min(b)..b).find(|&k| doc.toks[k].masked || doc.toks[k].is_punct('<')).unwrap_or(b);
            let rest_empty = doc.toks[e2.min(stop)..stop].iter().all(|t| t.kind == Kind::Punct && !t.is_punct(','));
            // Two names of two words each are a list (`Somchai Rattanakorn, Mamadou Fall`); a place
            // after the comma is where the person works (`Dr Louis Cissé, Vannes`).
            let after = doc.toks[e1 + 1].wordinfo();
            let place_after = w1 >= 2 && after.place.is_some() && !after.is_first();
            // A family name in capitals marks `FAMILY, Given` whatever follows (`Claimed by: JIANG,
            // Weijie, ID checked`).
            let capitals = doc.toks[i..e1].iter().filter(|t| t.is_word()).all(|t| t.shape == Shape::Upper && t.char_len() >= 2)
                && doc.toks[e1 + 1].shape == Shape::Cap;
            // Under a label that names only a person, a lower-case apposition after it says who the
            // person is (`Marraine : Grondin, Farida, tante de l'enfant`); a list goes on with
            // another name, and a weak label's words may be anything (`Contact: Manager, Sales,
            // then Support`).
            let apposition = !weak
                && e2 + 1 < b
                && doc.toks[e2].is_punct(',')
                && doc.toks[e2 + 1].is_word()
                && doc.toks[e2 + 1].shape == Shape::Lower
                && !matches!(&*doc.toks[e2 + 1].lower, "and" | "et" | "und" | "en" | "y" | "e")
                && !doc.toks[i..e2].iter().any(|t| t.is_word() && t.wordinfo().is_wordy());
            if w2 <= 2 && w1 + w2 <= 3 && e2 <= b && (rest_empty || capitals || apposition) && !place_after {
                end = e2;
            }
        }
        let ev = evidence(doc, i, end);
        if allow_lower && ev.names < ev.words && doc.toks[i].shape == Shape::Lower {
            continue;
        }
        // Under a weak label (`Driver:`, `Server:`) one word no list knows counts when it fills
        // the field by itself and is written like a name (`Driver: Rashidi`, not `db01`).
        let lone = ev.words == 1
            && ev.unknown == 1
            && ev.initials == 0
            && doc.toks[end - 1].char_len() >= 4
            && matches!(doc.toks[end - 1].shape, Shape::Cap | Shape::Upper)
            && doc.toks[end - 1].wordinfo().place.is_none()
            && doc.toks[end..b].iter().all(|t| t.kind == Kind::Punct);
        // A weak label's value that a sentence goes on from is no name (`Subject: Welcome aboard!`).
        let sentence = end < b && doc.toks[end].is_word() && doc.toks[end].shape == Shape::Lower;
        let accept = if weak {
            !sentence && (ev.all_namey() || (ev.unknown >= 1 && ev.words >= 2 && ev.wordy == 0) || lone)
        } else {
            ev.ok_in_context()
        };
        if accept {
            out.push(lead, end, Ent::Person, score);
        }
        return;
    }
}

fn location_value(doc: &Doc<'_>, lex: &Lexicon, a: usize, b: usize, score: f32, out: &mut Cands) {
    // `Ship to: Attn. Putri Kusuma, ul. Ogrodowa 758, ...`: the addressee before the address.
    let mut a = a;
    if let Some(comma) = addressee_end(doc, a, b) {
        let name = if doc.toks[a + 1].is_punct('.') || doc.toks[a + 1].is_punct(':') { a + 2 } else { a + 1 };
        person_value(doc, name, comma, false, score, out);
        a = comma + 1;
        if a >= b {
            return;
        }
    }
    // The value up to a bracket, an angle bracket or ` - `.
    let mut end = a;
    let mut has_place = false;
    let mut has_num = false;
    let mut words = 0;
    let mut wordy = 0;
    let mut last_real = a;
    for j in a..b {
        let t = &doc.toks[j];
        if t.masked || (t.kind == Kind::Punct && matches!(&*t.lower, "(" | "<" | "[" | "\"")) {
            break;
        }
        if t.kind == Kind::Punct && &*t.lower == "-" && t.space_before {
            break;
        }
        if t.kind != Kind::Punct {
            last_real = j + 1;
            if t.kind == Kind::Word {
                words += 1;
                let w = t.wordinfo();
                if w.place.is_some() || w.starts_place {
                    has_place = true;
                }
                if w.is_wordy() && w.place.is_none() {
                    wordy += 1;
                }
            } else {
                has_num = true;
            }
        } else if t.is_punct('.') && last_real == j {
            last_real = j + 1;
        }
        end = j + 1;
    }
    let _ = end;
    if words == 0 || last_real <= a {
        return;
    }
    let first = &doc.toks[a];
    if words == 1 && last_real == a + 1 && first.shape == Shape::Upper && first.char_len() <= 3 {
        return; // `US`, `GB`: codes, not written places
    }
    // `Office: (020) 7946 0958, ext. 214`: a telephone number under a place label, whose only
    // words are the extension's.
    let dialled =
        doc.toks[a..last_real].iter().filter(|t| t.is_word()).all(|t| matches!(&*t.lower, "ext" | "x" | "extension" | "tel" | "fax"));
    if first.kind == Kind::Punct || dialled {
        return;
    }
    if first.is_word() && first.rf(rules::F_UNIT_WORDS) && !has_place && words <= 1 {
        return; // `Room 4`
    }
    if first.shape == Shape::Lower && !doc.lowercase_chat {
        return;
    }
    // A sentence is no place, whatever it names (`…office: Inês is back from leave on Monday`):
    // an address holds a few lower-case particles at most (`rue de la Paix`).
    let lower = doc.toks[a..last_real].iter().filter(|t| t.kind == Kind::Word && t.shape == Shape::Lower).count();
    if lower >= 4 && lower * 2 > words {
        return;
    }
    let accept = has_place || place::region_code_in(doc, a, last_real) || (has_num && words >= 2) || wordy < words;
    // Trailing dot only after an abbreviation.
    let mut e = last_real;
    if e > a && doc.toks[e - 1].is_punct('.') && !(e >= 2 && doc.toks[e - 2].char_len() <= 3) {
        e -= 1;
    }
    // A place and the lower-case noun of what stands there (`Site: Bursa depot`, `Leeds office`):
    // without a number the place ends at its last capitalised word.
    if !has_num && doc.toks[a..e].iter().any(|t| t.is_word() && t.shape != Shape::Lower) {
        while e > a + 1 && doc.toks[e - 1].is_word() && doc.toks[e - 1].shape == Shape::Lower {
            e -= 1;
        }
    }
    if accept && doc.text[doc.toks[a].start..doc.toks[e - 1].end].len() <= 160 {
        let _ = lex;
        out.push(a, e, Ent::Location, score);
    }
}

/// The comma that ends an `Attn. Name,` (or `Attention: Name,`) opening an address value.
fn addressee_end(doc: &Doc<'_>, a: usize, b: usize) -> Option<usize> {
    let t = doc.toks.get(a)?;
    if !(t.is_word() && matches!(&*t.lower, "attn" | "attention")) || a + 2 >= b {
        return None;
    }
    (a + 1..b.min(a + 8)).find(|&k| doc.toks[k].is_punct(',')).filter(|&k| k > a + 2)
}

fn org_value(doc: &Doc<'_>, a: usize, b: usize, score: f32, out: &mut Cands) {
    let mut last_real = a;
    let mut words = 0;
    let mut wordy = 0;
    let mut firstish = false;
    for j in a..b {
        let t = &doc.toks[j];
        if t.masked || (t.kind == Kind::Punct && matches!(&*t.lower, "(" | "<" | "[" | "\"")) {
            break;
        }
        if t.kind == Kind::Punct && &*t.lower == "-" && t.space_before {
            break;
        }
        // A comma and a number: the firm's address follows (`SCOP Terrelune, 232 lotissement …`).
        if t.is_punct(',') && doc.toks.get(j + 1).is_some_and(|u| u.kind == Kind::Num) {
            break;
        }
        if let Some(e) = crate::org::dotted_form_end(doc, j)
            && j > a
        {
            last_real = e; // `Kowalczyk Sp. z o.o.`, `Frutas del Sur S.A.`
            break;
        }
        if t.kind == Kind::Word || t.kind == Kind::Alnum || t.kind == Kind::Num {
            if t.kind == Kind::Word {
                if t.shape == Shape::Lower
                    && !matches!(
                        &*t.lower,
                        "and"
                            | "of"
                            | "the"
                            | "for"
                            | "de"
                            | "und"
                            | "et"
                            | "del"
                            | "della"
                            | "di"
                            | "da"
                            | "do"
                            | "dos"
                            | "das"
                            | "des"
                            | "du"
                            | "la"
                            | "le"
                            | "van"
                            | "von"
                            | "der"
                            | "y"
                            | "e"
                            | "plc"
                    )
                {
                    break;
                }
                words += 1;
                if t.wordinfo().is_wordy() {
                    wordy += 1;
                }
                if j == a && t.wordinfo().is_first() && !t.wordinfo().is_wordy() {
                    firstish = true;
                }
            }
            last_real = j + 1;
        } else if t.is_punct('.') && last_real == j && j > a && crate::org::abbrev_dot(doc, j) {
            last_real = j + 1; // `Corp.`, `Co.`
        } else if !(t.is_punct(',') || t.is_punct('&') || t.is_punct('-') || t.is_punct('\'') || t.is_punct('.')) {
            break;
        }
    }
    if words == 0 || (words == 1 && wordy == 1) {
        return;
    }
    // A person's name in an organisation field (`Account name: Jane Doe`).
    if firstish && words <= 3 && initial_len(doc, a) == 0 {
        let ev = evidence(doc, a, last_real);
        if ev.names == ev.words && !doc.toks[a..last_real].iter().any(|t| t.is_punct(',') || t.is_punct('&')) {
            out.push(a, last_real, Ent::Person, score - 0.1);
            return;
        }
    }
    out.push(a, last_real, Ent::Org, score);
}
