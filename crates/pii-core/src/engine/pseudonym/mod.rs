//! Pseudonymization operators: `pseudonymize` (realistic surrogates), `fpe` (FF1 format-preserving
//! encryption) and `date_shift`.
//!
//! Why keyed derivation instead of a mapping table: every surrogate is drawn from an HMAC, under a
//! subkey of the tenant's key, of (scope id, entity type, normalised value). The same value therefore
//! gets the same surrogate everywhere in one scope without any stored state, two tenants (or two
//! scopes) never share a mapping, and nobody without the key can rebuild it. The engine stays free of
//! I/O: the caller names the scope (a job id, a batch id) in [`Scope`] inside `TenantKeys`. Reversal
//! is the one thing derivation cannot give: `anonymize_traced` reports each surrogate with its value,
//! and the caller keeps them sealed in the tenant's vault ([`super::vault`]).
//!
//! - [`names`]: people, organisations, places and e-mail addresses from the built-in lists ([`lists`]).
//! - [`shapes`]: identifiers (phones, cards, IBANs, SSNs, IPs, URLs, national ids) of the same layout.
//! - [`ff1`]: NIST SP 800-38G FF1 and the `fpe` operator built on it.
//! - [`date_shift`]: dates moved by one keyed offset per scope, in the format they were written in.

pub(crate) mod date_shift;
pub(crate) mod ff1;
mod lists;
mod names;
mod shapes;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::TenantKeys;
use super::anonymize::subkey;
use crate::policy::{PseudonymScope, RedactionPolicy};
use crate::{CoreError, EntityType};

/// What the caller is working on, so that surrogates can be consistent within the policy's
/// `pseudonym_scope`: the job (or a fresh id per text call) and the batch the job belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// The job id, or a fresh id for one text call.
    pub job: String,
    /// The batch id when the job belongs to a batch.
    pub batch: Option<String>,
}

impl Scope {
    /// The scope of one job (or one call), outside any batch.
    pub fn job(id: impl Into<String>) -> Scope {
        Scope { job: id.into(), batch: None }
    }

    /// The scope of a job that belongs to `batch` (if any).
    pub fn job_in_batch(id: impl Into<String>, batch: Option<String>) -> Scope {
        Scope { job: id.into(), batch }
    }

    /// The id surrogates are keyed with under `scope` (`None`: the default, batch when in a batch).
    pub(crate) fn id(&self, scope: Option<PseudonymScope>) -> String {
        match scope {
            Some(PseudonymScope::Tenant) => "tenant".to_owned(),
            Some(PseudonymScope::Job) => format!("job:{}", self.job),
            Some(PseudonymScope::Batch) | None => match &self.batch {
                Some(b) => format!("batch:{b}"),
                None => format!("job:{}", self.job),
            },
        }
    }
}

/// The keyed state of one `anonymize` call: the pseudonym subkey and the scope id.
pub(crate) struct Keyed {
    mac: Hmac<Sha256>,
    scope: String,
}

impl Keyed {
    pub(crate) fn new(keys: &TenantKeys, policy: &RedactionPolicy) -> Result<Keyed, CoreError> {
        // The document layer anonymizes one finding per call: the keyed MAC of the last tenant seen
        // on this thread is kept, so that the subkey is not derived again for every finding.
        thread_local! {
            static LAST: std::cell::RefCell<Option<([u8; 32], Hmac<Sha256>)>> = const { std::cell::RefCell::new(None) };
        }
        let cached = LAST.with(|l| l.borrow().as_ref().filter(|(k, _)| *k == keys.encryption_key).map(|(_, m)| m.clone()));
        let mac = match cached {
            Some(m) => m,
            None => {
                let m = <Hmac<Sha256> as KeyInit>::new_from_slice(&subkey(keys, b"pseudonym/v1")?)
                    .map_err(|e| CoreError::Crypto(e.to_string()))?;
                LAST.with(|l| *l.borrow_mut() = Some((keys.encryption_key, m.clone())));
                m
            }
        };
        Ok(Keyed { mac, scope: keys.scope.id(policy.pseudonym_scope) })
    }

    /// A deterministic stream of draws for (scope, `entity`, `label`, `normalised` value).
    pub(crate) fn draw(&self, entity: &str, label: &str, normalised: &str) -> Draw {
        let mut m = self.mac.clone();
        for part in [self.scope.as_str(), entity, label, normalised] {
            m.update(&(part.len() as u64).to_be_bytes());
            m.update(part.as_bytes());
        }
        Draw::from_seed(m.finalize().into_bytes().into())
    }
}

/// A keyed pseudo-random stream: xoshiro256** seeded with the HMAC of the value. The seed is secret
/// (it needs the tenant's key), so the stream only has to be well distributed, not unpredictable
/// from its own outputs; one HMAC per value keeps `pseudonymize` close to `replace` in throughput.
pub(crate) struct Draw {
    s: [u64; 4],
}

impl Draw {
    fn from_seed(seed: [u8; 32]) -> Draw {
        let mut s = [0u64; 4];
        for (w, chunk) in s.iter_mut().zip(seed.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            *w = u64::from_le_bytes(b);
        }
        if s == [0; 4] {
            s[0] = 1;
        }
        Draw { s }
    }

    pub(crate) fn u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }

    /// A value in `0..n` (`n > 0`; the bias of a 64-bit modulus is negligible for small `n`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.u64() % n as u64) as usize
    }

    pub(crate) fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list.get(self.below(list.len())).copied().unwrap_or("")
    }

    pub(crate) fn digit(&mut self) -> u8 {
        b'0' + self.below(10) as u8
    }

    /// A character of the same class as `c`: digit for digit, letter of the same case for a letter;
    /// anything else is kept.
    pub(crate) fn same_class(&mut self, c: char) -> char {
        if c.is_ascii_digit() {
            char::from(self.digit())
        } else if c.is_ascii_uppercase() {
            char::from(b'A' + self.below(26) as u8)
        } else if c.is_ascii_lowercase() {
            char::from(b'a' + self.below(26) as u8)
        } else {
            c
        }
    }
}

/// The `pseudonymize` surrogate of `value`, never equal to it.
pub(crate) fn pseudonymize(keyed: &Keyed, entity: &EntityType, value: &str) -> String {
    let out = match entity.as_str() {
        "PERSON" => names::person(keyed, value),
        "ORGANIZATION" => names::organization(keyed, value),
        "LOCATION" => names::location(keyed, value),
        "EMAIL_ADDRESS" => names::email(keyed, value),
        "DATE_TIME" => date_shift::shift_value(keyed, value, date_shift::DEFAULT_MAX_DAYS).unwrap_or_else(|| placeholder(entity)),
        _ => shapes::surrogate(keyed, entity, value),
    };
    if out == value { placeholder(entity) } else { out }
}

/// What a value becomes when no surrogate of its shape can be made (the `replace` operator's output).
pub(crate) fn placeholder(entity: &EntityType) -> String {
    format!("<{}>", entity.as_str())
}

/// Tries `make(attempt)` until it returns something other than `original` (a few attempts suffice:
/// each draws afresh), so that a surrogate never equals the value it replaces.
pub(crate) fn differing(original: &str, mut make: impl FnMut(u32) -> String) -> String {
    let mut last = String::new();
    for attempt in 0..16 {
        last = make(attempt);
        if !last.eq_ignore_ascii_case(original) {
            return last;
        }
    }
    last
}

#[cfg(test)]
mod tests;
