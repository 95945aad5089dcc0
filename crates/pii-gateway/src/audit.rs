//! Recording the audit trail: each audited action is written to the `audit_events` table and, the
//! same event, logged as a structured line with target `audit` (for a SIEM). An event names the key
//! id, the tenant, the action, the target's id and the outcome; never a key, a URI, a document value
//! or a token.
//!
//! The row is written after the action, outside its transaction: when the store cannot take it (it
//! is down), the log line still carries the event and an error line says the row is missing. The
//! row of a failed action is written in the background, not before the answer (see [`record`]).

use pii_core::TenantId;
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

/// The log line of an event (target `audit`), for events whose row is written elsewhere (purges
/// write theirs in the transaction that deletes the job).
pub fn log_event(key_id: &str, tenant: &TenantId, action: AuditAction, target: Option<&str>, outcome: AuditOutcome) {
    tracing::info!(
        target: "audit",
        key_id = %key_id,
        tenant = %tenant,
        action = action.as_str(),
        target_id = target.unwrap_or(""),
        outcome = outcome.as_str(),
        "audit event"
    );
}

/// Records one event: a log line with target `audit`, and a row.
pub async fn record(state: &AppState, who: &Principal, action: AuditAction, target: Option<String>, outcome: AuditOutcome) {
    log_event(&who.key_id, &who.tenant, action, target.as_deref(), outcome);
    let event = NewAuditEvent {
        at: time::OffsetDateTime::now_utc(),
        key_id: who.key_id.clone(),
        tenant_id: who.tenant.clone(),
        action,
        target,
        outcome,
    };
    let db = state.db.clone();
    let write = async move {
        if let Err(e) = db.run(move |c| audit::record(c, &event)).await {
            tracing::error!(error = %e, action = action.as_str(), "cannot store an audit event; its log line above is the record");
        }
    };
    // A failed action most often failed because the store is away: its row is written in the
    // background, so that the answer (a 503) is not held for a second wait on the pool. Other
    // rows are written before the answer, so the trail shows an action as soon as it is answered.
    if matches!(outcome, AuditOutcome::Failed) {
        tokio::spawn(write);
    } else {
        write.await;
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
