//! Phone numbers: international (`+CC …`, `00CC …`) validated by country calling code and national
//! number length, NANP (`(415) 555-0142`, `415.555.0142`, `1 415 555 0142`) validated by the area code
//! and exchange rules, and national numbers with a trunk `0` (`07791 917062`, `(03) 9742 7805`).
//!
//! The layout is parsed strictly: digit groups with one kind of separator (a space may mix with one
//! other), balanced brackets, an optional `(0)` trunk marker after the country code. Compact digit
//! runs score low and need a context word, because order and tracking numbers look the same.

use std::borrow::Cow;

use super::{Cand, Pattern, Score};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    v.push(Pattern { kind: Kind::Phone, regex: Cow::Borrowed(r"\+?\(?\+?\d[\d \-./()]{5,24}\d"), check: phone });
}

/// A parsed number: digit groups and the separators used.
struct Layout {
    digits: [u8; 20],
    n: usize,
    groups: [u8; 10],
    ngroups: usize,
    plus: bool,
    /// Index of the group in brackets, if any (other than a `(0)` trunk marker).
    bracket: Option<usize>,
    trunk_marker: bool,
    seps: u8,
}

const SEP_SPACE: u8 = 1;
const SEP_DASH: u8 = 2;
const SEP_DOT: u8 = 4;
const SEP_SLASH: u8 = 8;

fn parse(s: &[u8]) -> Option<Layout> {
    let mut l = Layout { digits: [0; 20], n: 0, groups: [0; 10], ngroups: 0, plus: false, bracket: None, trunk_marker: false, seps: 0 };
    let mut i = 0;
    if s.first() == Some(&b'+') {
        l.plus = true;
        i = 1;
    }
    let mut last_sep = true; // a separator may not come first or twice in a row
    let mut slashes = 0;
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() {
            let start = l.n;
            while i < s.len() && s[i].is_ascii_digit() {
                if l.n == l.digits.len() {
                    return None;
                }
                l.digits[l.n] = s[i] - b'0';
                l.n += 1;
                i += 1;
            }
            if l.ngroups == l.groups.len() {
                return None;
            }
            l.groups[l.ngroups] = (l.n - start) as u8;
            l.ngroups += 1;
            last_sep = false;
            // Two digit groups need a separator between them.
            if i < s.len() && s[i] == b'(' {
                return None;
            }
            continue;
        }
        match c {
            b'(' => {
                // "(0)" after the country code, or one bracketed area code.
                let close = s[i + 1..].iter().position(|&x| x == b')')? + i + 1;
                let inner = &s[i + 1..close];
                if inner.is_empty() || inner.len() > 5 || !inner.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                // After `+CC` or `00CC` (`0049 (0)231 8135045`).
                let international = l.plus || (l.n >= 3 && l.digits[0] == 0 && l.digits[1] == 0);
                if inner == b"0" && international && l.ngroups == 1 {
                    l.trunk_marker = true;
                    i = close + 1;
                    last_sep = false;
                    continue;
                }
                if l.bracket.is_some() || (l.ngroups > 1) || (l.ngroups == 1 && !l.plus && !(l.groups[0] == 1 && l.digits[0] == 1)) {
                    return None;
                }
                for &d in inner {
                    if l.n == l.digits.len() {
                        return None;
                    }
                    l.digits[l.n] = d - b'0';
                    l.n += 1;
                }
                if l.ngroups == l.groups.len() {
                    return None;
                }
                l.bracket = Some(l.ngroups);
                l.groups[l.ngroups] = inner.len() as u8;
                l.ngroups += 1;
                i = close + 1;
                last_sep = false;
                // After ")" comes a separator or a digit, never another bracket.
                if i < s.len() && s[i] == b'(' {
                    return None;
                }
                continue;
            }
            b' ' | b'-' | b'.' | b'/' => {
                if last_sep {
                    return None;
                }
                l.seps |= match c {
                    b' ' => SEP_SPACE,
                    b'-' => SEP_DASH,
                    b'.' => SEP_DOT,
                    _ => {
                        slashes += 1;
                        SEP_SLASH
                    }
                };
                last_sep = true;
                i += 1;
            }
            _ => return None,
        }
    }
    if last_sep || slashes > 1 {
        return None;
    }
    // A space may mix with one other separator; dots, dashes and slashes do not mix.
    if (l.seps & !SEP_SPACE).count_ones() > 1 {
        return None;
    }
    Some(l)
}

/// The country calling code at the start of `d`, as its length in digits.
fn country_code_len(d: &[u8]) -> Option<usize> {
    if d.is_empty() {
        return None;
    }
    if matches!(d[0], 1 | 7) {
        return Some(1);
    }
    if d.len() < 2 {
        return None;
    }
    let two = d[0] * 10 + d[1];
    const TWO: &[u8] = &[
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66,
        81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    ];
    if TWO.contains(&two) {
        return Some(2);
    }
    // Three-digit codes live under these two-digit prefixes.
    const THREE: &[u8] = &[21, 22, 23, 24, 25, 26, 29, 35, 37, 38, 42, 50, 59, 67, 68, 69, 85, 87, 88, 96, 97, 99];
    (d.len() >= 3 && THREE.contains(&two)).then_some(3)
}

/// Length range of the national significant number per country calling code.
fn nsn_range(cc: &[u8]) -> (usize, usize) {
    let v = cc.iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    match v {
        1 => (10, 10),
        44 => (9, 10),
        49 => (6, 13),
        33 | 34 | 41 | 48 | 351 | 27 | 212 => (9, 9),
        // Thai landlines have eight digits after the code (`+66 53 930 885`), mobiles nine.
        66 => (8, 9),
        31 => (9, 9),
        32 => (8, 9),
        353 => (7, 9),
        61 => (9, 9),
        39 => (6, 11),
        43 => (4, 13),
        45 | 47 | 65 | 852 => (8, 8),
        46 => (7, 10),
        7 | 90 | 52 => (10, 10),
        // Pakistani landlines are shorter than mobiles: Faisalabad `41 258 2832`, Karachi `21 3512 3456`.
        92 => (9, 10),
        // Landlines are shorter than mobiles: Manila `2 8527 1234`, Lagos `1 234 5678`, Dhaka `2 5566 7788`.
        63 | 880 | 234 => (8, 10),
        81 => (9, 10),
        82 => (8, 10),
        86 => (9, 11),
        91 => (10, 10),
        55 | 54 => (10, 11),
        64 => (8, 10),
        971 | 972 => (8, 9),
        30 => (10, 10),
        62 => (9, 12),
        _ => (6, 12),
    }
}

/// North American numbering plan: area code and exchange start with 2-9 and are not N11 codes.
fn nanp_ok(d: &[u8]) -> bool {
    d.len() == 10 && nanp_code_ok(&d[..3]) && nanp_code_ok(&d[3..6])
}

/// An area code or an exchange: three digits, the first 2-9, not an N11 service code.
fn nanp_code_ok(c: &[u8]) -> bool {
    c[0] >= 2 && !(c[1] == 1 && c[2] == 1)
}

fn phone(c: &Cand<'_>) -> Option<Score> {
    let l = parse(c.s())?;
    let d = &l.digits[..l.n];
    let groups = &l.groups[..l.ngroups];
    let compact = l.ngroups == 1;
    // Dotted numbers are phone numbers only in the 3-3-4 (NANP) or 2-2-2-2-2 (French) layouts; other
    // dotted groups are versions, IPv4 addresses or dates.
    if l.seps & SEP_DOT != 0 && !(groups == [3, 3, 4] || groups.iter().all(|&g| g == 2) || l.plus) {
        return None;
    }
    if l.plus || (d.len() >= 10 && d[0] == 0 && d[1] == 0 && groups[0] == 2 || groups[0] == 4 && d[0] == 0 && d[1] == 0) {
        // International: +CC or 00CC.
        let rest = if l.plus { d } else { &d[2..] };
        let cc = country_code_len(rest)?;
        let nsn = rest.len() - cc;
        let (lo, hi) = nsn_range(&rest[..cc]);
        if nsn < lo || nsn > hi {
            return None;
        }
        if rest[0] == 1 && !nanp_ok(&rest[1..]) {
            return None;
        }
        if l.plus && !compact && groups[0] as usize != cc && !(groups[0] as usize > cc && l.ngroups == 2) {
            // "+44 7962 752685": the first group is the country code.
            return None;
        }
        let base = if !l.plus {
            0.5
        } else if compact {
            0.55
        } else {
            0.7
        };
        return Some(Score::new(base, 0.95));
    }
    if l.trunk_marker {
        return None;
    }
    // NANP, with an optional leading 1.
    let nanp = match (d.len(), groups.first()) {
        (10, _) => Some(d),
        (11, Some(1)) if d[0] == 1 => Some(&d[1..]),
        (11, _) if compact && d[0] == 1 => Some(&d[1..]),
        _ => None,
    };
    if let Some(n10) = nanp {
        let g = if groups.first() == Some(&1) && d.len() == 11 { &groups[1..] } else { groups };
        let layout_ok = g == [3, 3, 4] || g == [10];
        if layout_ok && nanp_ok(n10) && l.seps & SEP_SLASH == 0 {
            return Some(if g.len() == 1 {
                Score::new(0.1, 0.8)
            } else if l.bracket.is_some() {
                Score::new(0.7, 0.95)
            } else {
                Score::new(0.6, 0.95)
            });
        }
        // Written as a US number (`1-806-040-1793`, `(806) 040-1793`) with a valid area code but
        // an exchange no operator assigns: test data, forms filled in by hand and typos are full of
        // them, and the layout says phone; a lower score, above the default threshold.
        if g == [3, 3, 4] && l.seps & SEP_SLASH == 0 && nanp_code_ok(&n10[..3]) {
            return Some(Score::new(0.45, 0.9));
        }
    }
    // National numbers with a trunk 0 (UK, IE, DE, FR, AU, NL, IT, ...).
    if d[0] == 0 && (9..=12).contains(&d.len()) {
        if compact {
            return Some(Score::new(0.1, 0.8));
        }
        let first = groups[0];
        let rest_ok = groups[1..].iter().all(|&g| (2..=8).contains(&g));
        // 3-2-4 is the SSN layout.
        if (2..=5).contains(&first) && rest_ok && groups != [3, 2, 4] {
            return Some(Score::new(0.5, 0.9));
        }
        return None;
    }
    if let Some(score) = national_without_trunk(d, groups, &l) {
        return Some(score);
    }
    // Anything else with a plausible length and grouping only with a context word (Spanish
    // "612 34 56 78", Brazilian "(11) 91234-5678", Indian "98765 43210").
    if (9..=12).contains(&d.len()) && !compact && groups.iter().all(|&g| g >= 2) && groups.len() <= 5 && groups != [3, 2, 4] {
        return Some(Score::new(0.0, 0.75));
    }
    // Danish and Norwegian numbers have eight digits and no trunk (`22 33 44 55`, `2233 4455`,
    // `412 34 567`): only with a context word (`Tlf:`), in their own groupings.
    if d.len() == 8 && d[0] != 0 && matches!(groups, [2, 2, 2, 2] | [4, 4] | [3, 2, 3]) {
        return Some(Score::new(0.0, 0.75));
    }
    None
}

/// National numbers dialled without a trunk `0`, in their usual layouts: Spain (nine digits from
/// 6-9, `612 34 56 78`, `930 844 389`), Portugal (mobiles `912 345 678`, Lisbon and Porto landlines
/// `21 360 8779`), Italian mobiles (`330 084 7777`, `347 1234567`) and Brazil (`(11) 91234-5678`,
/// `(21) 3181-2578`: a two-digit area code, a mobile's nine digits starting with 9).
fn national_without_trunk(d: &[u8], groups: &[u8], l: &Layout) -> Option<Score> {
    let dashed = l.seps & SEP_DASH != 0;
    match (d.len(), groups) {
        (9, [3, 3, 3] | [3, 2, 2, 2]) if (6..=9).contains(&d[0]) => Some(Score::new(0.5, 0.9)),
        (9, [2, 3, 4] | [2, 3, 2, 2]) if d[0] == 2 && !dashed => Some(Score::new(0.4, 0.9)),
        (10, [3, 3, 4] | [3, 7] | [3, 3, 2, 2]) if d[0] == 3 && !dashed => Some(Score::new(0.5, 0.9)),
        (10 | 11, [2, 4 | 5, 4]) if d[0] != 0 && d[1] != 0 && l.seps & (SEP_DOT | SEP_SLASH) == 0 => {
            let mobile = d.len() == 11;
            if mobile && d[2] != 9 || !mobile && !(2..=5).contains(&d[2]) {
                return None;
            }
            if l.bracket == Some(0) {
                Some(Score::new(0.6, 0.95))
            } else if dashed {
                Some(Score::new(0.4, 0.9))
            } else {
                None
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str) -> Option<Score> {
        phone(&Cand { text: s.as_bytes(), start: 0, end: s.len() })
    }

    #[test]
    fn valid_layouts_are_accepted() {
        for s in [
            "+1 415-555-0142",
            "+1 (951) 481-6885",
            "1 (586) 607-4858",
            "+1-514-487-9288",
            "660-786-3318",
            "(770) 229-0763",
            "580.918.1220",
            "+49 30 57108144",
            "+49 (0)89 00650295",
            "+44 (0)161 954 8923",
            "+61 2 9215 0803",
            "+353 1 793 2216",
            "+44 7962 752685",
            "+33 6 59 57 67 07",
            "087 575 0883",
            "07791 917062",
            "0171 8998329",
            "(03) 9742 7805",
            "0044 20 7946 0958",
            "+7 495 123-45-67",
            "+86 138 0013 8000",
            "+81 3-1234-5678",
            "03-1234-5678",
            "+49 (89) 636 48018",
            "(415)555-0142",
            // Pakistan: a Faisalabad landline (nine digits) and a mobile (ten).
            "+92 41 2582832",
            "+92 300 1234567",
        ] {
            assert!(check(s).is_some_and(|sc| sc.base >= 0.5), "{s}");
        }
        // Negative: too short for Pakistan.
        assert!(check("+92 41 258283").is_none_or(|sc| sc.base < 0.5));
    }

    #[test]
    fn national_layouts_of_europe_and_brazil() {
        for s in [
            "+55 11 91234-5678",
            "(11) 91234-5678",
            "(21) 3181-2578",
            "06 12 34 56 78",
            "030 12345678",
            "+34 612 34 56 78",
            "612 34 56 78",
            "930 844 389",
            "+39 06 1234 5678",
            "330 084 7777",
            "020-123 4567",
            "06-03437707",
            "+351 912 345 678",
            "912 345 678",
            "21 360 8779",
            "+31 (0)10 086 1530",
        ] {
            assert!(check(s).is_some_and(|sc| sc.base >= 0.4), "{s}");
        }
        // Not phone numbers: a Brazilian area code has no 0, a mobile's ninth digit is
        // 9, nine digits from 1-5 are no Spanish number, a CEP is five and three digits.
        for s in ["(10) 1234-5678", "(11) 81234-5678", "123 456 789", "512 345 678", "01310-200", "21-360-8779"] {
            assert!(check(s).is_none_or(|sc| sc.base < 0.4), "{s}");
        }
    }

    #[test]
    fn unassigned_exchanges_trunk_markers_after_00_and_thai_landlines() {
        for s in ["1-806-040-1793", "(806) 040-1793", "415-055-0142", "0049 (0)231 8135045", "+66 53 930 885", "+66 81 234 5678"] {
            assert!(check(s).is_some_and(|sc| sc.base >= 0.4), "{s}");
        }
        // Negative: a trunk marker needs an international prefix before it, and a Thai number
        // still has eight or nine digits.
        for s in ["049 (0)231 8135045", "+66 53 930 88", "+66 53 930 885 12"] {
            assert!(check(s).is_none_or(|sc| sc.base < 0.4), "{s}");
        }
    }

    #[test]
    fn look_alikes_are_refused_or_need_context() {
        for s in ["123-45-6789", "10.24.8.19", "2024-04-13", "12/08/2019", "020 70 2133", "+99 123", "1.2.3.4.5.6.7.8.9.0"] {
            assert!(check(s).is_none_or(|sc| sc.base < 0.4), "{s}");
        }
        // Compact numbers need a context word.
        assert!(check("8213612178").is_some_and(|sc| sc.base < 0.4));
        // So do Nordic eight-digit numbers; other eight-digit groupings and a leading 0 are none.
        assert!(check("22 33 44 55").is_some_and(|sc| sc.base < 0.4 && sc.boosted >= 0.7));
        assert!(check("2233 4455").is_some_and(|sc| sc.base < 0.4));
        assert!(check("02 33 44 55").is_none());
        assert!(check("2 233 44 55").is_none());
        // An invalid NANP area code, or an invalid exchange written without separators.
        assert!(check("123-456-7890").is_none_or(|sc| sc.base < 0.4));
        assert!(check("4150550142").is_none_or(|sc| sc.base < 0.4));
        assert!(check("415/055/0142").is_none_or(|sc| sc.base < 0.4));
    }
}
