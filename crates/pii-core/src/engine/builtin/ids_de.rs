//! German identifiers (a file of their own because [`super::ids`] would pass 700 lines): identity
//! card, passport and driving licence numbers, health, pension and tax numbers, physician and
//! practice numbers, the commercial register, VAT ids, postcodes and number plates.
//!
//! Scores follow Presidio's: a shape without a check digit is reported with its weak pattern score
//! (a postcode 0.05, a practice number 0.2) and needs a context word ("Postleitzahl", "BSNR") to
//! reach the default threshold; a passing check digit makes the value certain; a failing one drops
//! it. None of these types is on by default (see [`crate::engine::catalog`]).

use super::{Cand, Pattern, Score};
use crate::engine::checksum::digits_into;
use crate::engine::checksum_ids::{de_kvnr, de_lanr, de_rvnr, de_vat, icao_9303};
use crate::engine::kind::Kind;

/// The ICAO document-number alphabet of German passports and identity cards (no A B D E I O Q S U).
const ICAO_DE: &str = "[CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz]";

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::*;
    // Practice (Betriebsstätte) number: nine digits, no public check digit.
    v.push(Pattern::new(DeBsnr, r"\d{9}", bsnr));
    // Lifelong physician number: nine digits, the seventh a check digit.
    v.push(Pattern::new(DeLanr, r"\d{9}", lanr));
    // Driving licence (EU card since 2013): authority letters, 3 + 5 digits, a check character.
    v.push(Pattern::new(DeFuehrerschein, r"[A-Za-z]{2}\d{8}[A-Za-z0-9]", |_| Some(Score::weak(0.35))));
    // Commercial register: HRA (partnerships, sole traders) or HRB (companies) and up to six digits.
    v.push(Pattern::new(DeHandelsregister, r"[Hh][Rr][ABab] {0,2}\d{1,6}", |_| Some(Score::weak(0.5))));
    // Health insurance number (KVNR): a letter and nine digits, the last a check digit.
    v.push(Pattern::new(DeHealthInsurance, r"[A-Za-z]\d{9}", kvnr));
    // Identity card: ICAO characters with a check digit (since 2010), or T and eight digits (before).
    v.push(Pattern { kind: DeIdCard, regex: format!("{ICAO_DE}(?:{ICAO_DE}|[0-9]){{7}}[0-9]|[Tt]\\d{{8}}").into(), check: id_card });
    // Passport: the same ICAO alphabet and check digit.
    v.push(Pattern { kind: DePassport, regex: format!("{ICAO_DE}(?:{ICAO_DE}|[0-9]){{7}}[0-9]").into(), check: passport });
    // Number plates: district (1-3 letters), 1-2 letters, 1-4 digits, E (electric) or H (historic).
    v.push(Pattern::new(DeKfz, r"[A-Za-z]{1,3}(?: [A-Za-z]{1,2} |-[A-Za-z]{1,2}[ \-])\d{1,4}[EHeh]?", |c| {
        uniform_case(c.s()).then(|| Score::weak(0.3))
    }));
    // Postcodes: five digits from 01001 to 99998.
    v.push(Pattern::new(DePlz, r"\d{5}", plz));
    // Pension insurance number: area, birth date, initial, serial, check digit.
    v.push(Pattern::new(DeSocialSecurity, r"\d{8}[A-Za-z]\d{3}", rvnr));
    // Tax number (Steuernummer): the 13-digit federal form, or the regional slashed forms.
    v.push(Pattern::new(DeTaxNumber, r"(?:0[1-9]|1[0-6])\d{11}", |_| Some(Score::weak(0.5))));
    v.push(Pattern::new(DeTaxNumber, r"\d{2,3}/\d{3,4}/\d{4,5}", tax_number_slashed));
    // VAT id: DE and nine digits, grouped or not.
    v.push(Pattern::new(DeVatId, r"[Dd][Ee][ .\-]?\d{3}[ .\-]?\d{3}[ .\-]?\d{3}", vat_id));
}

/// All letters of a code in one case (`B AB 1234`, `b ab 1234`), not a word of running text.
fn uniform_case(s: &[u8]) -> bool {
    let letters = || s.iter().filter(|b| b.is_ascii_alphabetic());
    letters().all(u8::is_ascii_uppercase) || letters().all(u8::is_ascii_lowercase)
}

fn bsnr(c: &Cand<'_>) -> Option<Score> {
    // No public check digit: only the all-zero number is ruled out.
    (!c.s().iter().all(|&b| b == b'0')).then(|| Score::weak(0.2))
}

fn lanr(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    de_lanr(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
}

fn kvnr(c: &Cand<'_>) -> Option<Score> {
    de_kvnr(c.s()).then_some(Score::VALID)
}

fn id_card(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    // The old card's number has no check digit the scanner could verify.
    if s[0].eq_ignore_ascii_case(&b'T') && s[1..].iter().all(u8::is_ascii_digit) {
        return Some(Score::weak(0.5));
    }
    icao_9303(s).then_some(Score::VALID)
}

fn passport(c: &Cand<'_>) -> Option<Score> {
    icao_9303(c.s()).then_some(Score::VALID)
}

fn plz(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let n = s.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
    (1001..=99998).contains(&n).then(|| Score::weak(0.05))
}

fn rvnr(c: &Cand<'_>) -> Option<Score> {
    de_rvnr(c.s()).then_some(Score::VALID)
}

fn tax_number_slashed(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    // 3/3/5 is the layout of Bavaria and Baden-Württemberg; other lengths are weaker.
    let parts = s.split(|&b| b == b'/').map(<[u8]>::len).collect::<Vec<_>>();
    Some(if parts == [3, 3, 5] { Score::weak(0.4) } else { Score::weak(0.2) })
}

fn vat_id(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let d = digits_into(c.s(), &mut buf)?;
    // A failing check digit keeps the pattern's score, as Presidio does unless told to be strict.
    if de_vat(d) {
        return Some(Score::VALID);
    }
    Some(if c.s()[2].is_ascii_digit() { Score::weak(0.5) } else { Score::weak(0.4) })
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{at0, found_all, none};

    fn score(text: &str, entity: &str, value: &str) -> f32 {
        found_all(text, entity).into_iter().find(|(v, _)| v == value).map_or(-1.0, |(_, s)| s)
    }

    #[test]
    fn practice_and_physician_numbers() {
        assert!(at0("021234568", "DE_BSNR", "021234568"));
        assert!(score("021234568", "DE_BSNR", "021234568") < 0.4);
        assert!(score("BSNR 711234567 der Praxis.", "DE_BSNR", "711234567") >= 0.4);
        assert!(none("000000000", "DE_BSNR") && none("0212345689", "DE_BSNR"));
        assert!(at0("LANR: 123456601 des behandelnden Arztes.", "DE_LANR", "123456601"));
        assert!(none("123456901", "DE_LANR") && none("1234566010", "DE_LANR"));
    }

    #[test]
    fn documents() {
        for v in ["BO12345678A", "GE123456780", "mu12345678b"] {
            assert!(at0(v, "DE_FUEHRERSCHEIN", v), "{v}");
        }
        assert!(score("Führerscheinnummer: BO12345678A", "DE_FUEHRERSCHEIN", "BO12345678A") >= 0.4);
        for v in ["BO12345678", "BO12345678AB", "12345678901", "B12345678A"] {
            assert!(none(v, "DE_FUEHRERSCHEIN"), "{v}");
        }
        for v in ["L01X00T44", "C01234565", "l01x00t44", "T22000129"] {
            assert!(at0(v, "DE_ID_CARD", v), "{v}");
        }
        for v in ["L01X00T47", "C01234567", "T2200012", "123456789"] {
            assert!(none(v, "DE_ID_CARD"), "{v}");
        }
        assert!(at0("Reisepass C01234565 ausgestellt am 01.01.2020.", "DE_PASSPORT", "C01234565"));
        assert!(at0("Pass-Nr.: F12345671", "DE_PASSPORT", "F12345671"));
        for v in ["C01234567", "F12345678", "C012345678", "901234567"] {
            assert!(none(v, "DE_PASSPORT"), "{v}");
        }
    }

    #[test]
    fn health_pension_and_tax_numbers() {
        assert!(at0("Krankenkasse KVNR: A123456780", "DE_HEALTH_INSURANCE", "A123456780"));
        assert!(at0("a123456780", "DE_HEALTH_INSURANCE", "a123456780"));
        assert!(none("A123456787", "DE_HEALTH_INSURANCE") && none("A1234567890", "DE_HEALTH_INSURANCE"));
        assert!(at0("RVNR: 15070649C103 laut Ausweis.", "DE_SOCIAL_SECURITY", "15070649C103"));
        for v in ["15070649C100", "15071349C103", "150706491103"] {
            assert!(none(v, "DE_SOCIAL_SECURITY"), "{v}");
        }
        for v in ["0281508150123", "123/456/78901", "12/345/6789", "123/3456/7890"] {
            assert!(at0(v, "DE_TAX_NUMBER", v), "{v}");
        }
        assert!(score("Steuernummer: 0981508150999 wurde vergeben.", "DE_TAX_NUMBER", "0981508150999") >= 0.8);
        assert!(none("1781508150001", "DE_TAX_NUMBER") && none("028150815012", "DE_TAX_NUMBER"));
        for v in ["DE136695976", "de136695976", "DE 136 695 976", "DE-136-695-976", "DE123456789"] {
            assert!(at0(v, "DE_VAT_ID", v), "{v}");
        }
        assert!(score("DE136695976", "DE_VAT_ID", "DE136695976") > score("DE123456789", "DE_VAT_ID", "DE123456789"));
        for v in ["AT123456789", "DE12345678", "DE1234567890"] {
            assert!(none(v, "DE_VAT_ID"), "{v}");
        }
    }

    #[test]
    fn register_postcodes_and_plates() {
        for v in ["HRB 123456", "HRB 1", "HRA12345", "hrb 12345"] {
            assert!(at0(v, "DE_HANDELSREGISTER", v), "{v}");
        }
        for v in ["HRC 12345", "HR 12345", "HRB 1234567"] {
            assert!(none(v, "DE_HANDELSREGISTER"), "{v}");
        }
        for v in ["10115", "01001", "99998"] {
            assert!(at0(v, "DE_PLZ", v), "{v}");
        }
        assert!(score("10115", "DE_PLZ", "10115") < 0.4 && score("PLZ: 10115", "DE_PLZ", "10115") >= 0.4);
        for v in ["00000", "01000", "99999", "101150", "1011"] {
            assert!(none(v, "DE_PLZ"), "{v}");
        }
        for v in ["B AB 1234", "KA EF 12H", "MIL EF 1234E", "HH-AB-1234", "b ab 1234"] {
            assert!(at0(v, "DE_KFZ", v), "{v}");
        }
        assert!(at0("Das Fahrzeug mit Kennzeichen B AB 1234 wurde gesehen.", "DE_KFZ", "B AB 1234"));
        for v in ["BAB1234", "B 1234", "BXYZ AB 1234", "It is 5"] {
            assert!(none(v, "DE_KFZ"), "{v}");
        }
    }
}
