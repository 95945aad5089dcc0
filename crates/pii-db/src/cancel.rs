//! Cancelling jobs on request. The job ends `failed` with [`CANCELLED_MESSAGE`] and `cancelled_at`
//! set, in one transaction with its cancel notice for the workers (outbox), the removal of its
//! commands not yet relayed (a job queued during a broker outage is never sent), and what its end
//! owes (callbacks, the completion of its batch). From then on the event consumer ignores the
//! job's events and removes any output one reports ([`crate::events`]); a retry on request clears
//! the mark. A job whose storage grant was revoked before it ended is stopped the same way
//! ([`end_outside_grants`]).

use diesel::prelude::*;
use pii_core::cancel::{CANCELLED_MESSAGE, CancelDecision, GRANT_REVOKED_MESSAGE, decide};
use pii_core::envelope::Envelope;
use pii_core::{BatchId, JobId, JobStatus, TenantId};

use crate::events::Ended;
use crate::jobs::{JobRecord, Scope, get_job};
use crate::outbox::insert_messages;
use crate::schema::jobs;
use crate::time_conv::{from_db, now};
use crate::{DbConnection, DbError};

/// What a cancel request did to one job.
#[derive(Debug, Clone, PartialEq)]
pub enum Cancelled {
    /// It was going (queued, processing, or waiting for an automatic retry) and has ended now.
    Now(JobRecord),
    /// It had been cancelled before: unchanged.
    Already(JobRecord),
    /// It had ended otherwise (completed, error, failed for good): unchanged.
    Ended(JobRecord),
}

impl Cancelled {
    /// The job as it is after the request.
    pub fn job(&self) -> &JobRecord {
        match self {
            Cancelled::Now(j) | Cancelled::Already(j) | Cancelled::Ended(j) => j,
        }
    }

    pub fn into_job(self) -> JobRecord {
        match self {
            Cancelled::Now(j) | Cancelled::Already(j) | Cancelled::Ended(j) => j,
        }
    }
}

/// Builds the cancel notice of a job (the caller knows its route and trace headers).
pub type NoticeFn<'a> = &'a dyn Fn(&JobRecord) -> Result<Envelope, DbError>;
/// Runs for every job and batch that ended, inside the transaction (see
/// [`crate::events::apply_events_with`]).
pub type OnEnd<'a> = &'a mut dyn FnMut(&mut DbConnection, Ended<'_>) -> Result<(), DbError>;

/// Cancels one job within `scope`; `None` when there is no such job for this caller.
///
/// # Errors
/// `DbError::Conflict` when the job changed while it was being cancelled (an event landed at the
/// same moment): the caller tries again. Other `DbError`s on failure; nothing is written then.
pub fn cancel_job(
    conn: &mut DbConnection,
    id: JobId,
    scope: &Scope,
    notice: NoticeFn<'_>,
    on_end: OnEnd<'_>,
) -> Result<Option<Cancelled>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let Some(job) = get_job(conn, id, scope)? else { return Ok(None) };
        let outcome = end_one(conn, job, CANCELLED_MESSAGE, notice, on_end)?;
        if let Cancelled::Now(job) = &outcome {
            drop_unsent_commands(conn, &format!("%\"job_id\":\"{}\"%", job.id))?;
        }
        if let (Cancelled::Now(_), Some(batch)) = (&outcome, outcome.job().batch_id) {
            complete_batch(conn, batch, on_end)?;
        }
        Ok(Some(outcome))
    })
}

/// What cancelling a batch did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchCancelled {
    /// Jobs that ended now.
    pub cancelled: Vec<JobId>,
    /// Jobs that had ended before (cancelled or otherwise), unchanged.
    pub unchanged: u64,
}

/// Cancels every job of a batch within `scope` that has not ended, in one transaction; `None`
/// when there is no such batch for this caller.
///
/// # Errors
/// As [`cancel_job`].
pub fn cancel_batch(
    conn: &mut DbConnection,
    id: BatchId,
    scope: &Scope,
    notice: NoticeFn<'_>,
    on_end: OnEnd<'_>,
) -> Result<Option<BatchCancelled>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        if crate::batches::get_batch(conn, id, scope)?.is_none() {
            return Ok(None);
        }
        // A prefix still being listed lists no further: no job is added after the cancel, and the
        // batch may complete below.
        crate::batch_listing::stop(conn, id)?;
        let going: Vec<crate::jobs::JobRow> = going().filter(jobs::batch_id.eq(id.to_string())).load(conn)?;
        let total: i64 = jobs::table.filter(jobs::batch_id.eq(id.to_string())).count().get_result(conn)?;
        let mut report = BatchCancelled::default();
        for row in going {
            let job = JobRecord::try_from(row)?;
            if let Cancelled::Now(j) = end_one(conn, job, CANCELLED_MESSAGE, notice, on_end)? {
                report.cancelled.push(j.id);
            }
        }
        report.unchanged = u64::try_from(total).unwrap_or(0).saturating_sub(report.cancelled.len() as u64);
        if !report.cancelled.is_empty() {
            drop_unsent_commands(conn, &format!("%\"batch_id\":\"{id}\"%"))?;
        }
        complete_batch(conn, id, on_end)?;
        Ok(Some(report))
    })
}

/// The jobs that have not ended and were not cancelled: queued, processing, or failed with an
/// automatic retry pending (narrowed further by the caller).
fn going<'a>() -> jobs::BoxedQuery<
    'a,
    <DbConnection as diesel::Connection>::Backend,
    diesel::dsl::SqlTypeOf<diesel::dsl::AsSelect<crate::jobs::JobRow, <DbConnection as diesel::Connection>::Backend>>,
> {
    jobs::table
        .filter(jobs::cancelled_at.is_null())
        .filter(
            jobs::status
                .eq_any([JobStatus::Queued.as_str(), JobStatus::Processing.as_str()])
                .or(jobs::status.eq(JobStatus::Failed.as_str()).and(jobs::next_attempt_at.is_not_null())),
        )
        .select(crate::jobs::JobRow::as_select())
        .into_boxed()
}

/// Stops every job of `tenant` that has not ended and that `reaches` says can no longer reach its
/// input or output (a storage grant was revoked), as a cancel does, with [`GRANT_REVOKED_MESSAGE`]:
/// its queued commands never run, a running one stops at its next chunk, and whatever it still
/// reports or writes is dropped. Returns the jobs it stopped.
///
/// # Errors
/// As [`cancel_job`].
pub fn end_outside_grants(
    conn: &mut DbConnection,
    tenant: &TenantId,
    reaches: &dyn Fn(&JobRecord) -> bool,
    notice: NoticeFn<'_>,
    on_end: OnEnd<'_>,
) -> Result<Vec<JobId>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let going: Vec<crate::jobs::JobRow> = going().filter(jobs::tenant_id.eq(tenant.as_str())).load(conn)?;
        let mut stopped = Vec::new();
        let mut batches = std::collections::BTreeSet::new();
        for row in going {
            let job = JobRecord::try_from(row)?;
            if reaches(&job) {
                continue;
            }
            if let Cancelled::Now(j) = end_one(conn, job, GRANT_REVOKED_MESSAGE, notice, on_end)? {
                drop_unsent_commands(conn, &format!("%\"job_id\":\"{}\"%", j.id))?;
                batches.extend(j.batch_id);
                stopped.push(j.id);
            }
        }
        for b in batches {
            complete_batch(conn, b, on_end)?;
        }
        Ok(stopped)
    })
}

/// Ends one job if it is going, with its notice; reports what it did.
fn end_one(conn: &mut DbConnection, job: JobRecord, message: &str, notice: NoticeFn<'_>, on_end: OnEnd<'_>) -> Result<Cancelled, DbError> {
    let next = match decide(job.progress(), job.next_attempt_at.is_some(), job.cancelled_at.is_some()) {
        CancelDecision::End(next) => next,
        CancelDecision::AlreadyCancelled => return Ok(Cancelled::Already(job)),
        CancelDecision::AlreadyEnded => return Ok(Cancelled::Ended(job)),
    };
    // Whole microseconds, what both backends store: the answer equals what is read back.
    let at = now();
    let at = at.replace_nanosecond(at.nanosecond() / 1_000 * 1_000).unwrap_or(at);
    // Only from the state it was read in: an event that moved the job meanwhile makes this a
    // conflict, and the caller decides again.
    let n = diesel::update(
        jobs::table
            .filter(jobs::id.eq(job.id.to_string()))
            .filter(jobs::status.eq(job.status.as_str()))
            .filter(jobs::attempt.eq(job.attempt as i32))
            .filter(jobs::progress_pct.eq(i16::from(job.progress_pct)))
            .filter(jobs::cancelled_at.is_null()),
    )
    .set((
        jobs::status.eq(next.status.as_str()),
        jobs::error_message.eq(message),
        jobs::completed_at.eq(Some(at)),
        jobs::next_attempt_at.eq(None::<time::PrimitiveDateTime>),
        jobs::cancelled_at.eq(Some(at)),
        jobs::updated_at.eq(at),
    ))
    .execute(conn)?;
    if n != 1 {
        return Err(DbError::Conflict(format!("job {} changed while it was being cancelled", job.id)));
    }
    let ended = JobRecord {
        status: next.status,
        error_message: Some(CANCELLED_MESSAGE.to_owned()),
        completed_at: Some(from_db(at)),
        next_attempt_at: None,
        cancelled_at: Some(from_db(at)),
        updated_at: from_db(at),
        ..job
    };
    insert_messages(conn, &[notice(&ended)?])?;
    on_end(conn, Ended::Job(&ended))?;
    Ok(Cancelled::Now(ended))
}

/// The routing keys of the worker commands (`pii_queue::Route`, which this crate does not link).
const COMMAND_ROUTES: [&str; 2] = ["detect", "redact"];

/// Deletes the worker commands still in the outbox whose JSON matches `pattern` (a `LIKE` pattern
/// on the job's or the batch's id, which commands carry as `"job_id":"…"` and `"batch_id":"…"`;
/// ids are ULIDs, so the pattern has no wildcard of its own). On PostgreSQL, rows a relay holds
/// at this moment are being published already and are skipped rather than waited for.
pub(crate) fn drop_unsent_commands(conn: &mut DbConnection, pattern: &str) -> Result<(), DbError> {
    use diesel::sql_types::Text;
    match conn {
        DbConnection::Pg(c) => diesel::sql_query(
            "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE routing_key IN ($1, $2) AND payload LIKE $3 \
             FOR UPDATE SKIP LOCKED)",
        )
        .bind::<Text, _>(COMMAND_ROUTES[0])
        .bind::<Text, _>(COMMAND_ROUTES[1])
        .bind::<Text, _>(pattern)
        .execute(c)?,
        DbConnection::Sqlite(c) => diesel::sql_query("DELETE FROM outbox WHERE routing_key IN (?, ?) AND payload LIKE ?")
            .bind::<Text, _>(COMMAND_ROUTES[0])
            .bind::<Text, _>(COMMAND_ROUTES[1])
            .bind::<Text, _>(pattern)
            .execute(c)?,
    };
    Ok(())
}

fn complete_batch(conn: &mut DbConnection, id: BatchId, on_end: OnEnd<'_>) -> Result<(), DbError> {
    if let Some(batch) = crate::batches::complete_if_ended(conn, id)? {
        on_end(conn, Ended::Batch(&batch))?;
    }
    Ok(())
}
