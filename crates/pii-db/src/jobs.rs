//! Job rows: creation (with their first message, in one transaction), reads scoped to a tenant,
//! listing, deletion, retries and the sweeper's queries. Status events are applied in
//! [`crate::events`] (re-exported here).

use diesel::prelude::*;
use pii_core::envelope::Envelope;
use pii_core::{BatchId, JobId, JobStatus, TenantId};

pub use crate::batches::NewBatch;
pub use crate::events::{ApplyReport, Ended, apply_events, apply_events_with};
pub use crate::job_record::{JobRecord, NewJob};
pub(crate) use crate::job_record::{JobRow, corrupt};
use time::OffsetDateTime;

use crate::job_record::{NewJobRow, policy_json};
use crate::outbox::insert_messages;
use crate::schema::jobs;
use crate::time_conv::{now, to_db};
use crate::{DbConnection, DbError};

/// Who is asking: a tenant sees only its own jobs; the administrator sees every job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Tenant(TenantId),
    All,
}

impl Scope {
    pub fn of(tenant: &TenantId) -> Self {
        if tenant.is_admin() { Scope::All } else { Scope::Tenant(tenant.clone()) }
    }
}

/// Rows per INSERT statement: well under both backends' bound-parameter limits.
const INSERT_CHUNK: usize = 500;

/// Everything one submission creates, written in one transaction.
#[derive(Debug)]
pub struct Submission<'a> {
    /// The creation time of every row (so an answer can be built before the commit).
    pub at: OffsetDateTime,
    pub batch: Option<crate::batches::NewBatch>,
    pub jobs: &'a [NewJob],
    pub messages: &'a [Envelope],
    /// The answer to store under the caller's Idempotency-Key.
    pub idempotency: Option<crate::idempotency::NewIdempotency>,
}

impl<'a> Submission<'a> {
    pub fn new(jobs: &'a [NewJob], messages: &'a [Envelope]) -> Self {
        // Whole microseconds: what both backends store, so the preview equals what is read back.
        let t = OffsetDateTime::now_utc();
        let at = t.replace_nanosecond(t.nanosecond() / 1_000 * 1_000).unwrap_or(t);
        Submission { at, batch: None, jobs, messages, idempotency: None }
    }

    /// The job records as they will be stored.
    pub fn records(&self) -> Vec<JobRecord> {
        self.jobs.iter().map(|j| j.record(self.at)).collect()
    }
}

/// Creates jobs, their batch, their first messages and the idempotency record atomically: either
/// everything exists afterwards, or nothing.
///
/// # Errors
/// `DbError` when the transaction fails (a concurrent request with the same Idempotency-Key shows as
/// a unique violation, kind `Conflict`); nothing is written then.
pub fn create_jobs(conn: &mut DbConnection, sub: Submission<'_>) -> Result<(), DbError> {
    let at = to_db(sub.at);
    // Rows are built one insert at a time: a 10,000-job batch then holds one chunk of row copies
    // beside the caller's jobs, not a second copy of the whole batch. The jobs of a batch share one
    // policy, so it is serialised once and the text reused while the policy stays the same.
    crate::write_tx::write_transaction(conn, |conn| {
        if let Some(b) = &sub.batch {
            crate::batches::insert_batch(conn, b, at)?;
        }
        let mut last: Option<(&pii_core::policy::RedactionPolicy, String)> = None;
        for chunk in sub.jobs.chunks(INSERT_CHUNK) {
            let mut rows: Vec<NewJobRow> = Vec::with_capacity(chunk.len());
            for j in chunk {
                let text = match &last {
                    Some((p, text)) if **p == j.policy => text.clone(),
                    _ => {
                        let text = policy_json(&j.policy)?;
                        last = Some((&j.policy, text.clone()));
                        text
                    }
                };
                rows.push(j.row(at, text));
            }
            // Multi-row inserts are backend-specific in diesel, so dispatch on the backend here.
            match conn {
                DbConnection::Pg(c) => diesel::insert_into(jobs::table).values(&rows).execute(c)?,
                DbConnection::Sqlite(c) => diesel::insert_into(jobs::table).values(&rows).execute(c)?,
            };
        }
        insert_messages(conn, sub.messages)?;
        if let Some(i) = &sub.idempotency {
            crate::idempotency::insert(conn, i, at)?;
        }
        Ok::<_, DbError>(())
    })
}

/// One job, if it exists within `scope`.
///
/// # Errors
/// `DbError` on query failure.
pub fn get_job(conn: &mut DbConnection, id: JobId, scope: &Scope) -> Result<Option<JobRecord>, DbError> {
    let mut q = jobs::table.filter(jobs::id.eq(id.to_string())).select(JobRow::as_select()).into_boxed();
    if let Scope::Tenant(t) = scope {
        q = q.filter(jobs::tenant_id.eq(t.as_str().to_owned()));
    }
    q.first::<JobRow>(conn).optional()?.map(JobRecord::try_from).transpose()
}

/// Filters of `GET /jobs`.
#[derive(Debug, Clone, Default)]
pub struct JobFilter {
    pub tenant: Option<TenantId>,
    pub status: Option<JobStatus>,
    pub batch_id: Option<BatchId>,
}

/// Jobs matching `filter`, newest first.
///
/// # Errors
/// `DbError` on query failure.
pub fn list_jobs(conn: &mut DbConnection, filter: &JobFilter, limit: u32, offset: u64) -> Result<Vec<JobRecord>, DbError> {
    let mut q = jobs::table.select(JobRow::as_select()).into_boxed();
    if let Some(t) = &filter.tenant {
        q = q.filter(jobs::tenant_id.eq(t.as_str().to_owned()));
    }
    if let Some(s) = filter.status {
        q = q.filter(jobs::status.eq(s.as_str()));
    }
    if let Some(b) = filter.batch_id {
        q = q.filter(jobs::batch_id.eq(b.to_string()));
    }
    let offset = i64::try_from(offset).map_err(|_| DbError::Conflict("offset too large".into()))?;
    q.order(jobs::id.desc()).limit(i64::from(limit)).offset(offset).load::<JobRow>(conn)?.into_iter().map(JobRecord::try_from).collect()
}

/// Deletes a job within `scope` and returns what it was, so the caller can remove its output.
///
/// # Errors
/// `DbError` on query failure.
pub fn delete_job(
    conn: &mut DbConnection,
    id: JobId,
    scope: &Scope,
    notice: crate::cancel::NoticeFn<'_>,
) -> Result<Option<JobRecord>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let Some(job) = get_job(conn, id, scope)? else { return Ok(None) };
        // A job deleted before it ended is cancelled too: its commands not yet sent are dropped, and
        // the notice tells a worker running it to stop, instead of finishing work nobody will read.
        let going = matches!(
            pii_core::cancel::decide(job.progress(), job.next_attempt_at.is_some(), job.cancelled_at.is_some()),
            pii_core::cancel::CancelDecision::End(_)
        );
        if going {
            insert_messages(conn, &[notice(&job)?])?;
            crate::cancel::drop_unsent_commands(conn, &format!("%\"job_id\":\"{id}\"%"))?;
        }
        diesel::delete(jobs::table.filter(jobs::id.eq(id.to_string()))).execute(conn)?;
        crate::vault::delete_for_jobs(conn, &[id])?;
        Ok(Some(job))
    })
}

/// Puts a `failed` job back in the queue as a new attempt, with its message, atomically.
///
/// # Errors
/// `DbError::Conflict` when the job is not `failed` (any more).
pub fn retry_job(
    conn: &mut DbConnection,
    id: JobId,
    scope: &Scope,
    message: impl FnOnce(&JobRecord) -> Result<Envelope, DbError>,
) -> Result<Option<JobRecord>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let Some(job) = get_job(conn, id, scope)? else { return Ok(None) };
        let next = job.progress().retry().map_err(|e| DbError::Conflict(e.to_string()))?;
        let n = diesel::update(
            jobs::table
                .filter(jobs::id.eq(id.to_string()))
                .filter(jobs::status.eq(JobStatus::Failed.as_str()))
                .filter(jobs::attempt.eq(job.attempt as i32)),
        )
        .set((
            jobs::status.eq(next.status.as_str()),
            jobs::attempt.eq(next.attempt as i32),
            jobs::error_message.eq(None::<String>),
            jobs::completed_at.eq(None::<time::PrimitiveDateTime>),
            jobs::next_attempt_at.eq(None::<time::PrimitiveDateTime>),
            // A new attempt gets the sweeper's whole re-send budget again: the workers that
            // vanished under the previous attempt say nothing about this one.
            jobs::resends.eq(0),
            // A cancelled job retried on request runs again: its new attempt's events count.
            jobs::cancelled_at.eq(None::<time::PrimitiveDateTime>),
            jobs::updated_at.eq(now()),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(DbError::Conflict("the job changed concurrently".into()));
        }
        let updated = JobRecord {
            status: next.status,
            attempt: next.attempt,
            error_message: None,
            completed_at: None,
            next_attempt_at: None,
            cancelled_at: None,
            ..job
        };
        insert_messages(conn, &[message(&updated)?])?;
        Ok(Some(updated))
    })
}

/// Jobs in `status` not updated since `before`: their worker may have vanished.
///
/// # Errors
/// `DbError` on query failure.
pub fn stale_jobs(conn: &mut DbConnection, status: JobStatus, before: OffsetDateTime, limit: u32) -> Result<Vec<JobRecord>, DbError> {
    jobs::table
        .filter(jobs::status.eq(status.as_str()))
        .filter(jobs::updated_at.lt(to_db(before)))
        .order(jobs::updated_at.asc())
        .limit(i64::from(limit))
        .select(JobRow::as_select())
        .load::<JobRow>(conn)?
        .into_iter()
        .map(JobRecord::try_from)
        .collect()
}

/// What [`touch_job`] did with a stale job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Touched {
    /// Marked as seen, its message queued again.
    Resent,
    /// It changed since it was read (its worker reported, or another sweeper got there first), or
    /// it has ended for good: nothing was done.
    Changed,
    /// It had already been sent again `max_resends` times: ended as `error` instead.
    GaveUp,
}

/// Marks a stale job as seen again and queues its message, if it is still in the state it was
/// found in. With a bound, the re-send is counted, and a job that has already been sent again
/// `max_resends` times (every worker that took it vanished) is ended as `error` with a message that
/// says so, rather than sent forever. Without one (a queued job waiting behind a backlog, a lost
/// retry message) nothing is counted, so such waits never use up a later bound.
///
/// # Errors
/// `DbError` on query failure.
pub fn touch_job(
    conn: &mut DbConnection,
    job: &JobRecord,
    message: Option<&Envelope>,
    max_resends: Option<u32>,
) -> Result<Touched, DbError> {
    if job.status.is_final() {
        return Ok(Touched::Changed);
    }
    crate::write_tx::write_transaction(conn, |conn| {
        let unchanged = || {
            jobs::table
                .filter(jobs::id.eq(job.id.to_string()))
                .filter(jobs::status.eq(job.status.as_str()))
                .filter(jobs::attempt.eq(job.attempt as i32))
                .filter(jobs::updated_at.eq(to_db(job.updated_at)))
        };
        let Some(resends) = unchanged().select(jobs::resends).first::<i32>(conn).optional()? else {
            return Ok(Touched::Changed);
        };
        let at = now();
        if max_resends.is_some_and(|max| u32::try_from(resends).unwrap_or(0) >= max) {
            let why = format!("no worker finished the job: it was sent again {resends} times after its worker vanished, and was ended");
            let n = diesel::update(unchanged())
                .set((
                    jobs::status.eq(JobStatus::Error.as_str()),
                    jobs::error_message.eq(why),
                    jobs::completed_at.eq(Some(at)),
                    jobs::updated_at.eq(at),
                ))
                .execute(conn)?;
            return Ok(if n == 1 { Touched::GaveUp } else { Touched::Changed });
        }
        let counted = resends + i32::from(max_resends.is_some());
        let n = diesel::update(unchanged()).set((jobs::updated_at.eq(at), jobs::resends.eq(counted))).execute(conn)?;
        if n != 1 {
            return Ok(Touched::Changed);
        }
        if let Some(m) = message {
            insert_messages(conn, std::slice::from_ref(m))?;
        }
        Ok(Touched::Resent)
    })
}

/// Ends a job as `error` unless it already finished for good, or was cancelled (for poison
/// messages).
///
/// # Errors
/// `DbError` on query failure.
pub fn fail_job(conn: &mut DbConnection, id: JobId, status: JobStatus, message: &str) -> Result<bool, DbError> {
    let at = now();
    let n = diesel::update(
        jobs::table
            .filter(jobs::id.eq(id.to_string()))
            .filter(jobs::status.ne_all([JobStatus::Completed.as_str(), JobStatus::Error.as_str()]))
            .filter(jobs::cancelled_at.is_null()),
    )
    .set((jobs::status.eq(status.as_str()), jobs::error_message.eq(message), jobs::completed_at.eq(Some(at)), jobs::updated_at.eq(at)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Failed jobs whose automatic retry should have started before `before` but never did (the retry
/// message was lost): the sweeper sends them again.
///
/// # Errors
/// `DbError` on query failure.
pub fn overdue_retries(conn: &mut DbConnection, before: OffsetDateTime, limit: u32) -> Result<Vec<JobRecord>, DbError> {
    jobs::table
        .filter(jobs::status.eq(JobStatus::Failed.as_str()))
        .filter(jobs::next_attempt_at.lt(to_db(before)))
        .order(jobs::next_attempt_at.asc())
        .limit(i64::from(limit))
        .select(JobRow::as_select())
        .load::<JobRow>(conn)?
        .into_iter()
        .map(JobRecord::try_from)
        .collect()
}

/// Jobs of a tenant that are queued or processing (for the in-flight quota).
///
/// # Errors
/// `DbError` on query failure.
pub fn count_in_flight(conn: &mut DbConnection, tenant: &TenantId) -> Result<i64, DbError> {
    Ok(jobs::table
        .filter(jobs::tenant_id.eq(tenant.as_str()))
        .filter(jobs::status.eq_any([JobStatus::Queued.as_str(), JobStatus::Processing.as_str()]))
        .count()
        .get_result(conn)?)
}

/// Counts jobs by status within `scope` (for metrics and batches).
///
/// # Errors
/// `DbError` on query failure.
pub fn count_by_status(conn: &mut DbConnection, batch: Option<BatchId>) -> Result<Vec<(JobStatus, i64)>, DbError> {
    let mut q = jobs::table.group_by(jobs::status).select((jobs::status, diesel::dsl::count_star())).into_boxed();
    if let Some(b) = batch {
        q = q.filter(jobs::batch_id.eq(b.to_string()));
    }
    q.load::<(String, i64)>(conn)?.into_iter().map(|(s, n)| Ok((s.parse().map_err(corrupt)?, n))).collect()
}
