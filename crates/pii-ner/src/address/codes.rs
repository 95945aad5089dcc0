//! The codes and units of an address: postcodes and ZIP codes of each country, the Brazilian
//! `- SP, 01310-200` tail, flat and unit numbers, Spanish floors (`3º B`).

use crate::doc::{Doc, Kind, Shape};
use crate::rules;

use super::city_words;

/// A Spanish or Portuguese floor and door after the house number: `3º B`, `1.º izda.`, `2ª`, `bajo`;
/// returns the end.
fn spanish_floor(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[k];
    let ordinal = |s: &str| {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && matches!(&s[digits..], "º" | "ª" | ".º" | ".ª" | "o")
    };
    let mut e = if t.kind == Kind::Alnum && ordinal(&t.lower) {
        k + 1
    } else if t.kind == Kind::Num
        && t.lower.len() <= 2
        && k + 1 < n
        && !doc.toks[k + 1].space_before
        && matches!(&*doc.toks[k + 1].lower, "º" | "ª")
    {
        k + 2
    } else if t.is_word() && matches!(&*t.lower, "bajo" | "entlo" | "entresuelo" | "ático" | "principal") {
        return Some(k + 1);
    } else {
        return None;
    };
    // The door: one letter, or left / right.
    if e < n && doc.toks[e].space_before && !doc.toks[e].line_start {
        let d = &doc.toks[e];
        if d.kind == Kind::Word && (d.lower.len() == 1 || matches!(&*d.lower, "izda" | "izq" | "dcha" | "dch" | "esq" | "dto")) {
            e += 1;
            if e < n && doc.toks[e].is_punct('.') && !doc.toks[e].space_before {
                e += 1;
            }
        }
    }
    Some(e)
}

/// `Apt. 449`, `Suite 200`, `#12`, `Unit 3B`; returns the end.
pub(super) fn unit(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = j;
    if k < n && doc.toks[k].is_punct(',') {
        k += 1;
    }
    if k >= n || doc.toks[k].line_start {
        return None;
    }
    if let Some(e) = spanish_floor(doc, k) {
        return Some(e);
    }
    if doc.toks[k].is_punct('#') {
        k += 1;
    } else if doc.toks[k].is_word() && doc.toks[k].rf(rules::F_UNIT_WORDS) && !matches!(&*doc.toks[k].lower, "po" | "box" | "office") {
        k += 1;
        if k < n && doc.toks[k].is_punct('.') {
            k += 1;
        }
        if k < n && doc.toks[k].is_punct('#') {
            k += 1;
        }
    } else {
        return None;
    }
    if k < n && !doc.toks[k].line_start && matches!(doc.toks[k].kind, Kind::Num | Kind::Alnum) && doc.toks[k].lower.len() <= 6 {
        return Some(k + 1);
    }
    if k < n && doc.toks[k].kind == Kind::Word && doc.toks[k].lower.len() == 1 {
        return Some(k + 1);
    }
    None
}

pub(crate) fn is_zip(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[j];
    if t.kind == Kind::Num && (t.lower.len() == 5 || t.lower.len() == 4) {
        // 12345-6789 (US ZIP+4), 01310-200 (Brazilian CEP), 1100-053 (Portugal).
        if j + 2 < n
            && doc.toks[j + 1].is_punct('-')
            && !doc.toks[j + 1].space_before
            && doc.toks[j + 2].kind == Kind::Num
            && (doc.toks[j + 2].lower.len() == 4 || doc.toks[j + 2].lower.len() == 3)
        {
            return Some(j + 3);
        }
        // 1015 CJ (Netherlands): four digits, a space, two capital letters.
        if t.lower.len() == 4
            && j + 1 < n
            && doc.toks[j + 1].space_before
            && !doc.toks[j + 1].line_start
            && doc.toks[j + 1].kind == Kind::Word
            && doc.toks[j + 1].shape == Shape::Upper
            && doc.toks[j + 1].lower.len() == 2
            && doc.toks[j + 1].lower.bytes().all(|b| b.is_ascii_lowercase())
        {
            return Some(j + 2);
        }
        return Some(j + 1);
    }
    // 00-950 (Poland), 1234-567 (Portugal)
    if t.kind == Kind::Num
        && (t.lower.len() == 2 || t.lower.len() == 4)
        && j + 2 < n
        && doc.toks[j + 1].is_punct('-')
        && !doc.toks[j + 1].space_before
        && doc.toks[j + 2].kind == Kind::Num
        && doc.toks[j + 2].lower.len() == 3
    {
        return Some(j + 3);
    }
    None
}

/// UK (`W19 5QA`, `CV8 3UR`) and Canadian (`K1A 0B1`) postcodes.
pub(super) fn is_postcode(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    if j + 1 >= n {
        return None;
    }
    let (a, b) = (&doc.toks[j], &doc.toks[j + 1]);
    if a.masked || !b.space_before || b.line_start {
        return None;
    }
    let sa = &doc.text[a.start..a.end];
    let sb = &doc.text[b.start..b.end];
    let up = |s: &str| s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) || doc.lowercase_chat;
    let outward = sa.len() >= 2
        && sa.len() <= 4
        && up(sa)
        && sa.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && sa.chars().any(|c| c.is_ascii_digit());
    let inward = sb.len() == 3
        && up(sb)
        && sb.chars().next().is_some_and(|c| c.is_ascii_digit())
        && sb.chars().skip(1).all(|c| c.is_ascii_alphabetic());
    let canada = sb.len() == 3 && up(sb) && sb.chars().nth(1).is_some_and(|c| c.is_ascii_alphabetic());
    if outward && (inward || (sa.len() == 3 && canada)) {
        return Some(j + 2);
    }
    // Irish Eircode: a routing key (a letter and two digits, or `D6W`) and four letters and
    // digits (`H91 D9K1`, `D02 X285`).
    let routing = sa.len() == 3
        && sa.is_ascii()
        && up(sa)
        && (sa == "D6W" || (sa.as_bytes()[0].is_ascii_uppercase() && sa.bytes().skip(1).all(|c| c.is_ascii_digit())));
    let unique = sb.len() == 4
        && sb.is_ascii()
        && up(sb)
        && sb.bytes().all(|c| c.is_ascii_alphanumeric())
        && sb.bytes().any(|c| c.is_ascii_digit())
        && sb.bytes().any(|c| c.is_ascii_alphabetic());
    if routing && unique {
        return Some(j + 2);
    }
    // 1015 CJ
    if a.kind == Kind::Num
        && a.lower.len() == 4
        && b.kind == Kind::Word
        && b.shape == Shape::Upper
        && b.lower.len() == 2
        && !b.rf(rules::F_REGION_CODE)
    {
        return Some(j + 2);
    }
    None
}

/// The Brazilian tail after the house number: ` - Bela Vista, São Paulo - SP` and an optional
/// `, 01310-200` (neighbourhood, city, state code, CEP); returns its end.
pub(super) fn brazil_tail(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let dash = |k: usize| k < n && doc.toks[k].is_punct('-') && doc.toks[k].space_before && !doc.toks[k].line_start;
    if !dash(j) {
        return None;
    }
    let bairro = city_words(doc, j + 1, false)?;
    if !(bairro < n && doc.toks[bairro].is_punct(',')) {
        return None;
    }
    let city = city_words(doc, bairro + 1, false)?;
    if !dash(city) {
        return None;
    }
    let uf = city + 1;
    let state = uf < n && !doc.toks[uf].line_start && doc.toks[uf].shape == Shape::Upper && doc.toks[uf].lower.len() == 2;
    if !state {
        return None;
    }
    let mut e = uf + 1;
    if e + 1 < n
        && doc.toks[e].is_punct(',')
        && !doc.toks[e + 1].line_start
        && let Some(z) = is_zip(doc, e + 1)
    {
        e = z;
    }
    Some(e)
}
