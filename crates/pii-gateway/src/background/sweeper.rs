//! Finds jobs whose worker vanished without the broker redelivering their message, and sends them
//! again. Detection and redaction are idempotent, so a job sent twice is only done twice.
//!
//! `processing` jobs not heard of for `stuck_after` are re-sent, at most [`MAX_RESENDS`] times, then
//! ended as `error` (a job whose every worker vanishes would otherwise circle forever); `queued` jobs
//! only after four times as long and without a bound, since a deep backlog legitimately keeps them
//! waiting. In the embedded mode every unfinished job is re-sent at start, because the in-process
//! queue died with the last process.

use std::collections::HashMap;
use std::time::Duration;

use pii_core::envelope::Envelope;
use pii_core::grants::Grants;
use pii_core::{JobId, JobStatus, TenantId};
use pii_db::DbError;
use pii_db::jobs::{self, JobRecord, Touched};
use time::OffsetDateTime;
use tokio_util::sync::CancellationToken;

use super::pause;
use crate::error::ApiError;
use crate::state::AppState;

/// How many times a `processing` job is sent again after its worker vanished before it is ended.
/// Crashes the broker sees are bounded separately by the delivery limit and the dead-letter queue.
pub const MAX_RESENDS: u32 = 5;

pub async fn run(state: AppState, shutdown: CancellationToken) {
    if state.config.requeue_unfinished_at_start {
        sweep(&state, Duration::ZERO, Duration::ZERO).await;
    }
    let every = (state.config.stuck_after / 4).clamp(Duration::from_secs(1), Duration::from_secs(60));
    while pause(every, &shutdown).await {
        sweep(&state, state.config.stuck_after, state.config.stuck_after * 4).await;
        resend_overdue_retries(&state).await;
        if let Err(e) = state.db.run(pii_db::idempotency::purge_expired).await {
            tracing::warn!(error = %e, "cannot purge expired idempotency keys");
        }
    }
}

/// Re-sends stale jobs; returns how many.
pub async fn sweep(state: &AppState, processing_after: Duration, queued_after: Duration) -> usize {
    let now = OffsetDateTime::now_utc();
    let mut resent = 0;
    let mut grants = HashMap::new();
    for (status, age) in [(JobStatus::Processing, processing_after), (JobStatus::Queued, queued_after)] {
        let before = now - age;
        let stale = match state.db.run(move |c| jobs::stale_jobs(c, status, before, 500)).await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "sweeper cannot read the job store");
                end_unreadable(state, &e).await;
                return resent;
            }
        };
        for job in stale {
            let message = match resend_message(state, &mut grants, &job).await {
                Ok(m) => m,
                Err(e) => {
                    tracing::warn!(error = %e, "sweeper cannot read the tenant's grants");
                    return resent;
                }
            };
            let id = job.id;
            let max = (status == JobStatus::Processing).then_some(MAX_RESENDS);
            match state.db.run(move |c| jobs::touch_job(c, &job, Some(&message), max)).await {
                Ok(Touched::Resent) => {
                    resent += 1;
                    tracing::warn!(job_id = %id, status = status.as_str(), "job was not heard of for too long; sent again");
                }
                Ok(Touched::GaveUp) => {
                    tracing::error!(job_id = %id, resends = MAX_RESENDS, "job ended as error: its workers kept vanishing");
                }
                Ok(Touched::Changed) => {}
                Err(e) => tracing::warn!(error = %e, "sweeper cannot re-send a job"),
            }
        }
    }
    if resent > 0 {
        state.relay.notify_one();
    }
    resent
}

/// Failed jobs whose scheduled automatic retry never arrived (its delayed message was lost): sent
/// again as that next attempt.
async fn resend_overdue_retries(state: &AppState) {
    let before = OffsetDateTime::now_utc() - state.config.stuck_after;
    let overdue = match state.db.run(move |c| jobs::overdue_retries(c, before, 500)).await {
        Ok(o) => o,
        Err(e) => {
            tracing::warn!(error = %e, "sweeper cannot read overdue retries");
            end_unreadable(state, &e).await;
            return;
        }
    };
    let mut grants = HashMap::new();
    for job in overdue {
        let next = JobRecord { attempt: job.attempt + 1, ..job.clone() };
        let Ok(message) = resend_message(state, &mut grants, &next).await else { continue };
        let id = job.id;
        match state.db.run(move |c| jobs::touch_job(c, &job, Some(&message), None)).await {
            Ok(Touched::Resent) => tracing::warn!(job_id = %id, "a scheduled retry never started; sent again"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "sweeper cannot re-send a retry"),
        }
    }
    state.relay.notify_one();
}

/// Ends as `error` the job whose stored row no longer parses, when that is what `e` reports: it can
/// never be sent again, and left alone it would stop every later sweep at the same row (the store
/// reads rows typed, so one unreadable row fails the whole query).
async fn end_unreadable(state: &AppState, e: &DbError) {
    if let DbError::Unreadable { table: "jobs", id, .. } = e
        && let Ok(id) = id.parse::<JobId>()
    {
        let _ = state.db.run(move |c| jobs::fail_job(c, id, JobStatus::Error, "the stored job is unreadable")).await;
    }
}

/// The job's detect message with its tenant's grants as they are now (looked up once per sweep and
/// tenant).
async fn resend_message(state: &AppState, grants: &mut HashMap<TenantId, Grants>, job: &JobRecord) -> Result<Envelope, ApiError> {
    let g = match grants.get(&job.tenant_id) {
        Some(g) => g.clone(),
        None => {
            let g = crate::grants::of_tenant(state, &job.tenant_id).await?;
            grants.insert(job.tenant_id.clone(), g.clone());
            g
        }
    };
    Ok(crate::outbox::detect_message(job.spec(g), Default::default())?)
}
