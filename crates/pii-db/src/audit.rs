//! The audit trail: an append-only record of who did what to which object, and how it ended. The
//! tables' triggers refuse updates and deletes on both backends; this module only inserts and reads.

use diesel::prelude::*;
use pii_core::TenantId;
use pii_core::audit::{AuditAction, AuditOutcome};
use time::OffsetDateTime;

use crate::jobs::Scope;
use crate::schema::audit_events;
use crate::time_conv::{from_db, to_db};
use crate::{DbConnection, DbError};

/// An event to record. `target` is an id (job, batch, key, tenant), never a value of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEvent {
    pub at: OffsetDateTime,
    pub key_id: String,
    pub tenant_id: TenantId,
    pub action: AuditAction,
    pub target: Option<String>,
    pub outcome: AuditOutcome,
}

/// A recorded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// Increasing with insertion.
    pub id: i64,
    pub at: OffsetDateTime,
    pub key_id: String,
    pub tenant_id: TenantId,
    pub action: AuditAction,
    pub target: Option<String>,
    pub outcome: AuditOutcome,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = audit_events)]
struct AuditRow {
    id: i64,
    at: time::PrimitiveDateTime,
    key_id: String,
    tenant_id: String,
    action: String,
    target: Option<String>,
    outcome: String,
}

fn corrupt(why: impl std::fmt::Display) -> DbError {
    DbError::Corrupt { table: "audit_events", why: why.to_string() }
}

impl TryFrom<AuditRow> for AuditRecord {
    type Error = DbError;
    fn try_from(r: AuditRow) -> Result<Self, DbError> {
        Ok(AuditRecord {
            id: r.id,
            at: from_db(r.at),
            key_id: r.key_id,
            tenant_id: TenantId::parse(&r.tenant_id).map_err(corrupt)?,
            action: r.action.parse().map_err(corrupt)?,
            target: r.target,
            outcome: r.outcome.parse().map_err(corrupt)?,
        })
    }
}

/// Appends one event.
///
/// # Errors
/// `DbError` on failure.
pub fn record(conn: &mut DbConnection, e: &NewAuditEvent) -> Result<(), DbError> {
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::at.eq(to_db(e.at)),
            audit_events::key_id.eq(&e.key_id),
            audit_events::tenant_id.eq(e.tenant_id.as_str()),
            audit_events::action.eq(e.action.as_str()),
            audit_events::target.eq(e.target.as_deref()),
            audit_events::outcome.eq(e.outcome.as_str()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Filters of `GET /audit`.
#[derive(Debug, Clone)]
pub struct AuditFilter {
    /// A tenant sees its own events; the administrator every tenant's (or one, when it asks).
    pub scope: Scope,
    pub action: Option<AuditAction>,
    /// Events at or after this time.
    pub since: Option<OffsetDateTime>,
    /// Events before this time.
    pub until: Option<OffsetDateTime>,
}

/// Events matching `filter`, newest first.
///
/// # Errors
/// `DbError` on failure.
pub fn list(conn: &mut DbConnection, filter: &AuditFilter, limit: u32, offset: u64) -> Result<Vec<AuditRecord>, DbError> {
    let mut q = audit_events::table.select(AuditRow::as_select()).into_boxed();
    if let Scope::Tenant(t) = &filter.scope {
        q = q.filter(audit_events::tenant_id.eq(t.as_str().to_owned()));
    }
    if let Some(a) = filter.action {
        q = q.filter(audit_events::action.eq(a.as_str()));
    }
    if let Some(since) = filter.since {
        q = q.filter(audit_events::at.ge(to_db(since)));
    }
    if let Some(until) = filter.until {
        q = q.filter(audit_events::at.lt(to_db(until)));
    }
    let offset = i64::try_from(offset).map_err(|_| DbError::Conflict("offset too large".into()))?;
    q.order(audit_events::id.desc())
        .limit(i64::from(limit))
        .offset(offset)
        .load::<AuditRow>(conn)?
        .into_iter()
        .map(AuditRecord::try_from)
        .collect()
}
