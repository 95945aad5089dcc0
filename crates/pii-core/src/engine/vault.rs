//! The pseudonym vault's cryptography: what makes a `pseudonymize` surrogate reversible for its
//! tenant, and for nobody else.
//!
//! Surrogates are derived by HMAC and cannot be inverted, so reversal needs a record of what each
//! surrogate stood for. A record ([`SealedPseudonym`]) holds, besides its scope and entity type in
//! clear:
//!
//! - `lookup`: an HMAC of (entity type, normalised surrogate) under a key derived from the tenant's
//!   vault index key ([`TenantKeys::vault_index`], bound to its salt alone, so that neither rotation
//!   of its keys loses a record), so the store can find a surrogate without holding it, and another
//!   tenant's lookup of the same text never matches;
//! - `value_tag`: an HMAC of the normalised value (under the same index key), so the store can tell,
//!   without opening anything, whether two records of one surrogate stand for the same value (spelt
//!   differently) or for two values that drew the same surrogate (then the surrogate is ambiguous
//!   and restores nothing);
//! - `sealed`: the value under AES-256-GCM with the tenant's key at rest of the generation the record
//!   names (`key_generation`, so that it still opens after the tenant's keys were rotated), its
//!   scope, entity type and
//!   lookup as associated data (a record moved to another scope or surrogate does not open). The
//!   nonce is an HMAC of the same data and the value, as for the `encrypt` operator: the function is
//!   pure, and a record written twice (a redelivered event) is the same record.
//!
//! Normalised means lower case with whitespace runs made one space and trimmed: a surrogate given back
//! in another case or wrapping still restores; punctuation counts (`1.2.3.45` and `12.3.4.5` are
//! different addresses). Neither the value nor the surrogate is ever stored in clear.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::anonymize::{TenantKeys, at_rest_subkey, vault_index_subkey};
use crate::policy::PseudonymScope;
use crate::{BatchId, CoreError, EntityType, JobId};

const NONCE_LEN: usize = 12;
/// Bytes of a value tag: enough that two values never share one by chance.
pub const VALUE_TAG_LEN: usize = 16;
/// Values longer than this are not kept (no PII value is this long; it bounds a record's size).
pub const MAX_VALUE_BYTES: usize = 1024;

/// Where a surrogate is consistent, and so where its record lives and how long: with its job, with
/// its batch, with the tenant, or (a `/redact` text call in the default scope) on its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum VaultScope {
    /// One `/redact` text call (its id is in the response).
    Call(JobId),
    Job(JobId),
    Batch(BatchId),
    Tenant,
}

impl VaultScope {
    /// The scope of the surrogates a job writes under its policy's `pseudonym_scope` (`None`: batch
    /// when the job belongs to one, else the job), as [`super::Scope`] keys them.
    pub fn for_job(job: JobId, batch: Option<BatchId>, scope: Option<PseudonymScope>) -> VaultScope {
        match (scope, batch) {
            (Some(PseudonymScope::Tenant), _) => VaultScope::Tenant,
            (Some(PseudonymScope::Job), _) | (_, None) => VaultScope::Job(job),
            (Some(PseudonymScope::Batch) | None, Some(b)) => VaultScope::Batch(b),
        }
    }

    /// The scope of a text call with id `call`: the call, or the tenant.
    pub fn for_call(call: JobId, scope: Option<PseudonymScope>) -> VaultScope {
        match scope {
            Some(PseudonymScope::Tenant) => VaultScope::Tenant,
            _ => VaultScope::Call(call),
        }
    }

    /// The stored kind: `call`, `job`, `batch` or `tenant`.
    pub fn kind(&self) -> &'static str {
        match self {
            VaultScope::Call(_) => "call",
            VaultScope::Job(_) => "job",
            VaultScope::Batch(_) => "batch",
            VaultScope::Tenant => "tenant",
        }
    }

    /// The stored id (empty for the tenant).
    pub fn id(&self) -> String {
        match self {
            VaultScope::Call(j) | VaultScope::Job(j) => j.to_string(),
            VaultScope::Batch(b) => b.to_string(),
            VaultScope::Tenant => String::new(),
        }
    }

    /// The scope from its stored kind and id.
    ///
    /// # Errors
    /// `CoreError::Invalid` for an unknown kind or an id of the wrong shape.
    pub fn from_parts(kind: &str, id: &str) -> Result<VaultScope, CoreError> {
        match kind {
            "call" => Ok(VaultScope::Call(id.parse()?)),
            "job" => Ok(VaultScope::Job(id.parse()?)),
            "batch" => Ok(VaultScope::Batch(id.parse()?)),
            "tenant" if id.is_empty() => Ok(VaultScope::Tenant),
            _ => Err(CoreError::invalid("pseudonym scope", "unknown kind")),
        }
    }
}

/// A value `pseudonymize` replaced, and what it wrote: held only in memory, between the operator
/// and [`seal_pseudonym`]. Its `Debug` shows neither.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Minted {
    pub entity_type: EntityType,
    pub value: String,
    pub surrogate: String,
}

impl std::fmt::Debug for Minted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Minted({}, ..)", self.entity_type)
    }
}

/// One vault record, ready to store: nothing in it reads without the tenant's key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SealedPseudonym {
    pub entity_type: EntityType,
    /// HMAC-SHA-256 of the entity type and the normalised surrogate.
    #[serde(with = "b64")]
    #[schemars(with = "String")]
    pub lookup: Vec<u8>,
    /// HMAC of the entity type and the normalised value, truncated to [`VALUE_TAG_LEN`] bytes.
    #[serde(with = "b64")]
    #[schemars(with = "String")]
    pub value_tag: Vec<u8>,
    /// nonce ‖ AES-256-GCM ciphertext ‖ tag of the value, under the tenant's key at rest.
    #[serde(with = "b64")]
    #[schemars(with = "String")]
    pub sealed: Vec<u8>,
    /// The generation of the tenant's key epoch `sealed` was sealed under: the key that opens it
    /// after the tenant's keys were rotated.
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub key_generation: u32,
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}

/// Most records one job deposits; the surrogates past it are not reversible, and the job says so.
pub const MAX_RECORDS_PER_JOB: usize = 10_000;
/// Most sealed bytes one job deposits (it bounds the status event that carries them).
pub const MAX_DEPOSIT_BYTES: usize = 2 << 20;

/// The vault records a job's surrogates need, carried by its `completed` event (workers have no
/// database) and stored by the gateway that applies the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PseudonymDeposit {
    pub scope: VaultScope,
    pub records: Vec<SealedPseudonym>,
    /// Surrogates written but not recorded (over [`MAX_RECORDS_PER_JOB`] or [`MAX_DEPOSIT_BYTES`],
    /// or a value over [`MAX_VALUE_BYTES`]): they cannot be reversed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub left_out: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl PseudonymDeposit {
    /// The records of `minted` (distinct values) in `scope`, within the bounds above.
    ///
    /// # Errors
    /// `CoreError::Crypto` if sealing fails.
    pub fn seal(keys: &TenantKeys, scope: VaultScope, minted: &[Minted]) -> Result<PseudonymDeposit, CoreError> {
        let mut records = Vec::with_capacity(minted.len().min(MAX_RECORDS_PER_JOB));
        let (mut bytes, mut left_out) = (0usize, 0u64);
        for m in minted {
            if records.len() >= MAX_RECORDS_PER_JOB {
                left_out += 1;
                continue;
            }
            match seal_pseudonym(keys, &scope, m)? {
                Some(r) if bytes + r.size() <= MAX_DEPOSIT_BYTES => {
                    bytes += r.size();
                    records.push(r);
                }
                _ => left_out += 1,
            }
        }
        Ok(PseudonymDeposit { scope, records, left_out })
    }

    /// The job warning when some surrogates cannot be reversed.
    pub fn warning(&self) -> Option<String> {
        (self.left_out > 0).then(|| {
            format!(
                "{} pseudonym(s) were not kept in the vault (over {MAX_RECORDS_PER_JOB} per job, {MAX_DEPOSIT_BYTES} bytes, or a value over \
                 {MAX_VALUE_BYTES} bytes): POST /api/v1/deanonymize restores the others only",
                self.left_out
            )
        })
    }
}

impl SealedPseudonym {
    /// Bytes of the record's lookup, tag and sealed value.
    pub fn size(&self) -> usize {
        self.lookup.len() + self.value_tag.len() + self.sealed.len()
    }
}

mod b64 {
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s.as_bytes()).map_err(serde::de::Error::custom)
    }
}

/// Lower case, whitespace runs as one space, trimmed.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

fn mac(keys: &TenantKeys, purpose: &[u8], parts: &[&[u8]]) -> Result<[u8; 32], CoreError> {
    mac_with(vault_index_subkey(keys, purpose)?, parts)
}

fn mac_with(key: [u8; 32], parts: &[&[u8]]) -> Result<[u8; 32], CoreError> {
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&key).map_err(|e| CoreError::Crypto(e.to_string()))?;
    for p in parts {
        m.update(&(p.len() as u64).to_be_bytes());
        m.update(p);
    }
    Ok(m.finalize().into_bytes().into())
}

/// The lookup of `surrogate` (of type `entity`) under the tenant's key: what the store is searched by.
///
/// # Errors
/// `CoreError::Crypto` if the key cannot be used.
pub fn pseudonym_lookup(keys: &TenantKeys, entity: &EntityType, surrogate: &str) -> Result<Vec<u8>, CoreError> {
    Ok(mac(keys, b"vault-lookup/v1", &[entity.as_str().as_bytes(), normalise(surrogate).as_bytes()])?.to_vec())
}

fn aad(scope: &VaultScope, entity: &EntityType, lookup: &[u8]) -> Vec<u8> {
    let mut a = b"pii-redactor/vault/v1".to_vec();
    for p in [scope.kind().as_bytes(), scope.id().as_bytes(), entity.as_str().as_bytes(), lookup] {
        a.extend_from_slice(&(p.len() as u64).to_be_bytes());
        a.extend_from_slice(p);
    }
    a
}

fn cipher(keys: &TenantKeys) -> Result<Aes256Gcm, CoreError> {
    Aes256Gcm::new_from_slice(&at_rest_subkey(keys, b"vault/v1")?).map_err(|e| CoreError::Crypto(e.to_string()))
}

/// The record of `minted` in `scope`, or `None` when its value is longer than [`MAX_VALUE_BYTES`].
///
/// # Errors
/// `CoreError::Crypto` if encryption fails.
pub fn seal_pseudonym(keys: &TenantKeys, scope: &VaultScope, minted: &Minted) -> Result<Option<SealedPseudonym>, CoreError> {
    if minted.value.len() > MAX_VALUE_BYTES || minted.surrogate.len() > MAX_VALUE_BYTES {
        return Ok(None);
    }
    let entity = &minted.entity_type;
    let lookup = pseudonym_lookup(keys, entity, &minted.surrogate)?;
    let value_tag = mac(keys, b"vault-tag/v1", &[entity.as_str().as_bytes(), normalise(&minted.value).as_bytes()])?;
    let aad = aad(scope, entity, &lookup);
    let digest = mac_with(at_rest_subkey(keys, b"vault-nonce/v1")?, &[&aad, minted.value.as_bytes()])?;
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&digest[..NONCE_LEN]);
    let ct = cipher(keys)?
        .encrypt(&nonce.into(), Payload { msg: minted.value.as_bytes(), aad: &aad })
        .map_err(|_| CoreError::Crypto("a pseudonym cannot be sealed".into()))?;
    let mut sealed = nonce.to_vec();
    sealed.extend_from_slice(&ct);
    Ok(Some(SealedPseudonym {
        entity_type: entity.clone(),
        lookup,
        value_tag: value_tag[..VALUE_TAG_LEN].to_vec(),
        sealed,
        key_generation: keys.at_rest.generation,
    }))
}

/// The value a record of `scope` holds. `keys` must be the tenant's at the record's
/// `key_generation` (see [`TenantKeys::at_rest`]).
///
/// # Errors
/// `CoreError::Crypto` when the record does not open with this tenant's key in this scope (another
/// tenant's, moved, tampered with, or a generation other than `keys`').
pub fn open_pseudonym(keys: &TenantKeys, scope: &VaultScope, record: &SealedPseudonym) -> Result<String, CoreError> {
    let refused = || CoreError::Crypto("a pseudonym record does not open with this tenant's key".into());
    if record.sealed.len() < NONCE_LEN {
        return Err(refused());
    }
    let (nonce, ct) = record.sealed.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| refused())?;
    let aad = aad(scope, &record.entity_type, &record.lookup);
    let plain = cipher(keys)?.decrypt(&nonce.into(), Payload { msg: ct, aad: &aad }).map_err(|_| refused())?;
    String::from_utf8(plain).map_err(|_| refused())
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

    fn minted(value: &str, surrogate: &str) -> Minted {
        Minted { entity_type: EntityType::PERSON, value: value.into(), surrogate: surrogate.into() }
    }

    #[test]
    fn a_record_holds_neither_value_nor_surrogate_and_opens_for_its_tenant_and_scope_only() {
        let scope = VaultScope::Job(JobId::generate());
        let rec = seal_pseudonym(&keys(1), &scope, &minted("Anna Kowalski", "Maria Lindqvist")).unwrap().unwrap();
        let json = serde_json::to_string(&rec).unwrap();
        for secret in ["Anna", "Kowalski", "Maria", "Lindqvist"] {
            assert!(!json.contains(secret), "{secret} in {json}");
            assert!(!rec.sealed.windows(secret.len()).any(|w| w == secret.as_bytes()));
        }
        assert_eq!(open_pseudonym(&keys(1), &scope, &rec).unwrap(), "Anna Kowalski");
        assert!(open_pseudonym(&keys(2), &scope, &rec).is_err(), "another tenant's key");
        assert!(open_pseudonym(&keys(1), &VaultScope::Tenant, &rec).is_err(), "moved to another scope");
        let back: SealedPseudonym = serde_json::from_str(&json).unwrap();
        assert_eq!(back, rec);
        // Deterministic: the same record twice is the same record.
        assert_eq!(seal_pseudonym(&keys(1), &scope, &minted("Anna Kowalski", "Maria Lindqvist")).unwrap().unwrap(), rec);
    }

    #[test]
    fn lookups_ignore_case_and_spacing_but_not_tenant_type_or_punctuation() {
        let e = EntityType::PERSON;
        let l = pseudonym_lookup(&keys(1), &e, "Maria Lindqvist").unwrap();
        assert_eq!(l, pseudonym_lookup(&keys(1), &e, "  MARIA\n lindqvist ").unwrap());
        assert_ne!(l, pseudonym_lookup(&keys(2), &e, "Maria Lindqvist").unwrap());
        assert_ne!(l, pseudonym_lookup(&keys(1), &EntityType::LOCATION, "Maria Lindqvist").unwrap());
        let ip = EntityType::IP_ADDRESS;
        assert_ne!(pseudonym_lookup(&keys(1), &ip, "1.2.3.45").unwrap(), pseudonym_lookup(&keys(1), &ip, "12.3.4.5").unwrap());
        // Value tags: the same person spelt differently shares one, another person does not.
        let s = VaultScope::Tenant;
        let a = seal_pseudonym(&keys(1), &s, &minted("Anna Kowalski", "x")).unwrap().unwrap();
        let b = seal_pseudonym(&keys(1), &s, &minted("ANNA  KOWALSKI", "x")).unwrap().unwrap();
        let c = seal_pseudonym(&keys(1), &s, &minted("Jan Nowak", "x")).unwrap().unwrap();
        assert_eq!(a.value_tag, b.value_tag);
        assert_ne!(a.value_tag, c.value_tag);
        assert!(seal_pseudonym(&keys(1), &s, &minted(&"x".repeat(MAX_VALUE_BYTES + 1), "y")).unwrap().is_none());
    }

    #[test]
    fn a_deposit_stays_within_its_bounds_and_says_what_it_left_out() {
        let many: Vec<Minted> = (0..MAX_RECORDS_PER_JOB + 3).map(|i| minted(&format!("v{i}"), &format!("s{i}"))).collect();
        let d = PseudonymDeposit::seal(&keys(1), VaultScope::Tenant, &many).unwrap();
        assert_eq!(d.records.len(), MAX_RECORDS_PER_JOB);
        assert_eq!(d.left_out, 3);
        assert!(d.warning().unwrap().starts_with("3 pseudonym(s)"));
        let big: Vec<Minted> = (0..5000).map(|i| minted(&format!("{i:0>1000}"), &format!("s{i}"))).collect();
        let d = PseudonymDeposit::seal(&keys(1), VaultScope::Tenant, &big).unwrap();
        let bytes: usize = d.records.iter().map(|r| r.sealed.len()).sum();
        assert!(bytes <= MAX_DEPOSIT_BYTES && d.left_out > 0 && d.records.len() + d.left_out as usize == 5000);
        let small = PseudonymDeposit::seal(&keys(1), VaultScope::Tenant, &many[..2]).unwrap();
        assert_eq!((small.records.len(), small.left_out, small.warning()), (2, 0, None));
    }

    #[test]
    fn scopes_follow_the_policy_and_round_trip_through_their_stored_parts() {
        let (j, b) = (JobId::generate(), BatchId::generate());
        assert_eq!(VaultScope::for_job(j, Some(b), None), VaultScope::Batch(b));
        assert_eq!(VaultScope::for_job(j, None, None), VaultScope::Job(j));
        assert_eq!(VaultScope::for_job(j, None, Some(PseudonymScope::Batch)), VaultScope::Job(j));
        assert_eq!(VaultScope::for_job(j, Some(b), Some(PseudonymScope::Job)), VaultScope::Job(j));
        assert_eq!(VaultScope::for_job(j, Some(b), Some(PseudonymScope::Tenant)), VaultScope::Tenant);
        assert_eq!(VaultScope::for_call(j, None), VaultScope::Call(j));
        assert_eq!(VaultScope::for_call(j, Some(PseudonymScope::Tenant)), VaultScope::Tenant);
        for s in [VaultScope::Call(j), VaultScope::Job(j), VaultScope::Batch(b), VaultScope::Tenant] {
            assert_eq!(VaultScope::from_parts(s.kind(), &s.id()).unwrap(), s);
            let json = serde_json::to_value(&s).unwrap();
            assert_eq!(json["kind"], s.kind());
            assert_eq!(serde_json::from_value::<VaultScope>(json).unwrap(), s);
        }
        assert!(VaultScope::from_parts("planet", "").is_err());
        assert!(VaultScope::from_parts("tenant", "x").is_err());
        assert!(VaultScope::from_parts("job", "nope").is_err());
    }

    #[test]
    fn a_record_names_its_generation_opens_with_it_and_is_still_found_after_a_rotation() {
        let scope = VaultScope::Tenant;
        let old = keys(1);
        let rotated = TenantKeys { at_rest: crate::engine::AtRestKey { key: [42; 32], generation: 1 }, ..keys(1) };
        let before = seal_pseudonym(&old, &scope, &minted("Anna Kowalski", "Maria Lindqvist")).unwrap().unwrap();
        let after = seal_pseudonym(&rotated, &scope, &minted("Anna Kowalski", "Maria Lindqvist")).unwrap().unwrap();
        assert_eq!((before.key_generation, after.key_generation), (0, 1));
        // Lookup and value tag do not move with the rotation: a surrogate minted before is found after.
        assert_eq!((&before.lookup, &before.value_tag), (&after.lookup, &after.value_tag));
        assert_ne!(before.sealed, after.sealed, "new records are sealed under the new key");
        assert_eq!(open_pseudonym(&old, &scope, &before).unwrap(), "Anna Kowalski");
        assert_eq!(open_pseudonym(&rotated, &scope, &after).unwrap(), "Anna Kowalski");
        assert!(open_pseudonym(&rotated, &scope, &before).is_err());
        assert!(open_pseudonym(&old, &scope, &after).is_err());
        // The generation travels with the record (events); generation 0 is not even written.
        let json = serde_json::to_value(&after).unwrap();
        assert_eq!(json["key_generation"], 1);
        assert!(serde_json::to_value(&before).unwrap().get("key_generation").is_none());
        assert_eq!(serde_json::from_value::<SealedPseudonym>(json).unwrap(), after);
    }

    #[test]
    fn a_record_made_before_an_output_rotation_is_still_found_and_opens() {
        let scope = VaultScope::Tenant;
        let old = keys(1);
        // An output rotation moves the output keys (and, with them, the key generation) but not the
        // vault's index key.
        let rotated = TenantKeys {
            hash_salt: [50; 32],
            encryption_key: [51; 32],
            at_rest: crate::engine::AtRestKey { key: [52; 32], generation: 1 },
            ..keys(1)
        };
        let before = seal_pseudonym(&old, &scope, &minted("Anna Kowalski", "Maria Lindqvist")).unwrap().unwrap();
        assert_eq!(pseudonym_lookup(&rotated, &EntityType::PERSON, "Maria Lindqvist").unwrap(), before.lookup);
        let after = seal_pseudonym(&rotated, &scope, &minted("Anna Kowalski", "Maria Lindqvist")).unwrap().unwrap();
        assert_eq!(after.value_tag, before.value_tag, "the same value is told the same across the rotation");
        // The gateway opens a record with the keys of its own generation (current output keys).
        let at_0 = TenantKeys { at_rest: old.at_rest.clone(), ..rotated.clone() };
        assert_eq!(open_pseudonym(&at_0, &scope, &before).unwrap(), "Anna Kowalski");
    }
}
