//! Street addresses as one span, house number to postcode, in each country's order: `12 Oak
//! Street, Springfield, IL 62704`, `Hauptstraße 5, 10115 Berlin`, `12 rue de la Paix, 75002 Paris`,
//! `Calle Mayor 12, 3º B, 28013 Madrid`, `Keizersgracht 123, 1015 CJ Amsterdam`, `Rua Augusta 100,
//! 1100-053 Lisboa`, `Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200`. Split from
//! [`crate::place`], which keeps the cities, regions and countries.

use crate::cand::{Cands, Ent, key_of};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::{Lexicon, PlaceInfo, PlaceKind};
use crate::place::is_region_tok;
use crate::rules;

pub(crate) fn word_ok(doc: &Doc<'_>, j: usize, lower_ok: bool) -> bool {
    let t = &doc.toks[j];
    t.is_word() && (matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) || (lower_ok && t.shape == Shape::Lower))
}

fn is_house_number(doc: &Doc<'_>, j: usize) -> bool {
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

/// Street name words ending in a street type, starting at `j`: returns the end (exclusive).
fn street_words(doc: &Doc<'_>, j: usize, lower_ok: bool) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = j;
    let mut words = 0;
    let mut best = None;
    while k < n && words < 5 {
        let t = &doc.toks[k];
        if t.line_start || (k > j && !t.space_before) {
            break;
        }
        if !word_ok(doc, k, lower_ok) {
            break;
        }
        words += 1;
        k += 1;
        if (t.rf(rules::F_STREET_SUFFIX) || t.lower.as_ref() == "via") && (words >= 2 || t.lower.as_ref() == "broadway") {
            let mut e = k;
            if e < n && doc.toks[e].is_punct('.') && !doc.toks[e].space_before && t.lower.len() <= 4 {
                e += 1;
            }
            // A direction after the type: `Main St NW`.
            if e < n
                && doc.toks[e].space_before
                && matches!(&*doc.toks[e].lower, "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw")
                && doc.toks[e].shape == Shape::Upper
            {
                e += 1;
            }
            best = Some(e);
        }
    }
    best
}

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
fn unit(doc: &Doc<'_>, j: usize) -> Option<usize> {
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
fn is_postcode(doc: &Doc<'_>, j: usize) -> Option<usize> {
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
        if k > j && (t.line_start || !t.space_before) && !glued_stop {
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
            && matches!(&*t.lower, "upon" | "on" | "de" | "la" | "le" | "del" | "am" | "an" | "sur" | "en")
            && words > 0
            && k + 1 < n
            && word_ok(doc, k + 1, false)
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

/// Polish street prefixes, written in lower case by convention (`ul. Polna 12`, `al. Jana Pawła
/// II 5`, `ulica Długa 3`), but not the `al.` of `et al.`.
fn polish_prefix(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.toks[i];
    match &*t.lower {
        "ulica" | "aleja" => true,
        "ul" | "al" => {
            let dotted = i + 1 < doc.toks.len() && doc.toks[i + 1].is_punct('.') && doc.toks[i + 1].glued();
            let et_al = i > 0 && &*doc.toks[i - 1].lower == "et";
            dotted && !et_al
        }
        _ => false,
    }
}

/// Street types that Italian, Spanish, Portuguese and French write in lower case inside a sentence
/// (`residente in via dei Mille 8`, `vive en la calle Mayor 10`, `mora na rua Augusta 100`).
const ROMANCE_LOWER_PREFIXES: &[&str] = &[
    "via",
    "viale",
    "piazza",
    "piazzale",
    "corso",
    "vicolo",
    "largo",
    "calle",
    "avenida",
    "plaza",
    "paseo",
    "rua",
    "praça",
    "travessa",
    "rue",
    "avenue",
    "boulevard",
    "allée",
    "chemin",
    "impasse",
];

/// A lower-case street type counts inside a sentence of a Romance-language segment only (English
/// `via Highway 1` is a route, not an address); the caller still needs a capitalised name and a
/// house number after it.
fn romance_prefix_in_prose(doc: &Doc<'_>, i: usize) -> bool {
    use pii_core::lang::Language;
    let t = &doc.toks[i];
    matches!(doc.language, Language::Italian | Language::Spanish | Language::Portuguese | Language::French)
        && !t.line_start
        && ROMANCE_LOWER_PREFIXES.contains(&&*t.lower)
}

/// German streets named by a preposition (`Am Markt 12`, `An der Alster 5`, `Im Winkel 3`): the
/// preposition, an optional article, one or two capitalised words and a house number, followed by
/// `, ` and a postcode (without it, `Am Montag 3 Leute` would be a street); returns the end of the
/// house number.
fn german_preposition_street(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[i];
    if !(t.is_word()
        && t.shape == Shape::Cap
        && matches!(&*t.lower, "am" | "an" | "im" | "auf" | "zum" | "zur" | "unter" | "hinter" | "vor"))
    {
        return None;
    }
    let mut k = i + 1;
    if k < n && matches!(&*doc.toks[k].lower, "der" | "dem" | "den" | "die") && doc.toks[k].shape == Shape::Lower {
        k += 1;
    }
    let from = k;
    while k < n
        && k < from + 2
        && doc.toks[k].space_before
        && !doc.toks[k].line_start
        && doc.toks[k].is_word()
        && doc.toks[k].shape == Shape::Cap
    {
        k += 1;
    }
    if k == from || k >= n || !doc.toks[k].space_before || !is_house_number(doc, k) {
        return None;
    }
    let e = k + 1;
    (e + 1 < n && doc.toks[e].is_punct(',') && is_zip(doc, e + 1).is_some()).then_some(e)
}

/// The Brazilian tail after the house number: ` - Bela Vista, São Paulo - SP` and an optional
/// `, 01310-200` (neighbourhood, city, state code, CEP); returns its end.
fn brazil_tail(doc: &Doc<'_>, j: usize) -> Option<usize> {
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

fn is_one_word_street(lower: &str) -> bool {
    rules::STREET_ENDINGS.iter().any(|e| lower.len() >= e.len() + 3 && lower.ends_with(e))
}

/// Articles and prepositions inside street names beyond the name particles (`Via delle Rose`,
/// `Rua das Laranjeiras`, `Calle de las Flores`, `Rue de l'Église`).
const STREET_PARTICLES: &[&str] = &["delle", "dello", "dei", "degli", "dal", "las", "los", "l'", "d'", "aux", "au", "em"];

/// `rue de Rivoli`, `Via Roma`, `Calle de Alcalá`: a street type word then its name; returns the end.
fn prefix_street(doc: &Doc<'_>, j: usize, lower_ok: bool) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[j];
    if !t.is_word() || !t.rf(rules::F_STREET_PREFIXES) {
        return None;
    }
    let mut k = j + 1;
    if k < n && doc.toks[k].is_punct('.') && !doc.toks[k].space_before {
        k += 1;
    }
    let mut words = 0;
    let mut end = None;
    while k < n && words < 4 && !doc.toks[k].line_start {
        let u = &doc.toks[k];
        if word_ok(doc, k, lower_ok) {
            words += 1;
            k += 1;
            end = Some(k);
        } else if u.is_word() && u.shape == Shape::Lower && (u.rf(rules::F_PARTICLES) || STREET_PARTICLES.contains(&&*u.lower)) {
            k += 1;
        } else {
            break;
        }
    }
    end
}
