//! Check digits of the national identifiers added for parity with Presidio's entity list (German
//! health and tax numbers, ICAO document numbers, Korean, Thai, Turkish, Singaporean, Indian and
//! South African identifiers, US provider numbers). Kept apart from [`super::checksum`] so that
//! neither file grows past the size limit. Pure functions over digit values (0..=9, as produced by
//! [`super::checksum::digits_into`]) or ASCII bytes; none allocates.

use super::checksum::{luhn, verhoeff};

/// The value of an alphanumeric character in ICAO 9303 and similar schemes: digits as themselves,
/// letters A=10 .. Z=35 (either case).
fn alnum_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        _ => None,
    }
}

/// ICAO Doc 9303 check digit: weights 7, 3, 1 repeating over every character but the last, which
/// is the check digit (German passports and identity cards).
pub(crate) fn icao_9303(s: &[u8]) -> bool {
    let Some((&last, body)) = s.split_last() else { return false };
    if !last.is_ascii_digit() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in body.iter().enumerate() {
        let Some(v) = alnum_value(c) else { return false };
        sum += v * [7, 3, 1][i % 3];
    }
    sum % 10 == u32::from(last - b'0')
}

/// German statutory health insurance number (KVNR, `A123456780`): the letter as two digits (A=01 ..
/// Z=26) and the first eight digits, weights 1, 2 alternating, products reduced to their digit sum,
/// sum mod 10 is the last digit.
pub(crate) fn de_kvnr(s: &[u8]) -> bool {
    if s.len() != 10 || !s[0].is_ascii_alphabetic() || !s[1..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let letter = u32::from(s[0].to_ascii_uppercase() - b'A') + 1;
    let mut eff = [0u32; 10];
    eff[0] = letter / 10;
    eff[1] = letter % 10;
    for (d, &c) in eff[2..].iter_mut().zip(&s[1..9]) {
        *d = u32::from(c - b'0');
    }
    let sum: u32 = eff.iter().enumerate().map(|(i, &v)| cross_sum(v * if i % 2 == 0 { 1 } else { 2 })).sum();
    sum % 10 == u32::from(s[9] - b'0')
}

fn cross_sum(v: u32) -> u32 {
    v / 10 + v % 10
}

/// German pension insurance number (`15070649C103`): area (2), birth date DDMMYY (day + 50 for a
/// second number), surname initial, serial (2), check digit. The letter counts as two digits;
/// weights 2 1 2 5 7 1 2 1 2 1 2 1, products reduced to their digit sum, sum mod 10.
pub(crate) fn de_rvnr(s: &[u8]) -> bool {
    if s.len() != 12 || !s[..8].iter().all(u8::is_ascii_digit) || !s[8].is_ascii_alphabetic() || !s[9..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = |i: usize| u32::from(s[i] - b'0');
    let day = n(2) * 10 + n(3);
    let month = n(4) * 10 + n(5);
    if !((1..=31).contains(&day) || (51..=81).contains(&day)) || !(1..=12).contains(&month) {
        return false;
    }
    let letter = u32::from(s[8].to_ascii_uppercase() - b'A') + 1;
    let eff = [n(0), n(1), n(2), n(3), n(4), n(5), n(6), n(7), letter / 10, letter % 10, n(9), n(10)];
    const W: [u32; 12] = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    let sum: u32 = eff.iter().zip(W).map(|(&v, w)| cross_sum(v * w)).sum();
    sum % 10 == n(11)
}

/// German lifelong physician number (LANR, nine digits): weights 4, 9 alternating over the first
/// six digits; the seventh is (10 - sum mod 10) mod 10; the last two are the specialty.
pub(crate) fn de_lanr(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let sum: u32 = d[..6].iter().enumerate().map(|(i, &v)| u32::from(v) * if i % 2 == 0 { 4 } else { 9 }).sum();
    (10 - sum % 10) % 10 == u32::from(d[6])
}

/// German VAT id (`DE` and nine digits): ISO 7064 MOD 11,10 over the first eight digits.
pub(crate) fn de_vat(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let mut product = 10u32;
    for &v in &d[..8] {
        let mut sum = (u32::from(v) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(d[8])
}

/// Italian VAT number (partita IVA, eleven digits): Luhn over the eleven digits, not all zero.
pub(crate) fn it_vat(d: &[u8]) -> bool {
    d.len() == 11 && d.iter().any(|&v| v != 0) && luhn(d)
}

/// Korean business registration number (ten digits): weights 1 3 7 1 3 7 1 3 5, the ninth product's
/// tens added once more; check = (10 - sum mod 10) mod 10.
pub(crate) fn kr_brn(d: &[u8]) -> bool {
    if d.len() != 10 {
        return false;
    }
    const W: [u32; 9] = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let mut sum: u32 = d[..8].iter().zip(W).map(|(&v, w)| u32::from(v) * w).sum();
    let last = u32::from(d[8]) * W[8];
    sum += last / 10 + last;
    (10 - sum % 10) % 10 == u32::from(d[9])
}

/// Korean foreigner registration number (13 digits): the RRN weights, check = (13 - sum mod 11) mod 10.
pub(crate) fn kr_frn(d: &[u8]) -> bool {
    if d.len() != 13 {
        return false;
    }
    const W: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum: u32 = d[..12].iter().zip(W).map(|(&v, w)| u32::from(v) * w).sum();
    (13 - sum % 11) % 10 == u32::from(d[12])
}

/// Korean driver license (12 digits): the first two are the issuing region.
pub(crate) fn kr_license_region(d: &[u8]) -> bool {
    d.len() == 12 && matches!(d[0] * 10 + d[1], 11..=26 | 28)
}

/// Nigerian National Identification Number: eleven digits, Verhoeff.
pub(crate) fn ng_nin(d: &[u8]) -> bool {
    d.len() == 11 && verhoeff(d)
}

/// Philippine TIN (9 or 12 digits): weights 9..2 over the first eight, sum mod 11 is the ninth.
pub(crate) fn ph_tin(d: &[u8]) -> bool {
    if d.len() != 9 && d.len() != 12 {
        return false;
    }
    let sum: u32 = d[..8].iter().enumerate().map(|(i, &v)| u32::from(v) * (9 - i as u32)).sum();
    sum % 11 == u32::from(d[8])
}

/// Swedish organisationsnummer (ten digits): the third digit is at least 2 (so that it is no
/// birth month), Luhn.
pub(crate) fn se_orgnr(d: &[u8]) -> bool {
    d.len() == 10 && d[2] >= 2 && luhn(d)
}

/// Singapore UEN: business (8 digits + letter), local company (year, 5 digits, letter) or other
/// entity (T/S/R, year, entity type, 4 digits, letter).
pub(crate) fn sg_uen(s: &[u8]) -> bool {
    let up = |c: u8| c.to_ascii_uppercase();
    let Some(&check) = s.last() else { return false };
    let check = up(check);
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    let weighted = |body: &[u8], w: &[u32]| -> u32 { body.iter().zip(w).map(|(&c, &w)| u32::from(c - b'0') * w).sum() };
    match s.len() {
        9 if digits(&s[..8]) => b"XMKECAWLJDB"[(weighted(&s[..8], &[10, 4, 9, 3, 8, 2, 7, 1]) % 11) as usize] == check,
        10 if digits(&s[..9]) => {
            let year = s[..4].iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
            (1800..=2099).contains(&year) && b"ZKCMDNERGWH"[(weighted(&s[..9], &[10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11) as usize] == check
        }
        10 => {
            const ALPHA: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWX0123456789";
            const TYPES: &[&[u8; 2]] = &[
                b"LP", b"LL", b"FC", b"PF", b"RF", b"MQ", b"MM", b"NB", b"CC", b"CS", b"MB", b"FM", b"GS", b"DP", b"CP", b"NR", b"CM",
                b"CD", b"MD", b"HS", b"VH", b"CH", b"MH", b"CL", b"XL", b"CX", b"HC", b"RP", b"TU", b"TC", b"FB", b"FN", b"PA", b"PB",
                b"SS", b"MC", b"SM", b"GA", b"GB",
            ];
            if !matches!(up(s[0]), b'T' | b'S' | b'R') || !TYPES.iter().any(|t| t[0] == up(s[3]) && t[1] == up(s[4])) {
                return false;
            }
            const W: [u32; 9] = [4, 3, 5, 3, 10, 2, 2, 5, 7];
            let mut sum = 0i64;
            for (&c, w) in s[..9].iter().zip(W) {
                let Some(p) = ALPHA.iter().position(|&a| a == up(c)) else { return false };
                sum += p as i64 * i64::from(w);
            }
            ALPHA[(sum - 5).rem_euclid(11) as usize] == check
        }
        _ => false,
    }
}

/// Thai national identification number (13 digits): weights 13..2, check = (11 - sum mod 11) mod 10.
pub(crate) fn th_tnin(d: &[u8]) -> bool {
    if d.len() != 13 {
        return false;
    }
    let sum: u32 = d[..12].iter().enumerate().map(|(i, &v)| u32::from(v) * (13 - i as u32)).sum();
    (11 - sum % 11) % 10 == u32::from(d[12])
}

/// Turkish identity number (TCKN, eleven digits, not starting with 0): the tenth digit is
/// (7 x odd-position sum - even-position sum) mod 10, the eleventh the sum of the first ten mod 10.
pub(crate) fn tr_tckn(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let odd: i32 = [0, 2, 4, 6, 8].iter().map(|&i| i32::from(d[i])).sum();
    let even: i32 = [1, 3, 5, 7].iter().map(|&i| i32::from(d[i])).sum();
    let tenth = (odd * 7 - even).rem_euclid(10);
    let eleventh = d[..10].iter().map(|&v| i32::from(v)).sum::<i32>() % 10;
    tenth == i32::from(d[9]) && eleventh == i32::from(d[10])
}

/// US National Provider Identifier (ten digits): Luhn over the number prefixed with 80840.
pub(crate) fn us_npi(d: &[u8]) -> bool {
    if d.len() != 10 {
        return false;
    }
    let mut buf = [8u8, 0, 8, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    buf[5..].copy_from_slice(d);
    luhn(&buf)
}

/// South African identity number (13 digits): a real birth date YYMMDD, citizenship 0-2, then 8
/// or 9, Luhn.
pub(crate) fn za_id(d: &[u8]) -> bool {
    if d.len() != 13 || d[10] > 2 || !matches!(d[11], 8 | 9) {
        return false;
    }
    let yy = u32::from(d[0] * 10 + d[1]);
    let month = u32::from(d[2] * 10 + d[3]);
    let day = u32::from(d[4] * 10 + d[5]);
    // The century is not in the number: 29 February needs a leap year in either century.
    let leap = yy % 4 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day) && luhn(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::checksum::digits_into;

    fn d(s: &str) -> Vec<u8> {
        let mut buf = [0u8; 32];
        digits_into(s.as_bytes(), &mut buf).unwrap_or_default().to_vec()
    }

    #[test]
    fn german_numbers() {
        assert!(icao_9303(b"L01X00T44") && icao_9303(b"C01234565") && icao_9303(b"l01x00t44"));
        assert!(!icao_9303(b"L01X00T47") && !icao_9303(b"C01234567"));
        assert!(de_kvnr(b"A000500015") && de_kvnr(b"Z999999997") && de_kvnr(b"a123456780"));
        assert!(!de_kvnr(b"A123456787") && !de_kvnr(b"1123456780"));
        assert!(de_rvnr(b"15070649C103") && de_rvnr(b"65070803A019") && de_rvnr(b"38551285K051"));
        assert!(!de_rvnr(b"15070649C100") && !de_rvnr(b"15070049C103") && !de_rvnr(b"15071349C103"));
        assert!(de_lanr(&d("123456601")) && de_lanr(&d("555555501")));
        assert!(!de_lanr(&d("123456901")) && !de_lanr(&d("100000401")));
        assert!(de_vat(&d("136695976")) && de_vat(&d("111111117")));
        assert!(!de_vat(&d("123456789")) && !de_vat(&d("12345678")));
    }

    #[test]
    fn other_numbers() {
        assert!(it_vat(&d("01333550323")) && !it_vat(&d("00000000000")) && !it_vat(&d("00000000001")));
        assert!(kr_brn(&d("1048656659")) && kr_brn(&d("1048213138")) && !kr_brn(&d("1048656658")));
        assert!(kr_frn(&d("9111245678906")) && !kr_frn(&d("9111245678907")));
        assert!(kr_license_region(&d("112212345612")) && !kr_license_region(&d("992212345612")));
        assert!(ph_tin(&d("000123456")) && ph_tin(&d("000123456000")) && !ph_tin(&d("000123457000")));
        assert!(se_orgnr(&d("2120000142")) && se_orgnr(&d("5567037485")) && !se_orgnr(&d("5567037486")));
        assert!(sg_uen(b"53125226D") && sg_uen(b"201434292D") && sg_uen(b"T16RF0037C") && sg_uen(b"S57TU0392K"));
        assert!(!sg_uen(b"53125226E") && !sg_uen(b"T16ZZ0037C"));
        assert!(th_tnin(&d("1234567890121")) && th_tnin(&d("1220000000007")) && !th_tnin(&d("1234567890123")));
        assert!(tr_tckn(&d("10000000146")) && tr_tckn(&d("76543210794")));
        assert!(!tr_tckn(&d("10000000145")) && !tr_tckn(&d("02531814694")) && !tr_tckn(&d("12345678900")));
        assert!(us_npi(&d("1234567893")) && us_npi(&d("1245319599")) && !us_npi(&d("1234567890")));
        assert!(za_id(&d("8001015009087")) && za_id(&d("0002294321191")) && za_id(&d("9912316789285")));
        assert!(!za_id(&d("8001015009086")) && !za_id(&d("9913326789285")) && !za_id(&d("9902294321191")));
        assert_eq!((0..10).filter(|&c| ng_nin(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 0, c])).count(), 1);
        assert!(!ng_nin(&d("1234567890")));
    }
}
