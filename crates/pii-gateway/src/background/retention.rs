//! The retention sweeper: purges ended jobs whose tenant's retention has run out — their output
//! object, then their row with its findings, one audit row `job.purge` by `system` each (see
//! `pii_db::retention` for the rule and `crate::purge` for a page).
//!
//! It works in pages of [`PAGE`] jobs, each one short transaction, so a large backlog (a retention
//! set for the first time on years of jobs) never holds a long transaction or the SQLite write lock
//! for long. Every gateway runs it: on PostgreSQL the rows of a page are taken with
//! `FOR UPDATE SKIP LOCKED`, so gateways sweeping at once purge each job once; on SQLite the write
//! lock serialises them. It paces itself by the shortest retention in effect: a quarter of it,
//! between one second and one minute. Each sweep also deletes the pseudonym vault records of text
//! calls and of the tenant scope last written longer ago than their tenant's retention
//! (`pii_db::vault::purge_aged`); a job's or batch's records go with its row.

use std::time::Duration;

use pii_core::Retention;
use pii_core::audit::SYSTEM_ACTOR;
use pii_db::DbError;
use pii_db::purge::PurgeRule;
use pii_db::retention::{due_jobs, retentions};
use time::OffsetDateTime;
use tokio_util::sync::CancellationToken;

use super::pause;
use crate::purge::{Reason, purge_page};
use crate::state::AppState;

/// Jobs purged per transaction.
pub const PAGE: u32 = 500;

/// Sweeps are at least this far apart, and at most [`SLOWEST`].
const FASTEST: Duration = Duration::from_secs(1);
const SLOWEST: Duration = Duration::from_secs(60);

pub async fn run(state: AppState, shutdown: CancellationToken) {
    let mut next = FASTEST;
    while pause(next, &shutdown).await {
        next = match sweep(&state, &shutdown).await {
            Ok(report) => {
                if report.purged > 0 {
                    tracing::info!(purged = report.purged, held = report.held, "jobs past their retention purged");
                }
                if report.vault_records > 0 {
                    tracing::info!(records = report.vault_records, "pseudonym vault records past their retention purged");
                }
                pace(report.shortest)
            }
            Err(e) => {
                tracing::warn!(error = %e, "retention sweeper cannot read or purge jobs");
                SLOWEST
            }
        };
    }
}

/// The time to the next sweep: a quarter of the shortest retention in effect, so a job is purged at
/// most about a quarter of its retention late, between [`FASTEST`] and [`SLOWEST`].
pub fn pace(shortest: Option<Retention>) -> Duration {
    shortest.map_or(SLOWEST, |r| (r.as_duration() / 4).clamp(FASTEST, SLOWEST))
}

/// What one sweep did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SweepReport {
    /// Jobs purged.
    pub purged: usize,
    /// Due jobs kept for now because their output could not be removed.
    pub held: usize,
    /// The shortest retention in effect (none: every job is kept until deleted).
    pub shortest: Option<Retention>,
    /// Pseudonym vault records of text calls and of the tenant scope aged out.
    pub vault_records: usize,
}

/// Purges due jobs page by page, until a page comes back short, purges nothing (another gateway
/// holds its jobs, or the store is away), or shutdown begins.
///
/// # Errors
/// `DbError` when the store fails; what was purged before stays purged.
pub async fn sweep(state: &AppState, shutdown: &CancellationToken) -> Result<SweepReport, DbError> {
    let default = state.config.retention;
    let mut report = SweepReport::default();
    // Records of text calls and of the tenant scope belong to no job: they age out by themselves.
    let now = OffsetDateTime::now_utc();
    report.vault_records = state
        .db
        .run(move |c| {
            let r = retentions(c, default)?;
            pii_db::vault::purge_aged(c, &r, now)
        })
        .await?;
    loop {
        let now = OffsetDateTime::now_utc();
        let (shortest, due) = state
            .db
            .run(move |c| {
                let r = retentions(c, default)?;
                let due = if r.shortest().is_some() { due_jobs(c, &r, now, PAGE)? } else { Vec::new() };
                Ok((r.shortest(), due))
            })
            .await?;
        report.shortest = shortest;
        if due.is_empty() {
            return Ok(report);
        }
        let full = due.len() >= PAGE as usize;
        let page = purge_page(state, due, PurgeRule::Retention { default, now }, SYSTEM_ACTOR, Reason::Retention).await?;
        report.purged += page.purged.len();
        report.held += page.held;
        if !full || page.purged.is_empty() || shutdown.is_cancelled() {
            return Ok(report);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sweeper_paces_itself_by_the_shortest_retention() {
        let r = |s| Some(Retention::from_seconds(s).unwrap());
        assert_eq!(pace(None), SLOWEST, "nothing to purge: once a minute");
        assert_eq!(pace(r(2)), FASTEST, "never more than once a second");
        assert_eq!(pace(r(120)), Duration::from_secs(30));
        assert_eq!(pace(r(86_400)), SLOWEST);
    }
}
