//! Purging one page of jobs: their outputs first, then their rows (with the findings) and one audit
//! row each, in one short transaction (`pii_db::purge`). Shared by the retention sweeper and a
//! tenant's deletion.
//!
//! Only the object a job wrote is removed: not one that replaced it since, and nothing when the job
//! never completed (its output location may name an object that was there before it). An object
//! already gone is fine. When the store is unavailable the job is held back, its row kept, so the
//! removal is tried again; when the deployment can no longer reach the location at all (a root or a
//! store taken out of the configuration), waiting would keep the row forever, so the row goes and
//! a warning names the job.

use futures::StreamExt;
use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::{ErrorKind, JobId};
use pii_db::DbError;
use pii_db::jobs::JobRecord;
use pii_db::purge::{PurgeRule, purge_jobs};
use pii_storage::Reach;

use crate::state::AppState;

/// Objects removed at once.
const STORAGE_CONCURRENCY: usize = 8;

/// Why jobs are purged (the `reason` label of `pii_jobs_purged_total`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Retention,
    TenantDeleted,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Retention => "retention",
            Reason::TenantDeleted => "tenant_deleted",
        }
    }
}

/// What purging a page came to.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageOutcome {
    /// Jobs deleted, each with its audit row.
    pub purged: Vec<JobId>,
    /// Jobs kept because their output could not be removed now (the store is unavailable).
    pub held: usize,
}

/// Removes the outputs of `jobs`, then deletes those whose output is gone under `rule`, as `actor`.
///
/// # Errors
/// `DbError` when the transaction fails; the outputs removed stay removed (their jobs are purged by
/// the next try).
pub async fn purge_page(
    state: &AppState,
    jobs: Vec<JobRecord>,
    rule: PurgeRule,
    actor: &str,
    reason: Reason,
) -> Result<PageOutcome, DbError> {
    let cleared: Vec<(JobId, bool)> = futures::stream::iter(jobs)
        .map(|job| async move { (job.id, remove_output(state, &job).await) })
        .buffer_unordered(STORAGE_CONCURRENCY)
        .collect()
        .await;
    let held = cleared.iter().filter(|(_, gone)| !gone).count();
    let ids: Vec<JobId> = cleared.into_iter().filter_map(|(id, gone)| gone.then_some(id)).collect();
    let who = actor.to_owned();
    let purged = state.db.run(move |c| purge_jobs(c, &ids, &rule, &who)).await?;
    record(&purged, actor, reason);
    Ok(PageOutcome { purged: purged.iter().map(|j| j.id).collect(), held })
}

/// The audit log lines (the rows are written with the deletion) and the metric of purged jobs.
pub fn record(purged: &[JobRecord], actor: &str, reason: Reason) {
    let mut per_tenant: Vec<(&pii_core::TenantId, u64)> = Vec::new();
    for j in purged {
        let target = j.id.to_string();
        crate::audit::log_event(actor, &j.tenant_id, AuditAction::JobPurge, Some(&target), AuditOutcome::Success);
        match per_tenant.iter_mut().find(|(t, _)| *t == &j.tenant_id) {
            Some((_, n)) => *n += 1,
            None => per_tenant.push((&j.tenant_id, 1)),
        }
    }
    for (t, n) in per_tenant {
        pii_runtime::metrics::jobs_purged(t.as_str(), reason.as_str(), n);
    }
}

/// Removes the object `job` wrote, if it is still there; true when the row may go.
pub async fn remove_output(state: &AppState, job: &JobRecord) -> bool {
    let Some(written) = &job.output else { return true };
    let out = &job.output_uri;
    let removed = async {
        if state.storage.head(out, Reach::Service).await?.as_ref() == Some(written) {
            state.storage.delete(out, Reach::Service).await?;
        }
        Ok::<_, pii_storage::StorageError>(())
    }
    .await;
    match removed {
        Ok(()) => true,
        Err(e) if e.kind() == ErrorKind::Unavailable => {
            // The kind only: a store's message may name the object, and file names are not logged.
            tracing::warn!(job_id = %job.id, kind = ?e.kind(), "cannot remove a purged job's output now; the job is kept until it can be");
            false
        }
        Err(e) => {
            tracing::warn!(job_id = %job.id, kind = ?e.kind(), "a purged job's output is out of this deployment's reach; the job is purged without it");
            true
        }
    }
}
