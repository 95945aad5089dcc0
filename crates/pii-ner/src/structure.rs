//! Document structure as context: form labels (`Patient: …`), JSON keys, `key=value` pairs, CSV
//! columns, and the field name the document layer passes in [`pii_core::engine::SegmentContext`].

use crate::cand::{Cands, Ent, evidence, initial_len, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::Lexicon;
use crate::place;
use crate::rules;

/// What a field holds, by its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyClass {
    /// A person; `weak` labels (`From`, `Re`) need a value that looks like a name.
    Person {
        weak: bool,
    },
    Location,
    Org,
}

const WEAK_PERSON_KEYS: &[&str] = &[
    "approved",
    "reviewed",
    "authorised",
    "authorized",
    "from",
    "to",
    "cc",
    "bcc",
    "re",
    "attn",
    "attention",
    "contact",
    "owner",
    "member",
    "rep",
    "partner",
    "parent",
    "holder",
    "person",
    "signature",
    "signed",
    "customer",
    "client name",
    "driver",
    "caller",
    "sender",
    "recipient",
    "user full name",
    "display name",
    "kontakt",
    "contacto",
    "cliente",
    "kunde",
    "kundin",
    "klient",
    "klientka",
    "responsable",
    "referente",
    "asiakas",
    "müşteri",
    "ügyfél",
    "point of contact",
    "poc",
    "subject",
    "speaker",
    "presenter",
    "attendee",
    "authors",
    "contributors",
    "contributor",
    "maintainers",
];

/// Classifies a label, JSON key or column header (`home_address`, `Emergency contact`, `fullName`).
pub(crate) fn classify_key(raw: &str) -> Option<KeyClass> {
    let mut norm = String::with_capacity(raw.len() + 4);
    let mut prev_lower = false;
    for c in raw.chars() {
        if c.is_uppercase() && prev_lower {
            norm.push(' ');
        }
        prev_lower = c.is_lowercase();
        if c.is_alphanumeric() {
            norm.extend(c.to_lowercase());
        } else {
            norm.push(' ');
        }
    }
    let words: Vec<&str> = norm.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return None;
    }
    // Longest match first: the whole label, then without its leading words (`Electronically signed`).
    for skip in 0..words.len() {
        let key = words[skip..].join(" ");
        if rules::is_org_key(&key) {
            return Some(KeyClass::Org);
        }
        if rules::is_location_key(&key) {
            return Some(KeyClass::Location);
        }
        if rules::is_person_key(&key) {
            return Some(KeyClass::Person { weak: skip > 0 || WEAK_PERSON_KEYS.contains(&key.as_str()) });
        }
    }
    // `Place of issue`, `Country of origin`, `Port of entry`: a place noun with what it is the
    // place of.
    if words.len() >= 3 && words[1] == "of" && matches!(words[0], "place" | "city" | "town" | "country" | "port" | "location") {
        return Some(KeyClass::Location);
    }
    None
}

/// First token index whose start is at or after `byte`.
fn tok_at(doc: &Doc<'_>, byte: usize) -> usize {
    doc.toks.partition_point(|t| t.start < byte)
}

/// Runs every structural rule.
pub(crate) fn find(doc: &Doc<'_>, lex: &Lexicon, field: Option<&str>, out: &mut Cands) {
    if let Some(class) = field.and_then(classify_key) {
        value(doc, lex, class, 0, doc.toks.len(), 0.9, out);
    }
    labels(doc, lex, out);
    quoted_pairs(doc, lex, out);
    key_equals(doc, lex, out);
    csv(doc, lex, out);
    xml_elements(doc, lex, out);
}

/// `<firstName>Emre</firstName>`, `<contact.name>…</contact.name>`: an element whose tag is a label
/// gives its text that label's class. Only elements whose text stays on one line.
fn xml_elements(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let text = doc.text;
    let mut from = 0;
    while let Some(rel) = text[from..].find('<') {
        let open = from + rel;
        from = open + 1;
        let tag_len = text[open + 1..].find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | ':' | '-'))).unwrap_or(0);
        if tag_len == 0 || !text[open + 1 + tag_len..].starts_with('>') {
            continue;
        }
        let tag = &text[open + 1..open + 1 + tag_len];
        let vs = open + tag_len + 2;
        let Some(ve_rel) = text[vs..].find('<') else { break };
        let ve = vs + ve_rel;
        let closes = text[ve..].strip_prefix("</").is_some_and(|r| r.starts_with(tag) && r[tag.len()..].starts_with('>'));
        if !closes || text[vs..ve].contains('\n') || ve == vs {
            continue;
        }
        // `ns:firstName` is judged as `firstName`.
        let local = tag.rsplit(':').next().unwrap_or(tag);
        if let Some(class) = classify_key(local) {
            value(doc, lex, class, tok_at(doc, vs), tok_at(doc, ve), 0.9, out);
        }
        from = ve;
    }
}

/// `Label: value` at the start of a line or after a column gap.
fn labels(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = &doc.toks[i];
        let opens = t.line_start
            || t.wide_gap_before
            || (i > 0 && (doc.toks[i - 1].is_punct('|') || (doc.toks[i - 1].is_punct('.') && t.shape == Shape::Cap)))
            || after_enumerator(doc, i);
        if !opens || !(t.kind == Kind::Word) {
            i += 1;
            continue;
        }
        // The label: up to 6 words with light punctuation, then a colon.
        let mut j = i;
        let mut words = 0;
        while j < n && words <= 6 {
            let u = &doc.toks[j];
            if j > i && (u.line_start || u.wide_gap_before) {
                break;
            }
            if j > i && leader_end(doc, j).is_some() && !u.is_punct('|') {
                break; // a dotted leader ends the label
            }
            if u.kind == Kind::Word || (u.kind == Kind::Num && j > i) {
                words += 1;
                j += 1;
            } else if u.kind == Kind::Punct && matches!(&*u.lower, "-" | "/" | "." | "(" | ")" | "#" | "&" | "'" | "_") {
                j += 1;
            } else {
                break;
            }
        }
        // The separator: a colon, a dotted leader or a table bar (`Office ........ Valencia`,
        // `Employer | Kestrel Ltd`); the value must still look like its class, so a table of
        // contents (`Location ........ 45`) gives nothing.
        let leader = if j < n && !doc.toks[j].is_punct(':') { leader_end(doc, j) } else { None };
        if j >= n || !(doc.toks[j].is_punct(':') || leader.is_some()) || words == 0 || words > 6 {
            i += 1;
            continue;
        }
        let label = &doc.text[t.start..doc.toks[j - 1].end];
        let colon = leader.map_or(j, |e| e - 1);
        let Some(class) = classify_key(label) else {
            i = colon + 1;
            continue;
        };
        // The value: the rest of the line up to a column gap, `|` or `;`; or the next line if empty.
        let mut a = colon + 1;
        if a < n && doc.toks[a].line_start {
            // `Address:` alone on its line: the value is the next line.
            if class == (KeyClass::Person { weak: true }) {
                i = colon + 1;
                continue;
            }
            // `Bill to:` alone on its line opens an address block whose first line is the addressee.
            if class == KeyClass::Location
                && let Some(end) = addressee_line(doc, a)
            {
                person_value(doc, a, end, true, 0.85, out);
                i = end;
                continue;
            }
        } else if a < n && doc.toks[a].kind == Kind::Punct && doc.toks[a].lower.as_ref() == "/" {
            i = colon + 1;
            continue; // a URL, not a label
        }
        let mut b = a;
        while b < n {
            let u = &doc.toks[b];
            if b > a && (u.line_start || u.wide_gap_before) {
                break;
            }
            if u.kind == Kind::Punct && matches!(&*u.lower, "|" | ";") {
                break;
            }
            b += 1;
        }
        while a < b && doc.toks[a].kind == Kind::Punct && matches!(&*doc.toks[a].lower, "\"" | "'" | "-" | "*") {
            a += 1;
        }
        let before = out.list.len();
        value(doc, lex, class, a, b, 0.9, out);
        // A plural label (`Attendees:`, `Participants:`) lists people: `A, B and C`.
        if matches!(class, KeyClass::Person { .. })
            && plural_label(label)
            && let Some(first) = out.list.get(before..).and_then(|new| new.iter().find(|c| c.ent == Ent::Person))
        {
            crate::credit::more_names(doc, first.b, 0.85, out);
        }
        i = b.max(colon + 1);
    }
}

/// A label naming several people (`Attendees`, `Participants`, `Authors`), not `Witness`.
fn plural_label(label: &str) -> bool {
    let l = label.trim().to_lowercase();
    l.ends_with('s') && !l.ends_with("ss")
}

/// The first line of an address block under a label alone on its line (`Bill to:` / `Jane Doe` /
/// `12 High Street`): two to four capitalised words, no number, not starting with a known place,
/// with more lines of the block after it. The token index where that line ends.
fn addressee_line(doc: &Doc<'_>, a: usize) -> Option<usize> {
    let n = doc.toks.len();
    let end = (a + 1..n).find(|&k| doc.toks[k].line_start).unwrap_or(n);
    let toks = &doc.toks[a..end];
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let block_goes_on = end < n && doc.toks[end].line == doc.toks[end - 1].line + 1;
    // A place starts with its first word (`New Delhi`, `Leeds`); a name may end in a town's name
    // (`Junjie Sun`).
    let namelike = toks.iter().all(|t| t.kind == Kind::Word && matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other))
        && toks.first().is_some_and(|t| t.wordinfo().place.is_none() && !t.wordinfo().starts_place);
    ((2..=4).contains(&words) && namelike && block_goes_on).then_some(end)
}

/// `[1] Full legal name:`, `(b) Claimant:`, `3) Patient:`: a label after a short enumerator that
/// opens the line.
fn after_enumerator(doc: &Doc<'_>, i: usize) -> bool {
    if i == 0 || !(doc.toks[i - 1].is_punct(']') || doc.toks[i - 1].is_punct(')')) {
        return false;
    }
    let first = doc.line_first(i);
    i - first <= 4 && i - first >= 2 && doc.toks[first + 1..i - 1].iter().all(|t| t.kind != Kind::Punct && t.char_len() <= 3)
}

/// A dotted leader (`Applicant ......... X`, at least two dots or an ellipsis) or a table bar
/// (`Name | X`) at token `j` that separates a label from its value on the same line: the token
/// index after it.
fn leader_end(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[j];
    if t.line_start {
        return None;
    }
    if t.is_punct('|') {
        return (j + 1 < n && !doc.toks[j + 1].line_start).then_some(j + 1);
    }
    let mut k = j;
    while k < n && (doc.toks[k].is_punct('.') || doc.toks[k].is_punct('…') || doc.toks[k].is_punct('_')) && !doc.toks[k].line_start {
        k += 1;
    }
    let dots = k - j >= 2 || (k - j == 1 && doc.toks[j].is_punct('…'));
    (dots && k < n && !doc.toks[k].line_start).then_some(k)
}

/// `"key": "value"` (JSON, Python dicts).
fn quoted_pairs(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i + 4 < n {
        let q = &doc.toks[i];
        if !(q.is_punct('"') || q.is_punct('\'')) {
            i += 1;
            continue;
        }
        let quote = q.lower.clone();
        // Closing quote of the key.
        let mut k = i + 1;
        while k < n && k < i + 12 && !doc.toks[k].lower.eq(&quote) {
            k += 1;
        }
        if k + 2 >= n || k == i + 1 || !doc.toks[k].lower.eq(&quote) || !doc.toks[k + 1].is_punct(':') {
            i += 1;
            continue;
        }
        let key = &doc.text[doc.toks[i].end..doc.toks[k].start];
        let vq = k + 2;
        if !doc.toks[vq].lower.eq(&quote) {
            i = k + 1;
            continue;
        }
        let mut e = vq + 1;
        while e < n && !doc.toks[e].lower.eq(&quote) && !doc.toks[e].line_start {
            e += 1;
        }
        if let Some(class) = classify_key(key) {
            value(doc, lex, class, vq + 1, e, 0.9, out);
        }
        i = e + 1;
    }
}

/// `key=value` and `key="value"` in logs and query strings.
fn key_equals(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(1) {
        if !doc.toks[i].is_punct('=') || doc.toks[i].space_before || doc.toks[i + 1].space_before {
            continue;
        }
        // The key: the glued chunk before `=`.
        let mut k = i;
        while k > 0 && !doc.toks[k].space_before && !doc.toks[k].line_start && !doc.toks[k - 1].is_punct('(') {
            k -= 1;
        }
        if doc.toks[k].space_before && k < i && doc.toks[k].kind == Kind::Punct {
            k += 1;
        }
        let key = &doc.text[doc.toks[k].start..doc.toks[i].start];
        let Some(class) = classify_key(key) else { continue };
        let (a, b) = if doc.toks[i + 1].is_punct('"') || doc.toks[i + 1].is_punct('\'') {
            let q = doc.toks[i + 1].lower.clone();
            let mut e = i + 2;
            while e < n && !doc.toks[e].lower.eq(&q) && !doc.toks[e].line_start {
                e += 1;
            }
            (i + 2, e)
        } else {
            let mut e = i + 2;
            while e < n && !doc.toks[e].space_before && !doc.toks[e].line_start {
                e += 1;
            }
            (i + 1, e)
        };
        // Values glued by `+` or `%20` in query strings are left to other rules.
        value(doc, lex, class, a, b, 0.85, out);
    }
}

/// Delimited tables with a header row: each column's values get the header's class.
fn csv(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let text = doc.text;
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            lines.push((s, i));
            s = i + 1;
        }
    }
    lines.push((s, text.len()));
    let mut li = 0;
    while li + 1 < lines.len() {
        let (ls, le) = lines[li];
        let Some(HeaderRow { sep, fields, classes }) = header_row(&text[ls..le]) else {
            li += 1;
            continue;
        };
        let mut row = li + 1;
        while row < lines.len() {
            let (rs, re) = lines[row];
            let cells = split_row(text, rs, re, sep);
            if cells.len() != fields.len() {
                break;
            }
            for ((cell, class), field) in cells.iter().zip(&classes).zip(&fields) {
                let a = tok_at(doc, cell.0);
                let b = tok_at(doc, cell.1);
                if let Some(class) = class {
                    value(doc, lex, *class, a, b, 0.9, out);
                } else if is_thing_column(field) {
                    out.no_person.push((a, b));
                }
            }
            row += 1;
        }
        li = row.max(li + 1);
    }
}

/// A delimited table's header row (`Vorname;Nachname;Ort`).
struct HeaderRow<'a> {
    sep: char,
    fields: Vec<&'a str>,
    /// What each column holds, by its name.
    classes: Vec<Option<KeyClass>>,
}

/// `line` as a header row, when its fields look like names of columns and one of them names a
/// person, place, organisation or thing.
fn header_row(line: &str) -> Option<HeaderRow<'_>> {
    let header = line.trim_end_matches('\r');
    let sep = [',', '\t', '|', ';'].into_iter().max_by_key(|&c| header.matches(c).count())?;
    let fields: Vec<&str> = header.split(sep).map(str::trim).collect();
    let plausible = fields.len() >= 2
        && fields.iter().all(|f| {
            !f.is_empty()
                && f.len() <= 40
                && f.chars().next().is_some_and(char::is_alphabetic)
                && f.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | ' ' | '-' | '.' | '/' | '#'))
        });
    if !plausible {
        return None;
    }
    let classes: Vec<Option<KeyClass>> = fields.iter().map(|f| classify_key(f)).collect();
    if classes.iter().all(Option::is_none) && !fields.iter().any(|f| is_thing_column(f)) {
        return None;
    }
    Some(HeaderRow { sep, fields, classes })
}

/// Token `i` stands in the header row of a delimited table: a column name, never a value.
pub(crate) fn in_header_row(doc: &Doc<'_>, i: usize) -> bool {
    let (a, b) = (doc.line_first(i), doc.line_end(i));
    let line = &doc.text[doc.toks[a].start..doc.toks[b - 1].end];
    line.contains([',', '\t', '|', ';']) && header_row(line).is_some()
}

/// Columns that hold things, not people: a first name in them is a colour or a product.
fn is_thing_column(header: &str) -> bool {
    const THINGS: &[&str] = &[
        "color",
        "colour",
        "sku",
        "product",
        "item",
        "status",
        "stage",
        "type",
        "category",
        "source",
        "plan",
        "warehouse",
        "description",
        "title",
        "department",
        "dept",
        "size",
        "brand",
        "model",
        "variant",
        "channel",
        "priority",
        "tag",
        "tags",
        "label",
        "segment",
        "tier",
        "finish",
        "material",
        "flavor",
        "flavour",
        "style",
        "pattern",
        "shade",
        "product name",
        "item name",
        "service",
        "room",
        "unit",
    ];
    let h = header.trim().to_lowercase().replace(['_', '-'], " ");
    THINGS.contains(&h.as_str()) || h.ends_with(" color") || h.ends_with(" colour")
}

/// Byte ranges of the cells of one delimited row, quotes excluded.
fn split_row(text: &str, start: usize, end: usize, sep: char) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut cells = Vec::new();
    let mut i = start;
    let sep = sep as u8;
    loop {
        if i < end && bytes[i] == b'"' {
            let s = i + 1;
            let mut j = s;
            while j < end && bytes[j] != b'"' {
                j += 1;
            }
            cells.push((s, j));
            i = j + 1;
            while i < end && bytes[i] != sep {
                i += 1;
            }
        } else {
            let s = i;
            while i < end && bytes[i] != sep {
                i += 1;
            }
            cells.push((s, i));
        }
        if i >= end {
            break;
        }
        i += 1;
        if i == end {
            cells.push((end, end));
            break;
        }
    }
    cells
}

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
    match class {
        KeyClass::Person { weak } => person_value(doc, a, b, weak, score, out),
        KeyClass::Location => location_value(doc, lex, a, b, score, out),
        KeyClass::Org => org_value(doc, a, b, score, out),
    }
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
    if doc.toks[a..b].iter().any(|t| t.is_word() && t.rf(rules::F_LEGAL_SUFFIX) && t.shape != Shape::Lower) {
        return; // an organisation; the organisation rules take it
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
    let i = skip_title(doc, a);
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
            if w2 <= 2 && e2 <= b && rest_empty {
                end = e2;
            }
        }
        let ev = evidence(doc, i, end);
        if allow_lower && ev.names < ev.words && doc.toks[i].shape == Shape::Lower {
            continue;
        }
        let accept = if weak { ev.all_namey() || (ev.unknown >= 1 && ev.words >= 2 && ev.wordy == 0) } else { ev.ok_in_context() };
        if accept {
            out.push(i, end, Ent::Person, score);
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
    if first.is_word() && first.rf(rules::F_UNIT_WORDS) && !has_place && words <= 1 {
        return; // `Room 4`
    }
    if first.shape == Shape::Lower && !doc.lowercase_chat {
        return;
    }
    let accept = has_place || place::region_code_in(doc, a, last_real) || (has_num && words >= 2) || wordy < words;
    // Trailing dot only after an abbreviation.
    let mut e = last_real;
    if e > a && doc.toks[e - 1].is_punct('.') && !(e >= 2 && doc.toks[e - 2].char_len() <= 3) {
        e -= 1;
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
