//! The pseudonym vault's rows: one record per (tenant, scope, entity type, surrogate lookup), written
//! where surrogates are made (a `/redact` call; a job's `completed` event) and read by
//! `POST /api/v1/deanonymize`. The records are sealed before they get here (`pii_core::engine::vault`):
//! this module never sees a value or a surrogate.
//!
//! Writing is idempotent: a record written again (a redelivered event, the same surrogate in a later
//! call of a tenant scope, even after the tenant's keys were rotated) changes nothing but its
//! `written_at`: its sealed value stays with the key generation it names. When two *different* values drew the
//! same surrogate in one scope (their value tags differ), the record is marked ambiguous and restores
//! nothing from then on: restoring the wrong person is worse than restoring none.
//!
//! Every read and delete names the tenant (or a job or batch id, which belongs to one tenant), so
//! one tenant's request never reads another's rows; their lookups could not match anyway, being
//! keyed with the tenant's secret.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::upsert::excluded;
use pii_core::engine::vault::{SealedPseudonym, VaultScope};
use pii_core::{BatchId, EntityType, JobId, TenantId};
use time::OffsetDateTime;

use crate::retention::Retentions;
use crate::schema::pseudonym_vault as v;
use crate::time_conv::to_db;
use crate::{DbConnection, DbError};

/// Rows written per statement.
const CHUNK: usize = 500;

#[derive(Insertable)]
#[diesel(table_name = v)]
struct NewRow<'a> {
    tenant_id: &'a str,
    scope_kind: &'a str,
    scope_id: &'a str,
    entity_type: &'a str,
    lookup: &'a [u8],
    value_tag: &'a [u8],
    sealed: &'a [u8],
    ambiguous: bool,
    written_at: time::PrimitiveDateTime,
    key_generation: i32,
}

fn corrupt(why: impl std::fmt::Display) -> DbError {
    DbError::Corrupt { table: "pseudonym_vault", why: why.to_string() }
}

/// Stores `records` of `scope` for `tenant`, idempotently (see the module documentation). Run it
/// inside the transaction of the write it belongs to.
///
/// # Errors
/// `DbError` on failure.
pub fn deposit(conn: &mut DbConnection, tenant: &TenantId, scope: &VaultScope, records: &[SealedPseudonym]) -> Result<(), DbError> {
    if records.is_empty() {
        return Ok(());
    }
    // One row per key within the write (a statement may not touch a row twice); differing values
    // for one surrogate make it ambiguous already here.
    let mut merged: HashMap<(&str, &[u8]), (&SealedPseudonym, bool)> = HashMap::with_capacity(records.len());
    for r in records {
        merged
            .entry((r.entity_type.as_str(), r.lookup.as_slice()))
            .and_modify(|(first, ambiguous)| *ambiguous |= first.value_tag != r.value_tag)
            .or_insert((r, false));
    }
    let (kind, id) = (scope.kind(), scope.id());
    let at = to_db(OffsetDateTime::now_utc());
    let rows: Vec<NewRow<'_>> = merged
        .into_values()
        .map(|(r, ambiguous)| NewRow {
            tenant_id: tenant.as_str(),
            scope_kind: kind,
            scope_id: &id,
            entity_type: r.entity_type.as_str(),
            lookup: &r.lookup,
            value_tag: &r.value_tag,
            sealed: &r.sealed,
            ambiguous,
            written_at: at,
            key_generation: i32::try_from(r.key_generation).unwrap_or(i32::MAX),
        })
        .collect();
    for chunk in rows.chunks(CHUNK) {
        macro_rules! upsert {
            ($c:expr, $rows:expr) => {
                diesel::insert_into(v::table)
                    .values($rows)
                    .on_conflict((v::tenant_id, v::scope_kind, v::scope_id, v::entity_type, v::lookup))
                    .do_update()
                    .set((
                        v::ambiguous.eq(v::ambiguous.or(excluded(v::ambiguous)).or(v::value_tag.ne(excluded(v::value_tag)))),
                        v::written_at.eq(excluded(v::written_at)),
                    ))
                    .execute($c)
            };
        }
        match conn {
            DbConnection::Pg(c) => {
                upsert!(c, chunk)?;
            }
            // SQLite takes one row per statement here; inside the caller's transaction that is cheap.
            DbConnection::Sqlite(c) => {
                for row in chunk {
                    upsert!(c, row)?;
                }
            }
        }
    }
    Ok(())
}

/// A stored record, as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultRecord {
    pub scope: VaultScope,
    pub record: SealedPseudonym,
    /// Two different values drew this surrogate: it restores nothing.
    pub ambiguous: bool,
}

/// The records of `tenant` whose lookup is one of `lookups`, in `scope` or (`None`) in any scope.
///
/// # Errors
/// `DbError` on failure; `DbError::Corrupt` for a row that does not parse.
pub fn find(
    conn: &mut DbConnection,
    tenant: &TenantId,
    scope: Option<&VaultScope>,
    lookups: &[Vec<u8>],
) -> Result<Vec<VaultRecord>, DbError> {
    let mut out = Vec::new();
    let scope_parts = scope.map(|s| (s.kind(), s.id()));
    type Row = (String, String, String, Vec<u8>, Vec<u8>, Vec<u8>, bool, i32);
    for chunk in lookups.chunks(CHUNK) {
        let mut q = v::table
            .filter(v::tenant_id.eq(tenant.as_str()))
            .filter(v::lookup.eq_any(chunk))
            .select((v::scope_kind, v::scope_id, v::entity_type, v::lookup, v::value_tag, v::sealed, v::ambiguous, v::key_generation))
            .into_boxed();
        if let Some((kind, id)) = &scope_parts {
            q = q.filter(v::scope_kind.eq(*kind)).filter(v::scope_id.eq(id.clone()));
        }
        let rows: Vec<Row> = q.load(conn)?;
        for (kind, id, entity, lookup, value_tag, sealed, ambiguous, generation) in rows {
            out.push(VaultRecord {
                scope: VaultScope::from_parts(&kind, &id).map_err(corrupt)?,
                record: SealedPseudonym {
                    entity_type: EntityType::parse(&entity).map_err(corrupt)?,
                    lookup,
                    value_tag,
                    sealed,
                    key_generation: u32::try_from(generation).map_err(|_| corrupt("a negative key generation"))?,
                },
                ambiguous,
            });
        }
    }
    Ok(out)
}

/// Deletes the job-scope records of `jobs` (deleted or purged jobs). Returns the rows deleted.
///
/// # Errors
/// `DbError` on failure.
pub fn delete_for_jobs(conn: &mut DbConnection, jobs: &[JobId]) -> Result<usize, DbError> {
    let ids: Vec<String> = jobs.iter().map(ToString::to_string).collect();
    let mut n = 0;
    for chunk in ids.chunks(CHUNK) {
        n += diesel::delete(v::table.filter(v::scope_kind.eq("job")).filter(v::scope_id.eq_any(chunk))).execute(conn)?;
    }
    Ok(n)
}

/// Deletes the batch-scope records of `batch`, and the job-scope records of the jobs it still has
/// (call it before deleting them). Returns the rows deleted.
///
/// # Errors
/// `DbError` on failure.
pub fn delete_for_batch(conn: &mut DbConnection, batch: BatchId) -> Result<usize, DbError> {
    use crate::schema::jobs;
    let b = batch.to_string();
    let of_jobs = diesel::delete(
        v::table
            .filter(v::scope_kind.eq("job"))
            .filter(v::scope_id.eq_any(jobs::table.filter(jobs::batch_id.eq(b.clone())).select(jobs::id))),
    )
    .execute(conn)?;
    let own = diesel::delete(v::table.filter(v::scope_kind.eq("batch")).filter(v::scope_id.eq(b))).execute(conn)?;
    Ok(of_jobs + own)
}

/// Deletes every record of `tenant`. Returns the rows deleted.
///
/// # Errors
/// `DbError` on failure.
pub fn delete_for_tenant(conn: &mut DbConnection, tenant: &TenantId) -> Result<usize, DbError> {
    Ok(diesel::delete(v::table.filter(v::tenant_id.eq(tenant.as_str()))).execute(conn)?)
}

/// The kinds whose records age out under the tenant's retention (the others go with their row).
const AGING: [&str; 2] = ["call", "tenant"];

/// Deletes the call and tenant records last written at least the retention in effect for their
/// tenant before `now` (tenants without one keep them until deleted). Returns the rows deleted.
///
/// # Errors
/// `DbError` on failure.
pub fn purge_aged(conn: &mut DbConnection, retentions: &Retentions, now: OffsetDateTime) -> Result<usize, DbError> {
    let cutoff = |r: pii_core::Retention| time::Duration::try_from(r.as_duration()).ok().and_then(|d| now.checked_sub(d)).map(to_db);
    let mut n = 0;
    for (tenant, retention) in retentions.own() {
        let Some(before) = cutoff(*retention) else { continue };
        n += diesel::delete(
            v::table.filter(v::tenant_id.eq(tenant.as_str())).filter(v::scope_kind.eq_any(AGING)).filter(v::written_at.le(before)),
        )
        .execute(conn)?;
    }
    if let Some(before) = retentions.default().and_then(cutoff) {
        let own: Vec<&str> = retentions.own().keys().map(TenantId::as_str).collect();
        n += diesel::delete(v::table.filter(v::tenant_id.ne_all(own)).filter(v::scope_kind.eq_any(AGING)).filter(v::written_at.le(before)))
            .execute(conn)?;
    }
    Ok(n)
}
