//! A prefix of any size listed into one batch, page by page.
//!
//! Why it is kept in the batch row: the listing outlives the request that started it and may
//! outlive the gateway that runs it. The row holds what the next page needs (the prefix, the
//! sealed policy and options every job of the batch gets, the last key listed) and who lists it
//! until when (a lease). Each page is one transaction that creates the page's jobs and moves the
//! position, on condition that the caller still holds the lease and the position is the one it
//! started from: a page is therefore created exactly once, whichever gateway lists it or resumes it.

use diesel::prelude::*;
use pii_core::envelope::Envelope;
use pii_core::{BatchId, TenantId};
use time::OffsetDateTime;

use crate::jobs::{Ended, NewJob, Submission, corrupt};
use crate::schema::{batches, jobs};
use crate::time_conv::{now, to_db};
use crate::{DbConnection, DbError};

/// Who lists a batch: one per gateway process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListerId(String);

impl ListerId {
    /// A new, unique lister.
    pub fn generate() -> Self {
        ListerId(BatchId::generate().ulid().to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a listing that goes on after the first page is started with (written with the batch).
#[derive(Debug, Clone)]
pub struct ListingStart {
    pub input_prefix: String,
    pub output_prefix: Option<String>,
    /// The sealed policy, as every job of the batch stores it.
    pub policy_json: String,
    pub overwrite: bool,
    /// The last key (relative to the prefix) the first page listed.
    pub after: String,
    /// The gateway that goes on listing, and until when no other one takes over.
    pub owner: ListerId,
    pub lease_until: OffsetDateTime,
}

/// A listing to continue, as claimed.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub batch_id: BatchId,
    pub tenant_id: TenantId,
    pub input_prefix: String,
    pub output_prefix: Option<String>,
    pub policy_json: String,
    pub overwrite: bool,
    pub metadata_json: Option<String>,
    /// The last key listed, relative to the prefix; `None` before the first.
    pub after: Option<String>,
}

/// How a page ends the listing, or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageEnd {
    /// More objects may follow the page's last key.
    More { after: String },
    /// The prefix is listed to its end.
    Done,
    /// The listing stops here, for this reason (the jobs created so far still run).
    Failed(String),
}

/// One page of a listing to commit.
#[derive(Debug)]
pub struct Page<'a> {
    pub batch_id: BatchId,
    pub owner: &'a ListerId,
    /// The position the page was listed from (what the claim or the previous page left).
    pub from: Option<&'a str>,
    pub end: PageEnd,
    pub jobs: &'a [NewJob],
    pub messages: &'a [Envelope],
    /// How long the lease lasts from now if the listing goes on.
    pub lease: time::Duration,
}

/// What committing a page did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageOutcome {
    Committed,
    /// The lease or the position had changed (another gateway took over, the batch was cancelled or
    /// deleted): nothing was written.
    Lost,
}

pub(crate) fn start(conn: &mut DbConnection, id: BatchId, l: &ListingStart) -> Result<(), DbError> {
    diesel::update(batches::table.filter(batches::id.eq(id.to_string())))
        .set((
            batches::input_prefix.eq(Some(&l.input_prefix)),
            batches::output_prefix.eq(l.output_prefix.as_deref()),
            batches::policy.eq(Some(&l.policy_json)),
            batches::overwrite.eq(l.overwrite),
            batches::listing.eq(true),
            batches::list_after.eq(Some(&l.after)),
            batches::listing_owner.eq(Some(l.owner.as_str())),
            batches::listing_lease_until.eq(Some(to_db(l.lease_until))),
        ))
        .execute(conn)?;
    Ok(())
}

type ListingRow = (String, String, Option<String>, Option<String>, Option<String>, bool, Option<String>, Option<String>);

fn listing_of(row: ListingRow) -> Result<Listing, DbError> {
    let (id, tenant, prefix, output_prefix, policy, overwrite, metadata, after) = row;
    let missing = |what: &str| DbError::Corrupt { table: "batches", why: format!("a listing batch without its {what}") };
    Ok(Listing {
        batch_id: id.parse().map_err(corrupt)?,
        tenant_id: TenantId::parse(&tenant).map_err(corrupt)?,
        input_prefix: prefix.ok_or_else(|| missing("prefix"))?,
        output_prefix,
        policy_json: policy.ok_or_else(|| missing("policy"))?,
        overwrite,
        metadata_json: metadata,
        after,
    })
}

/// Claims the oldest listing no gateway holds (its lease ended or was never taken) for `lease`.
///
/// # Errors
/// `DbError` on failure.
pub fn claim(conn: &mut DbConnection, owner: &ListerId, lease: time::Duration) -> Result<Option<Listing>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let at = now();
        let candidate: Option<(String, Option<time::PrimitiveDateTime>)> = batches::table
            .filter(batches::listing.eq(true))
            .filter(batches::listing_lease_until.is_null().or(batches::listing_lease_until.le(at)))
            .order(batches::created_at.asc())
            .select((batches::id, batches::listing_lease_until))
            .first(conn)
            .optional()?;
        let Some((id, was)) = candidate else { return Ok(None) };
        let until = Some(to_db(OffsetDateTime::now_utc() + lease));
        let set = (batches::listing_owner.eq(Some(owner.as_str())), batches::listing_lease_until.eq(until));
        let target = batches::table.filter(batches::id.eq(&id)).filter(batches::listing.eq(true));
        // Conditional on the lease seen: of two gateways claiming at once, one wins.
        let n = match was {
            None => diesel::update(target.filter(batches::listing_lease_until.is_null())).set(set).execute(conn)?,
            Some(w) => diesel::update(target.filter(batches::listing_lease_until.eq(w))).set(set).execute(conn)?,
        };
        if n == 0 {
            return Ok(None);
        }
        let row: ListingRow = batches::table
            .filter(batches::id.eq(&id))
            .select((
                batches::id,
                batches::tenant_id,
                batches::input_prefix,
                batches::output_prefix,
                batches::policy,
                batches::overwrite,
                batches::metadata,
                batches::list_after,
            ))
            .first(conn)?;
        listing_of(row).map(Some)
    })
}

/// Commits one page: its jobs and messages, the new position, a renewed lease (or the end of the
/// listing), all or nothing. When the listing ends and every job has already ended, the batch
/// completes here and `on_end` runs for it inside the transaction (as it does for status events).
///
/// # Errors
/// `DbError` on failure; nothing is written then.
pub fn commit_page(
    conn: &mut DbConnection,
    page: &Page<'_>,
    on_end: &mut dyn FnMut(&mut DbConnection, Ended<'_>) -> Result<(), DbError>,
) -> Result<PageOutcome, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let added = i32::try_from(page.jobs.len()).map_err(corrupt)?;
        let (going, after, error) = match &page.end {
            PageEnd::More { after } => (true, Some(after.as_str()), None),
            PageEnd::Done => (false, page.from, None),
            PageEnd::Failed(why) => (false, page.from, Some(why.as_str())),
        };
        let lease_until = going.then(|| to_db(OffsetDateTime::now_utc() + page.lease));
        let owner = going.then_some(page.owner.as_str());
        let target = batches::table
            .filter(batches::id.eq(page.batch_id.to_string()))
            .filter(batches::listing.eq(true))
            .filter(batches::listing_owner.eq(page.owner.as_str()));
        let set = (
            batches::jobs_total.eq(batches::jobs_total + added),
            batches::list_after.eq(after),
            batches::listing.eq(going),
            batches::listing_owner.eq(owner),
            batches::listing_lease_until.eq(lease_until),
            batches::listing_error.eq(error),
        );
        // The row update comes first: it locks the row (a concurrent delete waits, or has won and
        // this finds nothing) before any job is written.
        let n = match page.from {
            None => diesel::update(target.filter(batches::list_after.is_null())).set(set).execute(conn)?,
            Some(from) => diesel::update(target.filter(batches::list_after.eq(from))).set(set).execute(conn)?,
        };
        if n == 0 {
            return Ok(PageOutcome::Lost);
        }
        if !page.jobs.is_empty() {
            crate::jobs::create_jobs(conn, Submission::new(page.jobs, page.messages))?;
        }
        if !going && let Some(batch) = crate::batches::complete_if_ended(conn, page.batch_id)? {
            on_end(conn, Ended::Batch(&batch))?;
        }
        Ok(PageOutcome::Committed)
    })
}

/// Lets the listing rest until `until` (the batch has enough queued jobs): the lease is shortened
/// to then, after which any gateway (this one included) may claim it again. Returns false when the
/// caller no longer held it.
///
/// # Errors
/// `DbError` on failure.
pub fn pause(conn: &mut DbConnection, id: BatchId, owner: &ListerId, until: OffsetDateTime) -> Result<bool, DbError> {
    let n = diesel::update(
        batches::table
            .filter(batches::id.eq(id.to_string()))
            .filter(batches::listing.eq(true))
            .filter(batches::listing_owner.eq(owner.as_str())),
    )
    .set(batches::listing_lease_until.eq(Some(to_db(until))))
    .execute(conn)?;
    Ok(n == 1)
}

/// Ends a batch's listing where it is (the batch is being cancelled or deleted): the page being
/// listed, if any, is then not committed. Call it inside the transaction that cancels or deletes:
/// on PostgreSQL it locks the row, so a page committing at the same time is either wholly before it
/// or finds the listing ended. Returns whether a listing was going on.
///
/// # Errors
/// `DbError` on failure.
pub fn stop(conn: &mut DbConnection, id: BatchId) -> Result<bool, DbError> {
    let n = diesel::update(batches::table.filter(batches::id.eq(id.to_string())).filter(batches::listing.eq(true)))
        .set((
            batches::listing.eq(false),
            batches::listing_owner.eq(None::<String>),
            batches::listing_lease_until.eq(None::<time::PrimitiveDateTime>),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Jobs of the batch still waiting in the queue: the listing's back-pressure signal.
///
/// # Errors
/// `DbError` on failure.
pub fn queued_jobs(conn: &mut DbConnection, id: BatchId) -> Result<u64, DbError> {
    let n: i64 = jobs::table
        .filter(jobs::batch_id.eq(id.to_string()))
        .filter(jobs::status.eq(pii_core::JobStatus::Queued.as_str()))
        .count()
        .get_result(conn)?;
    Ok(u64::try_from(n).unwrap_or(0))
}
