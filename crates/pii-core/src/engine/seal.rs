//! User-supplied PII in a policy, sealed at rest.
//!
//! Allow lists, deny lists and ad-hoc recognizers (their patterns, deny lists and context words) are
//! values a tenant protects: a deny list *is* a list of the people or numbers to hide. The gateway
//! seals them with the tenant's key before a policy is written anywhere (job and batch rows, the
//! outbox, queue messages and so dead letters); a worker unseals them just before use. A sealed
//! policy keeps its other fields (entities, threshold, operators) in clear.
//!
//! The blob is `v1.` and base64url(nonce ‖ AES-256-GCM ciphertext ‖ tag) under a key derived for this
//! purpose only, from the tenant's key at rest ([`super::AtRestKey`]): the generation of the key
//! epoch it was sealed under is the one the policy carries (`key_epoch`), so a policy sealed before
//! the tenant's keys were rotated still opens, with the keys of its own epoch. The nonce is an HMAC of the plaintext (as for the `encrypt` operator): the function
//! stays pure and deterministic, and equal policies seal equal, which reveals only that two sealed
//! lists are the same list.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::anonymize::{TenantKeys, at_rest_subkey};
use crate::CoreError;
use crate::policy::{AdHocRecognizer, DenyListEntry, RedactionPolicy};

const VERSION: &str = "v1.";
const NONCE_LEN: usize = 12;
const AAD: &[u8] = b"pii-redactor/policy/v1";

/// The parts of a policy that are sealed.
#[derive(Default, Serialize, Deserialize)]
struct Secret {
    #[serde(default)]
    allow_list: Vec<String>,
    #[serde(default)]
    deny_list: Vec<DenyListEntry>,
    #[serde(default)]
    ad_hoc_recognizers: Vec<AdHocRecognizer>,
}

fn cipher(keys: &TenantKeys) -> Result<Aes256Gcm, CoreError> {
    Aes256Gcm::new_from_slice(&at_rest_subkey(keys, b"policy/v1")?).map_err(|e| CoreError::Crypto(e.to_string()))
}

fn crypto(what: &str) -> CoreError {
    CoreError::Crypto(format!("the sealed policy {what}"))
}

impl RedactionPolicy {
    /// This policy with its user-supplied values sealed under the tenant's key; a policy without
    /// any, or one already sealed, is returned as it is.
    ///
    /// # Errors
    /// `CoreError::Crypto` if encryption fails.
    pub fn seal(&self, keys: &TenantKeys) -> Result<RedactionPolicy, CoreError> {
        if self.sealed.is_some() || (self.allow_list.is_empty() && self.deny_list.is_empty() && self.ad_hoc_recognizers.is_empty()) {
            return Ok(self.clone());
        }
        let secret = Secret {
            allow_list: self.allow_list.clone(),
            deny_list: self.deny_list.clone(),
            ad_hoc_recognizers: self.ad_hoc_recognizers.clone(),
        };
        let plain = serde_json::to_vec(&secret).map_err(|e| CoreError::Crypto(e.to_string()))?;
        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&at_rest_subkey(keys, b"policy-nonce/v1")?)
            .map_err(|e| CoreError::Crypto(e.to_string()))?;
        m.update(&plain);
        let digest = m.finalize().into_bytes();
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&digest[..NONCE_LEN]);
        let ct = cipher(keys)?.encrypt(&nonce.into(), Payload { msg: &plain, aad: AAD }).map_err(|_| crypto("cannot be made"))?;
        let mut blob = nonce.to_vec();
        blob.extend_from_slice(&ct);
        Ok(RedactionPolicy {
            allow_list: Vec::new(),
            deny_list: Vec::new(),
            ad_hoc_recognizers: Vec::new(),
            sealed: Some(format!("{VERSION}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(blob))),
            ..self.clone()
        })
    }

    /// The policy as the user gave it; a policy that is not sealed is returned as it is.
    ///
    /// # Errors
    /// `CoreError::Crypto` when the blob is malformed or was sealed under another tenant's key.
    pub fn unseal(&self, keys: &TenantKeys) -> Result<RedactionPolicy, CoreError> {
        let Some(blob) = &self.sealed else { return Ok(self.clone()) };
        let body = blob.strip_prefix(VERSION).ok_or_else(|| crypto("has an unknown version"))?;
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(body).map_err(|_| crypto("is malformed"))?;
        if raw.len() < NONCE_LEN {
            return Err(crypto("is malformed"));
        }
        let (nonce, ct) = raw.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| crypto("is malformed"))?;
        let plain = cipher(keys)?
            .decrypt(&nonce.into(), Payload { msg: ct, aad: AAD })
            .map_err(|_| crypto("does not open with this tenant's key"))?;
        let secret: Secret = serde_json::from_slice(&plain).map_err(|_| crypto("is malformed"))?;
        Ok(RedactionPolicy {
            allow_list: secret.allow_list,
            deny_list: secret.deny_list,
            ad_hoc_recognizers: secret.ad_hoc_recognizers,
            sealed: None,
            ..self.clone()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(b: u8) -> TenantKeys {
        TenantKeys {
            hash_salt: [b; 32],
            encryption_key: [b.wrapping_add(1); 32],
            vault_index: [b.wrapping_add(1); 32],
            at_rest: crate::engine::AtRestKey { key: [b.wrapping_add(1); 32], generation: 0 },
            scope: Default::default(),
        }
    }

    fn policy() -> RedactionPolicy {
        serde_json::from_str(
            r#"{"entities": ["PERSON"], "allow_list": ["Acme Corp"], "deny_list": ["Zephyrine Oakhollow", {"value": "X-7781", "entity_type": "ID"}],
                "ad_hoc_recognizers": [{"name": "r", "supported_entity": "ID", "patterns": [{"name": "p", "regex": "Q\\d{4}", "score": 0.9}], "context": ["badge"], "deny_list": ["Q1234"]}],
                "operators": {"DEFAULT": {"type": "redact"}}}"#,
        )
        .unwrap()
    }

    #[test]
    fn sealed_values_are_nowhere_in_the_serialized_policy_and_come_back_whole() {
        let p = policy();
        let sealed = p.seal(&keys(1)).unwrap();
        let json = serde_json::to_string(&sealed).unwrap();
        for v in ["Acme Corp", "Zephyrine", "X-7781", "Q\\\\d{4}", "badge", "Q1234"] {
            assert!(!json.contains(v), "{v} in {json}");
        }
        assert!(json.contains("PERSON") && json.contains("redact"), "the rest stays readable: {json}");
        let back: RedactionPolicy = serde_json::from_str(&json).unwrap();
        assert_eq!(back.unseal(&keys(1)).unwrap(), p);
        assert_eq!(sealed.seal(&keys(1)).unwrap(), sealed, "sealing twice changes nothing");
    }

    #[test]
    fn another_tenants_key_opens_nothing_and_plain_policies_pass_through() {
        let sealed = policy().seal(&keys(1)).unwrap();
        assert!(sealed.unseal(&keys(2)).is_err());
        let mut tampered = sealed.clone();
        tampered.sealed = Some("v1.AAAA".into());
        assert!(tampered.unseal(&keys(1)).is_err());
        let plain = RedactionPolicy::default();
        assert_eq!(plain.seal(&keys(1)).unwrap(), plain, "nothing to seal: no blob");
        assert_eq!(plain.unseal(&keys(1)).unwrap(), plain);
    }

    #[test]
    fn a_policy_sealed_under_one_generation_opens_with_that_generations_key_only() {
        let old = keys(1);
        let rotated = TenantKeys { at_rest: crate::engine::AtRestKey { key: [9; 32], generation: 1 }, ..keys(1) };
        let sealed_before = policy().seal(&old).unwrap();
        let sealed_after = policy().seal(&rotated).unwrap();
        assert_ne!(sealed_before.sealed, sealed_after.sealed, "new policies are sealed under the new key");
        assert_eq!(sealed_before.unseal(&old).unwrap(), policy());
        assert_eq!(sealed_after.unseal(&rotated).unwrap(), policy());
        assert!(sealed_before.unseal(&rotated).is_err());
        assert!(sealed_after.unseal(&old).is_err());
        // Only the key at rest seals: the output keys may stay as they are across a rotation.
        let other_output_keys = TenantKeys { hash_salt: [7; 32], encryption_key: [8; 32], ..keys(1) };
        assert_eq!(sealed_before.unseal(&other_output_keys).unwrap(), policy());
    }
}
