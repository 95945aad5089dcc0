//! Batches: many jobs submitted together, followed by one handle.

use diesel::prelude::*;
use pii_core::{BatchId, JobStatus, TenantId};
use time::OffsetDateTime;

use crate::jobs::{Scope, corrupt};
use crate::schema::{batches, jobs};
use crate::time_conv::{from_db, now};
use crate::{DbConnection, DbError};

/// A batch to create (with its jobs, in the same transaction).
#[derive(Debug, Clone)]
pub struct NewBatch {
    pub id: BatchId,
    pub tenant_id: TenantId,
    pub jobs_total: u32,
    pub callback_url: Option<String>,
    pub metadata_json: Option<String>,
    /// For a prefix whose listing goes on after this transaction: where it resumes.
    pub listing: Option<crate::batch_listing::ListingStart>,
}

/// A batch as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRecord {
    pub id: BatchId,
    pub tenant_id: TenantId,
    pub jobs_total: u32,
    pub callback_url: Option<String>,
    pub metadata_json: Option<String>,
    pub created_at: OffsetDateTime,
    /// Set once every job of the batch has ended (and its listing, if any, has ended).
    pub completed_at: Option<OffsetDateTime>,
    /// The prefix the batch was made from, if it was.
    pub input_prefix: Option<String>,
    /// Whether objects below the prefix are still being listed into jobs (`jobs_total` still grows).
    pub listing: bool,
    /// Why the listing ended before the end of the prefix.
    pub listing_error: Option<String>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = batches)]
struct BatchRow {
    id: String,
    tenant_id: String,
    jobs_total: i32,
    callback_url: Option<String>,
    metadata: Option<String>,
    created_at: time::PrimitiveDateTime,
    completed_at: Option<time::PrimitiveDateTime>,
    input_prefix: Option<String>,
    listing: bool,
    listing_error: Option<String>,
}

impl TryFrom<BatchRow> for BatchRecord {
    type Error = DbError;
    fn try_from(r: BatchRow) -> Result<Self, DbError> {
        Ok(BatchRecord {
            id: r.id.parse().map_err(corrupt)?,
            tenant_id: TenantId::parse(&r.tenant_id).map_err(corrupt)?,
            jobs_total: u32::try_from(r.jobs_total).map_err(corrupt)?,
            callback_url: r.callback_url,
            metadata_json: r.metadata,
            created_at: from_db(r.created_at),
            completed_at: r.completed_at.map(from_db),
            input_prefix: r.input_prefix,
            listing: r.listing,
            listing_error: r.listing_error,
        })
    }
}

pub(crate) fn insert_batch(conn: &mut DbConnection, b: &NewBatch, at: time::PrimitiveDateTime) -> Result<(), DbError> {
    diesel::insert_into(batches::table)
        .values((
            batches::id.eq(b.id.to_string()),
            batches::tenant_id.eq(b.tenant_id.as_str()),
            batches::jobs_total.eq(i32::try_from(b.jobs_total).map_err(corrupt)?),
            batches::callback_url.eq(b.callback_url.as_deref()),
            batches::metadata.eq(b.metadata_json.as_deref()),
            batches::created_at.eq(at),
        ))
        .execute(conn)?;
    if let Some(l) = &b.listing {
        crate::batch_listing::start(conn, b.id, l)?;
    }
    Ok(())
}

/// One batch within `scope`.
///
/// # Errors
/// `DbError` on failure.
pub fn get_batch(conn: &mut DbConnection, id: BatchId, scope: &Scope) -> Result<Option<BatchRecord>, DbError> {
    let mut q = batches::table.filter(batches::id.eq(id.to_string())).select(BatchRow::as_select()).into_boxed();
    if let Scope::Tenant(t) = scope {
        q = q.filter(batches::tenant_id.eq(t.as_str().to_owned()));
    }
    q.first::<BatchRow>(conn).optional()?.map(BatchRecord::try_from).transpose()
}

/// Per status: how many jobs of the batch, and the sum of their progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchCounts {
    pub by_status: Vec<(JobStatus, u64)>,
    pub progress_sum: u64,
    /// Failed jobs waiting for an automatic retry (not ended yet).
    pub retrying: u64,
}

/// Counts the jobs of a batch.
///
/// # Errors
/// `DbError` on failure.
pub fn batch_counts(conn: &mut DbConnection, id: BatchId) -> Result<BatchCounts, DbError> {
    let rows: Vec<(String, i64, Option<i64>)> = jobs::table
        .filter(jobs::batch_id.eq(id.to_string()))
        .group_by(jobs::status)
        .select((jobs::status, diesel::dsl::count_star(), diesel::dsl::sum(jobs::progress_pct)))
        .load(conn)?;
    let retrying: i64 = jobs::table
        .filter(jobs::batch_id.eq(id.to_string()))
        .filter(jobs::status.eq(JobStatus::Failed.as_str()))
        .filter(jobs::next_attempt_at.is_not_null())
        .count()
        .get_result(conn)?;
    let mut counts = BatchCounts { retrying: u64::try_from(retrying).unwrap_or(0), ..Default::default() };
    for (status, n, sum) in rows {
        counts.by_status.push((status.parse().map_err(corrupt)?, u64::try_from(n).unwrap_or(0)));
        counts.progress_sum += u64::try_from(sum.unwrap_or(0)).unwrap_or(0);
    }
    Ok(counts)
}

/// Marks the batch completed if none of its jobs is still going; returns it when this call did so
/// (exactly once per batch, even with several gateways).
pub(crate) fn complete_if_ended(conn: &mut DbConnection, id: BatchId) -> Result<Option<BatchRecord>, DbError> {
    let going: i64 = jobs::table
        .filter(jobs::batch_id.eq(id.to_string()))
        .filter(
            jobs::status
                .eq_any([JobStatus::Queued.as_str(), JobStatus::Processing.as_str()])
                .or(jobs::status.eq(JobStatus::Failed.as_str()).and(jobs::next_attempt_at.is_not_null())),
        )
        .count()
        .get_result(conn)?;
    if going > 0 {
        return Ok(None);
    }
    // A batch still listing its prefix has jobs to come.
    let n = diesel::update(
        batches::table.filter(batches::id.eq(id.to_string())).filter(batches::completed_at.is_null()).filter(batches::listing.eq(false)),
    )
    .set(batches::completed_at.eq(Some(now())))
    .execute(conn)?;
    if n == 0 {
        return Ok(None);
    }
    get_batch(conn, id, &Scope::All)
}

/// Batches within `scope` (one tenant's, or every tenant's for the administrator), newest first,
/// each with its counts.
///
/// # Errors
/// `DbError` on failure.
pub fn list_batches(
    conn: &mut DbConnection,
    tenant: Option<&TenantId>,
    limit: u32,
    offset: u64,
) -> Result<Vec<(BatchRecord, BatchCounts)>, DbError> {
    let mut q = batches::table.select(BatchRow::as_select()).into_boxed();
    if let Some(t) = tenant {
        q = q.filter(batches::tenant_id.eq(t.as_str().to_owned()));
    }
    let offset = i64::try_from(offset).map_err(|_| DbError::Conflict("offset too large".into()))?;
    let rows = q.order(batches::id.desc()).limit(i64::from(limit)).offset(offset).load::<BatchRow>(conn)?;
    rows.into_iter()
        .map(|r| {
            let b = BatchRecord::try_from(r)?;
            let counts = batch_counts(conn, b.id)?;
            Ok((b, counts))
        })
        .collect()
}

/// What the jobs of a batch recorded writing: each output location with the version written, for
/// the jobs that completed (a job that never completed wrote nothing of its own).
///
/// # Errors
/// `DbError` on failure.
pub fn batch_outputs(conn: &mut DbConnection, id: BatchId) -> Result<Vec<(String, pii_core::messages::OutputVersion)>, DbError> {
    let rows: Vec<(String, Option<i64>, Option<String>)> = jobs::table
        .filter(jobs::batch_id.eq(id.to_string()))
        .filter(jobs::status.eq(JobStatus::Completed.as_str()))
        .filter(jobs::output_size.is_not_null())
        .select((jobs::output_uri, jobs::output_size, jobs::output_tag))
        .load(conn)?;
    rows.into_iter()
        .filter_map(|(uri, size, tag)| size.map(|s| (uri, s, tag)))
        .map(|(uri, size, tag)| Ok((uri, pii_core::messages::OutputVersion { size: u64::try_from(size).map_err(corrupt)?, tag })))
        .collect()
}

/// Deletes a batch within `scope` and all its jobs, in one transaction; returns how many jobs were
/// deleted, or `None` when there is no such batch for this caller.
///
/// # Errors
/// `DbError` on failure.
pub fn delete_batch(conn: &mut DbConnection, id: BatchId, scope: &Scope) -> Result<Option<u64>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        if get_batch(conn, id, scope)?.is_none() {
            return Ok(None);
        }
        // Ends the listing first: this locks the row, so a page being committed either commits
        // before (and its jobs are deleted below) or finds the batch gone.
        crate::batch_listing::stop(conn, id)?;
        crate::vault::delete_for_batch(conn, id)?;
        let n = diesel::delete(jobs::table.filter(jobs::batch_id.eq(id.to_string()))).execute(conn)?;
        diesel::delete(batches::table.filter(batches::id.eq(id.to_string()))).execute(conn)?;
        Ok(Some(n as u64))
    })
}
