//! Country phone numbers that Presidio names as types of their own: Philippine mobile numbers
//! (`PH_MOBILE_NUMBER`) and Turkish phone numbers (`TR_PHONE_NUMBER`), each checked against its
//! country's numbering plan rather than the generic length rules of [`super::phone`].
//!
//! How they relate to `PHONE_NUMBER`: the generic recognizer keeps reporting these numbers as it
//! did; these kinds report the same text a second time, under the country's type. Presidio keeps
//! both off by default, so here they are scanned always but held below the default threshold
//! unless a request names them (see [`crate::engine::kind::Kind::enabled_by_default`]): a request
//! that names no types sees exactly what it saw before. A request that names a country type gets it;
//! one that names both gets, for each number, the higher score, and on a tie the country type (it
//! is the more specific claim; see [`crate::engine::kind::Kind::priority`]). Every phone label of
//! the context tables ("Phone:", "Tel.", "Mobile") counts for these kinds too; the Filipino and
//! Turkish words added for them ("telepono", "cep") do not change what `PHONE_NUMBER` reports.
//!
//! The numbering plans (the ITU-T E.164 assignments as the national regulators publish them):
//! - Philippines (+63, trunk `0`): mobile numbers are ten digits after the trunk, `9xx` or `8xx`
//!   operator prefix and seven digits: `0917 123 4567`, `+63 917 123 4567`. The prefixes are the
//!   NTC's assigned mobile blocks. Written without `0` or `+63` (`917 123 4567`) a mobile number
//!   is not reported: it is also a valid New York number.
//! - Turkey (+90, trunk `0`): ten digits, a three-digit mobile operator code (`5xx`) or geographic
//!   area code (`212` Istanbul, `312` Ankara, … `2xx`-`4xx`) and seven digits, grouped `3 2 2` or
//!   `3 4`: `0532 123 45 67`, `+90 (212) 123 45 67`. Turks also write the ten digits alone; those
//!   score low and need a context word, the more so for an area code than for a mobile.

use super::{Cand, Pattern, Score};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    // `+63`/`0063`, or the trunk `0` (an operator code in brackets after it, or the whole in
    // brackets), then three, three and four digits.
    v.push(Pattern::new(
        Kind::PhMobileNumber,
        r"(?:\+63|0063)[ \-.]?(?:\d{3}|\(\d{3}\))[ \-.]?\d{3}[ \-.]?\d{4}|(?:0[ \-.]?(?:\d{3}|\(\d{3}\))|\(0\d{3}\))[ \-.]?\d{3}[ \-.]?\d{4}",
        ph_mobile,
    ));
    // `+90`/`0090`, the trunk `0`, or nothing, then three, three, two and two digits.
    v.push(Pattern::new(
        Kind::TrPhoneNumber,
        r"(?:(?:\+90|0090)[ \-.]?|0[ \-.]?)?(?:\d{3}|\(\d{3}\))[ \-.]?\d{3}[ \-.]?\d{2}[ \-.]?\d{2}|\(0\d{3}\)[ \-.]?\d{3}[ \-.]?\d{2}[ \-.]?\d{2}",
        tr_phone,
    ));
}

/// How the national number is introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    /// `+CC` or `00CC`.
    International,
    /// The trunk `0` of a call within the country.
    Trunk,
    /// The national number alone.
    Bare,
}

/// A candidate read as a ten-digit national number of the country with calling code `cc`.
#[derive(Debug)]
struct National {
    prefix: Prefix,
    /// The national significant number, digit values.
    nsn: [u8; 10],
    /// Written with separators or brackets, not as one run of digits.
    grouped: bool,
}

/// Reads `s` as a ten-digit national number of the country `cc`: digits grouped by spaces, dashes
/// or dots (a space may mix with one other kind), after `+cc`, `00cc`, the trunk `0` or nothing.
/// The national part must be grouped 3-3-4, 3-3-2-2 or 3-7, or not at all.
fn national(s: &[u8], cc: &[u8]) -> Option<National> {
    let mut digits = [0u8; 16];
    let mut n = 0;
    // Where each group of digits ends (digit counts), a group being cut by a separator or bracket.
    let mut ends = [0u8; 16];
    let mut ngroups = 0;
    let mut seps = 0u8;
    let mut grouped = false;
    for (i, &c) in s.iter().enumerate() {
        if c.is_ascii_digit() {
            *digits.get_mut(n)? = c - b'0';
            n += 1;
            if !s.get(i + 1).is_some_and(u8::is_ascii_digit) {
                *ends.get_mut(ngroups)? = n as u8;
                ngroups += 1;
            }
            continue;
        }
        match c {
            b' ' => seps |= 1,
            b'-' => seps |= 2,
            b'.' => seps |= 4,
            b'+' if i == 0 => continue,
            b'(' | b')' => {}
            _ => return None,
        }
        grouped = true;
    }
    if (seps & !1).count_ones() > 1 {
        return None;
    }
    let d = &digits[..n];
    let plus = s.first() == Some(&b'+');
    let (prefix, skip) = if plus {
        (d.starts_with(cc) && n == cc.len() + 10).then_some((Prefix::International, cc.len()))?
    } else if n == 2 + cc.len() + 10 && d.starts_with(&[0, 0]) && d[2..].starts_with(cc) {
        (Prefix::International, 2 + cc.len())
    } else if n == 11 && d[0] == 0 {
        (Prefix::Trunk, 1)
    } else if n == 10 {
        (Prefix::Bare, 0)
    } else {
        return None;
    };
    // The groups of the national part: the prefix's digits come off the first groups.
    let mut layout = [0u8; 16];
    let mut nl = 0;
    let mut from = skip as u8;
    for &end in &ends[..ngroups] {
        if end > from {
            layout[nl] = end - from;
            nl += 1;
            from = end;
        }
    }
    if !matches!(&layout[..nl], [10] | [3, 7] | [3, 3, 4] | [3, 3, 2, 2]) {
        return None;
    }
    let mut nsn = [0u8; 10];
    nsn.copy_from_slice(&d[skip..]);
    Some(National { prefix, nsn, grouped })
}

/// The NTC's mobile operator prefixes: `813`, `817`, `895`-`898`, and `9xx` but for `900`-`904`,
/// `913`, `940`, `941`, `980`, `982`, `984` and `990`.
fn ph_mobile_prefix(n: &[u8]) -> bool {
    matches!(
        (n[0], n[1], n[2]),
        (8, 1, 3 | 7)
            | (8, 9, 5..=8)
            | (9, 0, 5..=9)
            | (9, 1, 0..=2 | 4..=9)
            | (9, 2 | 3 | 5 | 6 | 7, _)
            | (9, 4, 2..=9)
            | (9, 8, 1 | 3 | 5..=9)
            | (9, 9, 1..=9)
    )
}

fn ph_mobile(c: &Cand<'_>) -> Option<Score> {
    let nat = national(c.s(), &[6, 3])?;
    if !ph_mobile_prefix(&nat.nsn) {
        return None;
    }
    match (nat.prefix, nat.grouped) {
        (Prefix::International, _) => Some(Score::new(0.7, 0.95)),
        (Prefix::Trunk, true) => Some(Score::new(0.5, 0.9)),
        (Prefix::Trunk, false) => Some(Score::new(0.4, 0.9)),
        (Prefix::Bare, _) => None,
    }
}

/// Turkish mobile operator codes: `501`, `505`-`507`, `510`, `516`, `524`, `53x`, `54x`, `551`-`555`,
/// `559`, `594`, `596`, and the `56161` block.
fn tr_mobile(n: &[u8]) -> bool {
    matches!((n[0], n[1], n[2]), (5, 0, 1 | 5..=7) | (5, 1, 0 | 6) | (5, 2, 4) | (5, 3 | 4, _) | (5, 5, 1..=5 | 9) | (5, 9, 4 | 6))
        || n[..5] == [5, 6, 1, 6, 1]
}

/// Turkish geographic area codes (`212`, `216` Istanbul, `312` Ankara, `232` Izmir, … `488`), and
/// `392` of northern Cyprus, reached through +90.
fn tr_area(n: &[u8]) -> bool {
    matches!(
        (n[0], n[1], n[2]),
        (2, 1 | 3, 2 | 6)
            | (2, 2 | 8, 2 | 4 | 6 | 8)
            | (2, 4 | 5, 2 | 6 | 8)
            | (2, 6 | 7, 2 | 4 | 6)
            | (3, 1 | 3, 2 | 8)
            | (3, 2 | 4 | 5 | 6, 2 | 4 | 6 | 8)
            | (3, 7 | 8, 0 | 2 | 4 | 6 | 8)
            | (3, 9, 2)
            | (4, 1 | 6, 2 | 4 | 6)
            | (4, 2 | 3 | 5 | 7 | 8, 2 | 4 | 6 | 8)
            | (4, 4, 2 | 6)
    )
}

fn tr_phone(c: &Cand<'_>) -> Option<Score> {
    let nat = national(c.s(), &[9, 0])?;
    let mobile = tr_mobile(&nat.nsn);
    if !mobile && !tr_area(&nat.nsn) {
        return None;
    }
    Some(match (nat.prefix, nat.grouped, mobile) {
        (Prefix::International, ..) => Score::new(0.7, 0.95),
        (Prefix::Trunk, true, _) => Score::new(0.5, 0.9),
        (Prefix::Trunk, false, true) => Score::new(0.4, 0.9),
        (Prefix::Trunk, false, false) => Score::new(0.3, 0.85),
        (Prefix::Bare, true, true) => Score::new(0.3, 0.8),
        (Prefix::Bare, true, false) => Score::new(0.1, 0.7),
        (Prefix::Bare, false, true) => Score::new(0.15, 0.7),
        (Prefix::Bare, false, false) => Score::new(0.05, 0.6),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::builtin::tests::{at0, engine, found_all, has, has_type, none};

    fn check(s: &str, f: fn(&Cand<'_>) -> Option<Score>) -> Option<Score> {
        f(&Cand { text: s.as_bytes(), start: 0, end: s.len() })
    }

    #[test]
    fn philippine_mobile_numbers_in_international_and_national_form() {
        for v in [
            "+63 917 123 4567",
            "+639171234567",
            "+63-917-123-4567",
            "+63 (917) 123 4567",
            "0063 917 123 4567",
            "09171234567",
            "0917 123 4567",
            "0917-123-4567",
            "0 (917) 123 4567",
            "(0917) 123 4567",
            "0917.123.4567",
            "0905 123 4567",
            "0813 123 4567",
            "0998 765 4321",
        ] {
            assert!(at0(v, "PH_MOBILE_NUMBER", v), "{v}");
        }
        let t = "Contact: +639171234567 or 0918 765 4321.";
        assert!(at0(t, "PH_MOBILE_NUMBER", "+639171234567") && at0(t, "PH_MOBILE_NUMBER", "0918 765 4321"));
        // International beats national, grouped beats compact.
        let score = |v| check(v, ph_mobile).map(|s| s.base);
        assert!(score("+639171234567") > score("0917 123 4567") && score("0917 123 4567") > score("09171234567"));
    }

    #[test]
    fn philippine_look_alikes_are_refused() {
        for v in [
            // Without the trunk or country code: also a New York number.
            "9171234567",
            "917 123 4567",
            // Not a mobile prefix: Manila landline, unassigned 0900-0904, 0913, 0940.
            "0282 123 4567",
            "0902 123 4567",
            "0913 123 4567",
            "0940 123 4567",
            // Wrong length, mixed separators, inside a longer number.
            "0917123456",
            "091712345678",
            "15091712345678",
            "0917-123.4567",
            "+63 917 123 456",
            "+64 917 123 4567",
            "12345678901",
            "hello world",
        ] {
            assert!(none(v, "PH_MOBILE_NUMBER"), "{v}");
        }
    }

    #[test]
    fn turkish_phone_numbers_in_every_prefix_form() {
        for v in [
            "+905321234567",
            "+90 532 123 45 67",
            "+90-532-123-45-67",
            "+90 (532) 123 45 67",
            "0090 532 123 4567",
            "05321234567",
            "0 532 123 45 67",
            "0-532-123-45-67",
            "0 (532) 1234567",
            "(0532) 123 45 67",
            "0532 123 45 67",
            "5321234567",
            "532 123 45 67",
            "532.123.45.67",
            "(212) 123 45 67",
            "0216 123 45 67",
            "0312 123 45 67",
            "0232 123 45 67",
            "0412 123 45 67",
            "4321234567",
            "+90 392 123 45 67",
        ] {
            assert!(at0(v, "TR_PHONE_NUMBER", v), "{v}");
        }
        let t = "Birinci: +905321234567, ikinci: 0535 987 65 43";
        assert!(at0(t, "TR_PHONE_NUMBER", "+905321234567") && at0(t, "TR_PHONE_NUMBER", "0535 987 65 43"));
        // A mobile operator code is stronger evidence than an area code, a prefix stronger than none.
        let score = |v| check(v, tr_phone).map(|s| s.base);
        assert!(score("5321234567") > score("2121234567") && score("0532 123 45 67") > score("532 123 45 67"));
    }

    #[test]
    fn turkish_look_alikes_are_refused() {
        for v in [
            // Unassigned first digits and codes: 1xx, 6xx-9xx, 202, 500, 560.
            "1123456789",
            "6123456789",
            "7123456789",
            "8123456789",
            "9123456789",
            "2023123456",
            "5001234567",
            "0560 123 45 67",
            // Wrong length, layout or separators; an identity number; a plate.
            "532123456",
            "53212345678",
            "15053212345678",
            "10000000146",
            "5321 234 567",
            "532 12 345 67",
            "532-123.45.67",
            "34 ABC 1234",
            "hello world",
        ] {
            assert!(none(v, "TR_PHONE_NUMBER"), "{v}");
        }
    }

    #[test]
    fn a_context_word_in_the_countrys_language_lifts_a_weak_number() {
        let bare = found_all("5321234567", "TR_PHONE_NUMBER");
        let labelled = found_all("Cep telefonum: 5321234567", "TR_PHONE_NUMBER");
        assert!(bare.len() == 1 && labelled.len() == 1 && labelled[0].1 > bare[0].1 && labelled[0].1 >= 0.4, "{bare:?} {labelled:?}");
        let plain = found_all("09171234567", "PH_MOBILE_NUMBER");
        let tagalog = found_all("Numero ng telepono: 09171234567", "PH_MOBILE_NUMBER");
        assert!(tagalog[0].1 > plain[0].1, "{plain:?} {tagalog:?}");
        // The generic phone labels count too, and a label naming another thing rules the number out.
        assert!(found_all("Phone: 5321234567", "TR_PHONE_NUMBER")[0].1 >= 0.4);
        assert!(none("Order number 0532 123 45 67", "TR_PHONE_NUMBER"));
    }

    #[test]
    fn a_request_naming_both_types_gets_the_countrys_on_a_tie() {
        use crate::EntityType;
        use crate::engine::SegmentContext;
        use crate::policy::RedactionPolicy;
        let entities = vec![EntityType::PHONE_NUMBER, EntityType::TR_PHONE_NUMBER, EntityType::PH_MOBILE_NUMBER];
        let a = engine().prepare(&RedactionPolicy { entities: Some(entities), ..RedactionPolicy::default() }).expect("policy");
        let text = "Tel: +90 532 123 45 67, 0212 123 45 67, +63 917 123 4567; office +1 415-555-0142";
        let got: Vec<(String, &str)> =
            a.analyze(text, &SegmentContext::default()).into_iter().map(|s| (s.entity_type.to_string(), &text[s.start..s.end])).collect();
        let want = [
            ("TR_PHONE_NUMBER", "+90 532 123 45 67"),
            ("TR_PHONE_NUMBER", "0212 123 45 67"),
            ("PH_MOBILE_NUMBER", "+63 917 123 4567"),
            ("PHONE_NUMBER", "+1 415-555-0142"),
        ];
        assert_eq!(got, want.map(|(e, v)| (e.to_owned(), v)));
    }

    #[test]
    fn the_country_types_are_off_unless_named() {
        // With no types named, the generic phone reports the number as before.
        assert!(has("Telefon: +90 532 123 45 67", "PHONE_NUMBER", "+90 532 123 45 67"));
        assert!(has("Mobile: +63 917 123 4567", "PHONE_NUMBER", "+63 917 123 4567"));
        assert!(!has_type("Telefon: 0532 123 45 67", "TR_PHONE_NUMBER") && !has_type("Cell: 0917 123 4567", "PH_MOBILE_NUMBER"));
    }
}
