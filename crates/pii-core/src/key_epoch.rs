//! A tenant's key epoch: the value every secret derived for the tenant (hash salt, encryption and
//! pseudonym keys, the key that seals a policy's lists) is bound to besides its id.
//!
//! Why: a tenant id is a name an administrator may give again. Without an epoch, a tenant deleted
//! and created again under the same id would derive the same secrets, so its new owner could reverse
//! the old tenant's `encrypt` tokens and match its `hash` values. Each tenant gets a fresh epoch when
//! its row is created; tenants created before epochs existed keep the empty (legacy) one, under which
//! the derivation is exactly the earlier one, so their tokens and hashes stay valid.
//!
//! The epoch travels inside the job's policy to the workers (which have no database), written there
//! by the gateway from the caller's tenant: a request never sets it.

use serde::{Deserialize, Serialize};

use crate::error::CoreError;

/// Most characters an epoch may have (a ULID has 26).
const MAX_LEN: usize = 64;

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "String", into = "String")]
pub struct KeyEpoch(String);

impl KeyEpoch {
    /// A fresh epoch for a tenant created now.
    pub fn generate() -> Self {
        KeyEpoch(ulid::Ulid::generate().to_string())
    }

    /// The epoch of tenants created before epochs existed: the derivation without one.
    pub fn legacy() -> Self {
        KeyEpoch(String::new())
    }

    pub fn is_legacy(&self) -> bool {
        self.0.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An epoch as stored: empty, or up to 64 ASCII letters and digits.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for anything else.
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        if s.len() > MAX_LEN || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(CoreError::invalid("key epoch", "expected up to 64 ASCII letters and digits"));
        }
        Ok(KeyEpoch(s.to_owned()))
    }
}

impl TryFrom<String> for KeyEpoch {
    type Error = CoreError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        KeyEpoch::parse(&s)
    }
}

impl From<KeyEpoch> for String {
    fn from(e: KeyEpoch) -> Self {
        e.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_epochs_differ_and_are_not_legacy() {
        let (a, b) = (KeyEpoch::generate(), KeyEpoch::generate());
        assert_ne!(a, b);
        assert!(!a.is_legacy() && KeyEpoch::legacy().is_legacy());
        assert_eq!(KeyEpoch::parse(a.as_str()).unwrap(), a);
    }

    #[test]
    fn only_short_alphanumeric_epochs_parse() {
        assert!(KeyEpoch::parse("").unwrap().is_legacy());
        assert!(KeyEpoch::parse("01JEXAMPLE").is_ok());
        for bad in ["a b", "a/b", "é", &"x".repeat(65)] {
            assert!(KeyEpoch::parse(bad).is_err(), "{bad:?}");
        }
        assert!(serde_json::from_str::<KeyEpoch>("\"a-b\"").is_err());
    }
}
