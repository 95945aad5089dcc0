//! Anonymization operators: rewrite a text given its spans and the policy's operator per entity type.
//!
//! `replace`, `redact`, `mask`, `hash` and `keep` follow Presidio's anonymizer. `hash` is an HMAC
//! (SHA-256 or SHA-512) keyed with the tenant's salt, so equal values hash equal within one tenant
//! only. `encrypt` is AES-256-GCM with the tenant's key and writes a self-delimiting token that
//! [`deanonymize`] finds back in any text:
//!
//! ```text
//! [[pii:v1:EMAIL_ADDRESS:<base64url(nonce ‖ ciphertext ‖ tag)>]]
//! ```
//!
//! The entity type is authenticated (it is the associated data), so a token cannot be relabelled.
//! The nonce is derived from the value (an HMAC under a key separate from the cipher key), so equal
//! values encrypt to equal tokens within a tenant, like `hash`, and no random source is needed;
//! distinct values get distinct nonces. Keys never leave [`TenantKeys`] and are not printed.

use aes_gcm::Aes256Gcm;
use aes_gcm::aead::{Aead, Payload};
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Sha256, Sha512};

use super::Span;
use super::pseudonym::{self, Keyed, Scope};
use super::vault::Minted;
use crate::policy::{HashType, OperatorConfig, RedactionPolicy};
use crate::text::CharCounter;
use crate::{CoreError, EntityType};

/// Start of an encrypted token; see the module documentation for the whole format.
pub const TOKEN_PREFIX: &str = "[[pii:v1:";
const TOKEN_SUFFIX: &str = "]]";
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Tokens longer than this are not decrypted (values longer than a few KB are not PII values).
const MAX_TOKEN_LEN: usize = 16 * 1024;

/// Per-tenant secrets, derived by the caller from the deployment's master key.
#[derive(Clone)]
pub struct TenantKeys {
    /// Salt for the `hash` operator: equal values hash equal within one tenant only.
    pub hash_salt: [u8; 32],
    /// Key for the `encrypt` operator (and, through subkeys, `pseudonymize`, `fpe` and `date_shift`).
    /// Like `hash_salt` it does not change with a plain rotation of the tenant's keys (the tokens it
    /// makes sit in the tenant's documents and must stay reversible and consistent), only with a
    /// rotation of its outputs ([`crate::key_epoch`]).
    pub encryption_key: [u8; 32],
    /// Key of the pseudonym vault's index (a surrogate's lookup, a value's tag): bound to the
    /// tenant's salt alone, so that the surrogates made before either rotation are still found and
    /// restored. Under output generation 0 it is `encryption_key`, which keyed the index before.
    pub vault_index: [u8; 32],
    /// Key for what the service keeps for the tenant (sealed policy lists, vault records).
    pub at_rest: AtRestKey,
    /// The job and batch being worked on: `pseudonymize` and `date_shift` are consistent within the
    /// policy's `pseudonym_scope` of it.
    pub scope: Scope,
}

/// The key that seals what the service keeps for a tenant, and the generation of the tenant's key
/// epoch it belongs to ([`crate::key_epoch`]): rotating the tenant's keys moves to a new one, and
/// whatever is sealed names the generation that opens it.
#[derive(Clone)]
pub struct AtRestKey {
    pub key: [u8; 32],
    pub generation: u32,
}

impl std::fmt::Debug for TenantKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TenantKeys(..)")
    }
}

/// Rewrites `text`, replacing each span (byte offsets, sorted, non-overlapping) by its operator's output.
///
/// # Errors
/// `CoreError::Crypto` if encryption fails.
pub fn anonymize(text: &str, spans: &[Span], policy: &RedactionPolicy, keys: &TenantKeys) -> Result<String, CoreError> {
    anonymize_into(text, spans, policy, keys, None)
}

/// A surrogate `pseudonymize` wrote, what it stands for, and where it is (byte offsets of the
/// anonymized text). The value is for [`super::vault::seal_pseudonym`] only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PseudonymAt {
    pub minted: Minted,
    pub start: usize,
    pub end: usize,
}

/// The result of [`anonymize_traced`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anonymized {
    pub text: String,
    /// Every surrogate written, in text order (a value no surrogate could be made for, written as
    /// its placeholder, is not among them: a placeholder stands for many values).
    pub pseudonyms: Vec<PseudonymAt>,
}

/// [`anonymize`], and also what each `pseudonymize` surrogate stands for, so that the caller can
/// keep it in the tenant's vault and reverse it later.
///
/// # Errors
/// As [`anonymize`].
pub fn anonymize_traced(text: &str, spans: &[Span], policy: &RedactionPolicy, keys: &TenantKeys) -> Result<Anonymized, CoreError> {
    let mut pseudonyms = Vec::new();
    let text = anonymize_into(text, spans, policy, keys, Some(&mut pseudonyms))?;
    Ok(Anonymized { text, pseudonyms })
}

fn anonymize_into(
    text: &str,
    spans: &[Span],
    policy: &RedactionPolicy,
    keys: &TenantKeys,
    mut minted: Option<&mut Vec<PseudonymAt>>,
) -> Result<String, CoreError> {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    // The pseudonym key is derived once per call, and only when an operator needs it.
    let needs_key = policy.operators.values().any(|o| matches!(o, OperatorConfig::Pseudonymize | OperatorConfig::DateShift { .. }));
    let keyed = if needs_key { Some(Keyed::new(keys, policy)?) } else { None };
    let keyed = || keyed.as_ref().ok_or_else(|| CoreError::Crypto("no pseudonym key".into()));
    for s in spans {
        if s.start < pos || s.end > text.len() || s.start > s.end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        out.push_str(&text[pos..s.start]);
        let value = &text[s.start..s.end];
        match policy.operator_for(&s.entity_type) {
            OperatorConfig::Replace { new_value } => match new_value {
                Some(v) => out.push_str(&v),
                None => {
                    out.push('<');
                    out.push_str(s.entity_type.as_str());
                    out.push('>');
                }
            },
            OperatorConfig::Redact => {}
            OperatorConfig::Keep => out.push_str(value),
            OperatorConfig::Mask { masking_char, chars_to_mask, from_end } => {
                let mask = masking_char.chars().next().unwrap_or('*');
                let n = value.chars().count();
                let k = (chars_to_mask as usize).min(n);
                for (i, c) in value.chars().enumerate() {
                    let masked = if from_end { i >= n - k } else { i < k };
                    out.push(if masked { mask } else { c });
                }
            }
            OperatorConfig::Hash { hash_type } => {
                let digest = match hash_type {
                    HashType::Sha256 => {
                        let mut m =
                            <Hmac<Sha256> as KeyInit>::new_from_slice(&keys.hash_salt).map_err(|e| CoreError::Crypto(e.to_string()))?;
                        m.update(value.as_bytes());
                        hex::encode(m.finalize().into_bytes())
                    }
                    HashType::Sha512 => {
                        let mut m =
                            <Hmac<Sha512> as KeyInit>::new_from_slice(&keys.hash_salt).map_err(|e| CoreError::Crypto(e.to_string()))?;
                        m.update(value.as_bytes());
                        hex::encode(m.finalize().into_bytes())
                    }
                };
                out.push_str(&digest);
            }
            OperatorConfig::Encrypt => encrypt_into(&mut out, &s.entity_type, value, keys)?,
            OperatorConfig::Pseudonymize => {
                let surrogate = pseudonym::pseudonymize(keyed()?, &s.entity_type, value);
                let start = out.len();
                out.push_str(&surrogate);
                if let Some(log) = minted.as_deref_mut()
                    && surrogate != pseudonym::placeholder(&s.entity_type)
                {
                    let minted = Minted { entity_type: s.entity_type.clone(), value: value.to_owned(), surrogate };
                    log.push(PseudonymAt { minted, start, end: out.len() });
                }
            }
            OperatorConfig::Fpe => match pseudonym::ff1::fpe(keys, &s.entity_type, value, true)? {
                Some(v) if v != value => out.push_str(&v),
                _ => out.push_str(&pseudonym::placeholder(&s.entity_type)),
            },
            OperatorConfig::DateShift { max_days } => {
                let max_days = max_days.unwrap_or(pseudonym::date_shift::DEFAULT_MAX_DAYS);
                match pseudonym::date_shift::shift_value(keyed()?, value, max_days) {
                    Some(v) => out.push_str(&v),
                    None => out.push_str(&pseudonym::placeholder(&s.entity_type)),
                }
            }
        }
        pos = s.end;
    }
    out.push_str(&text[pos..]);
    Ok(out)
}

/// Derives a purpose-specific key from the tenant's encryption key.
pub(crate) fn subkey(keys: &TenantKeys, purpose: &[u8]) -> Result<[u8; 32], CoreError> {
    derive_subkey(&keys.encryption_key, purpose)
}

/// Derives a purpose-specific key from the key of the tenant's pseudonym vault index.
pub(crate) fn vault_index_subkey(keys: &TenantKeys, purpose: &[u8]) -> Result<[u8; 32], CoreError> {
    derive_subkey(&keys.vault_index, purpose)
}

/// Derives a purpose-specific key from the tenant's key at rest (its current generation).
pub(crate) fn at_rest_subkey(keys: &TenantKeys, purpose: &[u8]) -> Result<[u8; 32], CoreError> {
    derive_subkey(&keys.at_rest.key, purpose)
}

fn derive_subkey(key: &[u8; 32], purpose: &[u8]) -> Result<[u8; 32], CoreError> {
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key).map_err(|e| CoreError::Crypto(e.to_string()))?;
    m.update(b"pii-redactor/");
    m.update(purpose);
    Ok(m.finalize().into_bytes().into())
}

fn cipher(keys: &TenantKeys) -> Result<Aes256Gcm, CoreError> {
    Aes256Gcm::new_from_slice(&subkey(keys, b"encrypt/v1")?).map_err(|e| CoreError::Crypto(e.to_string()))
}

fn aad(entity: &str) -> Vec<u8> {
    let mut a = b"pii-redactor/v1/".to_vec();
    a.extend_from_slice(entity.as_bytes());
    a
}

/// Appends the encrypted token of `value` to `out`.
fn encrypt_into(out: &mut String, entity: &EntityType, value: &str, keys: &TenantKeys) -> Result<(), CoreError> {
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&subkey(keys, b"nonce/v1")?).map_err(|e| CoreError::Crypto(e.to_string()))?;
    m.update(entity.as_str().as_bytes());
    m.update(&[0]);
    m.update(value.as_bytes());
    let digest = m.finalize().into_bytes();
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&digest[..NONCE_LEN]);
    let aad = aad(entity.as_str());
    let ct = cipher(keys)?
        .encrypt(&nonce.into(), Payload { msg: value.as_bytes(), aad: &aad })
        .map_err(|_| CoreError::Crypto("encryption failed".into()))?;
    let mut blob = Vec::with_capacity(NONCE_LEN + ct.len());
    blob.extend_from_slice(&nonce);
    blob.extend_from_slice(&ct);
    out.push_str(TOKEN_PREFIX);
    out.push_str(entity.as_str());
    out.push(':');
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode_string(&blob, out);
    out.push_str(TOKEN_SUFFIX);
    Ok(())
}

/// One value restored by [`deanonymize`], in char offsets of the restored text.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct Restored {
    pub entity_type: EntityType,
    pub start: u64,
    pub end: u64,
}

/// The result of [`deanonymize`]: the text with every token replaced by its value, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Deanonymized {
    pub text: String,
    pub restored: Vec<Restored>,
}

/// Replaces every `encrypt` token in `text` by the value it holds, using the tenant's key.
///
/// Text that merely looks like the start of a token but is malformed is left as it is. This is the
/// engine side of `POST /api/v1/deanonymize`.
///
/// # Errors
/// `CoreError::Crypto` if a well-formed token does not authenticate with this tenant's key (another
/// tenant's token, a tampered token or a different key).
pub fn deanonymize(text: &str, keys: &TenantKeys) -> Result<Deanonymized, CoreError> {
    deanonymize_with(text, &[], keys)
}

/// The most `fpe` spans one [`deanonymize_with`] call restores.
pub const MAX_FPE_VALUES: usize = 10_000;

/// A value the `fpe` operator wrote, where the caller says it stands (char offsets of the text).
#[derive(Debug, Clone, PartialEq)]
pub struct FpeValue {
    pub entity_type: EntityType,
    pub start: u64,
    pub end: u64,
}

/// [`deanonymize`], and also decrypts the `fpe` values at `fpe` (FF1 carries no marker in the text,
/// so the caller names where they are). FF1 is not authenticated: under another tenant's key a value
/// decrypts to a different, meaningless value of the same shape, never to the original.
///
/// # Errors
/// As [`deanonymize`]; `CoreError::Invalid` when the `fpe` spans are out of the text, overlap each
/// other or a token, or hold a value `fpe` cannot have written.
pub fn deanonymize_with(text: &str, fpe: &[FpeValue], keys: &TenantKeys) -> Result<Deanonymized, CoreError> {
    deanonymize_spans(text, fpe, &[], keys)
}

/// A span of the text to put a value back into that the caller already knows (a `pseudonymize`
/// surrogate found in the tenant's vault), in char offsets of the text.
#[derive(Clone, PartialEq)]
pub struct KnownValue {
    pub entity_type: EntityType,
    pub start: u64,
    pub end: u64,
    pub value: String,
}

impl std::fmt::Debug for KnownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KnownValue({}, {}..{})", self.entity_type, self.start, self.end)
    }
}

/// Where a span's value comes from.
enum Source {
    Fpe,
    Known(String),
}

/// [`deanonymize_with`], and also puts `known` values back where they stand: one pass, so that
/// every restored value's place is reported in offsets of the restored text.
///
/// # Errors
/// As [`deanonymize_with`], for the `known` spans as for the `fpe` ones.
pub fn deanonymize_spans(text: &str, fpe: &[FpeValue], known: &[KnownValue], keys: &TenantKeys) -> Result<Deanonymized, CoreError> {
    let cipher = cipher(keys)?;
    if fpe.len() + known.len() > MAX_FPE_VALUES {
        return Err(CoreError::invalid("fpe", format!("at most {MAX_FPE_VALUES} spans")));
    }
    // Char offsets to byte offsets, sorted.
    let mut ranges: Vec<(EntityType, usize, usize, Source)> = Vec::with_capacity(fpe.len() + known.len());
    if !fpe.is_empty() || !known.is_empty() {
        let mut byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        byte_at.push(text.len());
        let spans = fpe
            .iter()
            .map(|v| (&v.entity_type, v.start, v.end, Source::Fpe))
            .chain(known.iter().map(|k| (&k.entity_type, k.start, k.end, Source::Known(k.value.clone()))));
        for (entity, start, end, source) in spans {
            let (s, e) = (usize::try_from(start).unwrap_or(usize::MAX), usize::try_from(end).unwrap_or(usize::MAX));
            match (byte_at.get(s), byte_at.get(e)) {
                (Some(&bs), Some(&be)) if bs < be => ranges.push((entity.clone(), bs, be, source)),
                _ => return Err(CoreError::invalid("fpe", "a span is empty or outside the text")),
            }
        }
        ranges.sort_by_key(|r| r.1);
        if ranges.windows(2).any(|w| w[1].1 < w[0].2) {
            return Err(CoreError::invalid("fpe", "spans overlap"));
        }
    }
    let mut ranges = ranges.into_iter().peekable();
    let mut out = String::with_capacity(text.len());
    let mut spans: Vec<(EntityType, usize, usize)> = Vec::new();
    let mut pos = 0;
    let finder = memchr::memmem::Finder::new(TOKEN_PREFIX);
    loop {
        let token_at = finder.find(&text.as_bytes()[pos..]).map(|rel| pos + rel);
        if let Some((_, fs, _, _)) = ranges.peek() {
            if *fs < pos {
                return Err(CoreError::invalid("fpe", "a span overlaps a token"));
            }
            if token_at.is_none_or(|t| *fs < t) {
                let Some((entity, fs, fe, source)) = ranges.next() else { break };
                out.push_str(&text[pos..fs]);
                let plain = match source {
                    Source::Known(value) => value,
                    Source::Fpe => super::pseudonym::ff1::fpe(keys, &entity, &text[fs..fe], false)?
                        .ok_or_else(|| CoreError::invalid("fpe", format!("a {entity} span holds no value fpe can have written")))?,
                };
                let s = out.len();
                out.push_str(&plain);
                spans.push((entity, s, out.len()));
                pos = fe;
                continue;
            }
        }
        let Some(start) = token_at else { break };
        out.push_str(&text[pos..start]);
        match parse_token(&text[start..]) {
            Some((entity, blob, len)) => {
                if blob.len() < NONCE_LEN + TAG_LEN {
                    return Err(CoreError::Crypto("a token is too short".into()));
                }
                let mut nonce = [0u8; NONCE_LEN];
                nonce.copy_from_slice(&blob[..NONCE_LEN]);
                let aad = aad(entity.as_str());
                let plain = cipher
                    .decrypt(&nonce.into(), Payload { msg: &blob[NONCE_LEN..], aad: &aad })
                    .map_err(|_| CoreError::Crypto("a token does not authenticate with this tenant's key".into()))?;
                let value = String::from_utf8(plain).map_err(|_| CoreError::Crypto("a token holds invalid UTF-8".into()))?;
                let s = out.len();
                out.push_str(&value);
                spans.push((entity, s, out.len()));
                pos = start + len;
            }
            None => {
                out.push_str(TOKEN_PREFIX);
                pos = start + TOKEN_PREFIX.len();
            }
        }
    }
    out.push_str(&text[pos..]);
    let mut counter = CharCounter::new(&out);
    let restored = spans
        .into_iter()
        .map(|(entity_type, s, e)| Restored { entity_type, start: counter.char_offset(s), end: counter.char_offset(e) })
        .collect();
    Ok(Deanonymized { text: out, restored })
}

/// Parses a token at the start of `s`: its entity type, decoded blob and length in bytes.
fn parse_token(s: &str) -> Option<(EntityType, Vec<u8>, usize)> {
    let rest = s.strip_prefix(TOKEN_PREFIX)?;
    let colon = rest.bytes().take(65).position(|b| b == b':')?;
    let entity = EntityType::parse(&rest[..colon]).ok()?;
    let body = &rest[colon + 1..];
    let b64_len = body.bytes().take(MAX_TOKEN_LEN).take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_').count();
    if !body[b64_len..].starts_with(TOKEN_SUFFIX) {
        return None;
    }
    let blob = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&body[..b64_len]).ok()?;
    Some((entity, blob, TOKEN_PREFIX.len() + colon + 1 + b64_len + TOKEN_SUFFIX.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(seed: u8) -> TenantKeys {
        TenantKeys {
            hash_salt: [seed; 32],
            encryption_key: [seed.wrapping_add(1); 32],
            vault_index: [seed.wrapping_add(1); 32],
            at_rest: AtRestKey { key: [seed.wrapping_add(1); 32], generation: 0 },
            scope: Scope::default(),
        }
    }

    fn policy(json: &str) -> RedactionPolicy {
        serde_json::from_str(json).expect("test policy")
    }

    fn span(e: EntityType, start: usize, end: usize) -> Span {
        Span { entity_type: e, start, end, score: 1.0 }
    }

    #[test]
    fn encrypted_values_round_trip_and_stay_within_the_tenant() {
        let text = "Mail jo@example.com or call 415-555-0142, é!";
        let spans = vec![span(EntityType::EMAIL_ADDRESS, 5, 19), span(EntityType::PHONE_NUMBER, 28, 40)];
        let p = policy(r#"{"operators": {"DEFAULT": {"type": "encrypt"}}}"#);
        let red = anonymize(text, &spans, &p, &keys(1)).expect("encrypts");
        assert!(!red.contains("jo@example.com") && red.contains("[[pii:v1:EMAIL_ADDRESS:"));
        // Deterministic within a tenant.
        assert_eq!(red, anonymize(text, &spans, &p, &keys(1)).expect("encrypts"));
        let back = deanonymize(&red, &keys(1)).expect("decrypts");
        assert_eq!(back.text, text);
        assert_eq!(back.restored[0], Restored { entity_type: EntityType::EMAIL_ADDRESS, start: 5, end: 19 });
        assert!(deanonymize(&red, &keys(2)).is_err());
    }

    #[test]
    fn tampered_or_relabelled_tokens_do_not_authenticate() {
        let p = policy(r#"{"operators": {"DEFAULT": {"type": "encrypt"}}}"#);
        let red = anonymize("x 123-45-6789", &[span(EntityType::US_SSN, 2, 13)], &p, &keys(3)).expect("encrypts");
        let relabelled = red.replace("US_SSN", "PERSON");
        assert!(deanonymize(&relabelled, &keys(3)).is_err());
        // Malformed look-alikes are left alone.
        let plain = "see [[pii:v1:not a token]] and [[pii:v1:X:abc";
        assert_eq!(deanonymize(plain, &keys(3)).expect("no tokens").text, plain);
    }

    #[test]
    fn fpe_values_are_restored_beside_tokens_for_the_owner_only() {
        let text = "card 4111 1111 1111 1111, mail jo@example.com";
        let spans = vec![span(EntityType::CREDIT_CARD, 5, 24), span(EntityType::EMAIL_ADDRESS, 31, 45)];
        let p = policy(r#"{"operators": {"CREDIT_CARD": {"type": "fpe"}, "EMAIL_ADDRESS": {"type": "encrypt"}}}"#);
        let red = anonymize(text, &spans, &p, &keys(6)).expect("anonymizes");
        assert!(!red.contains("4111 1111 1111 1111"));
        let fpe = [FpeValue { entity_type: EntityType::CREDIT_CARD, start: 5, end: 24 }];
        let back = deanonymize_with(&red, &fpe, &keys(6)).expect("restores");
        assert_eq!(back.text, text);
        assert_eq!(back.restored[0], Restored { entity_type: EntityType::CREDIT_CARD, start: 5, end: 24 });
        assert_eq!(back.restored[1].entity_type, EntityType::EMAIL_ADDRESS);
        // Another tenant restores nothing: the token does not authenticate, the card decrypts to noise.
        assert!(deanonymize_with(&red, &fpe, &keys(7)).is_err());
        let card_only = &red[..24];
        let other = deanonymize_with(card_only, &fpe, &keys(7)).expect("decrypts to something");
        assert_ne!(other.text, &text[..24]);
        // Spans outside the text or overlapping are refused.
        assert!(deanonymize_with(card_only, &[FpeValue { entity_type: EntityType::CREDIT_CARD, start: 5, end: 99 }], &keys(6)).is_err());
        let twice = [fpe[0].clone(), FpeValue { entity_type: EntityType::CREDIT_CARD, start: 10, end: 24 }];
        assert!(deanonymize_with(card_only, &twice, &keys(6)).is_err());
    }

    #[test]
    fn traced_surrogates_are_where_the_text_has_them_and_known_values_go_back_there() {
        let text = "Anna Kowalski paid 4111 1111 1111 1111 to Jan.";
        let spans = vec![span(EntityType::PERSON, 0, 13), span(EntityType::CREDIT_CARD, 19, 38), span(EntityType::PERSON, 42, 45)];
        let p = policy(r#"{"operators": {"PERSON": {"type": "pseudonymize"}, "CREDIT_CARD": {"type": "replace"}}}"#);
        let k = keys(8);
        let traced = anonymize_traced(text, &spans, &p, &k).expect("anonymizes");
        assert_eq!(traced.text, anonymize(text, &spans, &p, &k).expect("anonymizes"), "tracing changes nothing");
        assert_eq!(traced.pseudonyms.len(), 2, "the replaced card is no pseudonym");
        let values: Vec<&str> = traced.pseudonyms.iter().map(|p| p.minted.value.as_str()).collect();
        assert_eq!(values, ["Anna Kowalski", "Jan"]);
        for at in &traced.pseudonyms {
            assert_eq!(&traced.text[at.start..at.end], at.minted.surrogate);
            assert_ne!(at.minted.surrogate, at.minted.value);
        }
        let mut cc = CharCounter::new(&traced.text);
        let known: Vec<KnownValue> = traced
            .pseudonyms
            .iter()
            .map(|at| KnownValue {
                entity_type: at.minted.entity_type.clone(),
                start: cc.char_offset(at.start),
                end: cc.char_offset(at.end),
                value: at.minted.value.clone(),
            })
            .collect();
        let back = deanonymize_spans(&traced.text, &[], &known, &k).expect("restores");
        assert_eq!(back.text, "Anna Kowalski paid <CREDIT_CARD> to Jan.");
        assert_eq!(back.restored[1], Restored { entity_type: EntityType::PERSON, start: 36, end: 39 });
        let overlapping = [known[0].clone(), KnownValue { start: known[0].start + 1, ..known[0].clone() }];
        assert!(deanonymize_spans(&traced.text, &[], &overlapping, &k).is_err());
    }

    #[test]
    fn presidio_operators() {
        let text = "call 415-555-0142 now";
        let s = [span(EntityType::PHONE_NUMBER, 5, 17)];
        let k = keys(4);
        let run = |json: &str| anonymize(text, &s, &policy(json), &k).expect("anonymizes");
        assert_eq!(run("{}"), "call <PHONE_NUMBER> now");
        assert_eq!(run(r#"{"operators": {"PHONE_NUMBER": {"type": "redact"}}}"#), "call  now");
        assert_eq!(run(r#"{"operators": {"PHONE_NUMBER": {"type": "keep"}}}"#), text);
        assert_eq!(
            run(r#"{"operators": {"PHONE_NUMBER": {"type": "mask", "masking_char": "*", "chars_to_mask": 4, "from_end": true}}}"#),
            "call 415-555-**** now"
        );
        let h1 = run(r#"{"operators": {"DEFAULT": {"type": "hash"}}}"#);
        assert_eq!(h1.len(), "call  now".len() + 64);
        let other = anonymize(text, &s, &policy(r#"{"operators": {"DEFAULT": {"type": "hash"}}}"#), &keys(5)).expect("hash");
        assert_ne!(h1, other);
        assert_eq!(run(r#"{"operators": {"DEFAULT": {"type": "hash", "hash_type": "sha512"}}}"#).len(), "call  now".len() + 128);
    }
}
