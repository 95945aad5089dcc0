//! British, US, Nigerian and South African identifiers beyond those of [`super::ids`] (a file of
//! its own so that neither passes 700 lines): UK driving licences, passports, postcodes and vehicle
//! registrations, Medicare beneficiary ids and provider numbers, Nigerian identity numbers and
//! plates, South African identity numbers.
//!
//! Scores follow Presidio's: a shape without a check digit keeps its weak pattern score (a UK
//! passport 0.1, a postcode 0.1); a passing check digit or date makes it certain, a failing one
//! drops it.

use super::{Cand, Pattern, Score};
use crate::engine::checksum::digits_into;
use crate::engine::checksum_ids::{ng_nin, us_npi, za_id};
use crate::engine::kind::Kind;

/// The letters a Medicare beneficiary identifier may use (no B I L O S Z), either case.
macro_rules! mbi_alpha {
    () => {
        "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]"
    };
}
macro_rules! mbi_alnum {
    () => {
        "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]"
    };
}

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::*;
    // UK driving licence: surname (5, padded with 9), decade, birth month (+50 for women), day,
    // year, initials, a computer digit, two check letters.
    v.push(Pattern::new(
        UkDrivingLicence,
        r"[A-Za-z9]{5}\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Za-z9]{2}[A-Za-z0-9][A-Za-z]{2}",
        uk_licence,
    ));
    // UK passport: two letters and seven digits.
    v.push(Pattern::new(UkPassport, r"[A-Za-z]{2}\d{7}", |_| Some(Score::weak(0.1))));
    // UK postcode: outward code (area, district) and inward code (sector, unit), as Royal Mail
    // allocates their letters.
    v.push(Pattern::new(
        UkPostcode,
        r"GIR ?0AA|[A-PR-UWYZ]\d[ABCDEFGHJKPSTUW]? ?\d[ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ]\d{2} ?\d[ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]? ?\d[ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y]\d{2} ?\d[ABD-HJLNP-UW-Z]{2}",
        |_| Some(Score::weak(0.1)),
    ));
    // UK vehicle registration: current (AB51 ABC, age identifier checked), prefix and suffix series.
    v.push(Pattern::new(
        UkVehicleRegistration,
        r"[A-HJ-PR-Ya-hj-pr-y]{2}(?:0[1-9]|[1-7]\d)[\- ]?[A-HJ-PR-Za-hj-pr-z]{3}",
        uk_vehicle_current,
    ));
    v.push(Pattern::new(UkVehicleRegistration, r"[A-HJ-NPR-TV-Y]\d{1,3}[\- ]?[A-HJ-PR-Y][A-HJ-PR-Z]{2}", |_| Some(Score::weak(0.2))));
    v.push(Pattern::new(UkVehicleRegistration, r"[A-HJ-PR-Z]{3}[\- ]?\d{1,3}[\- ]?[A-HJ-NPR-TV-Y]", |_| Some(Score::weak(0.15))));
    // US Medicare beneficiary identifier, 11 characters, dashed 4-3-4 or not.
    v.push(Pattern::new(
        UsMbi,
        concat!("[0-9]", mbi_alpha!(), mbi_alnum!(), "[0-9]", mbi_alpha!(), mbi_alnum!(), "[0-9]", mbi_alpha!(), mbi_alpha!(), "[0-9]{2}"),
        |c| uniform_case(c.s()).then(|| Score::weak(0.3)),
    ));
    v.push(Pattern::new(
        UsMbi,
        concat!(
            "[0-9]",
            mbi_alpha!(),
            mbi_alnum!(),
            "[0-9]-",
            mbi_alpha!(),
            mbi_alnum!(),
            "[0-9]-",
            mbi_alpha!(),
            mbi_alpha!(),
            "[0-9]{2}"
        ),
        |c| uniform_case(c.s()).then(|| Score::weak(0.5)),
    ));
    // US National Provider Identifier: ten digits starting 1 or 2, Luhn with the 80840 prefix.
    v.push(Pattern::new(UsNpi, r"[12]\d{9}|[12]\d{3}[ \-]\d{3}[ \-]\d{3}", npi));
    // Nigeria: NIN (eleven digits, Verhoeff) and plates (LGA code, serial, two letters).
    v.push(Pattern::new(NgNin, r"\d{11}", |c| {
        let mut buf = [0u8; 32];
        ng_nin(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
    }));
    v.push(Pattern::new(NgVehicleRegistration, r"[A-Za-z]{3}[\- ]?\d{3}[A-Za-z]{2}", |c| uniform_case(c.s()).then(|| Score::weak(0.5))));
    // South Africa: identity number, birth date, gender and serial, citizenship, 8/9, Luhn.
    v.push(Pattern::new(ZaIdNumber, r"\d{10}[0-2][89]\d", |c| {
        let mut buf = [0u8; 32];
        za_id(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
    }));
}

/// All letters of a code in one case, not a word of running text.
fn uniform_case(s: &[u8]) -> bool {
    let letters = || s.iter().filter(|b| b.is_ascii_alphabetic());
    letters().all(u8::is_ascii_uppercase) || letters().all(u8::is_ascii_lowercase)
}

fn uk_licence(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    // The surname part: letters, then the 9s that pad a short surname.
    let letters = s[..5].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || s[letters..5].iter().any(|&b| b != b'9') || !uniform_case(s) {
        return None;
    }
    Some(Score::weak(0.5))
}

fn uk_vehicle_current(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    if !uniform_case(s) {
        return None;
    }
    // The age identifier: March registrations 02-29 (2002-2029), September 51-79.
    let age = u32::from(s[2] - b'0') * 10 + u32::from(s[3] - b'0');
    (matches!(age, 2..=29 | 51..=79)).then_some(Score::VALID)
}

fn npi(c: &Cand<'_>) -> Option<Score> {
    super::numbers::uniform_separator(c.s())?;
    let mut buf = [0u8; 32];
    let d = digits_into(c.s(), &mut buf)?;
    // An all-equal body is a placeholder, whatever its check digit.
    if d[..9].iter().all(|&x| x == d[0]) {
        return None;
    }
    us_npi(d).then_some(Score::VALID)
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{at0, none};

    #[test]
    fn uk_licences_and_passports() {
        for v in ["MORGA607054SM9IJ", "FO999512018AA1AB", "SMIT9801015JK2CD", "morga607054sm9ij", "SMITH862310AB1CD"] {
            assert!(at0(v, "UK_DRIVING_LICENCE", v), "{v}");
        }
        for v in ["MORGA600054SM9IJ", "MORGA613054SM9IJ", "MORGA601324SM9IJ", "99999657054SM9IJ", "MO9G9657054SM9IJ"] {
            assert!(none(v, "UK_DRIVING_LICENCE"), "{v}");
        }
        assert!(at0("Passports: AB1234567 and XY9876543", "UK_PASSPORT", "XY9876543"));
        for v in ["A12345678", "ABC123456", "AB12345678", "AB 1234567", "XYZAB1234567QRS"] {
            assert!(none(v, "UK_PASSPORT"), "{v}");
        }
    }

    #[test]
    fn uk_postcodes_and_plates() {
        for v in ["M1 1AA", "W1A 1HQ", "DN55 1PT", "EC1A 1BB", "GIR 0AA", "M11AA", "EC1A1BB"] {
            assert!(at0(v, "UK_POSTCODE", v), "{v}");
        }
        assert!(at0("From SW1A 1AA to EC1A 1BB", "UK_POSTCODE", "EC1A 1BB"));
        for v in ["QA1 1AA", "VA1 1AA", "M1 1CA", "M1 1AI", "1A1 1AA", "ABCM11AADEF"] {
            assert!(none(v, "UK_POSTCODE"), "{v}");
        }
        for v in ["AB51 ABC", "BD62XYZ", "LN14-HGT", "aa02 aaa", "A123 BCD", "K1 ABC", "ABC 123D", "DEF456G"] {
            assert!(at0(v, "UK_VEHICLE_REGISTRATION", v), "{v}");
        }
        for v in ["IB51 ABC", "AQ51 ABC", "AB00 ABC", "AB35 ABC", "AB80 ABC", "AB51 AIB", "I123 BCD", "ABC 123I", "XXXAB51ABCYYY"] {
            assert!(none(v, "UK_VEHICLE_REGISTRATION"), "{v}");
        }
    }

    #[test]
    fn us_medicare_and_provider_numbers() {
        for v in ["1EG4-TE5-MK73", "1EG4TE5MK73", "9XX9-XX9-XX99", "1eg4-te5-mk73"] {
            assert!(at0(v, "US_MBI", v), "{v}");
        }
        for v in ["1SG4-TE5-MK73", "1EG4-LE5-MK73", "1EG4-TE5-OK73", "1BG4-TE5-MK73", "AEG4-TE5-MK73", "1EG4TE5MK7", "1EG4-TE5MK73"] {
            assert!(none(v, "US_MBI"), "{v}");
        }
        for v in ["1234567893", "1245319599", "1234-567-893", "1234 567 893"] {
            assert!(at0(v, "US_NPI", v), "{v}");
        }
        for v in ["0234567893", "3234567893", "123456789", "12345678934", "1111111112", "1234567890"] {
            assert!(none(v, "US_NPI"), "{v}");
        }
    }

    #[test]
    fn nigerian_and_south_african_ids() {
        for v in ["APP-456CV", "APP 456CV", "APP456CV", "app-456cv"] {
            assert!(at0(v, "NG_VEHICLE_REGISTRATION", v), "{v}");
        }
        for v in ["AB-1234CD", "123-456AB", "ABCD-123EF", "App-456cv"] {
            assert!(none(v, "NG_VEHICLE_REGISTRATION"), "{v}");
        }
        let valid = (0..10u8).map(|c| format!("1234567890{c}")).find(|v| !none(v, "NG_NIN"));
        assert!(valid.is_some());
        assert_eq!((0..10u8).filter(|c| !none(&format!("1234567890{c}"), "NG_NIN")).count(), 1);
        for v in ["8001015009087", "0002294321191", "9912316789285"] {
            assert!(at0(v, "ZA_ID_NUMBER", v), "{v}");
        }
        for v in ["8001015009086", "9913326789285", "9902294321191", "1234567890123", "AB8001015009087CD"] {
            assert!(none(v, "ZA_ID_NUMBER"), "{v}");
        }
    }
}
