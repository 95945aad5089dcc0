//! A field whose label no list knows (`Incident commander:`, `Pupil:`, `Guests:`) but whose value
//! is nothing except one or more names: `Comms: Juma Mwakyusa`, `Head of Year: Giorgos Karagianni`.
//!
//! Forms invent labels faster than any list grows, so the value's shape decides here: every item
//! of the value is a run of two to four capitalised words that fills the item, none a common
//! word, an organisation's or a street's head word, and the run does not start with a place.
//! `Status: Under Review`, `Model: Kestrel X200` and `Site: Aldercroft Sdn Bhd` stay unmarked.

use crate::cand::{Cands, Ent, evidence, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Score of a name found by its shape in a field: above propagation's threshold, below the
/// fields whose label names a person and below the gazetteer's multi-word places.
const SCORE: f32 = 0.68;

/// Marks the names of the value `a..b` when the whole value is names separated by `,`, `;`, `&`
/// or `and`; nothing otherwise.
pub(crate) fn name_field(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands) {
    for (i, e) in names_only(doc, a, b).unwrap_or_default() {
        out.push(i, e, Ent::Person, SCORE);
    }
}

/// The names of the value `a..b` when the whole value is names (see [`name_field`]).
pub(crate) fn names_only(doc: &Doc<'_>, a: usize, b: usize) -> Option<Vec<(usize, usize)>> {
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut k = a;
    while k < b {
        let i = skip_title(doc, k);
        let (e, words) = parse_name(doc, i, 4, false)?;
        if e > b || !(2..=4).contains(&words) || !name_shaped(doc, i, e) {
            return None;
        }
        items.push((i, e));
        k = e;
        // A note in brackets after a name (`Cllr Giorgos Price (Chair)`, `Adaeze Balogun (Orrin
        // & Vale Co.)`).
        if k < b && doc.toks[k].is_punct('(') {
            k = (k..b).find(|&j| doc.toks[j].is_punct(')'))? + 1;
        }
        if k < b && (doc.toks[k].is_punct(',') || doc.toks[k].is_punct(';') || doc.toks[k].is_punct('&')) {
            k += 1;
        }
        if k < b && doc.toks[k].is_word() && doc.toks[k].lower.as_ref() == "and" {
            k += 1;
        }
        if k < b && doc.toks[k].is_punct('.') && k + 1 == b {
            k += 1;
        }
        // A telephone number or an address after the names ends the value (`Ximena Quispe
        // (sister) 0412 555 019`).
        if k < b && (matches!(doc.toks[k].kind, Kind::Num | Kind::Alnum) || doc.toks[k].masked || doc.toks[k].is_punct('+')) {
            break;
        }
        if k < b && !doc.toks[k].is_titlecase() && skip_title(doc, k) == k {
            return None;
        }
    }
    (!items.is_empty()).then_some(items)
}

/// Words of a person's name and nothing else: no common word, no head word of an organisation,
/// a street or a group, not opening with a place that is no given name, and at least one word
/// in capitals-and-lower-case (`Anna KOWALSKI`, not the heading `ACME CORP`).
fn name_shaped(doc: &Doc<'_>, a: usize, e: usize) -> bool {
    let toks = &doc.toks[a..e];
    let words = || toks.iter().filter(|t| t.kind == Kind::Word);
    let lead = doc.toks[a].wordinfo();
    if words().any(|t| t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD | rules::F_GROUP)) {
        return false;
    }
    // A street's or a season's word only where people bear it (`Alexandra Wood`, `Summer
    // Nikolaidis`) or after a given name no English list knows (`Mamadou Fall`); not `Hope
    // Street` nor `Early Spring`.
    let foreign = lead.info_unknown();
    if words()
        .any(|t| t.rf(rules::F_STREET_SUFFIX | rules::F_CALENDAR) && !t.wordinfo().is_census() && !t.wordinfo().is_first() && !foreign)
    {
        return false;
    }
    // Or a name in capitals (`Klantenkaart: MIRTE HYLKEMA`): words of four letters or more that
    // English hardly writes, one of five or more, particles aside; no acronyms (`SEPA`, `ABC`).
    let capitals = words().all(|t| {
        t.shape == Shape::Upper && (t.rf(rules::F_PARTICLES) || (t.char_len() >= 4 && !t.wordinfo().is_wordy() && t.wordinfo().zipf < 3.0))
    }) && words().any(|t| t.char_len() >= 5);
    if !words().any(|t| t.shape == Shape::Cap || t.shape == Shape::Other) && !capitals {
        return false;
    }
    // Places (`Lagos Nigeria`): every word a place. A multi-word place (`Buenos Aires`) is the
    // gazetteer's, whose score is above this rule's.
    if words().all(|t| t.wordinfo().place.is_some()) && !lead.is_first() {
        return false;
    }
    // A common word as a given name people bear (`Summer Nikolaidis`, `Hope Mensah`), or as a
    // family name after a given name: one people bear (`Adaeze Field`, `Giorgos Price`), or any
    // after a given name no English list knows (`Mamadou Fall`).
    let given = !lead.is_wordy() || lead.is_first();
    let ev = evidence(doc, a, e);
    let wordy_ok = words().enumerate().all(|(k, t)| {
        let w = t.wordinfo();
        !(w.is_wordy() || (t.rf(rules::F_CALENDAR) && !w.is_first()))
            || if k == 0 { w.is_first() } else { given && (foreign || w.is_census()) }
    });
    // Beside a common word, the other words are rare in English text: `Giorgos Price` and
    // `Summer Nikolaidis` are people, `Hunter Green` and `Rose Gold` are colours.
    let wordy = words().filter(|t| t.wordinfo().is_wordy()).count();
    let named = wordy == 0 || words().all(|t| t.wordinfo().is_wordy() || t.wordinfo().zipf < 3.6);
    wordy_ok && named && ev.words >= 2
}
