//! Typed identifiers. Ids are opaque strings to clients; inside the code each kind has its own type so
//! that a tenant id can never be passed where a job id is expected.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ulid::Ulid;

use crate::CoreError;

macro_rules! ulid_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Ulid);

        impl $name {
            /// The text every id of this kind starts with.
            pub const PREFIX: &'static str = $prefix;

            /// A new id; ULIDs sort by creation time, which keeps index inserts append-mostly.
            pub fn generate() -> Self {
                Self(Ulid::generate())
            }

            pub fn from_ulid(ulid: Ulid) -> Self {
                Self(ulid)
            }

            pub fn ulid(&self) -> Ulid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut buf = [0u8; ulid::ULID_LEN];
                let text = self.0.array_to_str(&mut buf);
                f.write_str(Self::PREFIX)?;
                for c in text.chars() {
                    fmt::Write::write_char(f, c.to_ascii_lowercase())?;
                }
                Ok(())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }
        }

        impl FromStr for $name {
            type Err = CoreError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let rest = s
                    .strip_prefix(Self::PREFIX)
                    .ok_or_else(|| CoreError::invalid($what, "wrong prefix"))?;
                if rest.len() != ulid::ULID_LEN || !rest.is_ascii() {
                    return Err(CoreError::invalid($what, "wrong length"));
                }
                Ulid::from_string(&rest.to_ascii_uppercase())
                    .map(Self)
                    .map_err(|_| CoreError::invalid($what, "not a ULID"))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = Cow::<str>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": concat!("^", $prefix, "[0-9a-hjkmnp-tv-z]{26}$")
                })
            }
        }
    };
}

ulid_id!(
    /// A redaction job: `job_` followed by a lowercase ULID.
    JobId,
    "job_",
    "job id"
);
ulid_id!(
    /// A batch of jobs submitted together: `bat_` followed by a lowercase ULID.
    BatchId,
    "bat_",
    "batch id"
);

/// The tenant that owns jobs and keys. The special tenant `*` is the administrator.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TenantId(String);

impl TenantId {
    /// The id of the administrator pseudo-tenant.
    pub const ADMIN: &'static str = "*";

    /// Accepts 1 to 64 characters from `[A-Za-z0-9._-]`, or `*`.
    ///
    /// # Errors
    /// `CoreError::Invalid` for anything else, so that a tenant id is always safe in a log line,
    /// a metric label or an object key.
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        let ok = s == Self::ADMIN
            || (!s.is_empty()
                && s.len() <= 64
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
                && !s.starts_with('.'));
        if ok { Ok(Self(s.to_owned())) } else { Err(CoreError::invalid("tenant id", "use 1-64 characters from A-Z a-z 0-9 . _ -")) }
    }

    pub fn is_admin(&self) -> bool {
        self.0 == Self::ADMIN
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for TenantId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for TenantId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TenantId({})", self.0)
    }
}

impl FromStr for TenantId {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl<'de> Deserialize<'de> for TenantId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for TenantId {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("TenantId")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^(\\*|[A-Za-z0-9_-][A-Za-z0-9._-]{0,63})$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_id_round_trips_through_its_text_form() {
        let id = JobId::generate();
        let text = id.to_string();
        assert!(text.starts_with("job_"));
        assert_eq!(text.len(), 4 + 26);
        assert_eq!(text, text.to_lowercase());
        assert_eq!(text.parse::<JobId>().unwrap(), id);
        assert_eq!(text.to_uppercase().replacen("JOB_", "job_", 1).parse::<JobId>().unwrap(), id);
    }

    #[test]
    fn job_id_rejects_other_prefixes_and_garbage() {
        let id = JobId::generate().to_string();
        assert!(id.replacen("job_", "bat_", 1).parse::<JobId>().is_err());
        assert!("job_doesnotexist1234".parse::<JobId>().is_err());
        assert!("job_".parse::<JobId>().is_err());
        assert!("job_ééééééééééééééééééééééééé".parse::<JobId>().is_err());
    }

    #[test]
    fn tenant_id_accepts_safe_names_and_the_admin() {
        assert!(TenantId::parse("tenant-a").is_ok());
        assert!(TenantId::parse("*").unwrap().is_admin());
        assert!(TenantId::parse("").is_err());
        assert!(TenantId::parse("a/b").is_err());
        assert!(TenantId::parse("..").is_err());
        assert!(TenantId::parse(&"a".repeat(65)).is_err());
    }
}
