//! Per-tenant secrets derived from one master key, so that stateless workers need no database to
//! hash or encrypt consistently: equal values hash equal within a tenant, never across tenants.

use std::path::Path;

use hmac::{Hmac, KeyInit, Mac};
use pii_core::engine::{AtRestKey, TenantKeys};
use pii_core::{KeyEpoch, TenantId};
use sha2::Sha256;

use crate::settings::RuntimeError;

/// The deployment's master secret.
#[derive(Clone)]
pub struct MasterKey([u8; 32]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

impl MasterKey {
    /// From `PII_REDACTOR_MASTER_KEY` (64 hex characters), or else from `master.key` in the data folder,
    /// created on first use with owner-only permissions (the embedded default).
    ///
    /// # Errors
    /// `RuntimeError` for a malformed key or an unreadable key file.
    pub fn load(configured: Option<&str>, data_dir: &Path) -> Result<Self, RuntimeError> {
        if let Some(hex_key) = configured {
            return Self::from_hex(hex_key);
        }
        let path = data_dir.join("master.key");
        let io = |e| RuntimeError::Io { what: path.display().to_string(), source: e };
        std::fs::create_dir_all(data_dir).map_err(io)?;
        match std::fs::read_to_string(&path) {
            Ok(s) => Self::from_hex(s.trim()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Gateway and workers sharing a data folder may start together. The key is written
                // whole to a private temporary file and then hard-linked into place, which fails if
                // another process got there first; so nobody ever reads a half-written key file.
                let key: [u8; 32] = rand::random();
                let tmp = data_dir.join(format!(".master.key.{}.{:016x}", std::process::id(), rand::random::<u64>()));
                let tmp_io = |e| RuntimeError::Io { what: tmp.display().to_string(), source: e };
                let mut opts = std::fs::OpenOptions::new();
                opts.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
                let written = opts.open(&tmp).and_then(|mut f| {
                    std::io::Write::write_all(&mut f, hex::encode(key).as_bytes())?;
                    f.sync_all()
                });
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(tmp_io(e));
                }
                let linked = std::fs::hard_link(&tmp, &path);
                let _ = std::fs::remove_file(&tmp);
                match linked {
                    Ok(()) => Ok(MasterKey(key)),
                    // Another process created it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Self::from_hex(std::fs::read_to_string(&path).map_err(io)?.trim())
                    }
                    Err(e) => Err(io(e)),
                }
            }
            Err(e) => Err(io(e)),
        }
    }

    fn from_hex(s: &str) -> Result<Self, RuntimeError> {
        let bytes = hex::decode(s)
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| RuntimeError::Invalid { name: "PII_REDACTOR_MASTER_KEY", why: "expected 64 hex characters".into() })?;
        Ok(MasterKey(bytes))
    }

    /// The tenant's keys in its key epoch (see [`pii_core::key_epoch`]): the hash salt and encryption
    /// key from its salt and output generation (a plain rotation leaves the tenant's tokens as they
    /// are), the key at rest from its salt and generation, the vault's index key from its salt alone
    /// (surrogates made before either rotation are still found). At output generation 0 the output
    /// keys are those from before output generations existed, and at generation 0 the key at rest is
    /// that (salt-only) encryption key, as it was before generations existed, so what was made or
    /// sealed then still reverses and opens.
    pub fn tenant_keys(&self, tenant: &TenantId, epoch: &KeyEpoch) -> TenantKeys {
        let salt_only = epoch.at_generation(0).at_output_generation(0);
        TenantKeys {
            hash_salt: self.derive(b"hash-salt", tenant, epoch, Counter::Outputs),
            encryption_key: self.derive(b"encryption-key", tenant, epoch, Counter::Outputs),
            vault_index: self.derive(b"encryption-key", tenant, &salt_only, Counter::Keys),
            at_rest: AtRestKey { key: self.derive(b"encryption-key", tenant, epoch, Counter::Keys), generation: epoch.generation() },
            scope: Default::default(),
        }
    }

    /// The secret that signs the tenant's callbacks in its key epoch: a rotation or a tenant created
    /// again under the same id changes it.
    pub fn tenant_signing_key(&self, tenant: &TenantId, epoch: &KeyEpoch) -> [u8; 32] {
        self.derive(b"callback-signing", tenant, epoch, Counter::Keys)
    }

    /// HMAC of purpose, tenant and (unless both are empty) the epoch's salt and `counter`'s
    /// generation, each after a 0 byte, under the master key. The generation is added only when it is
    /// not 0: as its decimal digits for [`Counter::Keys`], after an `o` for [`Counter::Outputs`] (so
    /// an output key never equals a key at rest or signing key of the same number). An empty salt at
    /// generation 0 adds nothing, so tenants created before epochs keep the secrets they had;
    /// generation 0 adds nothing to the salt either.
    fn derive(&self, purpose: &[u8], tenant: &TenantId, epoch: &KeyEpoch, counter: Counter) -> [u8; 32] {
        let generation = match counter {
            Counter::Keys => (epoch.generation() > 0).then(|| epoch.generation().to_string()),
            Counter::Outputs => (epoch.output_generation() > 0).then(|| format!("o{}", epoch.output_generation())),
        };
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).expect("HMAC accepts any key length");
        mac.update(purpose);
        mac.update(&[0]);
        mac.update(tenant.as_str().as_bytes());
        if !epoch.salt().is_empty() || generation.is_some() {
            mac.update(&[0]);
            mac.update(epoch.salt().as_bytes());
        }
        if let Some(generation) = generation {
            mac.update(&[0]);
            mac.update(generation.as_bytes());
        }
        mac.finalize().into_bytes().into()
    }
}

/// Which of the epoch's generations a secret moves with.
#[derive(Debug, Clone, Copy)]
enum Counter {
    /// The generation: callback signing and the key at rest.
    Keys,
    /// The output generation: `hash`, `encrypt` and the pseudonym subkeys.
    Outputs,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_per_tenant_and_purpose_and_persist() {
        let dir = std::env::temp_dir().join(format!("pii-mk-{}", std::process::id()));
        let a = MasterKey::load(None, &dir).unwrap();
        let b = MasterKey::load(None, &dir).unwrap();
        let t1 = TenantId::parse("t1").unwrap();
        let t2 = TenantId::parse("t2").unwrap();
        let legacy = KeyEpoch::legacy();
        assert_eq!(a.tenant_keys(&t1, &legacy).hash_salt, b.tenant_keys(&t1, &legacy).hash_salt);
        assert_ne!(a.tenant_keys(&t1, &legacy).hash_salt, a.tenant_keys(&t2, &legacy).hash_salt);
        assert_ne!(a.tenant_keys(&t1, &legacy).hash_salt, a.tenant_keys(&t1, &legacy).encryption_key);
        std::fs::remove_dir_all(dir).unwrap();
        assert!(MasterKey::load(Some("zz"), Path::new(".")).is_err());
    }

    #[test]
    fn processes_starting_together_agree_on_one_key() {
        for round in 0..20 {
            let dir = std::env::temp_dir().join(format!("pii-mk-race-{}-{round}", std::process::id()));
            let keys: Vec<[u8; 32]> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..8).map(|_| s.spawn(|| MasterKey::load(None, &dir).unwrap().0)).collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            assert!(keys.windows(2).all(|w| w[0] == w[1]), "round {round}: loaders disagree");
            let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
            assert_eq!(left, vec![std::ffi::OsString::from("master.key")], "no temporary files left");
            std::fs::remove_dir_all(dir).unwrap();
        }
    }

    #[test]
    fn a_new_epoch_gives_new_secrets_and_the_legacy_epoch_the_old_ones() {
        let k = MasterKey::from_hex(&"11".repeat(32)).unwrap();
        let t = TenantId::parse("acme").unwrap();
        let legacy = k.tenant_keys(&t, &KeyEpoch::legacy());
        // The legacy derivation is the one from before epochs: HMAC(master, purpose, 0, tenant).
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&[0x11; 32]).unwrap();
        mac.update(b"hash-salt\0acme");
        let before: [u8; 32] = mac.finalize().into_bytes().into();
        assert_eq!(legacy.hash_salt, before);
        // A tenant created again under the same id gets another epoch, and so other secrets.
        let (e1, e2) = (KeyEpoch::generate(), KeyEpoch::generate());
        let (k1, k2) = (k.tenant_keys(&t, &e1), k.tenant_keys(&t, &e2));
        assert_ne!(k1.hash_salt, legacy.hash_salt);
        assert_ne!(k1.encryption_key, k2.encryption_key);
        assert_eq!(k1.encryption_key, k.tenant_keys(&t, &e1).encryption_key);
    }

    #[test]
    fn a_rotation_moves_the_signing_and_at_rest_keys_and_leaves_the_output_keys() {
        let k = MasterKey::from_hex(&"11".repeat(32)).unwrap();
        let t = TenantId::parse("acme").unwrap();
        let e0 = KeyEpoch::generate();
        let e1 = e0.at_generation(1);
        let (k0, k1) = (k.tenant_keys(&t, &e0), k.tenant_keys(&t, &e1));
        // Generation 0 seals as before generations: the key at rest is the encryption key.
        assert_eq!(k0.at_rest.key, k0.encryption_key);
        assert_eq!((k0.at_rest.generation, k1.at_rest.generation), (0, 1));
        assert_ne!(k0.at_rest.key, k1.at_rest.key);
        assert_ne!(k1.at_rest.key, k.tenant_keys(&t, &e0.at_generation(2)).at_rest.key);
        assert_eq!((k0.hash_salt, k0.encryption_key), (k1.hash_salt, k1.encryption_key), "tokens stay valid");
        assert_eq!(k0.vault_index, k1.vault_index);
        assert_ne!(k.tenant_signing_key(&t, &e0), k.tenant_signing_key(&t, &e1));
        // A legacy tenant that rotates leaves the legacy derivation too.
        let legacy = KeyEpoch::legacy();
        assert_ne!(k.tenant_signing_key(&t, &legacy), k.tenant_signing_key(&t, &legacy.at_generation(1)));
    }

    #[test]
    fn a_tenant_created_again_under_the_same_id_signs_with_another_secret() {
        let k = MasterKey::from_hex(&"11".repeat(32)).unwrap();
        let t = TenantId::parse("acme").unwrap();
        let (old, new) = (KeyEpoch::generate(), KeyEpoch::generate());
        assert_ne!(k.tenant_signing_key(&t, &old), k.tenant_signing_key(&t, &new));
        assert_ne!(k.tenant_keys(&t, &old).at_rest.key, k.tenant_keys(&t, &new).at_rest.key);
        // The legacy epoch keeps the signing secret tenants had before epochs.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&[0x11; 32]).unwrap();
        mac.update(b"callback-signing\0acme");
        let before: [u8; 32] = mac.finalize().into_bytes().into();
        assert_eq!(k.tenant_signing_key(&t, &KeyEpoch::legacy()), before);
    }

    /// HMAC(master 0x11.., parts joined as they are).
    fn hmac_11(parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&[0x11; 32]).unwrap();
        parts.iter().for_each(|p| mac.update(p));
        mac.finalize().into_bytes().into()
    }

    #[test]
    fn output_generation_0_derives_the_output_keys_from_before_output_generations() {
        let k = MasterKey::from_hex(&"11".repeat(32)).unwrap();
        let t = TenantId::parse("acme").unwrap();
        // Before: the output keys were HMAC(master, purpose, 0, tenant, 0, salt) whatever the
        // generation, and the vault index was keyed by that encryption key.
        let e = KeyEpoch::parse("01JEXAMPLE.3").unwrap();
        let keys = k.tenant_keys(&t, &e);
        assert_eq!(keys.hash_salt, hmac_11(&[b"hash-salt\0acme\0", b"01JEXAMPLE"]));
        assert_eq!(keys.encryption_key, hmac_11(&[b"encryption-key\0acme\0", b"01JEXAMPLE"]));
        assert_eq!(keys.vault_index, keys.encryption_key);
        assert_eq!(keys.at_rest.key, hmac_11(&[b"encryption-key\0acme\0", b"01JEXAMPLE\0", b"3"]));
        // A legacy tenant's outputs as before epochs.
        let legacy = k.tenant_keys(&t, &KeyEpoch::legacy());
        assert_eq!(legacy.encryption_key, hmac_11(&[b"encryption-key\0acme"]));
        assert_eq!(legacy.vault_index, legacy.encryption_key);
    }

    #[test]
    fn an_output_rotation_moves_the_output_keys_only() {
        let k = MasterKey::from_hex(&"11".repeat(32)).unwrap();
        let t = TenantId::parse("acme").unwrap();
        for e0 in [KeyEpoch::generate().at_generation(2), KeyEpoch::legacy()] {
            let e1 = e0.at_output_generation(1);
            let (k0, k1) = (k.tenant_keys(&t, &e0), k.tenant_keys(&t, &e1));
            assert_ne!(k0.hash_salt, k1.hash_salt, "{e0}");
            assert_ne!(k0.encryption_key, k1.encryption_key, "{e0}");
            assert_ne!(k1.encryption_key, k.tenant_keys(&t, &e0.at_output_generation(2)).encryption_key);
            // What is kept for the tenant, and where it is found, stays with its own generation.
            assert_eq!((k0.at_rest.key, k0.at_rest.generation), (k1.at_rest.key, k1.at_rest.generation), "{e0}");
            assert_eq!(k0.vault_index, k1.vault_index, "{e0}");
            assert_eq!(k.tenant_signing_key(&t, &e0), k.tenant_signing_key(&t, &e1), "{e0}");
            // An output key is never a key at rest of the same number.
            assert_ne!(k1.encryption_key, k.tenant_keys(&t, &e0.at_generation(1)).at_rest.key);
        }
        // Another tenant's output keys do not move with this one's.
        let other = TenantId::parse("globex").unwrap();
        let e = KeyEpoch::legacy();
        assert_ne!(k.tenant_keys(&other, &e).hash_salt, k.tenant_keys(&t, &e.at_output_generation(1)).hash_salt);
    }
}
