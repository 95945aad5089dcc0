//! Character references in HTML and XML text: what `&...;` at a position stands for, and how many
//! raw bytes it takes. Kept apart from the tokenizer so that the rules are in one place.
//!
//! HTML: every name of the HTML5 table ([`crate::entities`], generated from the WHATWG list), and the
//! legacy names that the standard accepts without `;` (`&eacute`), but those only when what follows is
//! not a letter, digit or `=` (the standard's rule for attribute values, applied to text as well, so
//! that `&notanentity;` or a URL's `?a=1&copy=2` stays as written rather than turning into `¬anentity;`);
//! numeric references in decimal and hex, `;` optional, with the standard's replacements (U+FFFD for 0,
//! surrogates and values past U+10FFFF; the windows-1252 character for 0x80..0x9F).
//!
//! XML: the five predefined names and numeric references to a valid character, `;` required. Custom
//! entities are never expanded. Anything that is not a reference is left as written.

use crate::entities::{LONGEST, NAMED};

/// The text a reference stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decoded {
    Named(&'static str),
    Char(char),
}

impl Decoded {
    /// Appends the text to `out`; returns its length in bytes.
    pub fn push_to(self, out: &mut String) -> usize {
        match self {
            Decoded::Named(s) => {
                out.push_str(s);
                s.len()
            }
            Decoded::Char(c) => {
                out.push(c);
                c.len_utf8()
            }
        }
    }
}

/// The reference at the start of `s` (which starts with `&`) and its length in raw bytes, or `None`
/// when `s` does not start with one.
pub(crate) fn decode(s: &str, html: bool) -> Option<(Decoded, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    if b.get(1) == Some(&b'#') {
        return numeric(b, html);
    }
    let run = b[1..].iter().take(LONGEST + 1).take_while(|c| c.is_ascii_alphanumeric()).count();
    if run == 0 {
        return None;
    }
    let next = b.get(1 + run).copied();
    if !html {
        let c = match (&s[1..=run], next) {
            ("amp", Some(b';')) => '&',
            ("lt", Some(b';')) => '<',
            ("gt", Some(b';')) => '>',
            ("quot", Some(b';')) => '"',
            ("apos", Some(b';')) => '\'',
            _ => return None,
        };
        return Some((Decoded::Char(c), run + 2));
    }
    if next == Some(b';') {
        // The name with its `;`, as the table has it.
        if let Some(text) = lookup(&s[1..run + 2]) {
            return Some((Decoded::Named(text), run + 2));
        }
        return None;
    }
    if next.is_some_and(|c| c == b'=') {
        return None;
    }
    // A legacy name without `;`: the whole run of letters and digits (a shorter prefix would be
    // followed by a letter or digit, which the rule above refuses).
    lookup(&s[1..=run]).map(|text| (Decoded::Named(text), run + 1))
}

fn lookup(name: &str) -> Option<&'static str> {
    NAMED.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| NAMED[i].1)
}

/// `&#...` at the start of `b`.
fn numeric(b: &[u8], html: bool) -> Option<(Decoded, usize)> {
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let digits_start = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let mut value: u32 = 0;
    let mut i = digits_start;
    while let Some(d) = b.get(i).and_then(|&c| char::from(c).to_digit(radix)) {
        // Saturates past the Unicode range; the value is then replaced as too large.
        value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000);
        i += 1;
    }
    if i == digits_start {
        return None;
    }
    let len = if b.get(i) == Some(&b';') {
        i + 1
    } else if html {
        i
    } else {
        return None;
    };
    let c = if html { html_char(value) } else { char::from_u32(value).filter(|&c| xml_char(c))? };
    Some((Decoded::Char(c), len))
}

/// The character an HTML numeric reference stands for, with the standard's replacements.
fn html_char(value: u32) -> char {
    if value == 0 {
        return char::REPLACEMENT_CHARACTER;
    }
    if (0x80..=0x9F).contains(&value) {
        // windows-1252 for the C1 range; the five unassigned ones stay as they are.
        let w = match value {
            0x80 => '\u{20AC}',
            0x82 => '\u{201A}',
            0x83 => '\u{0192}',
            0x84 => '\u{201E}',
            0x85 => '\u{2026}',
            0x86 => '\u{2020}',
            0x87 => '\u{2021}',
            0x88 => '\u{02C6}',
            0x89 => '\u{2030}',
            0x8A => '\u{0160}',
            0x8B => '\u{2039}',
            0x8C => '\u{0152}',
            0x8E => '\u{017D}',
            0x91 => '\u{2018}',
            0x92 => '\u{2019}',
            0x93 => '\u{201C}',
            0x94 => '\u{201D}',
            0x95 => '\u{2022}',
            0x96 => '\u{2013}',
            0x97 => '\u{2014}',
            0x98 => '\u{02DC}',
            0x99 => '\u{2122}',
            0x9A => '\u{0161}',
            0x9B => '\u{203A}',
            0x9C => '\u{0153}',
            0x9E => '\u{017E}',
            0x9F => '\u{0178}',
            _ => return char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
        };
        return w;
    }
    // Surrogates and values past U+10FFFF are not chars.
    char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// XML 1.0's `Char` production.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str, html: bool) -> Option<(String, usize)> {
        decode(s, html).map(|(d, n)| {
            let mut out = String::new();
            d.push_to(&mut out);
            (out, n)
        })
    }

    #[test]
    fn the_table_is_sorted_and_complete() {
        assert_eq!(NAMED.len(), 2231);
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(NAMED.iter().filter(|(n, _)| !n.ends_with(';')).count(), 106);
    }

    #[test]
    fn html_names_decode_with_and_without_semicolon() {
        assert_eq!(text("&eacute;e", true), Some(("é".into(), 8)));
        assert_eq!(text("&iacute;a", true), Some(("í".into(), 8)));
        assert_eq!(text("&CounterClockwiseContourIntegral;", true), Some(("∳".into(), 33)));
        assert_eq!(text("&NotEqualTilde;", true), Some(("≂\u{338}".into(), 15)));
        assert_eq!(text("&eacute Dubois", true), Some(("é".into(), 7)));
        assert_eq!(text("&amp", true), Some(("&".into(), 4)));
    }

    #[test]
    fn unknown_or_ambiguous_names_stay_as_written() {
        assert_eq!(text("&notanentity;", true), None);
        assert_eq!(text("&notit", true), None);
        assert_eq!(text("&copy=2", true), None);
        assert_eq!(text("&zzz;", true), None);
        assert_eq!(text("& x", true), None);
        assert_eq!(text("&;", true), None);
        // `&amp;` only in XML, as written: no legacy forms, no HTML names.
        assert_eq!(text("&eacute;", false), None);
        assert_eq!(text("&amp", false), None);
        assert_eq!(text("&amp;", false), Some(("&".into(), 5)));
    }

    #[test]
    fn numeric_references_follow_the_html_replacement_rules() {
        assert_eq!(text("&#233;", true), Some(("é".into(), 6)));
        assert_eq!(text("&#xE9;", true), Some(("é".into(), 6)));
        assert_eq!(text("&#XE9x", true), Some(("é".into(), 5)));
        assert_eq!(text("&#233 ", true), Some(("é".into(), 5)));
        assert_eq!(text("&#0;", true), Some(("\u{FFFD}".into(), 4)));
        assert_eq!(text("&#xD800;", true), Some(("\u{FFFD}".into(), 8)));
        assert_eq!(text("&#99999999999999;", true), Some(("\u{FFFD}".into(), 17)));
        assert_eq!(text("&#x80;", true), Some(("€".into(), 6)));
        assert_eq!(text("&#x81;", true), Some(("\u{81}".into(), 6)));
        assert_eq!(text("&#;", true), None);
        assert_eq!(text("&#x;", true), None);
    }

    #[test]
    fn xml_numeric_references_must_be_valid_and_closed() {
        assert_eq!(text("&#233;", false), Some(("é".into(), 6)));
        assert_eq!(text("&#233", false), None);
        assert_eq!(text("&#0;", false), None);
        assert_eq!(text("&#xD800;", false), None);
    }
}
