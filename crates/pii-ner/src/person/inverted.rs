//! A family name in capitals, a comma, the given name: `ZAMORA-CERVANTES, Xóchitl`. Registers,
//! ward lists, court lists and bibliographies write a person this way at the start of a field. The
//! shape is what says person: the family name is set in capitals to stand out from the given name
//! written normally, which no acronym, heading or place followed by a comma does (`NASA, Boeing`,
//! `USA, Canada`, `NEW YORK, NY` are a capitalised word after the comma, or all capitals).

use crate::cand::{Cands, Ent, evidence};
use crate::doc::{Doc, Shape};
use crate::rules;
use crate::structure::{classify_key, names_person_field};

/// Every `FAMILY, Given` that opens a field: a line, a column, or the value after a colon, a bar
/// or `=` (`claimant = DELACROIX, Brantley`).
pub(super) fn inverted_names(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 0..n {
        let t = &doc.toks[k];
        // A court list's parties are joined by `v` (`Bellweather Co., Ltd. v MEIJER, Stijn`).
        let versus = k > 0 && doc.toks[k - 1].is_word() && matches!(&*doc.toks[k - 1].lower, "v" | "vs") && t.space_before;
        let opens = t.line_start
            || t.wide_gap_before
            || versus
            || (k > 0
                && (doc.toks[k - 1].is_punct(':') || doc.toks[k - 1].is_punct('|') || doc.toks[k - 1].is_punct('='))
                && t.space_before);
        if !opens || !t.is_word() || t.shape != Shape::Upper || t.char_len() < 3 || doc.line_is_upper(k) {
            continue;
        }
        // The family name: one or two words in capitals (`DE LUCA`), then the comma.
        let mut c = k + 1;
        while c < n && c < k + 2 && doc.toks[c].is_word() && doc.toks[c].shape == Shape::Upper && doc.toks[c].space_before {
            c += 1;
        }
        if c + 1 >= n || !doc.toks[c].is_punct(',') || doc.toks[c].space_before || doc.toks[c + 1].line_start {
            continue;
        }
        let family = evidence(doc, k, c);
        if family.wordy > 0 || family.initials > 0 || doc.toks[k..c].iter().any(|u| u.rf(rules::F_LEGAL_SUFFIX) || u.rf(rules::F_ROLES)) {
            continue;
        }
        // `KATARZYNA PRZYBYLSKA, Petitioner`: two words in capitals, then the party's role
        // (a person field's name) ending the line: the words are the party's whole name.
        let role = &doc.toks[c + 1];
        let role_ends = doc.toks.get(c + 2).is_none_or(|u| u.line_start);
        if c == k + 2 && role_ends && role.is_word() && names_person_field(doc.tok_text(c + 1)) {
            out.push(k, c, Ent::Person, 0.85);
            continue;
        }
        // The given name: one or two capitalised words that are no common word and no place,
        // and the field ends after them.
        let mut g = c + 1;
        while g < n && g < c + 3 {
            let u = &doc.toks[g];
            let w = u.wordinfo();
            let given = u.is_word()
                && u.shape == Shape::Cap
                && u.space_before
                && !u.line_start
                && (g == c + 1 || !u.wide_gap_before)
                && !u.rf(rules::F_CALENDAR)
                && !w.is_wordy()
                && (w.place.is_none() || w.is_first())
                // A field's name is the party's role, not a given name (`PRZYBYLSKA, Petitioner`).
                && classify_key(doc.tok_text(g)).is_none();
            if !given {
                break;
            }
            g += 1;
        }
        let ends = g == n
            || doc.toks[g].line_start
            || doc.toks[g].wide_gap_before
            || [',', ';', '(', ')', '.', '|'].iter().any(|&p| doc.toks[g].is_punct(p));
        if g > c + 1 && ends {
            out.push(k, g, Ent::Person, 0.85);
        }
    }
}
