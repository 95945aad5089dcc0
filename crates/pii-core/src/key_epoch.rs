//! A tenant's key epoch: what every secret derived for the tenant is bound to besides its id. It
//! has three parts:
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
//!   rotation while new data is sealed under the current one.
//! - an **output generation**, 0 at creation, that the same call advances only when asked to
//!   (`{"outputs": true}`). The keys of the tenant's *outputs* (`hash`, `encrypt`, `fpe`,
//!   `pseudonymize`, `date_shift`) derive from the salt and the output generation. Those tokens sit in
//!   the tenant's documents without an epoch, so a plain rotation leaves them alone (they stay
//!   reversible and consistent); rotating the outputs is for a leaked output key: from then on the
//!   same value hashes and pseudonymizes differently, and `encrypt` and `fpe` values made before no
//!   longer decrypt. Output generation 0 derives exactly the output keys from before it existed. The
//!   pseudonym vault's index (the lookup of a surrogate) stays bound to the salt alone, so surrogates
//!   made before an output rotation still restore (see RELIABILITY.md, "Tenant isolation").
//!
//! The epoch travels inside the job's policy to the workers (which have no database), written there
//! by the gateway from the caller's tenant: a request never sets it, and a job queued before a
//! rotation keeps the keys of its submission. Its text form is the salt, then `.` and the generation
//! when that is not 0, then `~` and the output generation when that is not 0, so epochs stored before
//! generations (or output generations) existed read as generation (and output generation) 0.

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
    /// How many times the keys of the tenant's outputs were rotated.
    output_generation: u32,
}

impl KeyEpoch {
    /// A fresh epoch for a tenant created now: a new salt, generation 0.
    pub fn generate() -> Self {
        KeyEpoch { salt: ulid::Ulid::generate().to_string(), generation: 0, output_generation: 0 }
    }

    /// The epoch of tenants created before epochs existed: the derivation without one.
    pub fn legacy() -> Self {
        KeyEpoch::default()
    }

    /// Whether this is the legacy epoch (no salt, never rotated): it derives as before epochs.
    pub fn is_legacy(&self) -> bool {
        self.salt.is_empty() && self.generation == 0 && self.output_generation == 0
    }

    /// The salt drawn when the tenant was created (empty for tenants from before salts).
    pub fn salt(&self) -> &str {
        &self.salt
    }

    /// How many times the tenant's keys were rotated.
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// How many times the keys of the tenant's outputs were rotated (0: the output keys from before
    /// output rotations existed).
    pub fn output_generation(&self) -> u32 {
        self.output_generation
    }

    /// The same tenant's epoch at `generation`, its output generation unchanged: what opens data
    /// sealed under that generation.
    pub fn at_generation(&self, generation: u32) -> Self {
        KeyEpoch { generation, ..self.clone() }
    }

    /// The same tenant's epoch at output generation `output_generation`, its generation unchanged.
    pub fn at_output_generation(&self, output_generation: u32) -> Self {
        KeyEpoch { output_generation, ..self.clone() }
    }

    /// An epoch from its stored parts.
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for a salt that is not up to 64 ASCII letters and digits.
    pub fn from_parts(salt: &str, generation: u32, output_generation: u32) -> Result<Self, CoreError> {
        if salt.len() > MAX_LEN || !salt.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(CoreError::invalid("key epoch", "expected a salt of up to 64 ASCII letters and digits"));
        }
        Ok(KeyEpoch { salt: salt.to_owned(), generation, output_generation })
    }

    /// An epoch in its text form: the salt, then `.` and a generation from 1 on, then `~` and an
    /// output generation from 1 on (each left out when 0).
    ///
    /// # Errors
    /// [`CoreError::Invalid`] for anything else.
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        let (rest, output_generation) = match s.split_once('~') {
            Some((rest, n)) => (rest, counter(n, "an output generation")?),
            None => (s, 0),
        };
        let (salt, generation) = match rest.split_once('.') {
            Some((salt, n)) => (salt, counter(n, "a generation")?),
            None => (rest, 0),
        };
        KeyEpoch::from_parts(salt, generation, output_generation)
    }
}

/// A generation as the text form writes it: from 1 on, without leading zeros or a sign.
fn counter(s: &str, what: &str) -> Result<u32, CoreError> {
    let bad = || CoreError::invalid("key epoch", format!("expected {what} from 1 on, without leading zeros"));
    if s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    s.parse().map_err(|_| bad())
}

impl std::fmt::Display for KeyEpoch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.salt)?;
        if self.generation > 0 {
            write!(f, ".{}", self.generation)?;
        }
        if self.output_generation > 0 {
            write!(f, "~{}", self.output_generation)?;
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
            "pattern": "^[A-Za-z0-9]{0,64}(\\.[1-9][0-9]{0,9})?(~[1-9][0-9]{0,9})?$"
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
        for bad in [
            "a b",
            "a/b",
            "é",
            &"x".repeat(65),
            "a.0",
            "a.01",
            "a.",
            "a.-1",
            "a.1.2",
            "a.99999999999",
            "a.+1",
            "a~0",
            "a~",
            "a~01",
            "a~1~2",
            "a~1.2",
            "a.1~x",
            "a~99999999999",
        ] {
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

    #[test]
    fn epochs_stored_before_output_generations_read_as_output_generation_0() {
        // Every text form written before output generations existed parses as before, at 0.
        for (old, salt, generation) in [("", "", 0), ("01JEXAMPLE", "01JEXAMPLE", 0), ("01JEXAMPLE.3", "01JEXAMPLE", 3), (".1", "", 1)] {
            let e = KeyEpoch::parse(old).unwrap();
            assert_eq!((e.salt(), e.generation(), e.output_generation()), (salt, generation, 0), "{old:?}");
            assert_eq!(e.to_string(), old, "an epoch never rotated for its outputs keeps its old text form");
        }
        // A policy from before (no key_epoch at all, or the old form) reads the same.
        assert_eq!(serde_json::from_str::<KeyEpoch>("\"01JEXAMPLE.3\"").unwrap().output_generation(), 0);
    }

    #[test]
    fn an_output_rotation_reads_back_and_is_not_legacy() {
        let e = KeyEpoch::parse("01JEXAMPLE.3").unwrap();
        let rotated = e.at_output_generation(2);
        assert_eq!((rotated.generation(), rotated.output_generation()), (3, 2));
        assert_eq!(rotated.to_string(), "01JEXAMPLE.3~2");
        assert_eq!(KeyEpoch::parse("01JEXAMPLE.3~2").unwrap(), rotated);
        assert_eq!(
            serde_json::from_str::<KeyEpoch>("\"01JEXAMPLE~2\"").unwrap(),
            KeyEpoch::parse("01JEXAMPLE").unwrap().at_output_generation(2)
        );
        // Moving one generation keeps the other.
        assert_eq!(rotated.at_generation(4).output_generation(), 2);
        assert_eq!(rotated.at_output_generation(0), e);
        // A legacy tenant whose outputs were rotated is no longer legacy (the policy then names it).
        let legacy_outputs = KeyEpoch::legacy().at_output_generation(1);
        assert!(!legacy_outputs.is_legacy());
        assert_eq!(legacy_outputs.to_string(), "~1");
        assert_eq!(KeyEpoch::parse("~1").unwrap(), legacy_outputs);
    }
}
