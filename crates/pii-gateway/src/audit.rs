//! Recording the audit trail: each audited action is written to the `audit_events` table and, the
//! same event, logged as a structured line with target `audit` (for a SIEM). An event names the key
//! id, the tenant, the action, the target's id and the outcome; never a key, a URI, a document value
//! or a token.
//!
//! The row is written after the action, outside its transaction: when the store cannot take it (it
//! is down), the log line still carries the event and an error line says the row is missing.

use pii_core::audit::{AuditAction, AuditOutcome};
use pii_db::audit::{self, NewAuditEvent};

use crate::auth::Principal;
use crate::error::ApiError;
use crate::state::AppState;

/// How an answer of a handler counts in the audit trail.
pub fn outcome_of<T>(result: &Result<T, ApiError>) -> AuditOutcome {
    match result {
        Ok(_) => AuditOutcome::Success,
        Err(ApiError::Forbidden(_)) => AuditOutcome::Denied,
        Err(ApiError::NotFound(_)) => AuditOutcome::NotFound,
        Err(ApiError::BadRequest(_) | ApiError::Unprocessable(_) | ApiError::Conflict(_) | ApiError::TooLarge(_)) => AuditOutcome::Rejected,
        Err(ApiError::Unauthorized | ApiError::RateLimited { .. } | ApiError::QuotaExceeded(_)) => AuditOutcome::Denied,
        Err(ApiError::Unavailable(_) | ApiError::Internal(_)) => AuditOutcome::Failed,
    }
}

/// Records one event: a log line with target `audit`, and a row.
pub async fn record(state: &AppState, who: &Principal, action: AuditAction, target: Option<String>, outcome: AuditOutcome) {
    tracing::info!(
        target: "audit",
        key_id = %who.key_id,
        tenant = %who.tenant,
        action = action.as_str(),
        target_id = target.as_deref().unwrap_or(""),
        outcome = outcome.as_str(),
        "audit event"
    );
    let event = NewAuditEvent {
        at: time::OffsetDateTime::now_utc(),
        key_id: who.key_id.clone(),
        tenant_id: who.tenant.clone(),
        action,
        target,
        outcome,
    };
    if let Err(e) = state.db.run(move |c| audit::record(c, &event)).await {
        tracing::error!(error = %e, action = action.as_str(), "cannot store an audit event; its log line above is the record");
    }
}

/// Records the outcome of `result` for `action` on `target`, and hands the result back.
pub async fn audited<T>(
    state: &AppState,
    who: &Principal,
    action: AuditAction,
    target: Option<String>,
    result: Result<T, ApiError>,
) -> Result<T, ApiError> {
    record(state, who, action, target, outcome_of(&result)).await;
    result
}
