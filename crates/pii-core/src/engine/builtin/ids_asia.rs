//! Indian, Korean, Philippine, Singaporean and Thai identifiers beyond those of [`super::ids`] (a
//! file of its own so that neither passes 700 lines): GST, voter and passport numbers, vehicle
//! registrations, Korean business, driver, foreigner and passport numbers, Philippine TINs,
//! Singapore UENs and Thai national ids.
//!
//! Scores follow Presidio's: a shape without a check digit keeps its weak pattern score; a passing
//! check digit, region code or structure makes it certain, a failing one drops it. Korean and Thai
//! context words count in Hangul and Thai too (`여권번호`, `เลขประจำตัวประชาชน`).

use super::{Cand, Pattern, Score};
use crate::engine::checksum::digits_into;
use crate::engine::checksum_ids::{kr_brn, kr_frn, kr_license_region, ph_tin, sg_uen, th_tnin};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::*;
    // India: GSTIN, state code, the holder's PAN, entity number, Z, check character.
    v.push(Pattern::new(InGstin, r"\d{2}[A-Za-z0-9]{11}[Zz][A-Za-z0-9]", gstin));
    // India: passport, a letter, seven digits (the first and last not 0).
    v.push(Pattern::new(InPassport, r"[A-Za-z][1-9]\d ?\d{4}[1-9]", |_| Some(Score::weak(0.1))));
    // India: vehicle registration, from the very weak old series to the BH and armed-forces forms.
    v.push(Pattern::new(InVehicleRegistration, r"[A-Z]{1,2}\d{4}|I\d{5}", |c| nonzero_tail(c, 4).then(|| Score::weak(0.01))));
    v.push(Pattern::new(InVehicleRegistration, r"[A-Z]{3}\d{4}", |c| nonzero_tail(c, 4).then(|| Score::weak(0.2))));
    v.push(Pattern::new(InVehicleRegistration, r"\d{1,3}(?:CD|CC|UN)[1-9]\d{1,3}", |_| Some(Score::weak(0.4))));
    v.push(Pattern::new(InVehicleRegistration, r"[A-Z]{2}\d[A-Z]{1,3}\d{4}|[A-Z]{2}\d{2}[A-Z]{1,2}\d{4}", in_vehicle));
    v.push(Pattern::new(InVehicleRegistration, r"[2-9][1-9]BH\d{4}[A-HJ-NP-Z]{2}", |c| {
        nonzero_tail(&Cand { text: c.text, start: c.start, end: c.end - 2 }, 4).then(|| Score::weak(0.85))
    }));
    v.push(Pattern::new(InVehicleRegistration, r"\d{2}[ABCDEFHKPRX]\d{6}[A-Z]", |c| (c.s()[..2] != *b"00").then(|| Score::weak(0.85))));
    // India: voter id (EPIC), three letters and seven digits.
    v.push(Pattern::new(InVoter, r"[A-Za-z]{3}\d{7}", voter));
    // Korea: business registration number 3-2-5, driver license (region, year, serial, check),
    // foreigner registration number (birth date, 5-8, six digits), passports.
    v.push(Pattern::new(KrBrn, r"\d{3}-\d{2}-\d{5}|\d{10}", brn));
    v.push(Pattern::new(KrDriverLicense, r"\d{2}[\- ]?\d{2}[\- ]?\d{6}[\- ]?\d{2}", kr_license));
    v.push(Pattern::new(KrFrn, r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[5-8]\d{6}", frn));
    v.push(Pattern::new(KrPassport, r"[MmSsRrOoDd]\d{3}[A-Za-z]\d{4}", |_| Some(Score::weak(0.1))));
    v.push(Pattern::new(KrPassport, r"[MmSsRrOoDd]\d{8}", |_| Some(Score::weak(0.05))));
    // Philippines: TIN, 9 digits and an optional 3-digit branch code.
    v.push(Pattern::new(PhTin, r"\d{3}-\d{3}-\d{3}(?:-\d{3})?|\d{9}|\d{12}", tin));
    // Singapore: UEN (businesses, local companies, other entities).
    v.push(Pattern::new(SgUen, r"\d{8}[A-Z]|\d{9}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z]", |c| sg_uen(c.s()).then_some(Score::VALID)));
    // Thailand: national id, 13 digits with a province prefix and a mod-11 check digit.
    v.push(Pattern::new(ThTnin, r"[1-9](?:[134]\d|2[0-7]|5[0-8]|[67][0-7]|[89][0-6])\d{10}", tnin));
}

/// The last `n` digits of the candidate are not all zero.
fn nonzero_tail(c: &Cand<'_>, n: usize) -> bool {
    let s = c.s();
    s.len() >= n && s[s.len() - n..].iter().any(|&b| b != b'0')
}

/// State and union-territory codes of Indian registrations (current, former and special).
const IN_STATES: &[&[u8; 2]] = &[
    b"AN", b"CH", b"DH", b"DL", b"JK", b"LA", b"LD", b"PY", b"CT", b"DN", b"AP", b"AR", b"AS", b"BR", b"CG", b"GA", b"GJ", b"HR", b"HP",
    b"JH", b"KA", b"KL", b"MP", b"MH", b"MN", b"ML", b"MZ", b"NL", b"OD", b"PB", b"RJ", b"SK", b"TN", b"TS", b"TR", b"UP", b"UK", b"WB",
    b"UT", b"UL", b"OR", b"UA", b"DD",
];

fn in_vehicle(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    if !nonzero_tail(c, 4) {
        return None;
    }
    // A known state code and a district number make it a registration; otherwise the shape alone.
    let district = s[2].is_ascii_digit() && s[2..4].iter().take_while(|b| b.is_ascii_digit()).any(|&b| b != b'0');
    Some(if IN_STATES.iter().any(|st| st[..] == s[..2]) && district { Score::VALID } else { Score::weak(0.5) })
}

fn gstin(c: &Cand<'_>) -> Option<Score> {
    let mut g = [0u8; 15];
    for (d, &b) in g.iter_mut().zip(c.s()) {
        *d = b.to_ascii_uppercase();
    }
    let state = u32::from(g[0] - b'0') * 10 + u32::from(g[1] - b'0');
    // The embedded PAN: at least three letters in its first five, four digits, a letter.
    let pan = &g[2..12];
    let pan_ok = pan[..5].iter().filter(|b| b.is_ascii_alphabetic()).count() >= 3
        && pan[5..9].iter().all(u8::is_ascii_digit)
        && pan[9].is_ascii_alphabetic();
    ((1..=37).contains(&state) && pan_ok).then_some(Score::VALID)
}

fn voter(c: &Cand<'_>) -> Option<Score> {
    // The second letter of most EPIC series is one of a few; others are a weaker shape.
    let second = c.s()[1].to_ascii_uppercase();
    Some(if b"ABCDGHJKMNPRSY".contains(&second) { Score::weak(0.4) } else { Score::weak(0.3) })
}

fn brn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    kr_brn(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
}

fn kr_license(c: &Cand<'_>) -> Option<Score> {
    super::numbers::uniform_separator(c.s())?;
    let mut buf = [0u8; 32];
    kr_license_region(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
}

fn frn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let d = digits_into(c.s(), &mut buf)?;
    // A failing check digit keeps the pattern's score: many numbers issued since 2020 have none.
    Some(if kr_frn(d) && d[7] * 10 + d[8] <= 95 { Score::VALID } else { Score::weak(0.5) })
}

fn tin(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let compact = c.s().iter().all(u8::is_ascii_digit);
    ph_tin(digits_into(c.s(), &mut buf)?).then(|| if compact { Score::weak(0.01) } else { Score::weak(0.05) })
}

fn tnin(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    th_tnin(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{at0, none};

    #[test]
    fn indian_ids() {
        for v in ["27ABCDE1234F1Z5", "07PQRST6789K1Z2", "37ABCDE1234F1Z5"] {
            assert!(at0(v, "IN_GSTIN", v), "{v}");
        }
        for v in ["27ABCDE1234F1Z", "27ABCDE1234F1Z55", "00ABCDE1234F1Z5", "38ABCDE1234F1Z5", "27ABCDE1234F1Y5", "123456789012345"] {
            assert!(none(v, "IN_GSTIN"), "{v}");
        }
        for v in ["A3456781", "C3590543"] {
            assert!(at0(v, "IN_PASSPORT", v), "{v}");
        }
        assert!(at0("passport number: J6932157", "IN_PASSPORT", "J6932157"));
        assert!(none("b0097650", "IN_PASSPORT") && none("my passport number is T356907", "IN_PASSPORT"));
        for v in ["KA53ME3456", "MN2412", "MCX1243", "I15432", "DL3CJI0001", "GJ09AB1234", "22BH1234AA"] {
            assert!(at0(v, "IN_VEHICLE_REGISTRATION", v), "{v}");
        }
        assert!(none("ABNE123456", "IN_VEHICLE_REGISTRATION") && none("KA0000", "IN_VEHICLE_REGISTRATION"));
        for v in ["KSD1287349", "uzb2345117", "CPJ4467918"] {
            assert!(at0(v, "IN_VOTER", v), "{v}");
        }
        assert!(none("zxdf8923q1", "IN_VOTER") && none("A8923571WZ", "IN_VOTER"));
    }

    #[test]
    fn korean_ids() {
        for v in ["104-86-56659", "1048656659", "104-82-13138"] {
            assert!(at0(v, "KR_BRN", v), "{v}");
        }
        for v in ["104-86-56658", "110-81-4127", "123-45-67890"] {
            assert!(none(v, "KR_BRN"), "{v}");
        }
        for v in ["11-22-123456-12", "112212345612", "28 22 123456 12"] {
            assert!(at0(v, "KR_DRIVER_LICENSE", v), "{v}");
        }
        for v in ["99-22-123456-12", "11-22-12345-12", "111-22-123456-12", "11-22 123456-12"] {
            assert!(none(v, "KR_DRIVER_LICENSE"), "{v}");
        }
        for v in ["911124-5678901", "0005056637892", "911124-5678906", "050912-6000012"] {
            assert!(at0(v, "KR_FRN", v), "{v}");
        }
        for v in ["001332-1234567", "960121+1021413", "960111-10214131", "960303-0021413", "760413-1212134"] {
            assert!(none(v, "KR_FRN"), "{v}");
        }
        for v in ["M123A4567", "m456B7890", "M12345678", "d11223344"] {
            assert!(at0(v, "KR_PASSPORT", v), "{v}");
        }
        assert!(at0("여권번호는 M789C1234입니다", "KR_PASSPORT", "M789C1234"));
        for v in ["A123B4567", "M12A4567", "M1234A567", "M123A45678", "MM123A4567", "M123 A4567", "M123-A4567"] {
            assert!(none(v, "KR_PASSPORT"), "{v}");
        }
    }

    #[test]
    fn korean_and_thai_context_words_count_in_their_own_script() {
        use crate::engine::builtin::tests::found_all;
        let score = |t: &str, e: &str| found_all(t, e).first().map_or(0.0, |f| f.1);
        // A particle attached (`는`), a compound (`대한민국여권`): the label still lifts a weak shape.
        assert!(score("여권번호는 M789C1234입니다", "KR_PASSPORT") >= 0.4);
        assert!(score("대한민국여권: M123A4567", "KR_PASSPORT") >= 0.4);
        assert!(score("번호는 M789C1234입니다", "KR_PASSPORT") < 0.4);
        assert!(score("외국인등록번호 911124-5678906", "KR_FRN") > 0.0);
        // Thai runs words together: the label in the middle of one is the nearest, not the phone's.
        assert!(at0("Tel 0812345678 ผู้ถือบัตรประชาชนเลขที่ 1234567890121", "TH_TNIN", "1234567890121"));
        assert!(none("Tel 0812345678 ผู้ถือเลขที่ 1234567890121", "TH_TNIN"));
    }

    #[test]
    fn philippine_singaporean_and_thai_ids() {
        assert!(at0("My TIN is 000-123-456-000", "PH_TIN", "000-123-456-000"));
        assert!(at0("TIN: 000123456", "PH_TIN", "000123456") && at0("TIN 000-123-456", "PH_TIN", "000-123-456"));
        for v in ["Invalid TIN 000-123-457-000", "Not a TIN 123456789", "Invalid TIN 600-000-000"] {
            assert!(none(v, "PH_TIN"), "{v}");
        }
        let t = "53125226D 201434292D S57TU0392K";
        for v in ["53125226D", "201434292D", "S57TU0392K"] {
            assert!(at0(t, "SG_UEN", v), "{v}");
        }
        assert!(at0("R16RF0037F", "SG_UEN", "R16RF0037F"));
        assert!(none("53125226", "SG_UEN") && none("53125226E", "SG_UEN"));
        for v in ["1234567890121", "1220000000007", "1580000000004"] {
            assert!(at0(v, "TH_TNIN", v), "{v}");
        }
        for v in ["123456789012", "0234567890124", "1284567890124", "1234567890123", "1111111111111"] {
            assert!(none(v, "TH_TNIN"), "{v}");
        }
    }
}
