//! Surrogates for identifiers: the same layout (length, separators, character classes), the parts
//! that say what the value is kept (a phone's country code, a card's brand prefix, an IBAN's
//! country), and valid check digits, so that downstream validation and joins keep working.
//!
//! Why rejection sampling for national ids: each id type already has its validator in
//! [`crate::engine::checksum`], [`crate::engine::checksum_ids`] and [`crate::engine::checksum_locale`]; drawing same-shaped candidates
//! until one validates reuses them as they are, instead of a second implementation of every check
//! digit. Types without a validator keep length and character classes only.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::ff1::{iban_check_digits, luhn_check_digit};
use super::lists::DOMAINS;
use super::{Keyed, differing};
use crate::EntityType;
use crate::engine::{checksum, checksum_ids, checksum_locale};

/// Upper-case letters and digits: how identifiers are compared (separators and case do not matter).
fn compact(value: &str) -> String {
    value.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// Every letter and digit replaced by one of its class, keyed by the compact value.
pub(crate) fn same_classes(keyed: &Keyed, entity: &str, value: &str) -> String {
    let key = compact(value);
    differing(value, |attempt| {
        let mut d = keyed.draw(entity, &format!("classes/{attempt}"), &key);
        value.chars().map(|c| d.same_class(c)).collect()
    })
}

/// The surrogate of an identifier-like value of type `entity`.
pub(crate) fn surrogate(keyed: &Keyed, entity: &EntityType, value: &str) -> String {
    match entity.as_str() {
        "PHONE_NUMBER" => phone(keyed, "PHONE_NUMBER", value, 0),
        // A country's number keeps its operator or area code too, so that it stays one of the type.
        name @ ("PH_MOBILE_NUMBER" | "TR_PHONE_NUMBER") => phone(keyed, name, value, 3),
        "CREDIT_CARD" => card(keyed, value),
        "IBAN_CODE" => iban(keyed, value),
        "US_SSN" => ssn(keyed, value),
        "IP_ADDRESS" => ip(keyed, value),
        "URL" => url(keyed, value),
        other => match validator(other) {
            Some(valid) => validated(keyed, other, value, valid),
            None => same_classes(keyed, other, value),
        },
    }
}

/// Replaces the digits of `value` from position `keep` on (counting digits only) by `fill`.
fn replace_digits(value: &str, keep: usize, mut fill: impl FnMut(usize) -> u8) -> String {
    let mut i = 0;
    value
        .chars()
        .map(|c| {
            if !c.is_ascii_digit() {
                return c;
            }
            let out = if i < keep { c } else { char::from(fill(i)) };
            i += 1;
            out
        })
        .collect()
}

/// The length of the ITU country calling code that starts `digits`.
fn country_code_len(digits: &str) -> usize {
    const TWO: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54",
        "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    if digits.starts_with('1') || digits.starts_with('7') {
        1
    } else if TWO.iter().any(|p| digits.starts_with(p)) {
        2
    } else {
        3
    }
}

/// A phone number with its country code or trunk `0` kept, and `code` more digits after it.
fn phone(keyed: &Keyed, entity: &str, value: &str, code: usize) -> String {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let lead = value.trim_start();
    let prefix = if lead.starts_with('+') {
        country_code_len(&digits)
    } else if let Some(rest) = digits.strip_prefix("00").filter(|_| lead.starts_with("00")) {
        2 + country_code_len(rest)
    } else {
        // A national number keeps its trunk prefix `0`.
        usize::from(digits.starts_with('0'))
    };
    let keep = prefix + code.min(digits.len().saturating_sub(prefix + 4));
    differing(value, |attempt| {
        let mut d = keyed.draw(entity, &format!("digits/{attempt}"), &digits);
        // The first replaced digit is 2-9, as area codes and subscriber numbers begin.
        replace_digits(value, keep, |i| if i == keep { b'2' + d.below(8) as u8 } else { d.digit() })
    })
}

fn card(keyed: &Keyed, value: &str) -> String {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    if n < 12 {
        return same_classes(keyed, "CREDIT_CARD", value);
    }
    let keep = if digits.starts_with("6011") {
        4
    } else if digits.starts_with('4') {
        1
    } else {
        2
    };
    differing(value, |attempt| {
        let mut d = keyed.draw("CREDIT_CARD", &format!("digits/{attempt}"), &digits);
        let mut payload: Vec<u8> = digits.bytes().take(keep).map(|c| c - b'0').collect();
        while payload.len() < n - 1 {
            payload.push(d.digit() - b'0');
        }
        let check = luhn_check_digit(&payload);
        payload.push(check);
        replace_digits(value, 0, |i| b'0' + payload.get(i).copied().unwrap_or(0))
    })
}

fn iban(keyed: &Keyed, value: &str) -> String {
    let key = compact(value);
    if key.len() < 8 || !key.as_bytes()[..2].iter().all(u8::is_ascii_uppercase) {
        return same_classes(keyed, "IBAN_CODE", value);
    }
    differing(value, |attempt| {
        let mut d = keyed.draw("IBAN_CODE", &format!("bban/{attempt}"), &key);
        // Positions of the letters and digits of the value, in order: country 0-1, check 2-3, BBAN.
        let mut k = 0;
        let mut chars: Vec<char> = value.chars().collect();
        let mut bban_at = Vec::new();
        for (i, c) in chars.iter_mut().enumerate() {
            if c.is_ascii_alphanumeric() {
                if k >= 4 {
                    *c = d.same_class(*c);
                    bban_at.push(i);
                }
                k += 1;
            }
        }
        let bban: Vec<u8> = bban_at.iter().map(|&i| chars[i].to_ascii_uppercase() as u8).collect();
        let check = iban_check_digits(&key.as_bytes()[..2], &bban);
        let mut k = 0;
        for c in chars.iter_mut() {
            if c.is_ascii_alphanumeric() {
                if k == 2 || k == 3 {
                    *c = char::from(check[k - 2]);
                }
                k += 1;
            }
        }
        chars.into_iter().collect()
    })
}

/// Whether nine SSN digits are outside the reserved ranges (area 000, 666, 900-999; group 00;
/// serial 0000).
pub(crate) fn ssn_is_assignable(d: &[u8]) -> bool {
    if d.len() != 9 {
        return false;
    }
    let area = &d[..3];
    area != b"000" && area != b"666" && area[0] != b'9' && &d[3..5] != b"00" && &d[5..] != b"0000"
}

fn ssn(keyed: &Keyed, value: &str) -> String {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 9 {
        return same_classes(keyed, "US_SSN", value);
    }
    differing(value, |attempt| {
        let mut d = keyed.draw("US_SSN", &format!("digits/{attempt}"), &digits);
        loop {
            let new: Vec<u8> = (0..9).map(|_| d.digit()).collect();
            if ssn_is_assignable(&new) && new != digits.as_bytes() {
                return replace_digits(value, 0, |i| new.get(i).copied().unwrap_or(b'1'));
            }
        }
    })
}

/// Whether an IPv4 address is in a reserved, private or special-purpose range.
pub(crate) fn ipv4_is_special(a: Ipv4Addr) -> bool {
    let [x, y, z, _] = a.octets();
    x == 0
        || x == 10
        || x == 127
        || x >= 224
        || (x == 100 && (64..128).contains(&y))
        || (x == 169 && y == 254)
        || (x == 172 && (16..32).contains(&y))
        || (x == 192 && y == 168)
        || (x == 192 && y == 0 && (z == 0 || z == 2))
        || (x == 198 && (y == 18 || y == 19))
        || (x == 198 && y == 51 && z == 100)
        || (x == 203 && y == 0 && z == 113)
}

fn ip(keyed: &Keyed, value: &str) -> String {
    let v4_len = value.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(value.len());
    if let Ok(addr) = value[..v4_len].parse::<Ipv4Addr>() {
        let mut d = keyed.draw("IP_ADDRESS", "v4", &addr.to_string());
        loop {
            let new = Ipv4Addr::from(d.u64() as u32);
            if !ipv4_is_special(new) && new != addr {
                return format!("{new}{}", &value[v4_len..]);
            }
        }
    }
    if let Ok(addr) = value.parse::<Ipv6Addr>() {
        let mut d = keyed.draw("IP_ADDRESS", "v6", &addr.to_string());
        loop {
            let mut segs = [0u16; 8];
            for s in &mut segs {
                *s = d.u64() as u16;
            }
            // Global unicast (2000::/3), outside the documentation prefix 2001:db8::/32.
            segs[0] = 0x2000 | (segs[0] & 0x1fff);
            let new = Ipv6Addr::from(segs);
            if !(segs[0] == 0x2001 && segs[1] == 0x0db8) && new != addr {
                let s = new.to_string();
                return if value.chars().any(|c| c.is_ascii_uppercase()) { s.to_ascii_uppercase() } else { s };
            }
        }
    }
    same_classes(keyed, "IP_ADDRESS", value)
}

fn url(keyed: &Keyed, value: &str) -> String {
    let (scheme, rest) = match value.find("://") {
        Some(i) => value.split_at(i + 3),
        None => ("", value),
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(host_end);
    let (host, port) = match authority.rfind(':') {
        Some(i) if authority[i + 1..].chars().all(|c| c.is_ascii_digit()) => authority.split_at(i),
        _ => (authority, ""),
    };
    let lower = value.to_lowercase();
    let mut d = keyed.draw("URL", "host", &host.to_lowercase());
    let www = if host.to_ascii_lowercase().starts_with("www.") { "www." } else { "" };
    let new_host = format!("{www}{}", d.pick(DOMAINS));
    differing(value, |attempt| {
        let mut d = keyed.draw("URL", &format!("path/{attempt}"), &lower);
        let new_tail: String = tail.chars().map(|c| d.same_class(c)).collect();
        format!("{scheme}{new_host}{port}{new_tail}")
    })
}

/// The check-digit validator of an id type, over its compact upper-case form.
fn validator(entity: &str) -> Option<fn(&[u8]) -> bool> {
    fn values(s: &[u8]) -> Option<Vec<u8>> {
        s.iter().all(u8::is_ascii_digit).then(|| s.iter().map(|c| c - b'0').collect())
    }
    Some(match entity {
        "UK_NHS" => |s| values(s).is_some_and(|d| checksum::nhs(&d)),
        "IN_AADHAAR" => |s| values(s).is_some_and(|d| d.len() == 12 && checksum::verhoeff(&d)),
        "PL_PESEL" => |s| values(s).is_some_and(|d| checksum::pl_pesel(&d)),
        "NL_BSN" => |s| values(s).is_some_and(|d| checksum::nl_bsn(&d)),
        "DE_TAX_ID" => |s| values(s).is_some_and(|d| checksum::de_tax_id(&d)),
        "BR_CPF" => |s| values(s).is_some_and(|d| checksum::br_cpf(&d)),
        "BR_CNPJ" => |s| values(s).is_some_and(|d| checksum::br_cnpj(&d)),
        "FR_SIREN" => |s| values(s).is_some_and(|d| checksum_locale::fr_siren(&d)),
        "FR_SIRET" => |s| values(s).is_some_and(|d| checksum_locale::fr_siret(&d)),
        "BE_NATIONAL_NUMBER" => |s| values(s).is_some_and(|d| checksum_locale::be_national_number_check(&d)),
        "PT_NIF" => |s| values(s).is_some_and(|d| checksum_locale::pt_nif(&d)),
        "KR_RRN" => |s| values(s).is_some_and(|d| checksum::kr_rrn(&d)),
        "AU_ABN" => |s| values(s).is_some_and(|d| checksum::au_abn(&d)),
        "AU_ACN" => |s| values(s).is_some_and(|d| checksum::au_acn(&d)),
        "AU_TFN" => |s| values(s).is_some_and(|d| checksum::au_tfn(&d)),
        "AU_MEDICARE" => |s| values(s).is_some_and(|d| checksum::au_medicare(&d)),
        "CA_SIN" => |s| values(s).is_some_and(|d| d.len() == 9 && d[0] != 0 && d[0] != 8 && checksum::luhn(&d)),
        "ABA_ROUTING_NUMBER" => |s| values(s).is_some_and(|d| checksum::aba(&d)),
        "SE_PERSONNUMMER" => |s| values(s).is_some_and(|d| d.len() >= 10 && checksum::se_personnummer(&d[d.len() - 10..])),
        "DE_LANR" => |s| values(s).is_some_and(|d| checksum_ids::de_lanr(&d)),
        "IT_FISCAL_CODE" => checksum::it_fiscal_code,
        "SG_NRIC_FIN" => checksum::sg_nric,
        "DE_HEALTH_INSURANCE" => checksum_ids::de_kvnr,
        "DE_SOCIAL_SECURITY" => checksum_ids::de_rvnr,
        _ => return None,
    })
}

/// Same-class candidates until one passes `valid` (the original's layout and separators kept). A
/// type whose valid values are too rare to be drawn this way keeps the last candidate's layout.
fn validated(keyed: &Keyed, entity: &str, value: &str, valid: fn(&[u8]) -> bool) -> String {
    let key = compact(value);
    let mut d = keyed.draw(entity, "validated", &key);
    let mut last = same_classes(keyed, entity, value);
    for _ in 0..2000 {
        let candidate: String = value.chars().map(|c| d.same_class(c)).collect();
        let c = compact(&candidate);
        if c != key && valid(c.as_bytes()) {
            return candidate;
        }
        last = candidate;
    }
    if compact(&last) == key { same_classes(keyed, entity, value) } else { last }
}
