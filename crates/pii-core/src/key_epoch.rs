//! A tenant's key epoch: what every secret derived for the tenant is bound to besides its id. It
//! has two parts:
//!
//! - a **salt** drawn when the tenant's row is created. A tenant id is a name an administrator may
//!   give again; without the salt a tenant deleted and created again under the same id would derive
//!   the same secrets, so its new owner could reverse the old tenant's `encrypt` tokens, match its
//!   `hash` values, open what it left sealed and sign callbacks as it did. Tenants created before
//!   salts existed keep the empty (legacy) one, under which the derivation is exactly the earlier one.
//! - a **generation**, 0 at creation, that an administrator advances
//!   (`POST /api/v1/admin/tenants/{id}/rotate-keys`) to rotate the tenant's callback signing secret
//!   and the keys that seal what the service keeps for it (policy lists, pseudonym vault records)
//!   without touching any other tenant. Whatever is sealed names the generation it was sealed under
//!   (the policy carries its whole epoch, a vault record its generation), so it still opens after a
//!   rotation while new data is sealed under the current one. The keys of the tenant's *outputs*
//!   (`hash`, `encrypt`, `fpe`, `pseudonymize`, `date_shift`) derive from the salt alone: those
//!   tokens sit in the tenant's documents without an epoch, and must stay reversible and consistent
//!   across a rotation (see RELIABILITY.md, "Tenant isolation").
//!
//! The epoch travels inside the job's policy to the workers (which have no database), written there
//! by the gateway from the caller's tenant: a request never sets it. Its text form is the salt, then
//! `.` and the generation when that is not 0, so epochs stored before generations existed read as
//! generation 0.

use serde::{Deserialize, Serialize};

use crate::error::CoreError;

/// Most characters a salt may have (a ULID has 26).
const MAX_LEN: usize = 64;

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct KeyEpoch {
    /// Empty (legacy) or up to 64 ASCII letters and digits.
    salt: String,
    generation: u32,
}

impl KeyEpoch {
    /// A fresh epoch for a tenant created now: a new salt, generation 0.
    pub fn generate() -> Self {
        KeyEpoch { salt: ulid::Ulid::generate().to_string(), generation: 0 }
    }

    /// The epoch of tenants created before epochs existed: the derivation without one.
    pub fn legacy() -> Self {
        KeyEpoch::default()
    }

    /// Whether this is the legacy epoch (no salt, never rotated): it derives as before epochs.
    pub fn is_legacy(&self) -> bool {
        self.salt.is_empty() && self.generation == 0
    }

    /// The salt drawn when the tenant was created (empty for tenants from before salts).
    pub fn salt(&self) -> &str {
        &self.salt
    }

    /// How many times the tenant's keys were rotated.
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// The same tenant's epoch at `generation`: what opens data sealed under that generation.
    pub fn at_generation(&self, generation: u32) -> Self {
        KeyEpoch { salt: self.salt.clone(), generation }
    }

    /// An epoch from its stored parts.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for a salt that is not up to 64 ASCII letters and digits.
    pub fn from_parts(salt: &str, generation: u32) -> Result<Self, CoreError> {
        if salt.len() > MAX_LEN || !salt.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(CoreError::invalid("key epoch", "expected a salt of up to 64 ASCII letters and digits"));
        }
        Ok(KeyEpoch { salt: salt.to_owned(), generation })
    }

    /// An epoch in its text form: the salt, then `.` and a generation from 1 on.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for anything else.
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        let Some((salt, generation)) = s.split_once('.') else { return KeyEpoch::from_parts(s, 0) };
        let bad = || CoreError::invalid("key epoch", "expected a generation from 1 on, without leading zeros");
        if generation.starts_with('0') || !generation.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let generation: u32 = generation.parse().map_err(|_| bad())?;
        KeyEpoch::from_parts(salt, generation)
    }
}

impl std::fmt::Display for KeyEpoch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.salt)?;
        if self.generation > 0 {
            write!(f, ".{}", self.generation)?;
        }
        Ok(())
    }
}

impl schemars::JsonSchema for KeyEpoch {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("KeyEpoch")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Za-z0-9]{0,64}(\\.[1-9][0-9]{0,9})?$"
        })
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
        e.to_string()
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
        assert_eq!(a.generation(), 0);
        assert_eq!(KeyEpoch::parse(&a.to_string()).unwrap(), a);
    }

    #[test]
    fn only_short_alphanumeric_salts_and_canonical_generations_parse() {
        assert!(KeyEpoch::parse("").unwrap().is_legacy());
        assert!(KeyEpoch::parse("01JEXAMPLE").is_ok());
        for bad in ["a b", "a/b", "é", &"x".repeat(65), "a.0", "a.01", "a.", "a.-1", "a.1.2", "a.99999999999", "a.+1"] {
            assert!(KeyEpoch::parse(bad).is_err(), "{bad:?}");
        }
        assert!(serde_json::from_str::<KeyEpoch>("\"a-b\"").is_err());
    }

    #[test]
    fn a_rotated_epoch_reads_back_with_its_generation_and_generation_0_keeps_the_old_form() {
        let e = KeyEpoch::parse("01JEXAMPLE").unwrap();
        assert_eq!((e.salt(), e.generation(), e.to_string().as_str()), ("01JEXAMPLE", 0, "01JEXAMPLE"));
        let rotated = e.at_generation(3);
        assert_eq!(rotated.to_string(), "01JEXAMPLE.3");
        assert_eq!(serde_json::from_str::<KeyEpoch>("\"01JEXAMPLE.3\"").unwrap(), rotated);
        assert_eq!(rotated.at_generation(0), e);
        // A legacy tenant that was rotated is no longer legacy.
        let legacy_rotated = KeyEpoch::legacy().at_generation(1);
        assert!(!legacy_rotated.is_legacy());
        assert_eq!(KeyEpoch::parse(".1").unwrap(), legacy_rotated);
    }
}
