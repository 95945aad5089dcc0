//! A family name, a comma, a known given name, in mixed case, as a field of its own:
//! `Padrón Gallego, Laia`, `van der Heijden, Ravi`, `Lo Bianco, Fatima Zahra`, `Martin, Karim`.
//!
//! Why: attendance lists, class registers, library slips, insurance and veterinary forms in every
//! language write the person family name first, and without this rule the two halves come out as
//! two people, or the family name as a place (`Lebrun` for a town, `Koster` for a village). The
//! comma inside one field is the structural mark: the field opens before the family name (a line,
//! a column, a label's colon, a `;` between list items) and closes after the given name. The given
//! name is what the lists must know; the family part needs only to look like one (capitalised
//! words, particles), since family names are the open class. A greeting or a closing word before
//! the comma is a letter's opening, not a family name (`Ciao, Marco`, `Merci, Paul`).

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Below the labelled fields (0.9), above the network's guesses for either half.
const SCORE: f32 = 0.85;

/// Every `Family, Given` that fills a field on its own.
pub(super) fn inverted_given_names(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 0..n {
        // A mailbox's display name written family first opens no field (`quota 91% for Asamoah,
        // Afia (afia.asamoah@…)`): its address in brackets after it closes it.
        let opens = opens_field(doc, k);
        let display_name = doc.toks[k].shape == Shape::Cap && k > 0 && doc.toks[k - 1].is_word() && comma_glued_ahead(doc, k);
        if !(opens || display_name) {
            continue;
        }
        let Some(comma) = family_part(doc, k) else { continue };
        let g = comma + 1;
        if g >= n || doc.toks[g].line_start || !doc.toks[g].space_before {
            continue;
        }
        // A family name in capitals is the register's own mark (`JIANG, Weijie`, `HALÁSZ,
        // Gergő`): the given name after it need only be a capitalised word that is no word.
        let capitals = doc.toks[k..comma].iter().all(|u| (u.shape == Shape::Upper && u.char_len() >= 2) || u.rf(rules::F_PARTICLES));
        // So is a register's row whose field a column gap closes right after the given name
        // (`1. Haverkamp, Marites            geboortejaar 2018`, `Uçar, Jule      [x] Kurativ`): the
        // table's layout says it is one cell, whatever name it holds.
        let cell = opens && g + 1 < n && doc.toks[g + 1].wide_gap_before && !doc.toks[g + 1].line_start;
        if !(is_given(doc, g) || ((capitals || cell) && unknown_given(doc, g))) {
            continue;
        }
        // A second given name (`Fatima Zahra`, `Juan Manuel`).
        let end =
            if g + 1 < n && !doc.toks[g + 1].line_start && doc.toks[g + 1].space_before && is_given(doc, g + 1) { g + 2 } else { g + 1 };
        let mailbox =
            end + 1 < n && doc.toks[end].is_punct('(') && doc.toks[end + 1].masked && doc.text[doc.toks[end + 1].start..].contains('@');
        if (opens && closes_field(doc, end)) || (!opens && mailbox) {
            out.push(k, end, Ent::Person, SCORE);
        }
    }
}

/// Token `k` starts a field: a line or a column, or it follows a label's colon, a bar, `=`, a
/// list's `;` or an opening bracket, a bullet or item number at the line's start, a spaced dash or
/// a dotted leader.
pub(crate) fn opens_field(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    if t.line_start || t.wide_gap_before {
        return true;
    }
    let Some(p) = k.checked_sub(1).map(|p| &doc.toks[p]) else { return true };
    if [':', '|', '=', ';', '('].iter().any(|&c| p.is_punct(c)) {
        return true;
    }
    let bullet = ['-', '*', '•', '–'].iter().any(|&c| p.is_punct(c)) && p.line_start;
    // A spaced dash after a row's label (`2º B – del Valle Gallardo Esteban`), or a dotted
    // leader (`Sábado, 9h–13h .......... Barbosa Rocha Carolina`).
    let dash = ['-', '–', '—'].iter().any(|&c| p.is_punct(c)) && p.space_before && t.space_before;
    let leader = p.is_punct('.') && k >= 3 && doc.toks[k - 2].is_punct('.') && doc.toks[k - 3].is_punct('.');
    if dash || leader {
        return true;
    }
    let number =
        (p.is_punct('.') || p.is_punct(')')) && k >= 2 && doc.toks[k - 2].line_start && doc.toks[k - 2].kind == crate::doc::Kind::Num;
    bullet || number
}

/// A comma glued to one of the next few words on the line: the cheap look before [`family_part`]
/// where no field opens at `k` (most capitalised words in prose have none).
fn comma_glued_ahead(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks[k + 1..doc.toks.len().min(k + 7)]
        .iter()
        .take_while(|t| !t.line_start && (t.is_word() || t.is_punct(',')))
        .any(|t| t.is_punct(',') && !t.space_before)
}

/// The family part from `k`: one to three capitalised words, with particles before or between
/// them (`van der Heijden`, `Lo Bianco`, `de la Cruz Molina`), none of them a greeting, closing,
/// title, month, firm word or common word, and the comma right after. Returns the comma's index.
fn family_part(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let (j, words) = family_end(doc, k, doc.toks.len())?;
    // `Susanne Schmidt, Jörg Werner` is a list of full names: a given name opens its first item.
    let first = doc.toks[k..j].iter().find(|u| !u.rf(rules::F_PARTICLES))?.wordinfo();
    if words >= 2 && first.is_first() && !first.is_last() {
        return None;
    }
    let comma = doc.toks.get(j)?;
    ((1..=3).contains(&words) && comma.is_punct(',') && !comma.space_before).then_some(j)
}

/// The end of a family name's words from `k` on the same line (particles, then capitalised words
/// that [`family_word`] accepts) before token `limit`, and how many words it has besides the
/// particles; `None` when a word of another kind comes first.
pub(crate) fn family_end(doc: &Doc<'_>, k: usize, limit: usize) -> Option<(usize, usize)> {
    let n = limit.min(doc.toks.len());
    let mut j = k;
    let mut words = 0;
    while j < n && j < k + 6 {
        let u = &doc.toks[j];
        if !u.is_word() || (j > k && (u.line_start || !u.space_before)) {
            break;
        }
        let particle = u.rf(rules::F_PARTICLES)
            && doc.toks.get(j + 1).is_some_and(|v| v.is_word() && (v.shape != Shape::Lower || v.rf(rules::F_PARTICLES)));
        if particle {
            j += 1;
            continue;
        }
        if !matches!(u.shape, Shape::Cap | Shape::Upper) || !family_word(doc, j) {
            break;
        }
        words += 1;
        j += 1;
    }
    (words > 0).then_some((j, words))
}

/// A word that may be part of a family name: no list word of letters and forms, no common word
/// (unless the lists know it as a name), no large place only.
fn family_word(doc: &Doc<'_>, j: usize) -> bool {
    let u = &doc.toks[j];
    let banned = rules::F_GREETINGS
        | rules::F_CLOSING_WORD
        | rules::F_TITLES
        | rules::F_CALENDAR
        | rules::F_LEGAL_SUFFIX
        | rules::F_ORG_HEAD
        | rules::F_ROLES
        | rules::F_ROLE_NOUN
        | rules::F_FUNCTION_WORD
        | rules::F_GENERIC_ADDRESSEES;
    if u.rf(banned) || u.char_len() < 2 {
        return false;
    }
    let w = u.wordinfo();
    !w.is_wordy() && (w.place.is_none() || w.is_census())
}

/// A capitalised given name the lists know, and no common word.
fn is_given(doc: &Doc<'_>, g: usize) -> bool {
    let u = &doc.toks[g];
    let w = u.wordinfo();
    u.is_word() && u.shape == Shape::Cap && w.is_first() && !w.is_wordy() && !u.rf(rules::F_CALENDAR | rules::F_TITLES)
}

/// A capitalised word that may be a given name no list knows: no common word, place, title, month,
/// word of letters and forms, or party's role (`KOWALSKA, Petitioner`).
fn unknown_given(doc: &Doc<'_>, g: usize) -> bool {
    let u = &doc.toks[g];
    let w = u.wordinfo();
    u.is_word()
        && u.shape == Shape::Cap
        && u.char_len() >= 2
        && family_word(doc, g)
        && w.place.is_none()
        && w.zipf < 4.0
        && crate::structure::classify_key(doc.tok_text(g)).is_none()
}

/// The field closes at token `e`: the text's or the line's end, a column gap, or a list's or
/// sentence's punctuation.
fn closes_field(doc: &Doc<'_>, e: usize) -> bool {
    let Some(t) = doc.toks.get(e) else { return true };
    // A cause list's `v` parts the parties (`BALÁŽ, Ľubomír v HARBORLIGHT CO., LTD.`).
    let versus = t.is_word() && matches!(&*t.lower, "v" | "vs") && t.shape == Shape::Lower;
    t.line_start || t.wide_gap_before || versus || [',', ';', '(', ')', '.', '|'].iter().any(|&c| t.is_punct(c))
}

#[cfg(test)]
mod tests {
    use super::inverted_given_names;
    use crate::lexicon::{Lexicon, PlaceKind};
    use crate::tests::rule_values;

    fn lex() -> Lexicon {
        Lexicon::from_rows(
            &[
                ("oksana", 2.0, 0.01, 0.0),
                ("letizia", 2.0, 0.01, 0.0),
                ("mélanie", 2.5, 0.01, 0.0),
                ("laia", 1.5, 0.005, 0.0),
                ("ravi", 3.0, 0.02, 0.0),
                ("marco", 3.5, 0.05, 0.001),
                ("paul", 4.5, 0.5, 0.01),
                ("maria", 4.5, 0.83, 0.0),
                ("anna", 4.1, 0.2, 0.0),
                ("piras", 1.5, 0.0, 0.001),
                ("lebrun", 2.0, 0.0, 0.001),
                ("france", 5.0, 0.001, 0.001),
                ("susanne", 2.5, 0.05, 0.0),
                ("schmidt", 3.0, 0.0, 0.05),
                ("jörg", 2.0, 0.03, 0.0),
                ("werner", 3.0, 0.02, 0.01),
                ("said", 6.0, 0.0, 0.0),
                ("we", 6.8, 0.0, 0.0),
                ("as", 7.0, 0.0, 0.0),
                ("tout", 3.0, 0.0, 0.0),
                ("pour", 3.5, 0.0, 0.0),
            ],
            &[("Paris", PlaceKind::City, 2_100_000), ("Lebrun", PlaceKind::City, 3_000)],
        )
    }

    #[test]
    fn a_display_name_family_first_before_its_address_and_a_cause_list_s_party_are_persons() {
        let found = rule_values(&lex(), "quota 91% for Piras, Letizia (letizia.piras@example.org)\n", inverted_given_names);
        assert_eq!(found, ["Piras, Letizia"]);
        let found = rule_values(&lex(), "10:00  PIRAS, Letizia v ACME LTD\n", inverted_given_names);
        assert_eq!(found, ["PIRAS, Letizia"]);
        // Negative: inside a sentence without the address after it.
        assert!(rule_values(&lex(), "we met Piras, Letizia and others\n", inverted_given_names).is_empty());
    }

    #[test]
    fn a_family_name_in_capitals_takes_any_given_name_after_its_comma() {
        let found = rule_values(
            &lex(),
            "Claimed by: JIANG, Weijie
10:00  HALÁSZ, Gergő  (small claims)
",
            inverted_given_names,
        );
        assert_eq!(found, ["JIANG, Weijie", "HALÁSZ, Gergő"]);
        // Negatives: a word of the language or a place after the comma, and a mixed-case family name
        // before a given name no list knows.
        assert!(
            rule_values(
                &lex(),
                "Note: NOTE, We said
Address: LEBRUN, Paris
Claimed by: Jiang, Weijie
",
                inverted_given_names
            )
            .is_empty()
        );
        // A register's row: a column gap closes the cell after a given name no list knows.
        let rows = "1. Haverkamp, Weijie            geboortejaar 2018\nUçar, Gergő                    [x] Kurativ\n";
        assert_eq!(rule_values(&lex(), rows, inverted_given_names), ["Haverkamp, Weijie", "Uçar, Gergő"]);
        // Negative: a place after the comma, though a gap closes it.
        assert!(rule_values(&lex(), "Lebrun, Paris            2018\n", inverted_given_names).is_empty());
    }

    #[test]
    fn family_comma_given_fields_are_one_person() {
        let text = "Presenti: Ndiaye, Oksana; Piras, Letizia.\nEmprunteur : Lebrun, Mélanie\n\
                    Propietario: Padrón Gallego, Laia\n- van der Heijden, Ravi\n";
        let found = rule_values(&lex(), text, inverted_given_names);
        for name in ["Ndiaye, Oksana", "Piras, Letizia", "Lebrun, Mélanie", "Padrón Gallego, Laia", "van der Heijden, Ravi"] {
            assert!(found.iter().any(|v| v == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn greetings_places_and_prose_are_not_inverted_names() {
        let text = "Ciao, Marco\nMerci, Paul, pour tout.\nParis, France\nAs we said, Maria will call.\nHello, Anna\nPiras, Letizia e Marco\nSusanne Schmidt, Jörg Werner\n";
        assert_eq!(rule_values(&lex(), text, inverted_given_names), Vec::<String>::new());
    }
}
