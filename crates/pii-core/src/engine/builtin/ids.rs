//! Identity documents and national identifiers.
//!
//! Shapes that carry a checksum (NHS, DEA, NINO prefix rules, codice fiscale, NIF/NIE, HETU, NIR,
//! NRIC, CPF/CNPJ in their punctuated forms, ...) score on their own. Shapes without one (US
//! passports, driver licenses, state medical licenses) or whose checksum is weak for their length
//! (nine to eleven bare digits) are reported only next to a label that names them.

use super::{Cand, Pattern, Score, numbers::uniform_separator};
use crate::engine::checksum::{
    au_abn, au_acn, au_medicare, au_tfn, br_cnpj, br_cpf, de_tax_id, dea, digits_into, es_nif_letter, fi_hetu, fr_nir, it_fiscal_code,
    kr_rrn, nhs, nl_bsn, pl_pesel, se_personnummer, sg_nric, verhoeff,
};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::*;
    // US passport: nine digits, or a letter and eight digits (next-generation books).
    v.push(Pattern::new(UsPassport, r"\d{9}|[A-Za-z]\d{8}", context_only));
    // US driver licenses: the state layouts (CA A1234567, FL/MI/NJ/IL/WI letter + digits, grouped or
    // not; NY/PA/GA digits; OH two letters + six digits; WA WDL + 9; digits ending in one or two
    // letters, digits with letters inside, as in Presidio's list of state layouts).
    v.push(Pattern::new(
        UsDriverLicense,
        r"[A-Za-z]{1,2}\d{4,14}|[A-Za-z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Za-z]\d{3}-\d{4}-\d{4}(?:-\d{2})?|[A-Za-z] ?\d{3} \d{3} \d{3} \d{3}|[A-Za-z]\d{4} \d{5} \d{5}|\d{3} \d{3} \d{3}|\d{2} \d{3} \d{3}|\d{6,14}|\d{16}|\d{7,9}[A-Za-z]|\d{8}[A-Za-z]{2}|\d{3}[A-Za-z]{2}\d{4}|\d{2}[A-Za-z]{3}\d{5,6}|WDL[A-Z0-9]{9}|[A-Z*]{5}[A-Z0-9*]{3}\d{2}[A-Z0-9]{2}",
        license,
    ));
    // DEA registration number: registrant type letter, initial (or 9), seven digits with check digit.
    v.push(Pattern::new(MedicalLicense, r"[A-Za-z][A-Za-z9]\d{7}", dea_check));
    // State medical licenses: letters and digits, only with a medical label.
    v.push(Pattern::new(MedicalLicense, r"[A-Za-z]{1,3}[\- ]?\d{4,8}|\d{5,8}", state_medical));
    // UK NHS number: 3-3-4 digits, mod 11.
    v.push(Pattern::new(UkNhs, r"\d{3}[ \-]\d{3}[ \-]\d{4}|\d{10}", nhs_check));
    // UK National Insurance number.
    v.push(Pattern::new(UkNino, r"[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]", nino));
    // Spain: DNI/NIF (as a VAT number glued to its country code, `ES12345678Z`) and NIE.
    v.push(Pattern::new(EsNif, r"(?:ES)?\d{8}-?[A-Za-z]", es_nif));
    v.push(Pattern::new(EsNie, r"[XYZxyz]-?\d{7}-?[A-Za-z]", es_nie));
    // Italy: codice fiscale.
    v.push(Pattern::new(ItFiscalCode, r"[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]", it_cf));
    // Poland: PESEL.
    v.push(Pattern::new(PlPesel, r"\d{11}", pesel));
    // Finland: HETU.
    v.push(Pattern::new(FiHetu, r"\d{6}[\-+AaBCDEFYXWVU]\d{3}[0-9A-Ya-y]", hetu));
    // Sweden: personnummer (YYMMDD-NNNC, YYYYMMDD-NNNC, compact).
    v.push(Pattern::new(SePersonnummer, r"(?:\d{2})?\d{6}[\-+]\d{4}|\d{12}|\d{10}", personnummer));
    // Netherlands: BSN.
    v.push(Pattern::new(NlBsn, r"\d{9}|\d{4}\.\d{2}\.\d{3}", bsn));
    // France: NIR (social security number), 13 digits and a two-digit key, spaced or not.
    v.push(Pattern::new(FrNir, r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}", nir));
    // Germany: Steuer-ID.
    v.push(Pattern::new(DeTaxId, r"\d{11}|\d{2} \d{3} \d{3} \d{3}", steuer_id));
    // India: PAN and Aadhaar.
    v.push(Pattern::new(InPan, r"[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]", pan));
    v.push(Pattern::new(InAadhaar, r"[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}", aadhaar));
    // Singapore: NRIC / FIN.
    v.push(Pattern::new(SgNric, r"[STFGMstfgm]\d{7}[A-Za-z]", nric));
    // Australia: ABN, ACN, TFN, Medicare.
    v.push(Pattern::new(AuAbn, r"\d{2} ?\d{3} ?\d{3} ?\d{3}", abn));
    v.push(Pattern::new(AuAcn, r"\d{3} ?\d{3} ?\d{3}", acn));
    v.push(Pattern::new(AuTfn, r"\d{3} ?\d{3} ?\d{3}|\d{8}", tfn));
    v.push(Pattern::new(AuMedicare, r"[2-6]\d{3} ?\d{5} ?\d(?:[ \-/]?\d)?", medicare));
    // Canada: SIN.
    v.push(Pattern::new(CaSin, r"\d{3}[ \-]\d{3}[ \-]\d{3}|\d{9}", sin));
    // Brazil: CPF and CNPJ.
    v.push(Pattern::new(BrCpf, r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}", cpf));
    v.push(Pattern::new(BrCnpj, r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14}", cnpj));
    // Korea: resident registration number.
    v.push(Pattern::new(KrRrn, r"\d{6}-?\d{7}", rrn));
}

fn digits<'b>(c: &Cand<'_>, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    digits_into(c.s(), buf)
}

fn compact(c: &Cand<'_>) -> bool {
    c.s().iter().all(u8::is_ascii_digit)
}

/// Reported only with a label naming the kind.
fn context_only(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    if s.iter().filter(|b| b.is_ascii_digit()).all(|&b| b == s[s.len() - 1]) {
        return None;
    }
    Some(Score::new(0.0, 0.85))
}

/// A bare license number is a weak candidate, as in Presidio: letters and digits 0.3, digits alone
/// 0.01 (seen only at a lowered threshold); a driver-license label makes it one.
fn license(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    if !s.iter().any(u8::is_ascii_digit) && !s.starts_with(b"WDL") {
        return None;
    }
    uniform_separator(s)?;
    context_only(c)?;
    let bare = if s[0].is_ascii_alphabetic() && s.iter().all(u8::is_ascii_alphanumeric) { 0.3 } else { 0.01 };
    // Next to its label a license number scores as Presidio scores a weak pattern with context
    // (0.3 + 0.35): above the default threshold, below the 0.7 clients use to keep only strong finds.
    Some(Score::new(bare, 0.65))
}

fn dea_check(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    // Registrant types in use (practitioners A, B, F, G; mid-level M; distributors and others).
    if !b"ABCDEFGHJKLMPRSTUX".contains(&s[0].to_ascii_uppercase()) || !dea(s) {
        return None;
    }
    Some(Score::new(0.5, 0.95))
}

fn state_medical(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    // Two letters and seven digits is the DEA layout, which must pass its own check digit.
    if s.len() == 9 && s[..2].iter().all(u8::is_ascii_alphabetic) && s[2..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    if s.iter().all(u8::is_ascii_digit) {
        return Some(Score::new(0.0, 0.6));
    }
    // Ties with a driver license layout under a bare "license" label go to the medical license
    // (entity priority); "driver license" labels suppress it.
    Some(Score::new(0.0, 0.85))
}

fn nhs_check(c: &Cand<'_>) -> Option<Score> {
    uniform_separator(c.s())?;
    let mut buf = [0u8; 32];
    let d = digits(c, &mut buf)?;
    if !nhs(d) || d.iter().all(|&x| x == d[0]) {
        return None;
    }
    Some(if compact(c) { Score::new(0.3, 0.95) } else { Score::new(0.4, 0.95) })
}

fn nino(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let spaces = s.iter().filter(|&&b| b == b' ').count();
    if spaces != 0 && spaces != 4 {
        return None;
    }
    let (a, b) = (s[0].to_ascii_uppercase(), s[1].to_ascii_uppercase());
    if b"DFIQUV".contains(&a) || b"DFIQUVO".contains(&b) || matches!(&[a, b], b"BG" | b"GB" | b"NK" | b"KN" | b"TN" | b"NT" | b"ZZ") {
        return None;
    }
    Some(Score::new(0.5, 0.95))
}

fn es_nif(c: &Cand<'_>) -> Option<Score> {
    let s = c.s().strip_prefix(b"ES").unwrap_or(c.s());
    let n = s[..8].iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
    es_nif_letter(n, s[s.len() - 1]).then_some(Score::new(0.6, 0.95))
}

fn es_nie(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 11];
    let mut n = 0;
    for &b in c.s().iter().filter(|&&b| b != b'-') {
        *buf.get_mut(n)? = b;
        n += 1;
    }
    let s = &buf[..n];
    let prefix = match s[0].to_ascii_uppercase() {
        b'X' => 0,
        b'Y' => 1,
        _ => 2,
    };
    let n = s[1..8].iter().fold(prefix, |a, &b| a * 10 + u32::from(b - b'0'));
    es_nif_letter(n, s[8]).then_some(Score::new(0.6, 0.95))
}

fn it_cf(c: &Cand<'_>) -> Option<Score> {
    it_fiscal_code(c.s()).then_some(Score::new(0.8, 1.0))
}

fn pesel(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    pl_pesel(digits(c, &mut buf)?).then_some(Score::new(0.05, 0.9))
}

fn hetu(c: &Cand<'_>) -> Option<Score> {
    fi_hetu(c.s()).then_some(Score::new(0.7, 0.95))
}

fn personnummer(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let d = digits(c, &mut buf)?;
    let d10 = if d.len() == 12 { &d[2..] } else { d };
    if d.len() == 12 && !matches!(d[0] * 10 + d[1], 18..=20) {
        return None;
    }
    if !se_personnummer(d10) {
        return None;
    }
    Some(if compact(c) { Score::new(0.05, 0.9) } else { Score::new(0.5, 0.95) })
}

fn bsn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    nl_bsn(digits(c, &mut buf)?).then_some(Score::new(0.05, 0.85))
}

fn nir(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 15];
    let mut len = 0;
    for &b in c.s().iter().filter(|&&b| b != b' ') {
        *buf.get_mut(len)? = b.to_ascii_uppercase();
        len += 1;
    }
    if len != 15 {
        return None;
    }
    let s = &buf;
    // Corsica: department 2A / 2B count as 19 / 18 in the key computation.
    let mut n: u64 = 0;
    for (i, &b) in s[..13].iter().enumerate() {
        let v = match (i, b) {
            (6, b'A') => {
                n = n * 10 + 1;
                9
            }
            (6, b'B') => {
                n = n * 10 + 1;
                8
            }
            (_, d) if d.is_ascii_digit() => u64::from(d - b'0'),
            _ => return None,
        };
        if !(i == 5 && matches!(s[6], b'A' | b'B')) {
            n = n * 10 + v;
        }
    }
    let key = u32::from(s[13] - b'0') * 10 + u32::from(s[14] - b'0');
    let month = (s[3] - b'0') * 10 + (s[4] - b'0');
    if !((1..=12).contains(&month) || (20..=42).contains(&month) || (50..=99).contains(&month)) {
        return None;
    }
    fr_nir(n, key).then_some(Score::new(0.7, 0.95))
}

fn steuer_id(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    de_tax_id(digits(c, &mut buf)?).then_some(Score::new(0.05, 0.9))
}

fn pan(_c: &Cand<'_>) -> Option<Score> {
    Some(Score::new(0.5, 0.95))
}

fn aadhaar(c: &Cand<'_>) -> Option<Score> {
    uniform_separator(c.s())?;
    let mut buf = [0u8; 32];
    let d = digits(c, &mut buf)?;
    if !verhoeff(d) {
        return None;
    }
    Some(if compact(c) { Score::new(0.05, 0.9) } else { Score::new(0.3, 0.9) })
}

fn nric(c: &Cand<'_>) -> Option<Score> {
    sg_nric(c.s()).then_some(Score::new(0.6, 0.95))
}

fn abn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    au_abn(digits(c, &mut buf)?).then_some(if compact(c) { Score::new(0.05, 0.9) } else { Score::new(0.3, 0.95) })
}

/// The bare score of a valid Australian number: grouped as printed 0.1, compact 0.01 (Presidio's
/// pattern scores; seen only at a lowered threshold without a label). Groups are single spaces.
fn au_bare(c: &Cand<'_>) -> Option<f32> {
    let spaces = c.s().iter().filter(|&&b| b == b' ').count();
    match spaces {
        0 => Some(0.01),
        1 => None,
        _ => Some(0.1),
    }
}

fn acn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let bare = au_bare(c)?;
    au_acn(digits(c, &mut buf)?).then_some(Score::new(bare, 0.85))
}

fn tfn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let bare = au_bare(c)?;
    au_tfn(digits(c, &mut buf)?).then_some(Score::new(bare, 0.85))
}

fn medicare(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    // A trailing issue number is part of the card number only with its label.
    let bare = if c.s().iter().filter(|b| b.is_ascii_digit()).count() == 10 { 0.01f32.max(au_bare(c).unwrap_or(0.0)) } else { 0.0 };
    au_medicare(digits(c, &mut buf)?).then_some(Score::new(bare, 0.85))
}

fn sin(c: &Cand<'_>) -> Option<Score> {
    uniform_separator(c.s())?;
    let mut buf = [0u8; 32];
    let d = digits(c, &mut buf)?;
    // SINs start with 1-7 or 9 (temporary residents); Luhn.
    // Bare: grouped 0.3, compact 0.05 (below the default threshold; a "SIN" label raises it).
    let bare = if compact(c) { 0.05 } else { 0.3 };
    (d[0] != 0 && d[0] != 8 && crate::engine::checksum::luhn(d)).then_some(Score::new(bare, 0.9))
}

fn cpf(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    br_cpf(digits(c, &mut buf)?).then_some(if compact(c) { Score::new(0.05, 0.9) } else { Score::new(0.85, 1.0) })
}

fn cnpj(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    br_cnpj(digits(c, &mut buf)?).then_some(if compact(c) { Score::new(0.05, 0.9) } else { Score::new(0.85, 1.0) })
}

fn rrn(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let d = digits(c, &mut buf)?;
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    // Birth date and a citizen's gender digit (1-4; 5-8 are foreigners, KR_FRN) make the shape.
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=4).contains(&d[6]) {
        return None;
    }
    if !kr_rrn(d) {
        // A failing check digit leaves a weak candidate, as in Presidio (numbers issued since
        // 2020 have random digits instead), below the default threshold even with a label.
        return Some(Score::new(0.05, 0.3));
    }
    Some(if compact(c) { Score::new(0.05, 0.9) } else { Score::new(0.6, 0.95) })
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{found, has, has_type};

    fn check(entity: &str, good: &[&str], bad: &[&str], label: &str) {
        for v in good {
            let t = format!("{label} {v}.");
            assert!(has(&t, entity, v), "{entity} {v}: {:?}", found(&t));
        }
        for v in bad {
            let t = format!("{label} {v}.");
            assert!(!has_type(&t, entity), "{entity} {v}: {:?}", found(&t));
        }
    }

    #[test]
    fn us_documents_need_their_label() {
        check("US_PASSPORT", &["W97115262", "261663989"], &["W9711526"], "Passport number:");
        assert!(!has_type("Serial: W97115262.", "US_PASSPORT"));
        // A manifest's travel document column.
        check("US_PASSPORT", &["N62206683", "141347107"], &["W9711526", "14134710"], "KOWALSKI/ANNA MS  SEAT 23B  DOC");
        check("US_DRIVER_LICENSE", &["G367-1021-7782", "D709-684-44-898-0"], &["G36-1021"], "[5] Operator permit (state-issued) #:");
        check(
            "US_DRIVER_LICENSE",
            &[
                "K9465350",
                "W 497 737 074 697",
                "U993-897-68-939-0",
                "S343-6413-4472",
                "Q3890 52605 54992",
                "QW350035",
                "WDL1YNE582ZR",
                "248 196 765",
            ],
            &[],
            "Driver license:",
        );
        assert!(has("Photo ID: OH DL QW350035|", "US_DRIVER_LICENSE", "QW350035"));
        assert!(!has_type("Employee ID E974216 joined", "US_DRIVER_LICENSE"));
    }

    #[test]
    fn medical_licenses() {
        check("MEDICAL_LICENSE", &["AC0414273", "BH0469139"], &["AC0414274"], "Electronically signed: Jason Chan, MD (DEA");
        assert!(has("prescriber_dea=MS8958956 patient", "MEDICAL_LICENSE", "MS8958956"));
        assert!(has("Referring physician license no.: A284771|", "MEDICAL_LICENSE", "A284771"));
        assert!(!has_type("Warehouse ticket: SR9217792", "MEDICAL_LICENSE"));
    }

    #[test]
    fn nhs_numbers() {
        check("UK_NHS", &["943 476 5919", "943-476-5919", "9434765919"], &["943 476 5918"], "NHS number");
    }

    #[test]
    fn european_ids() {
        check("UK_NINO", &["AB123456C", "AB 12 34 56 C"], &["BG123456C", "AB123456E"], "NI number:");
        check("ES_NIF", &["12345678Z", "12345678-Z", "ES12345678Z"], &["12345678A", "ES12345678A"], "DNI:");
        check("ES_NIE", &["X1234567L"], &["X1234567A"], "NIE:");
        check("IT_FISCAL_CODE", &["RSSMRA85T10A562S"], &["RSSMRA85T10A562T"], "Codice fiscale:");
        check("PL_PESEL", &["44051401359"], &["44051401358"], "PESEL:");
        check("FI_PERSONAL_IDENTITY_CODE", &["131052-308T", "290200A1239"], &["131052-308U", "310289-211C", "290200-1239"], "HETU:");
        check("SE_PERSONNUMMER", &["811218-9876", "19811218-9876"], &["811218-9875"], "Personnummer:");
        check("NL_BSN", &["111222333"], &["111222334"], "BSN:");
        check("DE_TAX_ID", &["86095742719"], &["86095742718"], "Steuer-ID:");
        check("FR_NIR", &["2 55 08 99 999 999 66"], &["2 55 08 99 999 999 65"], "NIR:");
    }

    #[test]
    fn other_national_ids() {
        check("IN_PAN", &["ABCPE1234F"], &["ABCQE1234F"], "PAN:");
        check("IN_AADHAAR", &["2345 6789 0124"], &["2345 6789 0125"], "Aadhaar:");
        check("SG_NRIC_FIN", &["S1234567D"], &["S1234567E"], "NRIC:");
        check("AU_ABN", &["51 824 753 556"], &["51 824 753 557"], "ABN:");
        check("AU_TFN", &["123 456 782"], &["123 456 783"], "TFN:");
        check("CA_SIN", &["130 692 544"], &["130 692 545"], "SIN:");
        check("BR_CPF", &["111.444.777-35"], &["111.444.777-36"], "CPF:");
        check("BR_CNPJ", &["11.222.333/0001-81"], &["11.222.333/0001-82"], "CNPJ:");
        check("KR_RRN", &["800101-1234560"], &["800101-1234561"], "RRN:");
    }
}
