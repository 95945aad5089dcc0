//! The audit trail's vocabulary: what was done, and how it ended. An audit event names who (key and
//! tenant), what (an [`AuditAction`]), on what (an id) and how it ended (an [`AuditOutcome`]); it
//! never holds a document value, a URI's contents or a token.

use std::fmt;
use std::str::FromStr;

use crate::CoreError;

/// An action the audit trail records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditAction {
    JobCreate,
    JobDownload,
    JobDelete,
    JobRetry,
    BatchCreate,
    BatchDelete,
    Deanonymize,
    KeyCreate,
    KeyRevoke,
    TenantCreate,
    TenantUpdate,
    TenantDisable,
    /// A request refused because the key lacks the route's scope.
    ScopeDenied,
    /// A job's output, findings and row removed: its tenant's retention ran out (the actor is
    /// [`SYSTEM_ACTOR`]), or its tenant was deleted (the actor is the administrator's key).
    JobPurge,
    /// A tenant deleted with everything it owned (its audit rows stay).
    TenantDelete,
    JobCancel,
    BatchCancel,
    /// A tenant's key generation advanced (its callback signing secret and keys at rest rotated).
    TenantRotateKeys,
    /// A tenant's key generation and output generation advanced (besides the above, the keys of its
    /// `hash`, `encrypt`, `fpe`, `pseudonymize` and `date_shift` outputs rotated).
    TenantRotateOutputKeys,
}

/// The `key_id` of events done by the service itself rather than by a key (the retention sweeper).
/// Generated key ids start with `key_`, so it cannot name a key.
pub const SYSTEM_ACTOR: &str = "system";

impl AuditAction {
    pub const ALL: [AuditAction; 19] = [
        AuditAction::JobCreate,
        AuditAction::JobDownload,
        AuditAction::JobDelete,
        AuditAction::JobRetry,
        AuditAction::BatchCreate,
        AuditAction::BatchDelete,
        AuditAction::Deanonymize,
        AuditAction::KeyCreate,
        AuditAction::KeyRevoke,
        AuditAction::TenantCreate,
        AuditAction::TenantUpdate,
        AuditAction::TenantDisable,
        AuditAction::ScopeDenied,
        AuditAction::JobPurge,
        AuditAction::TenantDelete,
        AuditAction::JobCancel,
        AuditAction::BatchCancel,
        AuditAction::TenantRotateKeys,
        AuditAction::TenantRotateOutputKeys,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::JobCreate => "job.create",
            AuditAction::JobDownload => "job.download",
            AuditAction::JobDelete => "job.delete",
            AuditAction::JobRetry => "job.retry",
            AuditAction::BatchCreate => "batch.create",
            AuditAction::BatchDelete => "batch.delete",
            AuditAction::Deanonymize => "deanonymize",
            AuditAction::KeyCreate => "key.create",
            AuditAction::KeyRevoke => "key.revoke",
            AuditAction::TenantCreate => "tenant.create",
            AuditAction::TenantUpdate => "tenant.update",
            AuditAction::TenantDisable => "tenant.disable",
            AuditAction::ScopeDenied => "scope.denied",
            AuditAction::JobPurge => "job.purge",
            AuditAction::TenantDelete => "tenant.delete",
            AuditAction::JobCancel => "job.cancel",
            AuditAction::BatchCancel => "batch.cancel",
            AuditAction::TenantRotateKeys => "tenant.rotate_keys",
            AuditAction::TenantRotateOutputKeys => "tenant.rotate_output_keys",
        }
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuditAction {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, CoreError> {
        AuditAction::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| CoreError::invalid("audit action", format!("{s:?} is not an audit action")))
    }
}

/// How an audited action ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuditOutcome {
    /// Done.
    Success,
    /// Refused: a missing scope.
    Denied,
    /// The target does not exist for this caller.
    NotFound,
    /// Refused as invalid or in conflict with the target's state.
    Rejected,
    /// The service could not do it (a dependency was down, an internal error).
    Failed,
}

impl AuditOutcome {
    pub const ALL: [AuditOutcome; 5] =
        [AuditOutcome::Success, AuditOutcome::Denied, AuditOutcome::NotFound, AuditOutcome::Rejected, AuditOutcome::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditOutcome::Success => "success",
            AuditOutcome::Denied => "denied",
            AuditOutcome::NotFound => "not_found",
            AuditOutcome::Rejected => "rejected",
            AuditOutcome::Failed => "failed",
        }
    }
}

impl fmt::Display for AuditOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuditOutcome {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, CoreError> {
        AuditOutcome::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| CoreError::invalid("audit outcome", format!("{s:?} is not an outcome")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_and_outcomes_round_trip_through_their_names() {
        for a in AuditAction::ALL {
            assert_eq!(a.as_str().parse::<AuditAction>().unwrap(), a);
        }
        for o in AuditOutcome::ALL {
            assert_eq!(o.as_str().parse::<AuditOutcome>().unwrap(), o);
        }
        assert!("job.steal".parse::<AuditAction>().is_err());
    }
}
