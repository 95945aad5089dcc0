//! Places: full addresses as one span (house number to postcode), `City, ST`, and cities, regions and
//! countries from GeoNames where the context allows.

use crate::cand::{Cands, Ent, key_of};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::{Lexicon, PlaceInfo, PlaceKind};
use crate::rules;

/// Whether tokens `a..b` hold a US state or Canadian province code.
pub(crate) fn region_code_in(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| is_region_tok(doc, j))
}

/// A state or province code: in upper case; in lowercase chat also in lower case, but then only
/// before a ZIP code on the same line (`boston, ma 02046`), since `, or`, `, in`, `, me` are words.
fn is_region_tok(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    if t.kind != Kind::Word || !(2..=3).contains(&t.lower.len()) || !t.rf(rules::F_REGION_CODE) {
        return false;
    }
    match t.shape {
        Shape::Upper => true,
        Shape::Lower if doc.lowercase_chat => {
            let next = j + 1;
            next < doc.toks.len() && doc.toks[next].space_before && !doc.toks[next].line_start && is_zip(doc, next).is_some()
        }
        _ => false,
    }
}

fn word_ok(doc: &Doc<'_>, j: usize, lower_ok: bool) -> bool {
    let t = &doc.toks[j];
    t.is_word() && (matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) || (lower_ok && t.shape == Shape::Lower))
}

fn is_house_number(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    if t.masked {
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

fn is_zip(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[j];
    if t.kind == Kind::Num && (t.lower.len() == 5 || t.lower.len() == 4) {
        if j + 2 < n
            && doc.toks[j + 1].is_punct('-')
            && !doc.toks[j + 1].space_before
            && doc.toks[j + 2].kind == Kind::Num
            && doc.toks[j + 2].lower.len() == 4
        {
            return Some(j + 3);
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
    // 1015 CJ (Netherlands)
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
fn city_words(doc: &Doc<'_>, j: usize, lower_ok: bool) -> Option<usize> {
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
        if p < n && doc.toks[p].is_punct(',') {
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
        if crossed_line {
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
fn place_at(doc: &Doc<'_>, lex: &Lexicon, a: usize, b: usize) -> Option<PlaceInfo> {
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
        } else if t.is_word() && t.shape != Shape::Lower && t.rf(rules::F_STREET_PREFIXES) && doc.toks[i].lower.len() > 2 {
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
            if let Some(u) = unit(doc, e) {
                e = u;
            }
            let l = locality(doc, lex, e, lower_ok);
            out.push(i, l.max(e), Ent::Location, 0.92);
            i = l.max(e);
            continue;
        }
        i += 1;
    }
}

fn is_one_word_street(lower: &str) -> bool {
    rules::STREET_ENDINGS.iter().any(|e| lower.len() >= e.len() + 3 && lower.ends_with(e))
}

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
        } else if u.is_word() && u.shape == Shape::Lower && u.rf(rules::F_PARTICLES) {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// `City, ST` and `City, ST 12345` without a street.
pub(crate) fn city_state(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    for c in 1..n.saturating_sub(1) {
        if !doc.toks[c].is_punct(',') || !is_region_tok(doc, c + 1) || doc.toks[c + 1].line_start {
            continue;
        }
        // Not `Scott Francis, MD`.
        let code = &doc.text[doc.toks[c + 1].start..doc.toks[c + 1].end];
        // The city: capitalised words right before the comma, on the same line.
        let mut a = c;
        let mut words = 0;
        while a > 0 && words < 3 {
            let p = a - 1;
            if word_ok(doc, p, doc.lowercase_chat) && !doc.toks[p].masked {
                words += 1;
                a = p;
                if doc.toks[p].line_start || !doc.toks[p].space_before {
                    break;
                }
            } else if doc.toks[p].is_punct('.') && p > 0 && doc.toks[p - 1].lower.len() <= 3 {
                a = p;
            } else {
                break;
            }
        }
        while a < c && !doc.toks[a].is_word() {
            a += 1;
        }
        if words == 0 || a >= c {
            continue;
        }
        // Keep only the words that form a known place, if any do; else all if they are not a name.
        let mut best = None;
        for s in a..c {
            if doc.toks[s].is_word() && place_at(doc, lex, s, c).is_some() {
                best = Some(s);
                break;
            }
        }
        let start = match best {
            Some(s) => s,
            None => {
                if rules::is_ambiguous_region_code(code) {
                    continue;
                }
                let ev = crate::cand::evidence(doc, a, c);
                if ev.names > 0 && ev.firsts > 0 {
                    continue;
                }
                // Drop leading common words (`Office in Springfield, IL` keeps `Springfield`).
                let mut s = a;
                while s + 1 < c && doc.toks[s].wordinfo().is_wordy() && doc.toks[s].wordinfo().place.is_none() {
                    s += 1;
                }
                s
            }
        };
        let mut e = c + 2;
        if e < n
            && doc.toks[e].space_before
            && !doc.toks[e].line_start
            && let Some(z) = is_zip(doc, e)
        {
            e = z;
        }
        out.push(start, e, Ent::Location, 0.85);
    }
}

/// Words before a place that make it one (`in`, `from`, `based in`).
fn place_context_before(doc: &Doc<'_>, a: usize, strict: bool) -> bool {
    if a == 0 {
        return false;
    }
    let p = &doc.toks[a - 1];
    if p.line_start && a >= 1 {
        // Value of a label handled elsewhere.
    }
    if !p.is_word() {
        return false;
    }
    let w = &*p.lower;
    if !strict {
        return p.rf(rules::F_PLACE_PREPOSITIONS);
    }
    if strict {
        matches!(w, "in" | "near" | "from" | "outside" | "across" | "around" | "throughout" | "visiting" | "born")
    } else {
        rules::PLACE_PREPOSITIONS.contains(&w)
    }
}

fn place_context_after(doc: &Doc<'_>, lex: &Lexicon, e: usize) -> bool {
    let n = doc.toks.len();
    if e >= n {
        return false;
    }
    let t = &doc.toks[e];
    if t.is_word()
        && t.space_before
        && matches!(
            &*t.lower,
            "office"
                | "offices"
                | "area"
                | "region"
                | "branch"
                | "campus"
                | "airport"
                | "headquarters"
                | "hq"
                | "suburbs"
                | "metro"
                | "city"
                | "county"
                | "province"
                | "station"
                | "site"
                | "warehouse"
                | "store"
        )
    {
        return true;
    }
    if t.is_punct(',')
        && e + 1 < n
        && !doc.toks[e + 1].line_start
        && let Some(c) = city_words(doc, e + 1, false)
    {
        return place_at(doc, lex, e + 1, c).is_some_and(|p| p.kind >= PlaceKind::Region);
    }
    false
}

/// Cities, regions and countries from the gazetteer.
pub(crate) fn gazetteer(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = &doc.toks[i];
        if !t.is_word() || !matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) || t.info.is_none() {
            i += 1;
            continue;
        }
        let w = t.wordinfo();
        // Longest phrase first.
        let mut hit: Option<(usize, PlaceInfo)> = None;
        if w.starts_place {
            let mut e = i + 1;
            let mut words = 1;
            while e < n && words < 5 && !doc.toks[e].line_start {
                if doc.toks[e].is_punct('.') && !doc.toks[e].space_before {
                    e += 1;
                    continue;
                }
                if !doc.toks[e].is_word() {
                    break;
                }
                words += 1;
                e += 1;
                if let Some(p) = lex.phrase(&key_of(doc, i, e))
                    && doc.toks[e - 1].shape != Shape::Lower
                {
                    hit = Some((e, p));
                }
            }
        }
        if hit.is_none()
            && let Some(p) = w.place
        {
            hit = Some((i + 1, p));
        }
        let Some((e, p)) = hit else {
            i += 1;
            continue;
        };
        let multi = e > i + 1;
        let upper_line = t.shape == Shape::Upper && doc.line_is_upper(i);
        let sentence_start = doc.sentence_start(i);
        let personish = !multi && (w.is_first() || w.last >= 0.01);
        let wordy = !multi && w.is_wordy() && w.zipf >= 4.0 && p.population < 1_000_000;
        let strict_ctx = place_context_before(doc, i, true) || place_context_after(doc, lex, e);
        let loose_ctx = place_context_before(doc, i, false);
        let short_upper = t.shape == Shape::Upper && t.lower.len() <= 3 && !multi;
        // `Hola`, `Ciao`, `Servus` greet; `Mai`, `Marzo` are months: towns of those names need
        // a preposition.
        let not_a_name = !multi && !strict_ctx && t.rf(rules::F_GREETINGS | rules::F_CALENDAR | rules::F_CLOSING_WORD);
        // A one-letter token is `U.S.` used as an adjective, not a place.
        let one_letter = doc.tok_text(i).len() == 1;
        let accept = if upper_line || (short_upper && !strict_ctx) || not_a_name || one_letter {
            false
        } else if personish && p.kind == PlaceKind::City {
            strict_ctx
        } else if personish {
            strict_ctx || loose_ctx
        } else if wordy {
            strict_ctx || (loose_ctx && !sentence_start)
        } else {
            match p.kind {
                PlaceKind::Country | PlaceKind::Region => true,
                PlaceKind::City => p.population >= 15_000 || strict_ctx || loose_ctx || multi,
            }
        };
        if accept && !strict_ctx && !multi && t.shape == Shape::Cap && p.kind == PlaceKind::City {
            // A town name written beside a given or family name is half of a person's name
            // (`Dmitri Sokolov`, `Ngozi Okonkwo`, `Camila Muñoz`): many surnames and given names
            // outside the census are also towns somewhere.
            if let Some((a, b)) = name_beside(doc, i) {
                out.push(a, b, Ent::Person, PERSON_BESIDE_TOWN);
                i = b;
                continue;
            }
        }
        if accept {
            let score = if strict_ctx { 0.8 } else { 0.7 };
            out.push(i, e, Ent::Location, score);
            i = e;
            continue;
        }
        i += 1;
    }
}

/// Score of a town name taken as part of a person's name; above a lone town's 0.7.
const PERSON_BESIDE_TOWN: f32 = 0.75;

/// The two-word name made of the town name at `i` and the word right beside it on the same line,
/// when that word looks like a name: capitalised, a census name that is no common word or a word
/// neither common nor in the census, and no place (but a town may be a given name), title,
/// greeting, role or calendar word itself.
fn name_beside(doc: &Doc<'_>, i: usize) -> Option<(usize, usize)> {
    let n = doc.toks.len();
    // A given name before the town may be a town itself (`Elena`); any other place may not.
    let name_like = |k: usize| {
        let t = &doc.toks[k];
        let w = t.wordinfo();
        let given_before = k < i && w.is_first();
        let place_ok = match w.place {
            None => !w.starts_place,
            Some(p) => given_before && p.kind == PlaceKind::City,
        };
        t.is_word()
            && t.shape == Shape::Cap
            && t.char_len() >= 2
            && place_ok
            && !t.rf(
                rules::F_TITLES
                    | rules::F_GREETINGS
                    | rules::F_CALENDAR
                    | rules::F_ROLE_NOUN
                    | rules::F_ROLES
                    | rules::F_CLOSING_WORD
                    | rules::F_ORG_HEAD
                    | rules::F_LEGAL_SUFFIX
                    | rules::F_STREET_SUFFIX
                    | rules::F_STREET_PREFIXES
                    | rules::F_UNIT_WORDS
                    | rules::F_GENERIC_ADDRESSEES
                    | rules::F_CHAT_INTRO,
            )
            // A census name that is no common word, or a word that is neither common nor in the
            // census: given names before the town may be met now and then in English text
            // (`Sergei`, 3.5 on the Zipf scale), a surname after it must be rare (`Okonkwo`; not
            // `Corolla` after `Toyota`).
            // A census name too rare to count as a first or last name (`Natalya`, borne by 1 in
            // 100,000) is still a name when it is no common word.
            && (w.is_name() || (w.is_census() && !w.is_wordy()) || (!w.is_census() && w.zipf < if k < i { 3.6 } else { 3.0 }))
    };
    // Joined by exactly one space, on one line.
    let joined = |k: usize| {
        let t = &doc.toks[k];
        t.space_before && !t.wide_gap_before && !t.line_start
    };
    if i > 0 && joined(i) && name_like(i - 1) {
        return Some((i - 1, i + 1));
    }
    if i + 1 < n && joined(i + 1) && name_like(i + 1) {
        return Some((i, i + 2));
    }
    None
}
