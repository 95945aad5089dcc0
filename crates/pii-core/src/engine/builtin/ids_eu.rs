//! Spanish, Italian, Swedish and Turkish identifiers beyond those of [`super::ids`] (a file of its
//! own so that neither passes 700 lines): passports, identity cards, driving licences, VAT and
//! company numbers, Turkish identity numbers and number plates.
//!
//! Scores follow Presidio's: document numbers without a check digit are weak shapes (an Italian
//! passport `AA1234567` scores 0.01) that only a context word in the country's language lifts; a
//! check digit that passes makes the value certain and one that fails drops it.

use super::{Cand, Pattern, Score};
use crate::engine::checksum::digits_into;
use crate::engine::checksum_ids::{it_vat, se_orgnr, tr_tckn};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::*;
    // Spain: passport, three letters and six digits.
    v.push(Pattern::new(EsPassport, r"[A-Za-z]{3}\d{6}", |_| Some(Score::weak(0.05))));
    // Italy: driving licence (two letters, seven digits, a letter; or the U1 series).
    v.push(Pattern::new(
        ItDriverLicense,
        r"[A-Za-z]{2}\d{7}[A-Za-z]|[Uu]1[BCDEFGHLJKMNPRSTUWYXZbcdefghljkmnpstuwyxz0-9]{7}[A-Za-z]",
        |_| Some(Score::weak(0.2)),
    ));
    // Italy: identity card (paper AA1234567, CIE 2.0 1234567AA, CIE 3.0 AA12345AA) and passport.
    v.push(Pattern::new(ItIdentityCard, r"[A-Za-z]{2} ?\d{7}|\d{7}[A-Za-z]{2}|[A-Za-z]{2}\d{5}[A-Za-z]{2}", |_| Some(Score::weak(0.01))));
    v.push(Pattern::new(ItPassport, r"[A-Za-z]{2}\d{7}", |_| Some(Score::weak(0.01))));
    // Italy: partita IVA, eleven digits (sometimes grouped by a space or underscore), Luhn. The
    // VAT number of the EU's VIES register is the same digits after the country code, written glued
    // (`IT01333550323`): the prefix is part of the value, so the redaction covers it.
    v.push(Pattern::new(ItVatCode, r"(?:IT)?(?:\d[ _]?){10}\d", it_vat_code));
    // Sweden: organisationsnummer NNNNNN-NNNN.
    v.push(Pattern::new(SeOrganisationsnummer, r"\d{6}-?\d{4}", orgnr));
    // Turkey: identity number (TCKN) and number plates (province 01-81, letters, digits).
    v.push(Pattern::new(TrNationalId, r"[1-9]\d{10}", tckn));
    v.push(Pattern::new(
        TrLicensePlate,
        r"(?:0[1-9]|[1-7]\d|8[01])(?: ?[A-PR-VY-Za-pr-vy-z]{1,3} ?|-[A-PR-VY-Za-pr-vy-z]{1,3}-)\d{2,4}",
        tr_plate,
    ));
}

fn it_vat_code(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    // Eleven digits with a one-in-ten check digit are common (phone and account numbers), so a
    // bare valid one stays below the default threshold; "partita IVA" makes it certain.
    it_vat(digits_into(c.s(), &mut buf)?).then_some(Score::new(0.3, 1.0))
}

fn orgnr(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    se_orgnr(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
}

fn tckn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    tr_tckn(digits_into(c.s(), &mut buf)?).then_some(Score::VALID)
}

fn tr_plate(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let letters = || s.iter().filter(|b| b.is_ascii_alphabetic());
    // One case throughout (`34 ABC 1234`, `34 abc 1234`), not a word of running text; the province
    // code (01-81) is checked by the pattern.
    if !(letters().all(u8::is_ascii_uppercase) || letters().all(u8::is_ascii_lowercase)) {
        return None;
    }
    Some(Score::VALID)
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{at0, none};

    #[test]
    fn spanish_and_italian_documents() {
        for v in ["AAA123456", "aaa123456", "XyZ987654"] {
            assert!(at0(v, "ES_PASSPORT", v), "{v}");
        }
        assert!(at0("Mi pasaporte es AAA123456", "ES_PASSPORT", "AAA123456"));
        for v in ["AA123456", "AAAA12345", "AAA12345"] {
            assert!(none(v, "ES_PASSPORT"), "{v}");
        }
        for v in ["AA0123456B", "U1H00B000C", "U1K711J11M"] {
            assert!(at0(v, "IT_DRIVER_LICENSE", v), "{v}");
        }
        assert!(none("U1H00A000B", "IT_DRIVER_LICENSE") && none("990123456B", "IT_DRIVER_LICENSE"));
        let t = "AA1234567 aa 1234567 1234567Aa AA12345aa";
        for v in ["AA1234567", "aa 1234567", "1234567Aa", "AA12345aa"] {
            assert!(at0(t, "IT_IDENTITY_CARD", v), "{v}");
        }
        assert!(none("AA123456", "IT_IDENTITY_CARD"));
        assert!(at0("aa7654321", "IT_PASSPORT", "aa7654321") && none("AAA7654321", "IT_PASSPORT"));
    }

    #[test]
    fn italian_vat_and_swedish_companies() {
        assert!(at0("00000000000 and 01333550323", "IT_VAT_CODE", "01333550323"));
        assert!(at0("01333550_323", "IT_VAT_CODE", "01333550_323"));
        assert!(none("00000000000", "IT_VAT_CODE") && none("01333550324", "IT_VAT_CODE"));
        assert!(at0("P.IVA IT01333550323", "IT_VAT_CODE", "IT01333550323"));
        assert!(none("IT01333550324", "IT_VAT_CODE") && none("XIT01333550323", "IT_VAT_CODE"));
        for v in ["212000-0142", "2120000142", "556703-7485"] {
            assert!(at0(v, "SE_ORGANISATIONSNUMMER", v), "{v}");
        }
        for v in ["19000309-3393", "556703-7486", "55670x-7485"] {
            assert!(none(v, "SE_ORGANISATIONSNUMMER"), "{v}");
        }
    }

    #[test]
    fn turkish_ids_and_plates() {
        for v in ["10000000146", "76543210794", "36493665440"] {
            assert!(at0(v, "TR_NATIONAL_ID", v), "{v}");
        }
        assert!(at0("TC Kimlik No: 10000000146", "TR_NATIONAL_ID", "10000000146"));
        for v in ["00000000000", "02531814694", "10000000145", "1234567890"] {
            assert!(none(v, "TR_NATIONAL_ID"), "{v}");
        }
        for v in ["34 ABC 1234", "06 A 123", "34ABC1234", "34 abc 1234", "81 A 12", "06-JK-567"] {
            assert!(at0(v, "TR_LICENSE_PLATE", v), "{v}");
        }
        assert!(at0("Plaka 34 ABC 1234 ve 06 JK 567", "TR_LICENSE_PLATE", "06 JK 567"));
        for v in ["00 ABC 123", "82 ABC 123", "99 ABC 123", "hello world", "1234567890", "34 Abc 1234"] {
            assert!(none(v, "TR_LICENSE_PLATE"), "{v}");
        }
    }
}
