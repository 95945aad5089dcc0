//! Anonymization operators: rewrite a text given its spans and the policy's operator per entity type.

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Sha256, Sha512};

use super::Span;
use crate::policy::{HashType, OperatorConfig, RedactionPolicy};
use crate::CoreError;

/// Per-tenant secrets, derived by the caller from the deployment's master key.
#[derive(Clone)]
pub struct TenantKeys {
    /// Salt for the `hash` operator: equal values hash equal within one tenant only.
    pub hash_salt: [u8; 32],
    /// Key for the `encrypt` operator.
    pub encryption_key: [u8; 32],
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
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for s in spans {
        if s.start < pos || s.end > text.len() {
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
                        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&keys.hash_salt)
                            .map_err(|e| CoreError::Crypto(e.to_string()))?;
                        m.update(value.as_bytes());
                        hex::encode(m.finalize().into_bytes())
                    }
                    HashType::Sha512 => {
                        let mut m = <Hmac<Sha512> as KeyInit>::new_from_slice(&keys.hash_salt)
                            .map_err(|e| CoreError::Crypto(e.to_string()))?;
                        m.update(value.as_bytes());
                        hex::encode(m.finalize().into_bytes())
                    }
                };
                out.push_str(&digest);
            }
            OperatorConfig::Encrypt => {
                return Err(CoreError::Unsupported("the encrypt operator is not available yet".into()));
            }
        }
        pos = s.end;
    }
    out.push_str(&text[pos..]);
    Ok(out)
}
