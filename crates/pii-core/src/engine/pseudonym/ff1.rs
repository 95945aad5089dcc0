//! FF1 format-preserving encryption (NIST SP 800-38G) and the `fpe` operator built on it.
//!
//! Why FF1 and why here: `fpe` must turn a card number into another card number, an IBAN into an
//! IBAN, reversibly, with the tenant's key; FF1 is the NIST-approved Feistel construction for that,
//! and it needs only AES, which the core already links. Numbers are held in `u128`, which bounds the
//! half-length a value may have (see [`Ff1::max_len`]); longer values are not encrypted.
//!
//! The operator encrypts the value's digits (radix 10) or alphanumerics (radix 36, or 62 when both
//! cases occur) with the entity type as tweak, keeps every other character where it was, and for
//! types with a check digit (Luhn for CREDIT_CARD, ISO 13616 mod 97 for IBAN_CODE) encrypts the
//! payload only and recomputes the check so the result validates. Cycle-walking keeps the class of
//! the alphabet (a value with letters never encrypts to digits only), so decryption can tell from the
//! ciphertext alone which alphabet was used.

use aes::cipher::{BlockCipherEncrypt, KeyInit};
use aes::{Aes128, Aes192, Aes256};

use crate::engine::TenantKeys;
use crate::engine::anonymize::subkey;
use crate::{CoreError, EntityType};

/// The smallest domain FF1 may encrypt (SP 800-38G: radix^minlen ≥ 1,000,000).
const MIN_DOMAIN: u128 = 1_000_000;
/// Half-values must stay below this so that sums and products fit `u128`.
const MAX_HALF: u128 = 1 << 112;

enum Cipher {
    A128(Box<Aes128>),
    A192(Box<Aes192>),
    A256(Box<Aes256>),
}

/// FF1 under one AES key (16, 24 or 32 bytes).
pub struct Ff1 {
    cipher: Cipher,
}

impl std::fmt::Debug for Ff1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ff1(..)")
    }
}

impl Ff1 {
    /// # Errors
    /// `CoreError::Crypto` unless the key has 16, 24 or 32 bytes.
    pub fn new(key: &[u8]) -> Result<Ff1, CoreError> {
        let bad = |_| CoreError::Crypto("FF1 needs a 128, 192 or 256-bit key".into());
        let cipher = match key.len() {
            16 => Cipher::A128(Box::new(Aes128::new_from_slice(key).map_err(bad)?)),
            24 => Cipher::A192(Box::new(Aes192::new_from_slice(key).map_err(bad)?)),
            32 => Cipher::A256(Box::new(Aes256::new_from_slice(key).map_err(bad)?)),
            _ => return Err(CoreError::Crypto("FF1 needs a 128, 192 or 256-bit key".into())),
        };
        Ok(Ff1 { cipher })
    }

    fn ciph(&self, block: &mut [u8; 16]) {
        let mut b = aes::Block::from(*block);
        match &self.cipher {
            Cipher::A128(c) => c.encrypt_block(&mut b),
            Cipher::A192(c) => c.encrypt_block(&mut b),
            Cipher::A256(c) => c.encrypt_block(&mut b),
        }
        block.copy_from_slice(b.as_slice());
    }

    /// Whether `n` symbols of `radix` can be encrypted: a domain of at least a million values and
    /// halves that fit the arithmetic.
    pub fn accepts(radix: u32, n: usize) -> bool {
        let v = n - n / 2;
        (2..=62).contains(&radix) && n >= 2 && pow(radix, n).is_none_or(|d| d >= MIN_DOMAIN) && pow(radix, v).is_some_and(|p| p < MAX_HALF)
    }

    /// Encrypts the numerals `x` (each below `radix`).
    ///
    /// # Errors
    /// `CoreError::Invalid` when the length or radix is outside what [`Ff1::accepts`].
    pub fn encrypt(&self, tweak: &[u8], radix: u32, x: &[u32]) -> Result<Vec<u32>, CoreError> {
        self.run(tweak, radix, x, true)
    }

    /// Decrypts what [`Ff1::encrypt`] made.
    ///
    /// # Errors
    /// As [`Ff1::encrypt`].
    pub fn decrypt(&self, tweak: &[u8], radix: u32, x: &[u32]) -> Result<Vec<u32>, CoreError> {
        self.run(tweak, radix, x, false)
    }

    fn run(&self, tweak: &[u8], radix: u32, x: &[u32], encrypt: bool) -> Result<Vec<u32>, CoreError> {
        let n = x.len();
        if !Ff1::accepts(radix, n) || x.iter().any(|&d| d >= radix) || tweak.len() > 256 {
            return Err(CoreError::invalid("fpe", "the value is too short or too long for format-preserving encryption"));
        }
        let u = n / 2;
        let v = n - u;
        let (mut a, mut b) = (x[..u].to_vec(), x[u..].to_vec());
        let pv = pow(radix, v).unwrap_or(MAX_HALF);
        let bits = if pv.is_power_of_two() { pv.trailing_zeros() } else { 128 - pv.leading_zeros() };
        let bb = (bits as usize).div_ceil(8);
        let d = 4 * bb.div_ceil(4) + 4;
        let t = tweak.len();
        let mut p = [0u8; 16];
        p[..3].copy_from_slice(&[1, 2, 1]);
        p[3..6].copy_from_slice(&radix.to_be_bytes()[1..]);
        p[6] = 10;
        p[7] = (u % 256) as u8;
        p[8..12].copy_from_slice(&(n as u32).to_be_bytes());
        p[12..16].copy_from_slice(&(t as u32).to_be_bytes());
        let pad = (16 - (t + bb + 1) % 16) % 16;
        let rounds: Vec<u8> = if encrypt { (0..10).collect() } else { (0..10).rev().collect() };
        for i in rounds {
            let m = if i % 2 == 0 { u } else { v };
            let modulus = pow(radix, m).unwrap_or(MAX_HALF);
            // Q = T ‖ 0^pad ‖ [i] ‖ [NUM(B or A)]^b
            let feed = if encrypt { &b } else { &a };
            let mut q = Vec::with_capacity(t + pad + 1 + bb);
            q.extend_from_slice(tweak);
            q.resize(t + pad, 0);
            q.push(i);
            q.extend_from_slice(&num(radix, feed).to_be_bytes()[16 - bb..]);
            // R = PRF(P ‖ Q): CBC-MAC with a zero IV.
            let mut r = [0u8; 16];
            for block in std::iter::once(&p[..]).chain(q.chunks(16)) {
                for (ri, bi) in r.iter_mut().zip(block) {
                    *ri ^= bi;
                }
                self.ciph(&mut r);
            }
            let mut s = r.to_vec();
            let mut j = 1u128;
            while s.len() < d {
                let mut blk = (u128::from_be_bytes(r) ^ j).to_be_bytes();
                self.ciph(&mut blk);
                s.extend_from_slice(&blk);
                j += 1;
            }
            let y = s[..d].iter().fold(0u128, |acc, &byte| (acc * 256 + u128::from(byte)) % modulus);
            if encrypt {
                let c = (num(radix, &a) + y) % modulus;
                a = std::mem::replace(&mut b, str_radix(radix, m, c));
            } else {
                let c = (num(radix, &b) + modulus - y) % modulus;
                b = std::mem::replace(&mut a, str_radix(radix, m, c));
            }
        }
        a.extend_from_slice(&b);
        Ok(a)
    }
}

/// `radix^e`, or `None` past `u128`.
fn pow(radix: u32, e: usize) -> Option<u128> {
    let mut p: u128 = 1;
    for _ in 0..e {
        p = p.checked_mul(u128::from(radix))?;
    }
    Some(p)
}

fn num(radix: u32, x: &[u32]) -> u128 {
    x.iter().fold(0u128, |acc, &d| acc * u128::from(radix) + u128::from(d))
}

fn str_radix(radix: u32, m: usize, mut c: u128) -> Vec<u32> {
    let mut out = vec![0u32; m];
    for slot in out.iter_mut().rev() {
        *slot = (c % u128::from(radix)) as u32;
        c /= u128::from(radix);
    }
    out
}

/// The alphabet of a run of alphanumerics, chosen from the characters themselves so that
/// decryption finds the same one from the ciphertext.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Alphabet {
    Digits,
    Lower36,
    Upper36,
    Mixed62,
}

impl Alphabet {
    fn of(chars: &[u8]) -> Alphabet {
        let lower = chars.iter().any(u8::is_ascii_lowercase);
        let upper = chars.iter().any(u8::is_ascii_uppercase);
        match (lower, upper) {
            (false, false) => Alphabet::Digits,
            (true, false) => Alphabet::Lower36,
            (false, true) => Alphabet::Upper36,
            (true, true) => Alphabet::Mixed62,
        }
    }

    fn radix(self) -> u32 {
        match self {
            Alphabet::Digits => 10,
            Alphabet::Lower36 | Alphabet::Upper36 => 36,
            Alphabet::Mixed62 => 62,
        }
    }

    fn value(self, c: u8) -> u32 {
        u32::from(match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' if self == Alphabet::Mixed62 => c - b'a' + 36,
            b'a'..=b'z' => c - b'a' + 10,
            _ => c - b'A' + 10,
        })
    }

    fn char(self, v: u32) -> u8 {
        let v = v as u8;
        match (self, v) {
            (_, 0..=9) => b'0' + v,
            (Alphabet::Lower36, _) => b'a' + v - 10,
            (Alphabet::Mixed62, 36..) => b'a' + v - 36,
            _ => b'A' + v - 10,
        }
    }
}

/// Encrypts (or decrypts) `chars` keeping the alphabet class, by cycle-walking.
fn transform(ff1: &Ff1, tweak: &[u8], chars: &[u8], encrypt: bool) -> Option<Vec<u8>> {
    let alphabet = Alphabet::of(chars);
    let radix = alphabet.radix();
    if !Ff1::accepts(radix, chars.len()) {
        return None;
    }
    let mut x: Vec<u32> = chars.iter().map(|&c| alphabet.value(c)).collect();
    for _ in 0..1000 {
        x = if encrypt { ff1.encrypt(tweak, radix, &x).ok()? } else { ff1.decrypt(tweak, radix, &x).ok()? };
        let out: Vec<u8> = x.iter().map(|&v| alphabet.char(v)).collect();
        if Alphabet::of(&out) == alphabet {
            return Some(out);
        }
    }
    None
}

/// The Luhn check digit for `payload` (digit values).
pub(crate) fn luhn_check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// The two ISO 13616 check digits for a country code and BBAN (upper-case alphanumerics).
pub(crate) fn iban_check_digits(country: &[u8], bban: &[u8]) -> [u8; 2] {
    let mut rem = 0u32;
    for &c in bban.iter().chain(country).chain(b"00") {
        rem = if c.is_ascii_digit() {
            (rem * 10 + u32::from(c - b'0')) % 97
        } else {
            (rem * 100 + u32::from(c.to_ascii_uppercase() - b'A' + 10)) % 97
        };
    }
    let check = 98 - rem;
    [b'0' + (check / 10) as u8, b'0' + (check % 10) as u8]
}

/// The tenant's FF1 cipher; the last one built on this thread is kept, as the document layer
/// anonymizes one finding per call.
fn ff1_for(keys: &TenantKeys) -> Result<std::rc::Rc<Ff1>, CoreError> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<([u8; 32], std::rc::Rc<Ff1>)>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(f) = LAST.with(|l| l.borrow().as_ref().filter(|(k, _)| *k == keys.encryption_key).map(|(_, f)| f.clone())) {
        return Ok(f);
    }
    let f = std::rc::Rc::new(Ff1::new(&subkey(keys, b"fpe/v1")?)?);
    LAST.with(|l| *l.borrow_mut() = Some((keys.encryption_key, f.clone())));
    Ok(f)
}

/// The `fpe` operator on one value (`encrypt`), or its inverse; `None` when the value is too short,
/// too long or not of its type's shape (the caller then falls back to `replace` or leaves it).
///
/// # Errors
/// `CoreError::Crypto` if the key cannot be derived.
pub(crate) fn fpe(keys: &TenantKeys, entity: &EntityType, value: &str, encrypt: bool) -> Result<Option<String>, CoreError> {
    let ff1 = ff1_for(keys)?;
    let ff1 = ff1.as_ref();
    let tweak = entity.as_str().as_bytes();
    let mut out = value.as_bytes().to_vec();
    let positions: Vec<usize> = out.iter().enumerate().filter(|(_, c)| c.is_ascii_alphanumeric()).map(|(i, _)| i).collect();
    let chars: Vec<u8> = positions.iter().map(|&i| out[i]).collect();
    let new: Vec<u8> = match entity.as_str() {
        "CREDIT_CARD" => {
            if chars.len() < 8 || !chars.iter().all(u8::is_ascii_digit) {
                return Ok(None);
            }
            let Some(mut payload) = transform(ff1, tweak, &chars[..chars.len() - 1], encrypt) else { return Ok(None) };
            let digits: Vec<u8> = payload.iter().map(|c| c - b'0').collect();
            payload.push(b'0' + luhn_check_digit(&digits));
            payload
        }
        "IBAN_CODE" => {
            if chars.len() < 8 || !chars[..2].iter().all(u8::is_ascii_alphabetic) {
                return Ok(None);
            }
            let country: Vec<u8> = chars[..2].iter().map(u8::to_ascii_uppercase).collect();
            let bban: Vec<u8> = chars[4..].iter().map(u8::to_ascii_uppercase).collect();
            let Some(bban) = transform(ff1, tweak, &bban, encrypt) else { return Ok(None) };
            let mut all = country.clone();
            all.extend_from_slice(&iban_check_digits(&country, &bban));
            all.extend_from_slice(&bban);
            all
        }
        _ => match transform(ff1, tweak, &chars, encrypt) {
            Some(v) => v,
            None => return Ok(None),
        },
    };
    for (&i, c) in positions.iter().zip(new) {
        out[i] = c;
    }
    Ok(String::from_utf8(out).ok())
}

/// Restores a value the `fpe` operator wrote, with the same tenant key and entity type; `None` when
/// the value cannot have been written by it.
///
/// # Errors
/// `CoreError::Crypto` if the key cannot be derived.
pub fn fpe_decrypt(keys: &TenantKeys, entity: &EntityType, value: &str) -> Result<Option<String>, CoreError> {
    fpe(keys, entity, value, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::checksum;

    fn numerals(s: &str) -> Vec<u32> {
        s.chars().map(|c| c.to_digit(36).expect("numeral")).collect()
    }

    fn text(x: &[u32]) -> String {
        x.iter().map(|&d| char::from_digit(d, 36).expect("numeral")).collect()
    }

    const K128: &str = "2B7E151628AED2A6ABF7158809CF4F3C";
    const K192: &str = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F";
    const K256: &str = "2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94";

    /// NIST's FF1 samples (SP 800-38G examples, FF1samples.pdf), samples 1-4 and 7.
    #[test]
    fn nist_sample_vectors() {
        let cases = [
            (K128, "", 10, "0123456789", "2433477484"),
            (K128, "39383736353433323130", 10, "0123456789", "6124200773"),
            (K128, "3737373770717273373737", 36, "0123456789abcdefghi", "a9tv40mll9kdu509eum"),
            (K192, "", 10, "0123456789", "2830668132"),
            (K256, "", 10, "0123456789", "6657667009"),
        ];
        for (key, tweak, radix, pt, ct) in cases {
            let ff1 = Ff1::new(&hex::decode(key).expect("hex")).expect("key");
            let tweak = hex::decode(tweak).expect("hex");
            let got = ff1.encrypt(&tweak, radix, &numerals(pt)).expect("encrypts");
            assert_eq!(text(&got), ct, "{pt} under {key}");
            assert_eq!(text(&ff1.decrypt(&tweak, radix, &got).expect("decrypts")), pt);
        }
    }

    #[test]
    fn too_small_domains_and_bad_keys_are_refused() {
        let ff1 = Ff1::new(&[0u8; 16]).expect("key");
        assert!(ff1.encrypt(b"", 10, &numerals("12345")).is_err(), "10^5 is below the minimum domain");
        assert!(ff1.encrypt(b"", 10, &numerals("1234a6")).is_err() || ff1.encrypt(b"", 10, &[1, 2, 3, 4, 5, 10]).is_err());
        assert!(Ff1::new(&[0u8; 20]).is_err());
    }

    fn keys(seed: u8) -> TenantKeys {
        TenantKeys {
            hash_salt: [seed; 32],
            encryption_key: [seed.wrapping_add(1); 32],
            vault_index: [seed.wrapping_add(1); 32],
            at_rest: crate::engine::AtRestKey { key: [seed.wrapping_add(1); 32], generation: 0 },
            scope: Default::default(),
        }
    }

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().filter(u8::is_ascii_digit).map(|c| c - b'0').collect()
    }

    #[test]
    fn cards_stay_luhn_valid_and_round_trip() {
        let k = keys(1);
        let card = "4111 1111 1111 1111";
        let enc = fpe(&k, &EntityType::CREDIT_CARD, card, true).expect("key").expect("encrypts");
        assert_ne!(enc, card);
        assert_eq!(enc.len(), card.len());
        assert_eq!(enc.as_bytes()[4], b' ');
        assert!(checksum::luhn(&digits(&enc)), "{enc}");
        assert_eq!(fpe_decrypt(&k, &EntityType::CREDIT_CARD, &enc).expect("key").as_deref(), Some(card));
        // Another tenant gets another number and cannot decrypt it back.
        let other = fpe(&keys(2), &EntityType::CREDIT_CARD, card, true).expect("key").expect("encrypts");
        assert_ne!(other, enc);
        assert_ne!(fpe_decrypt(&keys(2), &EntityType::CREDIT_CARD, &enc).expect("key").as_deref(), Some(card));
    }

    #[test]
    fn ibans_keep_country_and_validate() {
        let k = keys(3);
        for iban in ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606"] {
            let enc = fpe(&k, &EntityType::IBAN_CODE, iban, true).expect("key").expect("encrypts");
            assert_ne!(enc, iban);
            assert_eq!(&enc[..2], &iban[..2]);
            assert_eq!(enc.len(), iban.len());
            let compact: Vec<u8> = enc.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
            assert!(checksum::iban(&compact), "{enc}");
            assert_eq!(fpe_decrypt(&k, &EntityType::IBAN_CODE, &enc).expect("key").as_deref(), Some(iban));
        }
    }

    #[test]
    fn other_values_keep_separators_and_classes() {
        let k = keys(4);
        let ssn = "123-45-6789";
        let enc = fpe(&k, &EntityType::US_SSN, ssn, true).expect("key").expect("encrypts");
        assert!(enc.bytes().enumerate().all(|(i, c)| if i == 3 || i == 6 { c == b'-' } else { c.is_ascii_digit() }), "{enc}");
        assert_eq!(fpe_decrypt(&k, &EntityType::US_SSN, &enc).expect("key").as_deref(), Some(ssn));
        let mixed = "AbC123xyZ9";
        let enc = fpe(&k, &EntityType::SECRET, mixed, true).expect("key").expect("encrypts");
        assert!(enc.bytes().any(|c| c.is_ascii_lowercase()) && enc.bytes().any(|c| c.is_ascii_uppercase()));
        assert_eq!(fpe_decrypt(&k, &EntityType::SECRET, &enc).expect("key").as_deref(), Some(mixed));
        // The tweak is the entity type: the same digits encrypt differently under another type.
        assert_ne!(fpe(&k, &EntityType::PHONE_NUMBER, ssn, true).expect("key"), Some(enc));
        assert_eq!(fpe(&k, &EntityType::US_SSN, "12-3", true).expect("key"), None, "too short to encrypt");
    }
}
