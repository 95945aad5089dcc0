//! Goes on listing prefix batches into jobs, one page (one transaction) at a time.
//!
//! Why in the background: a prefix may hold millions of objects; the request answers with the
//! first page and the batch handle, and the listing continues here, with bounded memory (one page
//! of objects and jobs at a time) and back-pressure (it rests while the batch has
//! `max_queued` jobs waiting, or its tenant is at its in-flight quota), so a whole bucket never
//! floods the queue or the outbox.
//!
//! Who lists: the gateway that accepted the batch, under a lease stored in the batch row and
//! renewed with every page and while it rests. A gateway that dies leaves the lease to run out;
//! any gateway then claims the listing ([`run`] looks every few seconds) and resumes after the last
//! key committed. Each page is committed on condition that the lease and the position are
//! unchanged, so no page is ever created twice. A listing ends when the prefix is listed to its end,
//! on an error it cannot get past (recorded in the batch as `listing_error`), or when the batch is
//! cancelled or deleted (the page in hand is then dropped).

use std::sync::OnceLock;
use std::time::Duration;

use pii_core::envelope::Envelope;
use pii_db::batch_listing::{self, ListerId, Page, PageEnd, PageOutcome};
use pii_db::jobs::NewJob;
use time::OffsetDateTime;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use super::{Backoff, pause};
use crate::batch_pages::PrefixBatch;
use crate::error::ApiError;
use crate::state::AppState;

/// The lease as stored: `BatchListing::lease`.
pub fn lease(state: &AppState) -> time::Duration {
    time::Duration::try_from(state.config.batch_listing.lease).unwrap_or(time::Duration::MINUTE)
}
/// How often to look for listings whose gateway vanished (at most: a fifth of the lease).
const POLL: Duration = Duration::from_secs(5);
/// How long a listing rests before looking at the queue again.
const REST: Duration = Duration::from_millis(500);
/// Listings one gateway runs at once.
const MAX_CONCURRENT: usize = 4;
/// Failed attempts at a page (the store or the database unavailable) before the listing ends.
const MAX_FAILURES: u32 = 8;

/// This process as a lister.
pub fn me() -> &'static ListerId {
    static ME: OnceLock<ListerId> = OnceLock::new();
    ME.get_or_init(ListerId::generate)
}

/// Claims listings no gateway holds any more and resumes them.
pub async fn run(state: AppState, shutdown: CancellationToken) {
    let mut running = JoinSet::new();
    loop {
        while running.try_join_next().is_some() {}
        while running.len() < MAX_CONCURRENT {
            let lease = lease(&state);
            match state.db.run(move |c| batch_listing::claim(c, me(), lease)).await {
                Ok(Some(listing)) => {
                    let id = listing.batch_id;
                    match PrefixBatch::resume(&state, &listing).await {
                        Ok(batch) => {
                            tracing::info!(batch_id = %id, "resuming the listing of a batch");
                            running.spawn(list(state.clone(), batch, listing.after, shutdown.clone()));
                        }
                        Err(e @ ApiError::Unprocessable(_)) => end_with_error(&state, id, listing.after, &e).await,
                        Err(e) => {
                            tracing::warn!(batch_id = %id, error = %e, "cannot resume a batch's listing now");
                            break;
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot look for batch listings to resume");
                    break;
                }
            }
        }
        if !pause(POLL.min(state.config.batch_listing.lease / 5), &shutdown).await {
            break;
        }
    }
    running.shutdown().await;
}

/// Goes on with a listing this gateway holds, in a task of its own.
pub fn go_on(state: AppState, batch: PrefixBatch, after: Option<String>) {
    tokio::spawn(list(state, batch, after, CancellationToken::new()));
}

/// Why a listing stops waiting.
enum Wait {
    Go,
    /// The lease is gone (cancelled, deleted, taken over) or shutdown came.
    Stop,
}

async fn list(state: AppState, batch: PrefixBatch, mut after: Option<String>, shutdown: CancellationToken) {
    let id = batch.batch_id;
    let size = state.config.batch_listing.page_size;
    let mut backoff = Backoff::new(200, 10_000);
    let mut failures = 0u32;
    loop {
        if let Wait::Stop = room_for_a_page(&state, &batch, size, &shutdown).await {
            return;
        }
        let planned = match batch.list(&state, after.as_deref(), size).await {
            Ok(page) => {
                let end = match page.last_key() {
                    Some(last) if !page.done => PageEnd::More { after: last.to_owned() },
                    _ => PageEnd::Done,
                };
                batch.plan(&state, page.objects).await.map(|plan| (plan, end))
            }
            Err(e) => Err(e),
        };
        let (plan, end) = match planned {
            Ok(p) => p,
            Err(e @ ApiError::Unavailable(_)) if failures + 1 < MAX_FAILURES => {
                failures += 1;
                tracing::warn!(batch_id = %id, error = %e, "cannot list the next page of a batch now; trying again");
                if !pause(backoff.next(), &shutdown).await {
                    return;
                }
                continue;
            }
            Err(e) => {
                end_with_error(&state, id, after, &e).await;
                return;
            }
        };
        let done = !matches!(end, PageEnd::More { .. });
        let next = match &end {
            PageEnd::More { after } => Some(after.clone()),
            _ => after.clone(),
        };
        let created = plan.jobs.len();
        match commit(&state, id, after.clone(), end, plan.jobs, plan.messages).await {
            Ok(PageOutcome::Committed) => {
                failures = 0;
                backoff.reset();
                if created > 0 {
                    state.relay.notify_one();
                    pii_runtime::metrics::jobs_queued(batch.tenant.as_str(), created as u64);
                }
                if done {
                    tracing::info!(batch_id = %id, "the batch's prefix is listed to its end");
                    return;
                }
                after = next;
            }
            Ok(PageOutcome::Lost) => {
                tracing::info!(batch_id = %id, "the batch's listing stopped here (cancelled, deleted or taken over)");
                return;
            }
            Err(e) => {
                // The page is not committed; the lease runs out if this persists and the listing
                // resumes from the last committed page (here or on another gateway).
                tracing::warn!(batch_id = %id, error = %e, "cannot commit a page of a batch's listing");
                if !pause(backoff.next(), &shutdown).await {
                    return;
                }
            }
        }
    }
}

/// Waits while the batch has enough queued jobs or its tenant is at its in-flight quota, renewing
/// the lease meanwhile.
async fn room_for_a_page(state: &AppState, batch: &PrefixBatch, size: usize, shutdown: &CancellationToken) -> Wait {
    let id = batch.batch_id;
    let max = state.config.batch_listing.max_queued;
    loop {
        if shutdown.is_cancelled() {
            return Wait::Stop;
        }
        let tenant = batch.tenant.clone();
        let in_flight_max = state.config.quotas;
        let full = state
            .db
            .run(move |c| {
                if batch_listing::queued_jobs(c, id)? + size as u64 > max {
                    return Ok(true);
                }
                if tenant.is_admin() {
                    return Ok(false);
                }
                let quotas = pii_db::keys::get_tenant(c, &tenant)?.map(|t| t.quotas).unwrap_or_default();
                let Some(bound) = in_flight_max.in_flight(&quotas) else { return Ok(false) };
                Ok(pii_db::jobs::count_in_flight(c, &tenant)? + size as i64 > i64::from(bound))
            })
            .await;
        match full {
            Ok(false) => return Wait::Go,
            Ok(true) => {}
            Err(e) => tracing::warn!(batch_id = %id, error = %e, "cannot count a batch's queued jobs"),
        }
        let until = OffsetDateTime::now_utc() + lease(state);
        let renewed = state.db.run(move |c| batch_listing::pause(c, id, me(), until)).await;
        if let Ok(false) = renewed {
            return Wait::Stop;
        }
        if !pause(REST, shutdown).await {
            return Wait::Stop;
        }
    }
}

/// Commits one page; a batch whose last job had already ended completes with it.
async fn commit(
    state: &AppState,
    id: pii_core::BatchId,
    from: Option<String>,
    end: PageEnd,
    jobs: Vec<NewJob>,
    messages: Vec<Envelope>,
) -> Result<PageOutcome, ApiError> {
    let lease = lease(state);
    let (outcome, callbacks) = state
        .db
        .run(move |c| {
            let page = Page { batch_id: id, owner: me(), from: from.as_deref(), end, jobs: &jobs, messages: &messages, lease };
            let mut callbacks = 0usize;
            let outcome = batch_listing::commit_page(c, &page, &mut |conn, ended| {
                if let Some(cb) = super::callbacks::for_ended(conn, &ended)? {
                    pii_db::callbacks::enqueue(conn, &cb)?;
                    callbacks += 1;
                }
                Ok(())
            })?;
            Ok((outcome, callbacks))
        })
        .await?;
    if callbacks > 0 {
        state.callbacks.notify_one();
    }
    Ok(outcome)
}

/// Ends a listing with the reason it cannot go on (shown in the batch); the jobs created so far run.
async fn end_with_error(state: &AppState, id: pii_core::BatchId, after: Option<String>, e: &ApiError) {
    // Only the kind is logged: the reason may name objects.
    let kind = match e {
        ApiError::Unprocessable(_) => "refused",
        ApiError::Conflict(_) => "output conflict",
        ApiError::Unavailable(_) => "unavailable",
        _ => "internal",
    };
    tracing::warn!(batch_id = %id, kind, "a batch's listing ended with an error");
    let why = e.to_string();
    match commit(state, id, after, PageEnd::Failed(why), Vec::new(), Vec::new()).await {
        Ok(_) => {}
        Err(e) => tracing::warn!(batch_id = %id, error = %e, "cannot record why a batch's listing ended"),
    }
}
