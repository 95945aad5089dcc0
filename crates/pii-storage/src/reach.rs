//! How far one storage call may reach: the whole deployment (the service's own work, and messages
//! from before grants existed) or one tenant's grants.
//!
//! Two checks, because either alone can be fooled: the lexical one on the URI (scheme, bucket and
//! decoded key below a granted prefix; `memory://` never for tenants), and for local files the
//! resolved one, on the path a file actually has once opened (see `beneath`), against the resolved
//! grant, so a symlink inside one tenant's folder cannot lead into another's.
//!
//! A location outside a tenant's grants is reported as *not found* when read (the answer must not
//! reveal that it exists) and as *forbidden* when written.

use std::path::{Path, PathBuf};

use pii_core::grants::Grants;
use pii_core::uri::{ObjectUri, Scheme};

use crate::StorageError;

/// The reach of one call.
#[derive(Debug, Clone, Copy)]
pub enum Reach<'a> {
    /// Everything the deployment may reach (file roots, object stores, public web).
    Service,
    /// Only below these grants (and public web inputs).
    Tenant(&'a Grants),
}

impl<'a> Reach<'a> {
    /// The reach a job message carries: its grants, or the whole deployment for older messages.
    pub fn of(grants: Option<&'a Grants>) -> Self {
        grants.map_or(Reach::Service, Reach::Tenant)
    }

    /// Whether a location lies within this reach, by the lexical check alone (no file system or
    /// store is asked): for deciding about stored jobs, not for admitting a read or a write.
    pub fn covers(self, uri: &ObjectUri) -> bool {
        self.admit(uri, false).is_ok()
    }

    /// The lexical check, before anything is asked of a file system or a store.
    pub(crate) fn admit(self, uri: &ObjectUri, write: bool) -> Result<(), StorageError> {
        let Reach::Tenant(grants) = self else { return Ok(()) };
        match uri.scheme() {
            Scheme::Memory => Err(StorageError::Invalid("memory:// locations are not available to tenants".into())),
            Scheme::Https | Scheme::Http => Ok(()),
            _ if grants.covers(uri) => Ok(()),
            _ => Err(refusal(write)),
        }
    }

    /// The resolved check for a local path (already canonical, or a file's real path once opened).
    pub(crate) fn admit_path(self, uri: &ObjectUri, real: &Path, write: bool) -> Result<(), StorageError> {
        let Reach::Tenant(grants) = self else { return Ok(()) };
        let Some(grant) = grants.covering(uri) else { return Err(refusal(write)) };
        let dir = grant.file_path().map_err(|_| refusal(write))?;
        if real.starts_with(resolve_dir(&dir)) { Ok(()) } else { Err(refusal(write)) }
    }
}

/// A [`Reach`] that owns its grants, so a check can run on a blocking thread (`spawn_blocking`
/// needs `'static`); the grants are a short list, cloned per call.
#[derive(Debug, Clone)]
pub(crate) enum OwnedReach {
    Service,
    Tenant(Grants),
}

impl OwnedReach {
    pub(crate) fn of(reach: Reach<'_>) -> Self {
        match reach {
            Reach::Service => OwnedReach::Service,
            Reach::Tenant(g) => OwnedReach::Tenant(g.clone()),
        }
    }

    pub(crate) fn as_reach(&self) -> Reach<'_> {
        match self {
            OwnedReach::Service => Reach::Service,
            OwnedReach::Tenant(g) => Reach::Tenant(g),
        }
    }
}

fn refusal(write: bool) -> StorageError {
    if write { StorageError::Forbidden("the location is outside this tenant's storage grants".into()) } else { StorageError::NotFound }
}

/// A folder's resolved path: its nearest existing ancestor resolved, the rest appended as written
/// (a granted folder may not exist yet, e.g. an output area before the first output).
pub(crate) fn resolve_dir(dir: &Path) -> PathBuf {
    let mut existing = dir;
    let mut rest = Vec::new();
    while !existing.exists() {
        let (Some(name), Some(parent)) = (existing.file_name(), existing.parent()) else { break };
        rest.push(name.to_owned());
        existing = parent;
    }
    let mut out = existing.canonicalize().unwrap_or_else(|_| existing.to_path_buf());
    for name in rest.into_iter().rev() {
        out.push(name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pii_core::grants::parse_grant;

    #[test]
    fn tenants_reach_only_their_grants_and_never_memory() {
        let g = Grants::new([parse_grant("s3://b/acme/").unwrap()]).unwrap();
        let t = Reach::Tenant(&g);
        assert!(t.admit(&ObjectUri::parse("s3://b/acme/x").unwrap(), false).is_ok());
        assert!(t.admit(&ObjectUri::parse("https://example.com/x").unwrap(), false).is_ok());
        assert!(matches!(t.admit(&ObjectUri::parse("s3://b/other/x").unwrap(), false), Err(StorageError::NotFound)));
        assert!(matches!(t.admit(&ObjectUri::parse("s3://b/other/x").unwrap(), true), Err(StorageError::Forbidden(_))));
        assert!(matches!(t.admit(&ObjectUri::parse("memory://m/x").unwrap(), true), Err(StorageError::Invalid(_))));
        assert!(Reach::Service.admit(&ObjectUri::parse("memory://m/x").unwrap(), true).is_ok());
    }

    #[test]
    fn a_symlinked_path_is_judged_where_it_leads() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        std::fs::write(b.join("secret.txt"), "x").unwrap();
        std::os::unix::fs::symlink(b.join("secret.txt"), a.join("link.txt")).unwrap();
        let g = Grants::new([parse_grant(&format!("file://{}/", a.display())).unwrap()]).unwrap();
        let uri = ObjectUri::parse(&format!("file://{}/link.txt", a.display())).unwrap();
        let real = a.join("link.txt").canonicalize().unwrap();
        assert!(Reach::Tenant(&g).admit(&uri, false).is_ok(), "lexically inside");
        assert!(matches!(Reach::Tenant(&g).admit_path(&uri, &real, false), Err(StorageError::NotFound)));
        let inside = ObjectUri::parse(&format!("file://{}/new.txt", a.display())).unwrap();
        assert!(Reach::Tenant(&g).admit_path(&inside, &a.canonicalize().unwrap().join("new.txt"), true).is_ok());
    }
}
