//! Bank and payment identifiers besides cards: IBAN (country length and mod 97), US bank account
//! numbers (context only), ABA routing numbers (checksum), and cryptocurrency addresses (Bitcoin
//! Base58Check and bech32/bech32m checksums, Ethereum `0x` addresses).

use super::{Cand, Pattern, Score};
use crate::engine::checksum::{aba, base58check_btc, bech32_btc, digits_into, eth_address, iban};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    // Compact or in groups of four separated by single spaces (or dashes).
    v.push(Pattern::new(Kind::Iban, r"[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,3})?", iban_check));
    v.push(Pattern::new(Kind::UsBank, r"\d{8,17}", bank));
    v.push(Pattern::new(Kind::AbaRouting, r"\d{9}|\d{4}-\d{4}-\d", routing));
    v.push(Pattern::new(Kind::Crypto, r"[13][1-9A-HJ-NP-Za-km-z]{25,34}", base58));
    v.push(Pattern::new(Kind::Crypto, r"(?:bc1|BC1|tb1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87}", bech32));
    v.push(Pattern::new(Kind::Crypto, r"0[xX][0-9a-fA-F]{40}", eth));
}

fn iban_check(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    let mut buf = [0u8; 34];
    let mut n = 0;
    for &b in s {
        if b != b' ' && b != b'-' {
            *buf.get_mut(n)? = b;
            n += 1;
        }
    }
    let compact = &buf[..n];
    if !iban(compact) {
        return None;
    }
    // Grouped forms must group by four from the start, with one kind of separator.
    if let Some(sep) = super::numbers::uniform_separator(s)?
        && !s.split(|&b| b == sep).enumerate().all(|(i, g)| g.len() == 4 || (g.len() < 4 && i > 0))
    {
        return None;
    }
    Some(Score::new(0.95, 1.0))
}

/// US bank account numbers have no structure: a bare one is a weak candidate (0.05, as in Presidio,
/// seen only at a lowered threshold); an account label makes it one.
fn bank(c: &Cand<'_>) -> Option<Score> {
    let s = c.s();
    // A run of one repeated digit is a placeholder.
    if s.iter().all(|&b| b == s[0]) {
        return None;
    }
    Some(Score::new(0.05, 0.8))
}

fn routing(c: &Cand<'_>) -> Option<Score> {
    let mut buf = [0u8; 32];
    let d = digits_into(c.s(), &mut buf)?;
    aba(d).then_some(Score::new(0.05, 0.9))
}

fn base58(c: &Cand<'_>) -> Option<Score> {
    base58check_btc(c.s()).then_some(Score::new(0.95, 1.0))
}

fn bech32(c: &Cand<'_>) -> Option<Score> {
    bech32_btc(c.s()).then_some(Score::new(0.95, 1.0))
}

fn eth(c: &Cand<'_>) -> Option<Score> {
    eth_address(c.s()).then_some(Score::new(0.6, 0.95))
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{found, has, has_type};

    #[test]
    fn ibans_compact_and_grouped() {
        assert!(has("Dash as iban separator: AL47-2121-1009-0000-0002-3569-8741", "IBAN_CODE", "AL47-2121-1009-0000-0002-3569-8741"));
        assert!(!has_type("IBAN AL47-2121 1009-0000-0002-3569-8741", "IBAN_CODE"));
        for v in
            ["GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606"]
        {
            assert!(has(&format!("IBAN: {v}."), "IBAN_CODE", v), "{v}: {:?}", found(v));
        }
        assert!(!has_type("IBAN: GB82 WEST 1234 5698 7654 33", "IBAN_CODE"));
        assert!(!has_type("IBAN: DE89 3704 0044 0532 0130 0", "IBAN_CODE"));
    }

    #[test]
    fn bank_accounts_need_an_account_label() {
        assert!(has("Checking account no.: 34505438374335015", "US_BANK_NUMBER", "34505438374335015"));
        assert!(has("transfer to account 85066794. Tenant", "US_BANK_NUMBER", "85066794"));
        assert!(!has_type("Tracking number: 8213612178", "US_BANK_NUMBER"));
        assert!(!has_type("Equipment request 56448992 was raised", "US_BANK_NUMBER"));
    }

    #[test]
    fn routing_numbers_need_context_and_a_valid_checksum() {
        assert!(has("ABA routing number: 021000021", "ABA_ROUTING_NUMBER", "021000021"));
        assert!(!has_type("ABA routing number: 021000022", "ABA_ROUTING_NUMBER"));
    }

    #[test]
    fn crypto_addresses() {
        for v in [
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",
        ] {
            assert!(has(&format!("send to {v} now"), "CRYPTO", v), "{v}");
        }
        assert!(!has_type("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 now", "CRYPTO"));
        assert!(!has_type("tx 0083cc34a0b489b9060ec6635593f0af1ee16d055008ed2f7f4a2400c81ab0e1", "CRYPTO"));
    }
}
