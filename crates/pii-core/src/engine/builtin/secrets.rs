//! Credentials: cloud and SaaS access keys and tokens with fixed, recognisable prefixes (AWS, GCP,
//! Azure, GitHub, GitLab, Slack, Stripe), generic 40-character secrets next to a secret label, JSON
//! Web Tokens and PEM private key blocks. All are reported as `SECRET`.

use super::{Cand, Pattern, Score};
use crate::engine::kind::Kind;

pub(super) fn patterns(v: &mut Vec<Pattern>) {
    use Kind::Secret;
    // AWS access key ids.
    v.push(Pattern::new(Secret, r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}", strong));
    // Google API keys.
    v.push(Pattern::new(Secret, r"AIza[0-9A-Za-z_\-]{35}", strong));
    // Google OAuth client secrets and refresh tokens.
    v.push(Pattern::new(Secret, r"GOCSPX-[0-9A-Za-z_\-]{28}|1//0[0-9A-Za-z_\-]{40,100}", strong));
    // Azure storage account keys (in connection strings) and Entra client secrets.
    v.push(Pattern::new(Secret, r"AccountKey=[A-Za-z0-9+/]{86}==", strong));
    v.push(Pattern::new(Secret, r"[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}", strong));
    // GitHub tokens (classic and fine-grained).
    v.push(Pattern::new(Secret, r"gh[pousr]_[A-Za-z0-9]{36,76}|github_pat_[A-Za-z0-9_]{60,90}", strong));
    // GitLab tokens.
    v.push(Pattern::new(Secret, r"gl(?:pat|ptt|dt|rt|cbt|oas|ft|imt|agent|soat)-[A-Za-z0-9_\-]{20,64}", strong));
    // Slack tokens.
    v.push(Pattern::new(Secret, r"xox[abposer]-[A-Za-z0-9\-]{10,100}", strong));
    // Stripe secret and restricted keys (publishable keys are public).
    v.push(Pattern::new(Secret, r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,99}", strong));
    // Twilio, SendGrid, npm, PyPI-style tokens with fixed prefixes.
    v.push(Pattern::new(Secret, r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|npm_[A-Za-z0-9]{36}", strong));
}

fn strong(_c: &Cand<'_>) -> Option<Score> {
    Some(Score::new(0.9, 1.0))
}

/// Score of a 40-character base64 string (AWS secret access keys and the like): only next to a
/// secret label.
pub(super) const BASE64_40: Score = Score::new(0.0, 0.8);

/// A 40-character base64 string starting at `i` that mixes upper case, lower case and digits (so
/// that hex digests and words do not qualify); its end.
pub(super) fn base64_40_at(b: &[u8], i: usize) -> Option<usize> {
    let is_b64 = |c: u8| c.is_ascii_alphanumeric() || c == b'/' || c == b'+';
    let run = b[i..].iter().take(41).take_while(|&&c| is_b64(c)).count();
    if run != 40 || !super::ends_token(b, i + 40) {
        return None;
    }
    let s = &b[i..i + 40];
    let upper = s.iter().any(u8::is_ascii_uppercase);
    let lower = s.iter().any(u8::is_ascii_lowercase);
    let digit = s.iter().any(u8::is_ascii_digit);
    (upper && lower && digit).then_some(i + 40)
}

/// A JSON Web Token starting at `i` (`eyJ…` header, `.`, `eyJ…` payload, `.`, signature).
pub(super) fn jwt_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if !b[i..].starts_with(b"eyJ") {
        return None;
    }
    let is_b64url = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    let mut e = i;
    let mut parts = 0;
    loop {
        let start = e;
        while e < b.len() && is_b64url(b[e]) && e - i < 16_384 {
            e += 1;
        }
        if e - start < 4 {
            return None;
        }
        parts += 1;
        if parts == 2 && !b[start..].starts_with(b"eyJ") {
            return None;
        }
        if parts == 3 || e >= b.len() || b[e] != b'.' {
            break;
        }
        e += 1;
    }
    (parts == 3).then_some((i, e))
}

/// A PEM private key block starting at `i` (`-----BEGIN … PRIVATE KEY-----` to its `-----END …`).
pub(super) fn pem_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    const BEGIN: &[u8] = b"-----BEGIN ";
    if !b[i..].starts_with(BEGIN) {
        return None;
    }
    let head_end = i + BEGIN.len() + b[i + BEGIN.len()..].iter().take(40).position(|&c| c == b'-')?;
    let label = &b[i + BEGIN.len()..head_end];
    if !label.ends_with(b"PRIVATE KEY") {
        return None;
    }
    // Find "-----END <label>-----" within a bounded distance (keys are a few KB).
    let limit = (head_end + 16_384).min(b.len());
    let hay = &b[head_end..limit];
    let pos = hay.windows(8).position(|w| w == b"-----END")?;
    let end_start = head_end + pos;
    let close = end_start + 8 + b[end_start + 8..limit].iter().position(|&c| c == b'\n').unwrap_or(limit - end_start - 8);
    let mut e = close;
    while e > end_start && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    Some((i, e))
}

#[cfg(test)]
mod tests {
    use crate::engine::builtin::tests::{found, has, has_type};

    #[test]
    fn prefixed_tokens() {
        for v in [
            "AKIAIOSFODNN7EXAMPLE",
            "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI",
            "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
            "glpat-xxxxxxxxxxxxxxxxxxxx",
            "xoxb-1234567890-abcdefghijkl",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        ] {
            let t = format!("key = {v} here");
            assert!(has(&t, "SECRET", v), "{v}: {:?}", found(&t));
        }
        assert!(has(
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "SECRET",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        ));
        assert!(!has_type("commit 4c18e113a7a6a4c91da6f972b15acec09373bff4 pushed", "SECRET"));
    }

    #[test]
    fn jwts_and_pem_blocks() {
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert!(has(&format!("Authorization: Bearer {jwt}\n"), "SECRET", jwt));
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        assert!(has(&format!("key:\n{pem}\nrest"), "SECRET", pem));
        assert!(!has_type("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", "SECRET"));
    }
}
