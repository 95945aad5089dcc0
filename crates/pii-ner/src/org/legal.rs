//! Names ending in a legal form (`Robinson Inc`, `Müller GmbH & Co. KG`, `Frutas del Sur S.A.`):
//! the legal form makes the capitalised words before it a firm's name, in any language.

use super::{abbrev_dot, cap, dotted_form_end, name_start};
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// `Robinson Inc`, `Maplestone Capital Ltd`, `Northbridge Software Corp.`, `Müller GmbH & Co. KG`.
pub(super) fn legal_forms(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n {
        let t = &doc.toks[i];
        // Brazil's micro and small firms write their size class as the form (`Auto Peças Rodovia
        // ME`); elsewhere `ME` is a word or a state.
        let size_class =
            doc.language == pii_core::lang::Language::Portuguese && t.shape == Shape::Upper && matches!(&*t.lower, "me" | "epp" | "mei");
        if !t.is_word() || !(t.rf(rules::F_LEGAL_SUFFIX) || size_class) {
            continue;
        }
        if matches!(&*t.lower, "group" | "holdings" | "associates" | "company" | "limited" | "private") {
            continue; // heads, handled below
        }
        // Forms that firms write in lower case too (`Elektro Vanbraekel bv`, `Rossi srl`); the
        // others in lower case are words.
        if t.shape == Shape::Lower
            && !matches!(
                &*t.lower,
                "plc" | "bv" | "nv" | "bvba" | "cvba" | "vof" | "vzw" | "srl" | "srls" | "snc" | "sarl" | "eurl" | "lda" | "ltda"
            )
        {
            continue; // heads, handled below
        }
        if i + 1 < n && doc.toks[i + 1].glued() && (doc.toks[i + 1].is_punct('-') || doc.toks[i + 1].kind == Kind::Num) {
            continue; // `AS-0989-C`: a code (a house number on the next line is no part of it)
        }
        if doc.toks[i - 1].shape == Shape::Upper && doc.toks[i - 1].char_len() <= 3 && t.shape == Shape::Upper {
            continue; // `SKU AS`
        }
        // Short forms that are also words or codes need a name glued before them.
        if matches!(&*t.lower, "as" | "ab" | "ad" | "se" | "sa" | "co" | "cv" | "lp" | "ag")
            && !(t.shape == Shape::Upper || t.shape == Shape::Cap)
        {
            continue;
        }
        // In an all-caps heading, a short form followed by more capitals is a word of the heading
        // (`CONTRATTO DI LOCAZIONE AD USO ABITATIVO`), not the end of a firm's name; a place or the
        // next column of a table after it is not (`KESTREL AB SWEDEN`), nor Mexico's `SA DE CV`. Only in
        // the other languages: English capitals keep the firms' short forms as they were.
        if matches!(&*t.lower, "as" | "ab" | "ad" | "se" | "sa" | "ag")
            && doc.language != pii_core::lang::Language::English
            && t.shape == Shape::Upper
            && i + 1 < n
            && !doc.toks[i + 1].line_start
            && !doc.toks[i + 1].wide_gap_before
            && doc.toks[i + 1].is_word()
            && doc.toks[i + 1].shape == Shape::Upper
            && !doc.toks[i + 1].rf(rules::F_LEGAL_SUFFIX)
            && doc.toks[i + 1].wordinfo().place.is_none()
            && &*doc.toks[i + 1].lower != "de"
        {
            continue;
        }
        // `CRL` is also a certificate revocation list: Portugal's cooperatives write it after a comma.
        if &*t.lower == "crl" && (t.line_start || !doc.toks[i - 1].is_punct(',')) {
            continue;
        }
        if &*t.lower == "co" && !((i + 1 < n && doc.toks[i + 1].is_punct('.') && t.shape == Shape::Cap) || doc.toks[i - 1].is_punct('&')) {
            continue;
        }
        let mut head = i;
        let mut p = i;
        // `& Co.`, `and Co.`
        if i >= 2 && (doc.toks[i - 1].is_punct('&') || doc.toks[i - 1].lower.as_ref() == "and") {
            p = i - 1;
        }
        // `Foo, Inc.`
        if p >= 2 && doc.toks[p - 1].is_punct(',') && cap(doc, p - 2) {
            p -= 1;
        }
        if p == 0 || !cap(doc, p - 1) || doc.toks[p].line_start {
            continue;
        }
        let a = name_start(doc, p, true);
        if a >= p {
            continue;
        }
        // Extend over more legal-form tokens and the abbreviation dot: `Pty Ltd`, `Corp.`, `S.A.`.
        let mut e = head + 1;
        loop {
            if e < n && doc.toks[e].is_punct('.') && !doc.toks[e].space_before && abbrev_dot(doc, e) {
                e += 1;
                // S.A. / B.V.
                if e + 1 < n
                    && doc.toks[e].kind == Kind::Word
                    && doc.toks[e].char_len() == 1
                    && !doc.toks[e].space_before
                    && doc.toks[e + 1].is_punct('.')
                {
                    e += 2;
                }
                continue;
            }
            // Brazil's size classes after the form (`Trigo Dourado Ltda. ME`, `… Ltda. EPP`).
            let size_class = e < n && doc.toks[e].shape == Shape::Upper && matches!(&*doc.toks[e].lower, "me" | "epp");
            if e < n
                && doc.toks[e].is_word()
                && (doc.toks[e].rf(rules::F_LEGAL_SUFFIX) || size_class)
                && doc.toks[e].shape != Shape::Lower
                && !doc.toks[e].line_start
            {
                head = e;
                e += 1;
                continue;
            }
            // `Co., Ltd.`
            if e + 1 < n
                && doc.toks[e].is_punct(',')
                && doc.toks[e + 1].is_word()
                && doc.toks[e + 1].rf(rules::F_LEGAL_SUFFIX)
                && matches!(doc.toks[e + 1].shape, Shape::Cap | Shape::Upper)
                && !doc.toks[e + 1].line_start
                && !matches!(
                    &*doc.toks[e + 1].lower,
                    "as" | "ad" | "se" | "sa" | "co" | "group" | "holdings" | "associates" | "company" | "private"
                )
            {
                e += 1;
                continue;
            }
            if let Some(d) = dotted_form_end(doc, e) {
                e = d;
                continue;
            }
            break;
        }
        let _ = head;
        out.push(a, e, Ent::Org, 0.85);
    }
    // Dotted forms: `S.A.`, `B.V.`, `S.p.A.`
    for (i, t) in doc.toks.iter().enumerate() {
        if t.kind != Kind::Word || t.char_len() > 3 || i == 0 || !t.space_before {
            continue;
        }
        if let Some(e) = dotted_form_end(doc, i) {
            // `Zentrova Servicios, S.L.`, `Ambrelo, S.A.`: a comma may stand before the form.
            let mut head = if i >= 2 && doc.toks[i - 1].is_punct(',') && doc.toks[i - 1].glued() { i - 1 } else { i };
            // A club's founding year before its form (`TSV Blau-Weiß 1921 e.V.`).
            let year = |k: usize| doc.toks[k].kind == Kind::Num && doc.toks[k].char_len() == 4 && doc.toks[k].space_before;
            if head >= 2 && year(head - 1) && cap(doc, head - 2) {
                head -= 1;
            }
            if !cap(doc, head - 1) {
                continue;
            }
            let a = name_start(doc, head, true);
            if a < head {
                out.push(a, e, Ent::Org, 0.85);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::legal_forms;
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values_in;
    use pii_core::lang::Language;

    #[test]
    fn belgian_forms_in_lower_case_and_brazil_s_size_classes_end_a_name() {
        let lex = Lexicon::from_rows(&[], &[]);
        let found = |text: &str, language: Language| rule_values_in(&lex, text, language, legal_forms);
        assert_eq!(
            found("Verwijzing naar: dermatologie, Verhuizingen Moerman-Dewulf bvba\n", Language::Dutch),
            ["Verhuizingen Moerman-Dewulf bvba"]
        );
        assert_eq!(found("Sinds 2019 lid van Jeugdwerking De Brug vzw.\n", Language::Dutch), ["Jeugdwerking De Brug vzw"]);
        assert_eq!(found("a cargo de Auto Peças Rodovia ME, fica mandatada\n", Language::Portuguese), ["Auto Peças Rodovia ME"]);
        // Negatives: `ME` is a word or a state outside Portuguese; a hyphen between spaces joins no
        // family name.
        assert!(found("Send it to Portland ME today.\n", Language::English).is_empty());
        assert_eq!(found("naar Moerman - Dewulf bvba\n", Language::Dutch), ["Dewulf bvba"]);
    }
}
