//! The application of the workers' status events to job rows, in batches, each event only if it
//! moves its job forward (`pii_core::status`). A `completed` event's pseudonym vault records are
//! stored with it ([`crate::vault`]).

use std::collections::{HashMap, HashSet};

use diesel::prelude::*;
use pii_core::engine::vault::{PseudonymDeposit, VaultScope};
use pii_core::messages::StatusEvent;
use pii_core::status::{Advance, JobProgress, StatusUpdate};
use pii_core::{BatchId, JobId, JobStatus, TenantId};

use crate::jobs::{JobRecord, JobRow, corrupt};
use crate::schema::jobs;
use crate::time_conv::{now, to_db};
use crate::{DbConnection, DbError};

/// What applying a batch of events did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ApplyReport {
    /// Jobs that moved, with their new status.
    pub applied: Vec<(JobId, TenantId, JobStatus)>,
    /// Events dropped as repeated, stale or for a finished job.
    pub ignored: usize,
    /// Events for jobs that no longer exist (deleted) or whose tenant does not match.
    pub unknown: usize,
    /// Outputs reported complete for jobs that no longer exist, or that were cancelled (a worker
    /// that had not heard of the cancel finished anyway): nobody can reach them any more.
    pub orphaned_outputs: Vec<pii_core::uri::ObjectUri>,
}

/// Something that ended in a batch of events, handed to the caller inside the same transaction so
/// that what it writes (callbacks) commits or rolls back with the status change.
#[derive(Debug)]
pub enum Ended<'a> {
    Job(&'a JobRecord),
    Batch(&'a crate::batches::BatchRecord),
}

struct Change {
    original: JobProgress,
    progress: JobProgress,
    findings: Option<String>,
    output_uri: Option<String>,
    content_type: Option<String>,
    output_version: Option<(i64, Option<String>)>,
    warnings: Option<Option<String>>,
    error_message: Option<Option<String>>,
    completed_at: Option<Option<time::PrimitiveDateTime>>,
    next_attempt_at: Option<time::PrimitiveDateTime>,
    /// The vault records the completing event carries, if their scope is the job's own.
    pseudonyms: Option<PseudonymDeposit>,
}

/// Whether a job's records may be stored in `scope`: the job's own, its batch's, or its tenant's
/// (the event's tenant is the job's, checked before); never another job's or a text call's.
fn deposit_fits(scope: &VaultScope, job: JobId, batch: Option<&String>) -> bool {
    match scope {
        VaultScope::Job(j) => *j == job,
        VaultScope::Batch(b) => batch.is_some_and(|own| *own == b.to_string()),
        VaultScope::Tenant => true,
        VaultScope::Call(_) => false,
    }
}

/// Applies status events without end hooks (see [`apply_events_with`]).
///
/// # Errors
/// As [`apply_events_with`].
pub fn apply_events(conn: &mut DbConnection, events: &[StatusEvent]) -> Result<ApplyReport, DbError> {
    apply_events_with(conn, events, &mut |_, _| Ok(()))
}

/// Applies status events in arrival order, moving each job only forward (see `pii_core::status`).
/// For every job that ended, and every batch whose last job ended, `on_end` runs inside the
/// transaction. Several gateways may apply events at once: every update is conditional on the state it
/// was computed from, and a lost race fails the batch with `DbError::Conflict` so the caller
/// re-applies it.
///
/// # Errors
/// `DbError::Conflict` on a lost race; other `DbError`s on failure. Nothing is applied then.
pub fn apply_events_with(
    conn: &mut DbConnection,
    events: &[StatusEvent],
    on_end: &mut dyn FnMut(&mut DbConnection, Ended<'_>) -> Result<(), DbError>,
) -> Result<ApplyReport, DbError> {
    if events.is_empty() {
        return Ok(ApplyReport::default());
    }
    crate::write_tx::write_transaction(conn, |conn| {
        let mut ids: Vec<String> = events.iter().map(|e| e.job_id.to_string()).collect();
        ids.sort();
        ids.dedup();
        type Current = (String, String, String, i32, i16, Option<time::PrimitiveDateTime>, Option<String>);
        let current: Vec<Current> = jobs::table
            .filter(jobs::id.eq_any(&ids))
            .select((jobs::id, jobs::tenant_id, jobs::status, jobs::attempt, jobs::progress_pct, jobs::cancelled_at, jobs::batch_id))
            .load(conn)?;
        let mut state: HashMap<String, (String, JobProgress)> = HashMap::with_capacity(current.len());
        let mut batch_of: HashMap<String, String> = HashMap::new();
        let mut cancelled: HashSet<String> = HashSet::new();
        for (id, tenant, status, attempt, pct, cancelled_at, batch) in current {
            if let Some(b) = batch {
                batch_of.insert(id.clone(), b);
            }
            if cancelled_at.is_some() {
                cancelled.insert(id.clone());
            }
            let p = JobProgress {
                status: status.parse().map_err(corrupt)?,
                attempt: u32::try_from(attempt).map_err(corrupt)?,
                progress_pct: u8::try_from(pct).map_err(corrupt)?,
            };
            state.insert(id, (tenant, p));
        }
        let mut report = ApplyReport::default();
        let mut changes: HashMap<String, Change> = HashMap::new();
        for ev in events {
            let id = ev.job_id.to_string();
            let Some((tenant, cur)) = state.get_mut(&id) else {
                report.unknown += 1;
                if ev.status == JobStatus::Completed {
                    report.orphaned_outputs.extend(ev.output_uri.clone());
                }
                continue;
            };
            if tenant.as_str() != ev.tenant_id.as_str() {
                report.unknown += 1;
                continue;
            }
            // A cancelled job has ended on the gateway's word: nothing a worker reports moves it.
            if cancelled.contains(&id) {
                report.ignored += 1;
                if ev.status == JobStatus::Completed {
                    report.orphaned_outputs.extend(ev.output_uri.clone());
                }
                continue;
            }
            let update = StatusUpdate { status: ev.status, attempt: ev.attempt, progress_pct: ev.progress_pct.min(100) };
            match cur.advance(update) {
                Advance::Ignore(_) => report.ignored += 1,
                Advance::To(next) => {
                    let original = *cur;
                    *cur = next;
                    let batch = batch_of.get(&id).cloned();
                    let ch = changes.entry(id).or_insert_with(|| Change {
                        original,
                        progress: next,
                        findings: None,
                        output_uri: None,
                        content_type: None,
                        output_version: None,
                        warnings: None,
                        error_message: None,
                        completed_at: None,
                        next_attempt_at: None,
                        pseudonyms: None,
                    });
                    ch.progress = next;
                    ch.next_attempt_at = None;
                    match next.status {
                        JobStatus::Completed => {
                            let findings = ev.findings.as_deref().unwrap_or_default();
                            ch.findings = Some(serde_json::to_string(findings).map_err(corrupt)?);
                            ch.output_uri = ev.output_uri.as_ref().map(|u| u.to_string());
                            ch.content_type.clone_from(&ev.content_type);
                            ch.output_version = ev
                                .output_version
                                .as_ref()
                                .map(|v| Ok::<_, DbError>((i64::try_from(v.size).map_err(corrupt)?, v.tag.clone())))
                                .transpose()?;
                            ch.warnings = Some(if ev.warnings.is_empty() {
                                None
                            } else {
                                Some(serde_json::to_string(&ev.warnings).map_err(corrupt)?)
                            });
                            ch.error_message = Some(None);
                            ch.completed_at = Some(Some(to_db(ev.occurred_at)));
                            ch.pseudonyms = ev.pseudonyms.clone().filter(|d| deposit_fits(&d.scope, ev.job_id, batch.as_ref()));
                        }
                        JobStatus::Failed | JobStatus::Error => {
                            ch.error_message = Some(Some(ev.error_message.clone().unwrap_or_else(|| "the job failed".to_owned())));
                            ch.completed_at = Some(Some(to_db(ev.occurred_at)));
                            if next.status == JobStatus::Failed {
                                ch.next_attempt_at =
                                    ev.retry_in_secs.map(|s| to_db(ev.occurred_at + time::Duration::seconds(i64::from(s))));
                            }
                        }
                        JobStatus::Processing | JobStatus::Queued => {
                            ch.error_message = Some(None);
                            ch.completed_at = Some(None);
                        }
                    }
                }
            }
        }
        let at = now();
        let mut ended_ids = Vec::new();
        for (id, ch) in changes {
            let target = jobs::table
                .filter(jobs::id.eq(&id))
                .filter(jobs::status.eq(ch.original.status.as_str()))
                .filter(jobs::attempt.eq(ch.original.attempt as i32))
                .filter(jobs::progress_pct.eq(i16::from(ch.original.progress_pct)));
            let n = diesel::update(target)
                .set((
                    jobs::status.eq(ch.progress.status.as_str()),
                    jobs::attempt.eq(ch.progress.attempt as i32),
                    jobs::progress_pct.eq(i16::from(ch.progress.progress_pct)),
                    jobs::updated_at.eq(at),
                    jobs::next_attempt_at.eq(ch.next_attempt_at),
                    ch.findings.map(|f| jobs::findings.eq(f)),
                    ch.output_uri.map(|u| jobs::output_uri.eq(u)),
                    ch.content_type.map(|c| jobs::content_type.eq(c)),
                    ch.output_version.map(|(size, tag)| (jobs::output_size.eq(size), jobs::output_tag.eq(tag))),
                    ch.warnings.map(|w| jobs::warnings.eq(w)),
                    ch.error_message.map(|m| jobs::error_message.eq(m)),
                    ch.completed_at.map(|c| jobs::completed_at.eq(c)),
                    // An automatic retry is a new attempt with the whole re-send budget again.
                    (ch.progress.attempt != ch.original.attempt).then(|| jobs::resends.eq(0)),
                ))
                .execute(conn)?;
            if n != 1 {
                return Err(DbError::Conflict(format!("job {id} changed concurrently")));
            }
            let job_id: JobId = id.parse().map_err(corrupt)?;
            let tenant = state.get(&id).map(|(t, _)| t.clone()).unwrap_or_default();
            let tenant = TenantId::parse(&tenant).map_err(corrupt)?;
            // The job's surrogates become reversible with its completion, in the same transaction
            // (a redelivered event moves nothing, and a record stored twice is stored once).
            if let Some(d) = &ch.pseudonyms {
                crate::vault::deposit(conn, &tenant, &d.scope, &d.records)?;
            }
            report.applied.push((job_id, tenant, ch.progress.status));
            let ends = matches!(ch.progress.status, JobStatus::Completed | JobStatus::Error)
                || (ch.progress.status == JobStatus::Failed && ch.next_attempt_at.is_none());
            if ends {
                ended_ids.push(id);
            }
        }
        if !ended_ids.is_empty() {
            let ended: Vec<JobRecord> = jobs::table
                .filter(jobs::id.eq_any(&ended_ids))
                .select(JobRow::as_select())
                .load::<JobRow>(conn)?
                .into_iter()
                .map(JobRecord::try_from)
                .collect::<Result<_, _>>()?;
            let mut batches: Vec<BatchId> = Vec::new();
            for job in &ended {
                on_end(conn, Ended::Job(job))?;
                if let Some(b) = job.batch_id
                    && !batches.contains(&b)
                {
                    batches.push(b);
                }
            }
            for b in batches {
                if let Some(batch) = crate::batches::complete_if_ended(conn, b)? {
                    on_end(conn, Ended::Batch(&batch))?;
                }
            }
        }
        Ok(report)
    })
}
