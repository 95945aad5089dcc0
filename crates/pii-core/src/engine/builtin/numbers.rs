//! Payment cards and US social security / taxpayer numbers.

use std::borrow::Cow;

use super::{Cand, Pattern, Score};
use crate::engine::checksum::{digits_into, luhn};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    v.push(Pattern {
        kind: Kind::CreditCard,
        // Compact, 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4.
        regex: Cow::Borrowed(r"\d{13,19}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?|\d{4}[ \-]\d{6}[ \-]\d{4,5}"),
        check: card,
    });
    v.push(Pattern {
        kind: Kind::UsSsn,
        regex: Cow::Borrowed(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4}|\d{9}"),
        check: ssn,
    });
    v.push(Pattern { kind: Kind::UsItin, regex: Cow::Borrowed(r"9\d{2}-\d{2}-\d{4}|9\d{2} \d{2} \d{4}|9\d{8}"), check: itin });
}

/// The separator of a grouped number or code (`None` inside when there is none); `None` if the
/// separators differ.
pub(super) fn uniform_separator(s: &[u8]) -> Option<Option<u8>> {
    let mut sep = None;
    for &c in s {
        if !c.is_ascii_alphanumeric() {
            match sep {
                None => sep = Some(c),
                Some(x) if x == c => {}
                Some(_) => return None,
            }
        }
    }
    Some(sep)
}

/// Issuer prefix and length of the card networks in use.
fn issuer_ok(d: &[u8]) -> bool {
    let n = d.len();
    let p = |k: usize| d[..k].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    let visa = d[0] == 4 && matches!(n, 13 | 16 | 19);
    let mastercard = ((51..=55).contains(&p(2)) || (2221..=2720).contains(&p(4))) && n == 16;
    let amex = matches!(p(2), 34 | 37) && n == 15;
    let discover = (p(4) == 6011 || (644..=649).contains(&p(3)) || p(2) == 65) && (16..=19).contains(&n);
    let unionpay = p(2) == 62 && (16..=19).contains(&n);
    let jcb = (3528..=3589).contains(&p(4)) && (16..=19).contains(&n);
    let diners = ((300..=305).contains(&p(3)) || matches!(p(2), 36 | 38 | 39)) && (14..=19).contains(&n);
    let maestro = matches!(p(2), 50 | 56 | 57 | 58 | 63 | 67) && (12..=19).contains(&n);
    let mir = (2200..=2204).contains(&p(4)) && (16..=19).contains(&n);
    visa || mastercard || amex || discover || unionpay || jcb || diners || maestro || mir
}

fn card(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    uniform_separator(s)?;
    let mut buf = [0u8; 32];
    let d = digits_into(s, &mut buf)?;
    if !(13..=19).contains(&d.len()) || !luhn(d) || d.iter().all(|&x| x == d[0]) {
        return None;
    }
    if issuer_ok(d) { Some(Score::new(0.9, 1.0)) } else { Some(Score::new(0.0, 0.6)) }
}

/// Area, group and serial of a nine-digit SSN-shaped number.
fn ssn_parts(c: &Cand<'_>) -> Option<(u32, u32, u32, Option<u8>)> {
    let s = c.s();
    let sep = uniform_separator(s)?;
    let mut buf = [0u8; 32];
    let d = digits_into(s, &mut buf)?;
    if d.len() != 9 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    Some((num(0..3), num(3..5), num(5..9), sep))
}

fn ssn(c: &Cand<'_>) -> Option<Score> {
    let (area, group, serial, sep) = ssn_parts(c)?;
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return None;
    }
    // Numbers the SSA never issues or that were burned by publication.
    if matches!((area, group, serial), (78, 5, 1120) | (219, 9, 9999) | (457, 55, 5462)) {
        return None;
    }
    Some(match sep {
        Some(b'-') => Score::new(0.6, 0.95),
        Some(_) => Score::new(0.4, 0.9),
        None => Score::new(0.1, 0.85),
    })
}

fn itin(c: &Cand<'_>) -> Option<Score> {
    let (area, group, _serial, sep) = ssn_parts(c)?;
    if area < 900 || !matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99) {
        return None;
    }
    Some(match sep {
        Some(b'-') => Score::new(0.5, 0.95),
        Some(_) => Score::new(0.3, 0.9),
        None => Score::new(0.05, 0.85),
    })
}
