//! What an API key may do. A key holds a set of scopes; every route of the API needs one of them
//! (the gateway maps routes to scopes in one table). Scopes narrow a key within its tenant: they
//! never widen what the tenant reaches.
//!
//! | scope         | allows                                                                  |
//! |---------------|-------------------------------------------------------------------------|
//! | `jobs:read`   | list, read and download jobs; read and list batches                     |
//! | `jobs:write`  | submit, delete, retry and cancel jobs and batches                       |
//! | `analyze`     | the synchronous text endpoints (`/analyze`, `/redact`, Presidio's)      |
//! | `deanonymize` | reverse tokens (`/deanonymize`, Presidio's): never given by default     |
//! | `admin`       | the administrator key: the admin API; any key: its tenant's audit trail |
//!
//! Stored and written as a space-separated list (`jobs:read jobs:write`), read from a seed as a
//! `+`-separated one (`jobs:read+analyze`).

use std::fmt;
use std::str::FromStr;

use crate::CoreError;

/// One permission of an API key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyScope {
    JobsRead,
    JobsWrite,
    Analyze,
    Deanonymize,
    Admin,
}

impl KeyScope {
    pub const ALL: [KeyScope; 5] = [KeyScope::JobsRead, KeyScope::JobsWrite, KeyScope::Analyze, KeyScope::Deanonymize, KeyScope::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            KeyScope::JobsRead => "jobs:read",
            KeyScope::JobsWrite => "jobs:write",
            KeyScope::Analyze => "analyze",
            KeyScope::Deanonymize => "deanonymize",
            KeyScope::Admin => "admin",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for KeyScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for KeyScope {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, CoreError> {
        KeyScope::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
            CoreError::invalid("key scope", format!("{s:?} is not one of jobs:read, jobs:write, analyze, deanonymize, admin"))
        })
    }
}

/// A set of scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct KeyScopes(u8);

impl KeyScopes {
    /// What a key gets when nobody said otherwise (seeded keys, keys created before scopes
    /// existed): everything but reversing tokens, which must be asked for.
    pub const DEFAULT: KeyScopes = KeyScopes(0b1_0111);

    /// Every scope.
    pub const ALL: KeyScopes = KeyScopes(0b1_1111);

    pub fn empty() -> Self {
        KeyScopes(0)
    }

    pub fn contains(self, scope: KeyScope) -> bool {
        self.0 & scope.bit() != 0
    }

    pub fn insert(&mut self, scope: KeyScope) {
        self.0 |= scope.bit();
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The scopes in a fixed order.
    pub fn iter(self) -> impl Iterator<Item = KeyScope> {
        KeyScope::ALL.into_iter().filter(move |s| self.contains(*s))
    }

    /// Parses a list separated by `sep` (spaces when stored, `+` in a seed). An empty list is
    /// refused: a key that may do nothing is a mistake.
    ///
    /// # Errors
    /// `CoreError::Invalid` for an unknown scope or an empty list.
    pub fn parse_list(s: &str, sep: char) -> Result<Self, CoreError> {
        Self::from_names(s.split(sep).map(str::trim).filter(|p| !p.is_empty()))
    }

    /// Builds a set from scope names.
    ///
    /// # Errors
    /// `CoreError::Invalid` for an unknown scope or no scope at all.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, CoreError> {
        let mut set = KeyScopes::empty();
        for name in names {
            set.insert(name.parse()?);
        }
        if set.is_empty() {
            return Err(CoreError::invalid("key scopes", "give at least one scope"));
        }
        Ok(set)
    }

    /// The names, in a fixed order.
    pub fn names(self) -> Vec<&'static str> {
        self.iter().map(KeyScope::as_str).collect()
    }
}

impl fmt::Display for KeyScopes {
    /// Space-separated, as stored.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.names().join(" "))
    }
}

impl FromStr for KeyScopes {
    type Err = CoreError;

    /// Space-separated, as stored.
    fn from_str(s: &str) -> Result<Self, CoreError> {
        Self::parse_list(s, ' ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_everything_but_deanonymize() {
        for s in KeyScope::ALL {
            assert_eq!(KeyScopes::DEFAULT.contains(s), s != KeyScope::Deanonymize, "{s}");
            assert!(KeyScopes::ALL.contains(s));
        }
    }

    #[test]
    fn lists_round_trip_and_bad_names_are_refused() {
        let s = KeyScopes::parse_list("analyze+jobs:read", '+').unwrap();
        assert_eq!(s.to_string(), "jobs:read analyze");
        assert_eq!(s.to_string().parse::<KeyScopes>().unwrap(), s);
        assert_eq!(KeyScopes::DEFAULT.to_string(), "jobs:read jobs:write analyze admin");
        assert!(KeyScopes::parse_list("jobs:read+root", '+').unwrap_err().to_string().contains("root"));
        assert!(KeyScopes::parse_list("", '+').is_err());
    }
}
