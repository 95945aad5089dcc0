//! Storage grants: the locations a tenant may read, list and write.
//!
//! The service acts with its own storage credentials, so without grants every tenant could name every
//! other tenant's objects. A grant is a folder-like prefix (`file:///srv/in/acme/`,
//! `s3://bucket/acme/`); a location is covered when it lies below one of the tenant's prefixes,
//! compared on the decoded key segment by segment (`s3://b/acme/` does not cover `s3://b/acme-corp/x`).
//!
//! This is the lexical rule only. For `file://` the storage adapter also checks the *resolved* path
//! against the resolved grant, so a symlink inside one tenant's folder cannot lead into another's.
//! Web inputs (`https://`) need no grant (the private-network guard covers them), and the
//! process-local `memory://` store can never be granted.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::uri::{ObjectUri, Scheme};
use crate::{CoreError, TenantId};

/// Most prefixes one tenant may hold: a grant list is read on every submission.
pub const MAX_GRANTS_PER_TENANT: usize = 256;

/// A tenant's storage grants (possibly none).
#[derive(Clone, Default, PartialEq, Eq, schemars::JsonSchema)]
#[schemars(transparent)]
pub struct Grants {
    prefixes: Vec<ObjectUri>,
}

/// As a list of prefix strings; each is checked again when read (a prefix may name a whole bucket,
/// which `ObjectUri`'s own parser, made for objects, refuses).
impl Serialize for Grants {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.prefixes.iter().map(ObjectUri::as_str))
    }
}

impl<'de> Deserialize<'de> for Grants {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Vec::<String>::deserialize(d)?;
        let prefixes = raw.iter().map(|p| parse_grant(p)).collect::<Result<Vec<_>, _>>().map_err(serde::de::Error::custom)?;
        Grants::new(prefixes).map_err(serde::de::Error::custom)
    }
}

impl fmt::Debug for Grants {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.prefixes.iter().map(ObjectUri::as_str)).finish()
    }
}

impl Grants {
    /// Grants from already parsed prefixes; duplicates are dropped.
    ///
    /// # Errors
    /// `CoreError::Invalid` for a prefix that cannot be granted (see [`parse_grant`]) or too many.
    pub fn new(prefixes: impl IntoIterator<Item = ObjectUri>) -> Result<Self, CoreError> {
        let mut out: Vec<ObjectUri> = Vec::new();
        for p in prefixes {
            check_grantable(&p)?;
            if !out.contains(&p) {
                out.push(p);
            }
        }
        if out.len() > MAX_GRANTS_PER_TENANT {
            return Err(CoreError::invalid("grants", format!("at most {MAX_GRANTS_PER_TENANT} prefixes per tenant")));
        }
        Ok(Grants { prefixes: out })
    }

    /// The prefixes, in the order they were given.
    pub fn prefixes(&self) -> &[ObjectUri] {
        &self.prefixes
    }

    pub fn is_empty(&self) -> bool {
        self.prefixes.is_empty()
    }

    /// These grants and one more prefix (a tenant's own output area).
    #[must_use]
    pub fn with(mut self, prefix: ObjectUri) -> Self {
        if !self.prefixes.contains(&prefix) {
            self.prefixes.push(prefix);
        }
        self
    }

    /// The grant that covers `uri`, if any. Web locations are covered by none: they need no grant.
    pub fn covering(&self, uri: &ObjectUri) -> Option<&ObjectUri> {
        self.prefixes.iter().find(|p| covers(p, uri))
    }

    /// Whether `uri` (an object or a prefix) lies below one of the grants.
    pub fn covers(&self, uri: &ObjectUri) -> bool {
        self.covering(uri).is_some()
    }
}

/// Whether the prefix `grant` covers `uri`: same scheme and bucket, and the grant's key segments
/// are the first segments of the uri's decoded key.
fn covers(grant: &ObjectUri, uri: &ObjectUri) -> bool {
    if grant.scheme() != uri.scheme() || grant.bucket() != uri.bucket() {
        return false;
    }
    let g = grant.key();
    let g = g.trim_end_matches('/');
    if g.is_empty() {
        // A whole bucket (never a whole disk: see check_grantable).
        return true;
    }
    let k = uri.key();
    k.strip_prefix(g).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

fn check_grantable(p: &ObjectUri) -> Result<(), CoreError> {
    match p.scheme() {
        Scheme::File => {
            if p.key().trim_end_matches('/').is_empty() {
                return Err(CoreError::invalid("grants", "a file:// grant must name a folder, not the whole disk"));
            }
            Ok(())
        }
        Scheme::S3 | Scheme::Gs | Scheme::Az => Ok(()),
        Scheme::Memory => Err(CoreError::invalid("grants", "memory:// cannot be granted")),
        Scheme::Https | Scheme::Http => Err(CoreError::invalid("grants", "web locations need no grant")),
    }
}

/// Parses one grant prefix as written in a setting or an admin request.
///
/// # Errors
/// `CoreError::Invalid` for a malformed prefix, `memory://`, a web location or `file:///`.
pub fn parse_grant(s: &str) -> Result<ObjectUri, CoreError> {
    let p = ObjectUri::parse_prefix(s.trim())?;
    check_grantable(&p)?;
    Ok(p)
}

/// Parses `PII_REDACTOR_TENANT_GRANTS`: comma-separated `tenant=uri-prefix` pairs (a tenant may
/// appear more than once).
///
/// # Errors
/// `CoreError::Invalid` naming the pair that is malformed.
pub fn parse_seed(s: &str) -> Result<Vec<(TenantId, ObjectUri)>, CoreError> {
    let mut out = Vec::new();
    for pair in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (tenant, prefix) = pair.split_once('=').ok_or_else(|| CoreError::invalid("grants", "each grant is tenant=uri-prefix"))?;
        let tenant = TenantId::parse(tenant.trim())?;
        if tenant.is_admin() {
            return Err(CoreError::invalid("grants", "the administrator tenant gets no storage"));
        }
        out.push((tenant, parse_grant(prefix)?));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(s: &str) -> ObjectUri {
        ObjectUri::parse(s).unwrap()
    }

    fn grants(list: &[&str]) -> Grants {
        Grants::new(list.iter().map(|s| parse_grant(s).unwrap())).unwrap()
    }

    #[test]
    fn a_grant_covers_what_lies_below_it_segment_by_segment() {
        let g = grants(&["file:///srv/in/acme", "s3://bucket/acme/"]);
        assert!(g.covers(&uri("file:///srv/in/acme/a.txt")));
        assert!(g.covers(&uri("file:///srv/in/acme/deep/er/a.txt")));
        assert!(g.covers(&uri("s3://bucket/acme/x.pdf")));
        // Negative: a sibling whose name starts the same, another bucket, another scheme.
        assert!(!g.covers(&uri("file:///srv/in/acme-corp/a.txt")));
        assert!(!g.covers(&uri("file:///srv/in/other/a.txt")));
        assert!(!g.covers(&uri("s3://other/acme/x.pdf")));
        assert!(!g.covers(&uri("gs://bucket/acme/x.pdf")));
        assert!(!g.covers(&uri("s3://bucket/acmex.pdf")));
        assert!(!g.covers(&uri("https://example.com/acme/x")));
    }

    #[test]
    fn encoded_keys_are_compared_decoded() {
        let g = grants(&["s3://bucket/a b/"]);
        assert!(g.covers(&uri("s3://bucket/a%20b/x")));
        // An encoded slash does not let a key climb out: dot segments are refused when parsed.
        assert!(ObjectUri::parse("s3://bucket/a%20b/..%2Fother/x").is_err());
    }

    #[test]
    fn a_whole_bucket_may_be_granted_but_not_a_whole_disk_or_memory() {
        assert!(grants(&["s3://bucket"]).covers(&uri("s3://bucket/anything/x")));
        assert!(parse_grant("file:///").is_err());
        assert!(parse_grant("memory://m/x/").is_err());
        assert!(parse_grant("https://example.com/").is_err());
    }

    #[test]
    fn the_seed_setting_is_tenant_equals_prefix_pairs() {
        let s = parse_seed("acme=file:///srv/in/acme/, acme=s3://b/acme/,beta=gs://g/beta").unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].0.as_str(), "acme");
        assert_eq!(s[2].1.as_str(), "gs://g/beta/");
        assert!(parse_seed("acme").is_err());
        assert!(parse_seed("*=s3://b/x/").is_err());
        assert!(parse_seed("acme=memory://m/").is_err());
        assert!(parse_seed("").unwrap().is_empty());
    }

    #[test]
    fn grants_travel_as_prefix_strings_including_whole_buckets() {
        let g = grants(&["s3://reports/", "file:///srv/in/a/"]);
        let json = serde_json::to_string(&g).unwrap();
        assert_eq!(json, r#"["s3://reports/","file:///srv/in/a/"]"#);
        assert_eq!(serde_json::from_str::<Grants>(&json).unwrap(), g);
        // Negative: a message naming memory:// as a grant does not parse.
        assert!(serde_json::from_str::<Grants>(r#"["memory://m/"]"#).is_err());
    }

    #[test]
    fn with_adds_a_prefix_once() {
        let out = parse_grant("file:///data/outputs/acme/").unwrap();
        let g = Grants::default().with(out.clone()).with(out);
        assert_eq!(g.prefixes().len(), 1);
    }
}
