//! Check digits of the French, Belgian and Portuguese identifiers (SIREN, SIRET, the Belgian
//! national register number, the Portuguese NIF). Pure functions over digit values (0..=9, as
//! produced by [`super::checksum::digits_into`]); none allocates.

use super::checksum::luhn;

/// The SIREN of La Poste, whose establishments' SIRETs use a digit-sum rule instead of Luhn.
const LA_POSTE: [u8; 9] = [3, 5, 6, 0, 0, 0, 0, 0, 0];

/// French company number (SIREN, nine digits): Luhn, not all zero.
pub(crate) fn fr_siren(d: &[u8]) -> bool {
    d.len() == 9 && d.iter().any(|&v| v != 0) && luhn(d)
}

/// French establishment number (SIRET, fourteen digits: the SIREN and a five-digit NIC): Luhn over
/// the fourteen digits, except La Poste's, whose digits sum to a multiple of 5 (INSEE's rule).
pub(crate) fn fr_siret(d: &[u8]) -> bool {
    if d.len() != 14 || !fr_siren(&d[..9]) {
        return false;
    }
    luhn(d) || d[..9] == LA_POSTE && d.iter().map(|&v| u32::from(v)).sum::<u32>() % 5 == 0
}

/// Belgian national register number (eleven digits YYMMDD SSS CC): CC = 97 - (the first nine digits
/// mod 97), with a `2` put in front of them for people born from 2000 on. Only the check digits
/// are tested here; [`be_birth_date_ok`] tests the date part.
pub(crate) fn be_national_number_check(d: &[u8]) -> bool {
    if d.len() != 11 {
        return false;
    }
    let body = d[..9].iter().fold(0u64, |a, &v| a * 10 + u64::from(v));
    let check = u64::from(d[9]) * 10 + u64::from(d[10]);
    97 - body % 97 == check || 97 - (2_000_000_000 + body) % 97 == check
}

/// Whether the first six digits can be a Belgian register date: month 0-12 (0 when unknown; 20-32
/// and 40-52 in the bis numbers of people not in the register), day 0-31.
pub(crate) fn be_birth_date_ok(d: &[u8]) -> bool {
    let month = d[2] * 10 + d[3];
    let day = d[4] * 10 + d[5];
    matches!(month, 0..=12 | 20..=32 | 40..=52) && day <= 31
}

/// Portuguese tax number (NIF, nine digits): weights 9 down to 2 over the first eight; the check
/// digit is 11 minus the sum mod 11, or 0 when that is 10 or 11. The first digit names the kind of
/// holder (1-3 people, 45 non-residents, 5 companies, 6 public bodies, 7 estates and funds, 8 sole
/// traders, 9 others): a leading `0`, or a `4` not followed by `5`, is never issued.
pub(crate) fn pt_nif(d: &[u8]) -> bool {
    if d.len() != 9 || d[0] == 0 || d[0] == 4 && d[1] != 5 {
        return false;
    }
    let sum: u32 = d[..8].iter().enumerate().map(|(i, &v)| u32::from(v) * (9 - i as u32)).sum();
    let r = 11 - sum % 11;
    let check = if r >= 10 { 0 } else { r };
    check == u32::from(d[8])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Vec<u8> {
        s.bytes().map(|b| b - b'0').collect()
    }

    #[test]
    fn french_company_numbers() {
        assert!(fr_siren(&d("732829320")) && fr_siren(&d("552081317")) && fr_siren(&d("443061841")));
        assert!(!fr_siren(&d("732829321")) && !fr_siren(&d("000000000")) && !fr_siren(&d("73282932")));
        assert!(fr_siret(&d("73282932000074")) && fr_siret(&d("44306184100047")));
        assert!(fr_siret(&d("35600000000001")), "La Poste: digit sum 15");
        assert!(!fr_siret(&d("73282932000075")) && !fr_siret(&d("35600000000002")) && !fr_siret(&d("7328293200007")));
    }

    #[test]
    fn belgian_national_numbers() {
        assert!(be_national_number_check(&d("85073003328")) && be_national_number_check(&d("93042512440")));
        assert!(be_national_number_check(&d("01020300170")), "born in 2001");
        assert!(!be_national_number_check(&d("85073003329")) && !be_national_number_check(&d("0102030017")));
        assert!(be_birth_date_ok(&d("850730")) && be_birth_date_ok(&d("852530")) && be_birth_date_ok(&d("850000")));
        assert!(!be_birth_date_ok(&d("851330")) && !be_birth_date_ok(&d("850732")));
    }

    #[test]
    fn portuguese_tax_numbers() {
        for v in ["214768295", "135317622", "552772011", "290504600", "501964843", "999999990"] {
            assert!(pt_nif(&d(v)), "{v}");
        }
        for v in ["214768296", "401964843", "012345675", "21476829"] {
            assert!(!pt_nif(&d(v)), "{v}");
        }
    }
}
