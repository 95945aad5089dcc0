//! What a worker knows of cancelled jobs. Workers have no database: the gateway broadcasts a
//! [`CancelNotice`] when it cancels a job, and every worker keeps the notices it heard here, so it
//! skips the job's commands still in the queues and stops the run it is doing at its next chunk.
//!
//! This is an economy, not the guarantee: a worker that was not listening when the notice went out
//! (it started later, or its connection was down) runs the job anyway. The gateway is what keeps a
//! cancelled job cancelled: it ignores every event of it and removes any output one still reports.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use pii_core::JobId;
use pii_core::cancel::StopFlag;
use pii_core::messages::{CancelNotice, JobSpec};
use tokio_util::sync::CancellationToken;

use crate::Broker;

/// Notices remembered; the oldest is forgotten first. A notice matters while the job's commands
/// may still sit in a queue: minutes, not days.
const REMEMBERED: usize = 100_000;

/// The cancelled jobs this worker heard of, and the runs it may have to stop.
#[derive(Debug, Default)]
pub struct Cancellations {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Per cancelled job, the attempt it was cancelled at.
    cancelled: HashMap<JobId, u32>,
    /// Cancelled jobs in the order heard, to forget the oldest.
    heard: VecDeque<JobId>,
    /// Runs in progress: job, attempt, a number telling runs of the same job apart, its flag.
    running: Vec<(JobId, u32, u64, StopFlag)>,
    next_run: u64,
}

impl Cancellations {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // Nothing here is left half-updated by a panic: recover the guard.
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records a notice and stops the runs it covers (that attempt of the job, or earlier ones).
    pub fn note(&self, notice: &CancelNotice) {
        let mut s = self.lock();
        let previous = s.cancelled.insert(notice.job_id, notice.attempt);
        if let Some(p) = previous {
            s.cancelled.insert(notice.job_id, p.max(notice.attempt));
        } else {
            s.heard.push_back(notice.job_id);
            if s.heard.len() > REMEMBERED
                && let Some(old) = s.heard.pop_front()
            {
                s.cancelled.remove(&old);
            }
        }
        for (job, attempt, _, stop) in &s.running {
            if *job == notice.job_id && *attempt <= notice.attempt {
                stop.request();
            }
        }
    }

    /// Whether this attempt of the job was cancelled, as far as this worker heard.
    pub fn is_cancelled(&self, job: &JobSpec) -> bool {
        self.lock().cancelled.get(&job.job_id).is_some_and(|a| job.attempt <= *a)
    }

    /// Starts a run of `job`: `None` when it was cancelled already, else a guard holding the flag
    /// that a later notice raises; the run is forgotten when the guard drops.
    pub fn start(self: &Arc<Self>, job: &JobSpec) -> Option<Run> {
        let mut s = self.lock();
        if s.cancelled.get(&job.job_id).is_some_and(|a| job.attempt <= *a) {
            return None;
        }
        let id = s.next_run;
        s.next_run += 1;
        let stop = StopFlag::new();
        s.running.push((job.job_id, job.attempt, id, stop.clone()));
        Some(Run { owner: self.clone(), id, stop })
    }

    /// Listens to the broker's cancel notices until `shutdown`, recording each.
    pub fn listen(self: &Arc<Self>, broker: &Broker, shutdown: CancellationToken) {
        let mut rx = broker.subscribe_cancels(shutdown);
        let this = self.clone();
        tokio::spawn(async move {
            while let Some(payload) = rx.recv().await {
                match serde_json::from_slice::<CancelNotice>(&payload) {
                    Ok(n) => {
                        tracing::info!(job_id = %n.job_id, attempt = n.attempt, "job cancelled");
                        this.note(&n);
                    }
                    Err(e) => tracing::warn!(error = %e, "malformed cancel notice; ignored"),
                }
            }
        });
    }
}

/// One run of a job, registered so that a cancel notice can stop it.
#[derive(Debug)]
pub struct Run {
    owner: Arc<Cancellations>,
    id: u64,
    stop: StopFlag,
}

impl Run {
    /// The flag the work looks at between chunks.
    pub fn stop(&self) -> &StopFlag {
        &self.stop
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        self.owner.lock().running.retain(|(_, _, id, _)| *id != self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pii_core::TenantId;
    use pii_core::uri::ObjectUri;

    fn spec(job_id: JobId, attempt: u32) -> JobSpec {
        JobSpec {
            job_id,
            tenant_id: TenantId::parse("t1").unwrap(),
            batch_id: None,
            attempt,
            input_uri: ObjectUri::parse("s3://b/in.txt").unwrap(),
            output_uri: ObjectUri::parse("s3://b/redacted/in.txt").unwrap(),
            policy: Default::default(),
            grants: None,
        }
    }

    fn notice(job_id: JobId, attempt: u32) -> CancelNotice {
        CancelNotice { job_id, tenant_id: TenantId::parse("t1").unwrap(), attempt }
    }

    #[test]
    fn a_notice_stops_the_running_attempt_and_refuses_it_later_but_not_a_newer_one() {
        let c = Cancellations::new();
        let id = JobId::generate();
        let run = c.start(&spec(id, 2)).unwrap();
        let other = c.start(&spec(JobId::generate(), 2)).unwrap();
        c.note(&notice(id, 2));
        assert!(run.stop().is_requested());
        assert!(!other.stop().is_requested());
        assert!(c.start(&spec(id, 1)).is_none());
        assert!(c.start(&spec(id, 2)).is_none());
        let retried = c.start(&spec(id, 3)).expect("a retry on request runs");
        c.note(&notice(id, 1));
        assert!(!retried.stop().is_requested(), "an older notice does not stop a newer attempt");
        drop(run);
        assert_eq!(c.lock().running.len(), 2);
    }

    #[test]
    fn the_oldest_notices_are_forgotten_past_the_bound() {
        let c = Cancellations::new();
        let first = JobId::generate();
        c.note(&notice(first, 1));
        for _ in 0..REMEMBERED {
            c.note(&notice(JobId::generate(), 1));
        }
        assert!(!c.is_cancelled(&spec(first, 1)));
        assert_eq!(c.lock().cancelled.len(), REMEMBERED);
    }
}
