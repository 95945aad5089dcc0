//! Street addresses as one span, house number to postcode, in each country's order: `12 Oak
//! Street, Springfield, IL 62704`, `Hauptstraße 5, 10115 Berlin`, `12 rue de la Paix, 75002 Paris`,
//! `Calle Mayor 12, 3º B, 28013 Madrid`, `Keizersgracht 123, 1015 CJ Amsterdam`, `Rua Augusta 100,
//! 1100-053 Lisboa`, `Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200`. Split from
//! [`crate::place`], which keeps the cities, regions and countries.
//!
//! The street forms of each country are in [`streets`], the postcodes, units and floors in
//! [`codes`].

mod anchored;
mod codes;
mod streets;

pub(crate) use codes::is_zip;
use codes::{brazil_tail, is_postcode, unit};
use streets::{german_preposition_street, is_one_word_street, polish_prefix, prefix_street, romance_prefix_in_prose, street_words};

use crate::cand::{Cands, Ent, key_of};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::{Lexicon, PlaceInfo, PlaceKind};
use crate::place::is_region_tok;
use crate::rules;

pub(crate) fn word_ok(doc: &Doc<'_>, j: usize, lower_ok: bool) -> bool {
    let t = &doc.toks[j];
    t.is_word() && (matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) || (lower_ok && t.shape == Shape::Lower))
}

pub(super) fn is_house_number(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    if t.masked {
        return false;
    }
    if after_copyright(doc, j) {
        return false;
    }
    match t.kind {
        Kind::Num => t.lower.len() <= 6,
        // 12B, 221b
        Kind::Alnum => {
            let s = &*t.lower;
            s.len() <= 6 && s.chars().next().is_some_and(|c| c.is_ascii_digit()) && s.chars().filter(|c| c.is_alphabetic()).count() == 1
        }
        _ => false,
    }
}

/// The number at `j` follows a copyright marker (`© 2012`, `Copyright: 2004`, `(C) 1999`): a
/// year, whatever street-like words follow it (`© 2012 Carsten Hey`, `2004 Lucas Wall`).
fn after_copyright(doc: &Doc<'_>, j: usize) -> bool {
    let mut k = j;
    while k > 0 && !doc.toks[k].line_start && k + 5 > j {
        let p = &doc.toks[k - 1];
        if p.is_punct('©') || (p.is_word() && &*p.lower == "copyright") {
            return true;
        }
        let c_mark = p.is_punct(')') && k >= 3 && &*doc.toks[k - 2].lower == "c" && doc.toks[k - 3].is_punct('(');
        if c_mark {
            return true;
        }
        if !(p.is_punct(':') || p.is_punct(',')) {
            return false;
        }
        k -= 1;
    }
    false
}

/// City words: up to four capitalised words (`Newcastle upon Tyne`, `St. Louis`).
pub(crate) fn city_words(doc: &Doc<'_>, j: usize, lower_ok: bool) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = j;
    let mut words = 0;
    let mut end = None;
    while k < n && words < 4 {
        let t = &doc.toks[k];
        // A new line or a glued token ends the address, except a glued full stop (`St.`).
        let glued_stop = t.is_punct('.') && !t.space_before;
        if k > j && (t.line_start || t.wide_gap_before || !t.space_before) && !glued_stop {
            break;
        }
        if word_ok(doc, k, lower_ok) && !is_region_tok(doc, k) {
            words += 1;
            k += 1;
            end = Some(k);
        } else if t.is_punct('.') && k > j && doc.toks[k - 1].lower.len() <= 3 {
            k += 1;
            end = Some(k);
        } else if t.is_word()
            && t.shape == Shape::Lower
            && (matches!(&*t.lower, "upon" | "on" | "de" | "la" | "le" | "del" | "am" | "an" | "im" | "sur" | "en" | "da" | "do" | "dos" | "das" | "di")
                || (&*t.lower == "der" && matches!(&*doc.toks[k - 1].lower, "an" | "in")))
            && words > 0
            && k + 1 < n
            // `Neustadt an der Weinstraße`: `der` after `an` goes on to the name.
            && (word_ok(doc, k + 1, false) || (&*doc.toks[k + 1].lower == "der" && k + 2 < n && word_ok(doc, k + 2, false)))
        {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// The part after the street: `, City, ST 12345`, `, City W1 5QA`, `, 10115 Berlin`, `, Country`.
fn locality(doc: &Doc<'_>, lex: &Lexicon, j: usize, lower_ok: bool) -> usize {
    let n = doc.toks.len();
    let mut end = j;
    let mut stage = 0; // 0: city allowed, 1: region, 2: postcode, 3: country
    let mut k = j;
    for _ in 0..6 {
        let mut p = k;
        let mut crossed_line = false;
        // `Via Dante 4 – Padova`, `Via Roma 1 - 00184 Roma`: a spaced dash parts the street from
        // the town as a comma does (Italian and Spanish letterheads).
        let dash = p < n && (doc.toks[p].is_punct('–') || doc.toks[p].is_punct('-')) && doc.toks[p].space_before;
        let dashed = dash && stage == 0 && p + 1 < n && doc.toks[p + 1].space_before;
        if p < n && (doc.toks[p].is_punct(',') || dashed) {
            p += 1;
        }
        if p >= n {
            break;
        }
        if doc.toks[p].line_start {
            crossed_line = true;
        }
        // Postcode first (`10115 Berlin`), then the city.
        if stage == 0 {
            if let Some(z) = is_zip(doc, p)
                && let Some(c) = city_words(doc, z, lower_ok)
                && (!crossed_line || c > z)
            {
                end = c;
                k = c;
                stage = 3;
                continue;
            }
            if let Some(c) = city_words(doc, p, lower_ok) {
                // A bare city must be known or be followed by a region or postcode.
                let q = if c < n && doc.toks[c].is_punct(',') { c + 1 } else { c };
                let followed = q < n
                    && !doc.toks[q].line_start
                    && (is_region_tok(doc, q) || is_zip(doc, q).is_some() || is_postcode(doc, q).is_some());
                let known = place_at(doc, lex, p, c).is_some();
                if followed || (known && !crossed_line) {
                    end = c;
                    k = c;
                    stage = 1;
                    continue;
                }
            }
        }
        // After a dash only a town, or a postcode and its town, goes on (`Keizersgracht 123 - 2024
        // verbouwd` ends at the house number).
        if crossed_line || dashed {
            break;
        }
        if stage <= 1 && is_region_tok(doc, p) {
            end = p + 1;
            k = p + 1;
            stage = 2;
            continue;
        }
        if stage <= 2
            && let Some(z) = is_postcode(doc, p).or_else(|| is_zip(doc, p))
        {
            end = z;
            k = z;
            stage = 3;
            continue;
        }
        if stage >= 1
            && let Some(c) = city_words(doc, p, false)
            && place_at(doc, lex, p, c).is_some_and(|pl| pl.kind == PlaceKind::Country)
        {
            end = c;
            k = c;
            stage = 4;
            continue;
        }
        break;
    }
    end
}

/// A known place spelled exactly by tokens `a..b`.
pub(crate) fn place_at(doc: &Doc<'_>, lex: &Lexicon, a: usize, b: usize) -> Option<PlaceInfo> {
    if b == a + 1 {
        return doc.toks[a].info.and_then(|w| w.place);
    }
    lex.phrase(&key_of(doc, a, b))
}

/// Finds addresses; returns nothing, pushes LOCATION candidates.
pub(crate) fn addresses(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let lower_ok = doc.lowercase_chat;
        let mut found = None;
        let t = &doc.toks[i];
        // A number glued to a `#`, `$`, `-`, `/`, `.`, `:` or `=` before it is part of something else.
        let glued_to_symbol = i > 0
            && !t.space_before
            && !doc.toks[i].line_start
            && matches!(&*doc.toks[i - 1].lower, "#" | "$" | "-" | "/" | "." | ":" | "=");
        if is_house_number(doc, i) && !glued_to_symbol {
            let mut j = i + 1;
            // 12-14 High Street
            if j + 1 < n && doc.toks[j].is_punct('-') && !doc.toks[j].space_before && doc.toks[j + 1].kind == Kind::Num {
                j += 2;
            }
            if j < n && doc.toks[j].is_punct(',') {
                j += 1; // `12, rue de Rivoli`
            }
            if j < n
                && doc.toks[j].space_before
                && !doc.toks[j].line_start
                && let Some(e) = street_words(doc, j, lower_ok).or_else(|| prefix_street(doc, j, lower_ok))
            {
                found = Some(e);
            }
        } else if t.is_word() && t.rf(rules::F_UNIT_WORDS) && t.shape != Shape::Lower {
            // `Flat 5, Green Port`, `Studio 38, Green Port`, `PO Box 12`
            let mut j = i + 1;
            if matches!(&*t.lower, "po" | "p.o") {
                while j < n && (doc.toks[j].is_punct('.') || doc.toks[j].lower.as_ref() == "o") {
                    j += 1;
                }
                if j < n && doc.toks[j].lower.as_ref() == "box" {
                    j += 1;
                    if j < n && doc.toks[j].kind == Kind::Num {
                        let e = locality(doc, lex, j + 1, lower_ok);
                        if e > j + 1 {
                            found = Some(e);
                        }
                    }
                }
            } else if j < n && matches!(doc.toks[j].kind, Kind::Num | Kind::Alnum) && doc.toks[j].lower.len() <= 5 {
                let mut k = j + 1;
                if k < n && doc.toks[k].is_punct(',') {
                    k += 1;
                }
                if k < n && !doc.toks[k].line_start {
                    let street = if is_house_number(doc, k) { street_words(doc, k + 1, lower_ok) } else { street_words(doc, k, lower_ok) };
                    found = street;
                }
            }
        } else if t.is_word() && t.shape != Shape::Lower && is_one_word_street(&t.lower) {
            // `Hauptstraße 12`, `Keizersgracht 123`
            let j = i + 1;
            if j < n && is_house_number(doc, j) && doc.toks[j].space_before && !doc.toks[j].line_start {
                found = Some(j + 1);
            }
        } else if let Some(e) = german_preposition_street(doc, i) {
            // `Am Markt 12, 04109 Leipzig`: only before a postcode.
            found = Some(e);
        } else if t.is_word()
            && (t.shape != Shape::Lower || polish_prefix(doc, i) || romance_prefix_in_prose(doc, i))
            && t.rf(rules::F_STREET_PREFIXES)
            && (doc.toks[i].lower.len() > 2 || i + 1 < n && doc.toks[i + 1].is_punct('.') && !doc.toks[i + 1].space_before)
        {
            // `Calle Mayor 10`, `Via Roma 12`
            if let Some(e) = prefix_street(doc, i, false) {
                if e < n && is_house_number(doc, e) && doc.toks[e].space_before {
                    found = Some(e + 1);
                } else if e + 1 < n && doc.toks[e].is_punct(',') && is_house_number(doc, e + 1) {
                    found = Some(e + 2);
                }
            }
        }
        if found.is_none() {
            found = anchored::before_postcode(doc, i);
        }
        if let Some(mut e) = found {
            // A range of house numbers (`Prinsengracht 263-267`, `Rua Augusta 100–102`).
            if e + 1 < n
                && (doc.toks[e].is_punct('-') || doc.toks[e].is_punct('–'))
                && doc.toks[e].glued()
                && doc.toks[e + 1].glued()
                && is_house_number(doc, e + 1)
            {
                e += 2;
            }
            // A flat after a slash (`ul. Szeroka 12/4`, `Via Roma 12/A`).
            if e + 1 < n
                && doc.toks[e].is_punct('/')
                && doc.toks[e].glued()
                && doc.toks[e + 1].glued()
                && matches!(doc.toks[e + 1].kind, Kind::Num | Kind::Alnum | Kind::Word)
                && doc.toks[e + 1].lower.len() <= 4
                && (doc.toks[e + 1].kind != Kind::Word || doc.toks[e + 1].lower.len() == 1)
            {
                e += 2;
            }
            if let Some(u) = unit(doc, e) {
                e = u;
            }
            if let Some(b) = brazil_tail(doc, e) {
                e = b;
            }
            let l = locality(doc, lex, e, lower_ok);
            out.push(i, l.max(e), Ent::Location, 0.92);
            i = l.max(e);
            continue;
        }
        i += 1;
    }
}
