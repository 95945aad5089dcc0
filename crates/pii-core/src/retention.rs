//! How long a tenant's ended jobs are kept: a number of whole seconds, at least one and at most a
//! century. Longer would only mean "forever", which is what having no retention already says, and
//! the bound keeps every date computed from a retention in range on both databases.

use std::fmt;
use std::time::Duration;

use crate::CoreError;

/// A validated retention period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Retention(Duration);

impl Retention {
    /// The longest retention: 100 years of 365 days.
    pub const MAX_SECONDS: u64 = 100 * 365 * 24 * 3600;

    /// # Errors
    /// `CoreError::Invalid` for 0 or more than [`Self::MAX_SECONDS`].
    pub fn from_seconds(seconds: u64) -> Result<Self, CoreError> {
        if seconds == 0 || seconds > Self::MAX_SECONDS {
            return Err(CoreError::invalid(
                "retention",
                format!("retention_seconds must be between 1 and {} (100 years); {seconds} is not", Self::MAX_SECONDS),
            ));
        }
        Ok(Retention(Duration::from_secs(seconds)))
    }

    pub fn seconds(self) -> u64 {
        self.0.as_secs()
    }

    pub fn as_duration(self) -> Duration {
        self.0
    }
}

impl fmt::Display for Retention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}s", self.seconds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retention_is_between_one_second_and_a_century() {
        assert_eq!(Retention::from_seconds(1).unwrap().as_duration(), Duration::from_secs(1));
        assert_eq!(Retention::from_seconds(Retention::MAX_SECONDS).unwrap().seconds(), Retention::MAX_SECONDS);
        assert!(Retention::from_seconds(0).is_err());
        assert!(Retention::from_seconds(Retention::MAX_SECONDS + 1).is_err());
    }
}
