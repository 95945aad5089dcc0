//! Check-digit algorithms of the identifiers the engine recognizes. Pure functions over ASCII bytes;
//! none allocates (except the SHA-256 inside Base58Check, which works on a fixed stack buffer).

use sha2::{Digest, Sha256};

/// Copies the ASCII digits of `s` into `buf`; `None` if there are more than `buf` holds.
pub(crate) fn digits_into<'b>(s: &[u8], buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let mut n = 0;
    for &c in s {
        if c.is_ascii_digit() {
            if n == buf.len() {
                return None;
            }
            buf[n] = c - b'0';
            n += 1;
        }
    }
    Some(&buf[..n])
}

/// Luhn (mod 10) over digit values (0..=9), the last one being the check digit.
pub(crate) fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &v) in d.iter().rev().enumerate() {
        let v = u32::from(v);
        sum += if i % 2 == 1 {
            let x = v * 2;
            if x > 9 { x - 9 } else { x }
        } else {
            v
        };
    }
    !d.is_empty() && sum.is_multiple_of(10)
}

/// UK NHS number: weights 10..=2 over the first nine digits, check = 11 - (sum mod 11), 11 -> 0, 10 invalid.
pub(crate) fn nhs(d: &[u8]) -> bool {
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9].iter().enumerate().map(|(i, &v)| u32::from(v) * (10 - i as u32)).sum();
    let check = 11 - sum % 11;
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == u32::from(d[9])
}

/// DEA registration number `AB1234563` (the second letter is the registrant's initial, or 9 for a
/// business): (d1 + d3 + d5) + 2 * (d2 + d4 + d6), last digit = d7.
pub(crate) fn dea(s: &[u8]) -> bool {
    if s.len() != 9
        || !s[0].is_ascii_alphabetic()
        || !(s[1].is_ascii_alphabetic() || s[1] == b'9')
        || !s[2..].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let v = |i: usize| u32::from(s[i] - b'0');
    let sum = v(2) + v(4) + v(6) + 2 * (v(3) + v(5) + v(7));
    sum % 10 == v(8)
}

/// ABA routing number: 3, 7, 1 weights, sum divisible by 10, valid Federal Reserve prefix.
pub(crate) fn aba(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let prefix = d[0] * 10 + d[1];
    if !matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80) {
        return false;
    }
    let w = [3u32, 7, 1];
    let sum: u32 = d.iter().enumerate().map(|(i, &v)| u32::from(v) * w[i % 3]).sum();
    sum.is_multiple_of(10) && d.iter().any(|&v| v != 0)
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// Verhoeff check (Indian Aadhaar), the last digit being the check digit.
pub(crate) fn verhoeff(d: &[u8]) -> bool {
    let mut c = 0u8;
    for (i, &v) in d.iter().rev().enumerate() {
        c = VERHOEFF_D[c as usize][VERHOEFF_P[i % 8][v as usize] as usize];
    }
    c == 0
}

/// ISO 13616 IBAN: country length, BBAN characters, mod 97 == 1. `s` is the compact upper-case form.
pub(crate) fn iban(s: &[u8]) -> bool {
    if s.len() < 15 || s.len() > 34 || !s[..2].iter().all(u8::is_ascii_uppercase) || !s[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    match iban_length(&s[..2]) {
        Some(len) if len == s.len() => {}
        _ => return false,
    }
    if !s[4..].iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
        return false;
    }
    let mut rem = 0u32;
    for &c in s[4..].iter().chain(&s[..4]) {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            rem = (rem * 100 + u32::from(c - b'A' + 10)) % 97;
        }
    }
    rem == 1
}

/// IBAN length per country (SWIFT IBAN registry).
pub(crate) fn iban_length(cc: &[u8]) -> Option<usize> {
    Some(match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BI" => 27,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DJ" => 27,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FK" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HN" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"LY" => 25,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MN" => 20,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NI" => 28,
        b"NL" => 18,
        b"NO" => 15,
        b"OM" => 23,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"RU" => 33,
        b"SA" => 24,
        b"SC" => 31,
        b"SD" => 18,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"SO" => 23,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        b"YE" => 30,
        _ => return None,
    })
}

const B58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

fn b58_value(c: u8) -> Option<u8> {
    B58.iter().position(|&x| x == c).map(|p| p as u8)
}

/// Bitcoin Base58Check address (`1…` P2PKH, `3…` P2SH): decodes to 25 bytes, version 0x00 or 0x05,
/// and the last four bytes are the double SHA-256 of the first 21.
pub(crate) fn base58check_btc(s: &[u8]) -> bool {
    if !(25..=35).contains(&s.len()) {
        return false;
    }
    let mut out = [0u8; 25];
    for &c in s {
        let Some(mut carry) = b58_value(c).map(u32::from) else { return false };
        for byte in out.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    // Leading '1's encode leading zero bytes: a version-0x00 payload has exactly one.
    let ones = s.iter().take_while(|&&c| c == b'1').count();
    let zeros = out.iter().take_while(|&&b| b == 0).count();
    if ones != zeros.min(25) {
        return false;
    }
    match (s[0], out[0]) {
        (b'1', 0x00) | (b'3', 0x05) => {}
        _ => return false,
    }
    let h1 = Sha256::digest(&out[..21]);
    let h2 = Sha256::digest(h1);
    h2[..4] == out[21..]
}

const BECH32_CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn bech32_polymod(values: impl Iterator<Item = u8>) -> u32 {
    const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
    let mut chk: u32 = 1;
    for v in values {
        let b = chk >> 25;
        chk = ((chk & 0x1ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (b >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

/// Bitcoin segwit address (`bc1…`, or `tb1…` on testnet), bech32 for witness v0 and bech32m for v1+,
/// lower case (or all upper case), with a valid checksum and program length.
pub(crate) fn bech32_btc(s: &[u8]) -> bool {
    if !(14..=90).contains(&s.len()) {
        return false;
    }
    let lower = s.iter().all(|c| !c.is_ascii_uppercase());
    let upper = s.iter().all(|c| !c.is_ascii_lowercase());
    if !lower && !upper {
        return false;
    }
    let Some(sep) = s.iter().rposition(|&c| c == b'1') else { return false };
    let hrp = &s[..sep];
    if !(hrp.eq_ignore_ascii_case(b"bc") || hrp.eq_ignore_ascii_case(b"tb")) {
        return false;
    }
    let data = &s[sep + 1..];
    if data.len() < 7 {
        return false;
    }
    let mut vals = [0u8; 90];
    for (i, &c) in data.iter().enumerate() {
        let c = c.to_ascii_lowercase();
        match BECH32_CHARSET.iter().position(|&x| x == c) {
            Some(p) => vals[i] = p as u8,
            None => return false,
        }
    }
    let vals = &vals[..data.len()];
    let hrp_expand =
        hrp.iter().map(|c| c.to_ascii_lowercase() >> 5).chain(std::iter::once(0)).chain(hrp.iter().map(|c| c.to_ascii_lowercase() & 31));
    let pm = bech32_polymod(hrp_expand.chain(vals.iter().copied()));
    let version = vals[0];
    let expected = if version == 0 { 1 } else { 0x2bc8_30a3 };
    if pm != expected || version > 16 {
        return false;
    }
    // Program: data minus version and the six checksum symbols, 5-bit groups -> bytes.
    let prog_bits = (vals.len() - 7) * 5;
    let prog_len = prog_bits / 8;
    if !(2..=40).contains(&prog_len) {
        return false;
    }
    version != 0 || prog_len == 20 || prog_len == 32
}

/// Ethereum address: `0x` and 40 hex digits (the EIP-55 mixed-case checksum needs Keccak, which is not
/// checked; all-lower and all-upper forms carry no checksum anyway).
pub(crate) fn eth_address(s: &[u8]) -> bool {
    s.len() == 42 && (s.starts_with(b"0x") || s.starts_with(b"0X")) && s[2..].iter().all(u8::is_ascii_hexdigit)
}

/// Spanish DNI/NIF (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23].
pub(crate) fn es_nif_letter(number: u32, letter: u8) -> bool {
    const T: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    T[(number % 23) as usize] == letter.to_ascii_uppercase()
}

/// Italian codice fiscale: 16 characters, check letter from odd/even tables.
pub(crate) fn it_fiscal_code(s: &[u8]) -> bool {
    const ODD: [u32; 26] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    if s.len() != 16 {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in s[..15].iter().enumerate() {
        let c = c.to_ascii_uppercase();
        let idx = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else if c.is_ascii_uppercase() {
            u32::from(c - b'A')
        } else {
            return false;
        };
        // i is 0-based: position 1 (odd) is index 0.
        sum += if i % 2 == 0 { ODD[idx as usize] } else { idx };
    }
    u32::from(s[15].to_ascii_uppercase()) == u32::from(b'A') + sum % 26
}

/// Polish PESEL: weights 1,3,7,9 repeated, check = (10 - sum mod 10) mod 10; month encodes the century.
pub(crate) fn pl_pesel(d: &[u8]) -> bool {
    if d.len() != 11 {
        return false;
    }
    const W: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d[..10].iter().zip(W).map(|(&v, w)| u32::from(v) * w).sum();
    let month = (d[2] % 2) * 10 + d[3];
    let day = d[4] * 10 + d[5];
    (10 - sum % 10) % 10 == u32::from(d[10]) && (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Finnish HETU `DDMMYYCZZZQ`: check char = table[(DDMMYYZZZ) mod 31], and `DDMMYY` with the
/// century sign `C` a real date of birth (DVV, "Personal identity code": `+` 1800s; `-`, `U`–`Y`
/// 1900s; `A`–`F` 2000s), so that 31 February or 29 February 1900 never passes.
pub(crate) fn fi_hetu(s: &[u8]) -> bool {
    const T: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    if s.len() != 11 || !b"+-AaBCDEFYXWVU".contains(&s[6]) {
        return false;
    }
    if !s[..6].iter().chain(&s[7..10]).all(u8::is_ascii_digit) {
        return false;
    }
    let mut n = 0u64;
    for &c in s[..6].iter().chain(&s[7..10]) {
        n = n * 10 + u64::from(c - b'0');
    }
    let day = (s[0] - b'0') * 10 + (s[1] - b'0');
    let month = (s[2] - b'0') * 10 + (s[3] - b'0');
    let century = match s[6] {
        b'+' => 1800,
        b'-' | b'U'..=b'Y' => 1900,
        _ => 2000,
    };
    let year = century + i32::from((s[4] - b'0') * 10 + (s[5] - b'0'));
    let born = time::Month::try_from(month).is_ok_and(|m| time::Date::from_calendar_date(year, m, day).is_ok());
    born && T[(n % 31) as usize] == s[10].to_ascii_uppercase()
}

/// Dutch BSN: 11-test with weights 9..2 and -1.
pub(crate) fn nl_bsn(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let mut sum: i32 = 0;
    for (i, &v) in d[..8].iter().enumerate() {
        sum += i32::from(v) * (9 - i as i32);
    }
    sum -= i32::from(d[8]);
    sum % 11 == 0 && sum != 0
}

/// French NIR (15 digits with key; Corsica 2A/2B are mapped by the caller to 19/18): key = 97 - (n mod 97).
pub(crate) fn fr_nir(number13: u64, key: u32) -> bool {
    (97 - (number13 % 97) as u32) == key
}

/// German Steuer-ID: 11 digits, first non-zero, ISO 7064 MOD 11,10 check, and exactly one digit of the
/// first ten repeated two or three times.
pub(crate) fn de_tax_id(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    for &v in &d[..10] {
        counts[v as usize] += 1;
    }
    // Since 2016 exactly one digit repeats (two or three times); older numbers may have none.
    let repeated = counts.iter().filter(|&&c| c >= 2).count();
    if repeated > 1 || counts.iter().any(|&c| c > 3) {
        return false;
    }
    let mut product = 10u32;
    for &v in &d[..10] {
        let mut sum = (u32::from(v) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(d[10])
}

/// Singapore NRIC/FIN `S1234567D`.
pub(crate) fn sg_nric(s: &[u8]) -> bool {
    if s.len() != 9 || !s[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    const W: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let prefix = s[0].to_ascii_uppercase();
    let mut sum: u32 = s[1..8].iter().zip(W).map(|(&c, w)| u32::from(c - b'0') * w).sum();
    let table: &[u8; 11] = match prefix {
        b'S' | b'T' => b"JZIHGFEDCBA",
        b'F' | b'G' => b"XWUTRQPNMLK",
        b'M' => b"KLJNPQRTUWX",
        _ => return false,
    };
    if matches!(prefix, b'T' | b'G') {
        sum += 4;
    }
    if prefix == b'M' {
        sum += 3;
        return table[(10 - sum % 11) as usize] == s[8].to_ascii_uppercase();
    }
    table[(sum % 11) as usize] == s[8].to_ascii_uppercase()
}

/// Australian Business Number: subtract 1 from the first digit, weights, mod 89.
pub(crate) fn au_abn(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    const W: [u32; 11] = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    let sum: u32 = d.iter().enumerate().map(|(i, &v)| (u32::from(v) - u32::from(i == 0)) * W[i]).sum();
    sum.is_multiple_of(89)
}

/// Australian Company Number: weights 8..1, check = (10 - sum mod 10) mod 10.
pub(crate) fn au_acn(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let sum: u32 = d[..8].iter().enumerate().map(|(i, &v)| u32::from(v) * (8 - i as u32)).sum();
    (10 - sum % 10) % 10 == u32::from(d[8])
}

/// Australian Tax File Number (9 digits): weighted sum mod 11 == 0.
pub(crate) fn au_tfn(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    const W: [u32; 9] = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    let sum: u32 = d.iter().zip(W).map(|(&v, w)| u32::from(v) * w).sum();
    sum.is_multiple_of(11) && sum != 0
}

/// Australian Medicare card number (10 or 11 digits): first digit 2-6, weighted check on digit 9.
pub(crate) fn au_medicare(d: &[u8]) -> bool {
    if !(d.len() == 10 || d.len() == 11) || !(2..=6).contains(&d[0]) {
        return false;
    }
    const W: [u32; 8] = [1, 3, 7, 9, 1, 3, 7, 9];
    let sum: u32 = d[..8].iter().zip(W).map(|(&v, w)| u32::from(v) * w).sum();
    sum % 10 == u32::from(d[8])
}

/// Brazilian CPF: two mod-11 check digits; all-equal digits are invalid.
pub(crate) fn br_cpf(d: &[u8]) -> bool {
    if d.len() != 11 || d.iter().all(|&v| v == d[0]) {
        return false;
    }
    let check = |n: usize| {
        let sum: u32 = d[..n].iter().enumerate().map(|(i, &v)| u32::from(v) * (n as u32 + 1 - i as u32)).sum();
        let r = (sum * 10) % 11;
        if r == 10 { 0 } else { r }
    };
    check(9) == u32::from(d[9]) && check(10) == u32::from(d[10])
}

/// Brazilian CNPJ: two mod-11 check digits with weights 5..2,9..2 and 6..2,9..2.
pub(crate) fn br_cnpj(d: &[u8]) -> bool {
    if d.len() != 14 || d.iter().all(|&v| v == d[0]) {
        return false;
    }
    const W1: [u32; 12] = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const W2: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    let calc = |w: &[u32]| {
        let sum: u32 = d.iter().zip(w).map(|(&v, &w)| u32::from(v) * w).sum();
        let r = sum % 11;
        if r < 2 { 0 } else { 11 - r }
    };
    calc(&W1) == u32::from(d[12]) && calc(&W2) == u32::from(d[13])
}

/// Korean resident registration number (13 digits): weights 2..9,2..5, check = (11 - sum mod 11) mod 10.
pub(crate) fn kr_rrn(d: &[u8]) -> bool {
    if d.len() != 13 {
        return false;
    }
    const W: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    let sum: u32 = d[..12].iter().zip(W).map(|(&v, w)| u32::from(v) * w).sum();
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    (11 - sum % 11) % 10 == u32::from(d[12]) && (1..=12).contains(&month) && (1..=31).contains(&day) && (1..=8).contains(&d[6])
}

/// Swedish personnummer: Luhn over the ten digits YYMMDDNNNC, with a plausible date.
pub(crate) fn se_personnummer(d10: &[u8]) -> bool {
    if d10.len() != 10 {
        return false;
    }
    let month = d10[2] * 10 + d10[3];
    let day = d10[4] * 10 + d10[5];
    // Samordningsnummer add 60 to the day.
    let day_ok = (1..=31).contains(&day) || (61..=91).contains(&day);
    (1..=12).contains(&month) && day_ok && luhn(d10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Vec<u8> {
        s.bytes().filter(u8::is_ascii_digit).map(|c| c - b'0').collect()
    }

    #[test]
    fn luhn_accepts_test_cards_and_rejects_a_changed_digit() {
        assert!(luhn(&d("4111 1111 1111 1111")));
        assert!(luhn(&d("378282246310005")));
        assert!(!luhn(&d("4111 1111 1111 1112")));
        assert!(!luhn(&d("6711-5319-7613-2798")));
    }

    #[test]
    fn nhs_mod11() {
        assert!(nhs(&d("943 476 5919")));
        assert!(!nhs(&d("943 476 5918")));
    }

    #[test]
    fn dea_check_digit() {
        assert!(dea(b"AC0414273"));
        assert!(dea(b"BH0469139"));
        assert!(!dea(b"AC0414274"));
        assert!(!dea(b"A10414273"));
    }

    #[test]
    fn aba_routing() {
        assert!(aba(&d("011000015")));
        assert!(aba(&d("021000021")));
        assert!(!aba(&d("021000022")));
        assert!(!aba(&d("991000021")));
    }

    #[test]
    fn verhoeff_aadhaar() {
        assert!(verhoeff(&d("123451")));
        assert!(!verhoeff(&d("123452")));
        assert!(verhoeff(&d("236")));
        assert!(!verhoeff(&d("237")));
    }

    #[test]
    fn iban_mod97_and_length() {
        assert!(iban(b"GB82WEST12345698765432"));
        assert!(iban(b"DE89370400440532013000"));
        assert!(!iban(b"GB82WEST12345698765433"));
        assert!(!iban(b"DE8937040044053201300"));
        assert!(!iban(b"XX82WEST12345698765432"));
    }

    #[test]
    fn bitcoin_addresses() {
        assert!(base58check_btc(b"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
        assert!(base58check_btc(b"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
        assert!(!base58check_btc(b"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"));
        assert!(bech32_btc(b"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
        assert!(bech32_btc(b"bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"));
        assert!(!bech32_btc(b"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr"));
        assert!(!bech32_btc(b"bc1qAr0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
        assert!(eth_address(b"0x52908400098527886E0F7030069857D2E4169EE7"));
        assert!(!eth_address(b"0x52908400098527886E0F7030069857D2E4169EE"));
    }

    #[test]
    fn national_ids() {
        assert!(es_nif_letter(12345678, b'Z'));
        assert!(!es_nif_letter(12345678, b'A'));
        assert!(it_fiscal_code(b"RSSMRA85T10A562S"));
        assert!(!it_fiscal_code(b"RSSMRA85T10A562T"));
        assert!(pl_pesel(&d("44051401359")));
        assert!(!pl_pesel(&d("44051401358")));
        assert!(fi_hetu(b"131052-308T"));
        assert!(!fi_hetu(b"131052-308U"));
        // The date of birth must exist in the century the sign gives (the check char ignores it).
        assert!(fi_hetu(b"290200A1239"));
        assert!(!fi_hetu(b"290200-1239"));
        assert!(!fi_hetu(b"310289-211C"));
        assert!(!fi_hetu(b"311190-111N"));
        assert!(fi_hetu(b"300490-123S"));
        assert!(nl_bsn(&d("111222333")));
        assert!(!nl_bsn(&d("111222334")));
        assert!(de_tax_id(&d("86095742719")));
        assert!(!de_tax_id(&d("86095742718")));
        assert!(sg_nric(b"S1234567D"));
        assert!(!sg_nric(b"S1234567E"));
        assert!(au_abn(&d("51 824 753 556")));
        assert!(!au_abn(&d("51 824 753 557")));
        assert!(au_acn(&d("004 085 616")));
        assert!(!au_acn(&d("004 085 617")));
        assert!(au_tfn(&d("123 456 782")));
        assert!(!au_tfn(&d("123 456 783")));
        assert!(au_medicare(&d("2123 45670 1")));
        assert!(!au_medicare(&d("2123 45680 1")));
        assert!(br_cpf(&d("111.444.777-35")));
        assert!(!br_cpf(&d("111.444.777-36")));
        assert!(br_cnpj(&d("11.222.333/0001-81")));
        assert!(!br_cnpj(&d("11.222.333/0001-82")));
        assert!(se_personnummer(&d("811218-9876")));
        assert!(!se_personnummer(&d("811218-9875")));
        assert!(fr_nir(2_550_899_999_999, 97 - (2_550_899_999_999u64 % 97) as u32));
        assert!(!fr_nir(2_550_899_999_999, 96 - (2_550_899_999_999u64 % 97) as u32));
        assert!(kr_rrn(&d("800101-1234560")));
        assert!(!kr_rrn(&d("800101-1234561")));
    }
}
