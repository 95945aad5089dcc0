//! French, Belgian and Portuguese identifiers with official check digits: SIREN and SIRET (INSEE,
//! Luhn), the Belgian national register number (mod 97 over the birth date and serial) and the
//! Portuguese NIF (mod 11), in their printed layouts.
//!
//! Scores follow Presidio's: nine to fourteen digits with a one-in-ten or one-in-eleven check
//! digit are common (phone, order and account numbers), so a bare valid value scores low, below the
//! default threshold, and a label in the country's language (`SIREN`, `Rijksregisternummer`,
//! `contribuinte`) lifts it. The Belgian number in its own dotted layout (`85.07.30-033.28`) is
//! unmistakable and scores on its own.

use super::{Cand, Pattern, Score};
use crate::engine::checksum::digits_into;
use crate::engine::checksum_locale::{be_birth_date_ok, be_national_number_check, fr_siren, fr_siret, pt_nif};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::*;
    // SIREN `732 829 320`, SIRET `732 829 320 00074` (spaced, or compact).
    v.push(Pattern::new(FrSiren, r"\d{3} \d{3} \d{3}|\d{9}", siren));
    v.push(Pattern::new(FrSiret, r"\d{3} \d{3} \d{3} \d{5}|\d{14}", siret));
    // Belgium: `85.07.30-033.28`, `850730 033 28`, `85073003328`.
    v.push(Pattern::new(BeNationalNumber, r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}|\d{6}[ \-]\d{3}[ \-.]\d{2}|\d{11}", be_nn));
    // Portugal: `123456789`, `123 456 789`; as a VAT number (VIES), glued to its country code
    // (`PT123456789`), which the redaction then covers too.
    v.push(Pattern::new(PtNif, r"(?:PT)?(?:\d{3} \d{3} \d{3}|\d{9})", nif));
}

fn siren(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    fr_siren(digits_into(c.s(), &mut buf)?).then_some(Score::new(0.05, 0.85))
}

fn siret(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    fr_siret(digits_into(c.s(), &mut buf)?).then_some(Score::new(0.3, 0.9))
}

fn be_nn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let d = digits_into(c.s(), &mut buf)?;
    if !(be_national_number_check(d) && be_birth_date_ok(d)) {
        return None;
    }
    let dotted = c.s().contains(&b'.');
    Some(if dotted { Score::new(0.6, 1.0) } else { Score::new(0.1, 0.9) })
}

fn nif(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    pt_nif(digits_into(c.s(), &mut buf)?).then_some(Score::new(0.05, 0.85))
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{at0, found_all, has, none};

    #[test]
    fn french_company_numbers_need_their_label() {
        assert!(has("SIREN : 732 829 320", "FR_SIREN", "732 829 320"));
        assert!(has("N° SIRET 73282932000074", "FR_SIRET", "73282932000074"));
        assert!(has("siret: 732 829 320 00074", "FR_SIRET", "732 829 320 00074"));
        // A bare valid value is reported low, below the default threshold.
        assert!(at0("732829320", "FR_SIREN", "732829320") && !has("732829320", "FR_SIREN", "732829320"));
        assert!(none("SIREN : 732 829 321", "FR_SIREN") && none("SIRET 73282932000075", "FR_SIRET"));
    }

    #[test]
    fn belgian_national_numbers() {
        assert!(has("85.07.30-033.28", "BE_NATIONAL_NUMBER", "85.07.30-033.28"));
        assert!(has("Rijksregisternummer: 85073003328", "BE_NATIONAL_NUMBER", "85073003328"));
        assert!(has("Copie : dossier personnel (NN 85.07.30-033.28) – délégation syndicale", "BE_NATIONAL_NUMBER", "85.07.30-033.28"));
        assert!(has("Numéro national : 010203 001 70", "BE_NATIONAL_NUMBER", "010203 001 70"));
        assert!(found_all("85073003328", "BE_NATIONAL_NUMBER").iter().all(|(_, s)| *s < 0.4));
        // Wrong check digits; a month 13.
        assert!(none("85.07.30-033.29", "BE_NATIONAL_NUMBER"));
        assert!(none("Rijksregisternummer: 85133003328", "BE_NATIONAL_NUMBER"));
    }

    #[test]
    fn portuguese_tax_numbers() {
        assert!(has("NIF: 214768295", "PT_NIF", "214768295"));
        assert!(has("com NIF PT214768295 pagou", "PT_NIF", "PT214768295"));
        assert!(none("NIF: PT214768296", "PT_NIF") && none("NIF: XPT214768295", "PT_NIF"));
        assert!(has("Número de contribuinte: 290 504 600", "PT_NIF", "290 504 600"));
        assert!(!has("214768295", "PT_NIF", "214768295"));
        assert!(none("NIF: 214768296", "PT_NIF") && none("contribuinte 012345675", "PT_NIF"));
    }
}
