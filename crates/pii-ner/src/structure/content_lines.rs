//! Calendar and contact files (iCalendar, RFC 5545; vCard, RFC 6350): their content lines say
//! what each value is, `NAME;PARAM=…:VALUE`.
//!
//! - `ORGANIZER;CN=Giulia Marino:mailto:…` and `ATTENDEE;CN="Okafor, Chinedu";ROLE=…:mailto:…`:
//!   the common name parameter is a person;
//! - in a vCard, `FN:` is the person's whole name, `N:` holds family, given and additional names
//!   separated by `;`, and `ADR:` holds street, locality, region and country among its seven parts.

use super::{KeyClass, tok_at, value};
use crate::cand::Cands;
use crate::doc::Doc;
use crate::lexicon::Lexicon;

/// Parts of an `ADR` value that are places: street, locality, region and country (not the post
/// office box, the extended address nor the postal code).
const ADR_PLACES: [usize; 4] = [2, 3, 4, 6];

pub(super) fn content_lines(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let text = doc.text;
    let vcard = text.contains("BEGIN:VCARD");
    if !vcard && !text.contains("CN=") {
        return;
    }
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let Some(colon) = line.find(':') else { continue };
        let head = &line[..colon];
        // `item1.FN`: a group prefix before the property name.
        let (name, params) = head.split_once(';').unwrap_or((head, ""));
        let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
        let field = |a: usize, b: usize, class: KeyClass, out: &mut Cands| {
            if a < b {
                value(doc, lex, class, tok_at(doc, start + a), tok_at(doc, start + b), 0.9, out);
            }
        };
        let person = KeyClass::Person { weak: false };
        match name.as_str() {
            "ORGANIZER" | "ATTENDEE" => {
                if let Some((a, b)) = common_name(line, head.len() - params.len(), colon) {
                    field(a, b, person, out);
                }
            }
            "FN" if vcard => field(colon + 1, line.len(), person, out),
            "N" if vcard => {
                for (a, b) in parts(line, colon + 1).take(3) {
                    field(a, b, person, out);
                }
            }
            "ADR" if vcard => {
                for (k, (a, b)) in parts(line, colon + 1).enumerate() {
                    if ADR_PLACES.contains(&k) {
                        field(a, b, KeyClass::Location, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The `CN=` parameter among the parameters `line[from..to]`: its value's byte range, without
/// the quotes of a quoted value.
fn common_name(line: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let params = &line[from..to];
    let at = params.to_ascii_uppercase().find("CN=")? + from + 3;
    // A quoted value may hold `:` and `;` (and runs past `to`, which was the first colon).
    if line[at..].starts_with('"') {
        let close = line[at + 1..].find('"')? + at + 1;
        return Some((at + 1, close));
    }
    let end = line[at..to].find(';').map_or(to, |e| at + e);
    Some((at, end))
}

/// The `;`-separated parts of the value starting at `from`, as byte ranges of `line`; a `\;` is
/// an escaped semicolon inside a part.
fn parts(line: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = line.as_bytes();
    let mut a = from;
    let mut k = from;
    std::iter::from_fn(move || {
        if a > line.len() {
            return None;
        }
        while k < line.len() && !(bytes[k] == b';' && (k == 0 || bytes[k - 1] != b'\\')) {
            k += 1;
        }
        let part = (a, k);
        k += 1;
        a = k;
        Some(part)
    })
}
