//! Purging jobs for good: the last step of the retention sweeper and of a tenant's deletion, after
//! the caller removed the jobs' outputs from storage (objects first: a row whose object could not be
//! removed stays, so the removal can be tried again).
//!
//! Each call is one short write transaction over at most one page of jobs. It locks the rows it
//! deletes (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so several gateways purging at once each take
//! other rows; SQLite's write lock serialises them), checks each job again under the lock, deletes
//! it (its findings are a column of the row) and appends one `job.purge` audit row per deleted job
//! in the same transaction: the trail shows a purge exactly when it happened. A purged job's batch is
//! deleted too once it has ended and has no job left.
//!
//! The pseudonym vault's records go with what they belong to, in the same transaction: a purged
//! job's job-scope records, an emptied batch's batch-scope records, and every record of a deleted
//! tenant. Records of text calls and of the tenant scope age out on their own
//! ([`crate::vault::purge_aged`], run by the retention sweeper).

use diesel::prelude::*;
use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::{BatchId, JobId, Retention, TenantId};
use time::OffsetDateTime;

use crate::audit::{NewAuditEvent, record};
use crate::jobs::{JobRecord, JobRow};
use crate::schema::{api_keys, batches, callbacks, idempotency_keys, jobs, tenant_grants, tenants};
use crate::{DbConnection, DbError};

/// Which of the given jobs a purge may delete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PurgeRule {
    /// Those still due under the tenants' retentions (with this default) at this time.
    Retention { default: Option<Retention>, now: OffsetDateTime },
    /// Those of this tenant, whatever their state (the tenant is being deleted).
    Tenant(TenantId),
}

/// Deletes those of `ids` that `rule` still covers and that no other purger holds, with one
/// `job.purge` audit row each by `actor` (a key id, or `pii_core::audit::SYSTEM_ACTOR`), and the
/// ended batches they leave empty. Returns the jobs deleted.
///
/// # Errors
/// `DbError` on failure; nothing is deleted then.
pub fn purge_jobs(conn: &mut DbConnection, ids: &[JobId], rule: &PurgeRule, actor: &str) -> Result<Vec<JobRecord>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    crate::write_tx::write_transaction(conn, |conn| {
        let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
        let locked = lock_jobs(conn, &ids)?;
        let purged: Vec<JobRecord> = match rule {
            PurgeRule::Retention { default, now } => {
                let retentions = crate::retention::retentions(conn, *default)?;
                locked.into_iter().filter(|j| crate::retention::is_due(j, retentions.of(&j.tenant_id), *now)).collect()
            }
            PurgeRule::Tenant(t) => locked.into_iter().filter(|j| &j.tenant_id == t).collect(),
        };
        delete_and_audit(conn, &purged, actor)?;
        let mut emptied: Vec<BatchId> = purged.iter().filter_map(|j| j.batch_id).collect();
        emptied.sort_unstable();
        emptied.dedup();
        for b in emptied {
            delete_if_ended_and_empty(conn, b)?;
        }
        Ok(purged)
    })
}

/// The jobs of `ids` that exist, locked until the transaction ends; on PostgreSQL rows another
/// transaction holds are skipped.
fn lock_jobs(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<JobRecord>, DbError> {
    let rows: Vec<JobRow> = match conn {
        DbConnection::Pg(c) => jobs::table.filter(jobs::id.eq_any(ids)).select(JobRow::as_select()).for_update().skip_locked().load(c)?,
        DbConnection::Sqlite(c) => jobs::table.filter(jobs::id.eq_any(ids)).select(JobRow::as_select()).load(c)?,
    };
    rows.into_iter().map(JobRecord::try_from).collect()
}

fn delete_and_audit(conn: &mut DbConnection, purged: &[JobRecord], actor: &str) -> Result<(), DbError> {
    if purged.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = purged.iter().map(|j| j.id.to_string()).collect();
    diesel::delete(jobs::table.filter(jobs::id.eq_any(&ids))).execute(conn)?;
    crate::vault::delete_for_jobs(conn, &purged.iter().map(|j| j.id).collect::<Vec<_>>())?;
    let at = OffsetDateTime::now_utc();
    for j in purged {
        record(
            conn,
            &NewAuditEvent {
                at,
                key_id: actor.to_owned(),
                tenant_id: j.tenant_id.clone(),
                action: AuditAction::JobPurge,
                target: Some(j.id.to_string()),
                outcome: AuditOutcome::Success,
            },
        )?;
    }
    Ok(())
}

/// Deletes the batch if every job of it had ended (it is completed) and none is left. A batch still
/// taking jobs or with jobs running is kept.
fn delete_if_ended_and_empty(conn: &mut DbConnection, id: BatchId) -> Result<(), DbError> {
    let left: i64 = jobs::table.filter(jobs::batch_id.eq(id.to_string())).count().get_result(conn)?;
    if left == 0 {
        let n = diesel::delete(batches::table.filter(batches::id.eq(id.to_string())).filter(batches::completed_at.is_not_null()))
            .execute(conn)?;
        if n > 0 {
            crate::vault::delete_for_batch(conn, id)?;
        }
    }
    Ok(())
}

/// The last step of a tenant's deletion, after its jobs were purged page by page: deletes the tenant
/// and everything left of it (jobs submitted meanwhile, with their audit rows; batches, keys,
/// grants, stored idempotent answers, callbacks, pseudonym vault records) in one transaction, and makes
/// every gateway drop its cached keys. Its audit rows stay. Returns the jobs deleted here (their
/// outputs are the caller's to remove), or `None` when there is no such tenant.
///
/// # Errors
/// `DbError` on failure; nothing is deleted then.
pub fn delete_tenant(conn: &mut DbConnection, tenant: &TenantId, actor: &str) -> Result<Option<Vec<JobRecord>>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let exists = tenants::table.filter(tenants::id.eq(tenant.as_str())).count().get_result::<i64>(conn)? > 0;
        if !exists {
            return Ok(None);
        }
        let t = tenant.as_str();
        let left: Vec<JobRecord> = jobs::table
            .filter(jobs::tenant_id.eq(t))
            .select(JobRow::as_select())
            .load::<JobRow>(conn)?
            .into_iter()
            .map(JobRecord::try_from)
            .collect::<Result<_, _>>()?;
        delete_and_audit(conn, &left, actor)?;
        diesel::delete(batches::table.filter(batches::tenant_id.eq(t))).execute(conn)?;
        crate::vault::delete_for_tenant(conn, tenant)?;
        diesel::delete(idempotency_keys::table.filter(idempotency_keys::tenant_id.eq(t))).execute(conn)?;
        diesel::delete(callbacks::table.filter(callbacks::tenant_id.eq(t))).execute(conn)?;
        diesel::delete(tenant_grants::table.filter(tenant_grants::tenant_id.eq(t))).execute(conn)?;
        diesel::delete(api_keys::table.filter(api_keys::tenant_id.eq(t))).execute(conn)?;
        diesel::delete(tenants::table.filter(tenants::id.eq(t))).execute(conn)?;
        crate::keys::bump_auth_epoch(conn)?;
        Ok(Some(left))
    })
}
