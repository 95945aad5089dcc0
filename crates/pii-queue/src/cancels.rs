//! What a worker knows of cancelled jobs. Workers have no database: the gateway broadcasts a
//! [`CancelNotice`] when it cancels a job, and every worker keeps the notices it heard here, so it
//! skips the job's commands still in the queues and stops the run it is doing at its next chunk.
//!
//! On RabbitMQ a worker also learns the notices sent before it started or while its connection was
//! down, for the cancel window ([`crate::BrokerSettings::cancel_window`], read from the cancel
//! stream), and remembers each for that long. Still an economy, not the guarantee: the gateway is
//! what keeps a cancelled job cancelled: it ignores every event of it and removes any output one
//! still reports.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use pii_core::JobId;
use pii_core::cancel::StopFlag;
use pii_core::messages::{CancelNotice, JobSpec};
use tokio_util::sync::CancellationToken;

use crate::{Broker, CancelFeed};

/// Most notices remembered, whatever their age: a bound on memory (about 80 bytes a notice) should a
/// mass cancellation send more within the window. Past it the oldest is forgotten first.
const REMEMBERED: usize = 500_000;

/// The cancelled jobs this worker heard of, and the runs it may have to stop.
#[derive(Debug)]
pub struct Cancellations {
    state: Mutex<State>,
    /// How long a notice is remembered: the cancel window.
    window: Duration,
}

#[derive(Debug, Default)]
struct State {
    /// Per cancelled job, the attempt it was cancelled at and when that was last heard.
    cancelled: HashMap<JobId, (u32, Instant)>,
    /// Notices in the order heard, to forget them past the window (a job heard again has a newer
    /// entry; only its last one forgets it).
    heard: VecDeque<(JobId, Instant)>,
    /// Runs in progress: job, attempt, a number telling runs of the same job apart, its flag.
    running: Vec<(JobId, u32, u64, StopFlag)>,
    next_run: u64,
}

impl Cancellations {
    /// Remembering notices for the default cancel window.
    pub fn new() -> Arc<Self> {
        Self::with_window(crate::DEFAULT_CANCEL_WINDOW)
    }

    /// Remembering each notice for `window` (the broker's cancel window).
    pub fn with_window(window: Duration) -> Arc<Self> {
        Arc::new(Cancellations { state: Mutex::default(), window })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // Nothing here is left half-updated by a panic: recover the guard.
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records a notice and stops the runs it covers (that attempt of the job, or earlier ones).
    pub fn note(&self, notice: &CancelNotice) {
        self.note_at(notice, Instant::now());
    }

    fn note_at(&self, notice: &CancelNotice, now: Instant) {
        let mut s = self.lock();
        let attempt = s.cancelled.get(&notice.job_id).map_or(notice.attempt, |(a, _)| notice.attempt.max(*a));
        s.cancelled.insert(notice.job_id, (attempt, now));
        s.heard.push_back((notice.job_id, now));
        while let Some(&(old, at)) = s.heard.front() {
            let expired = now.saturating_duration_since(at) > self.window;
            if !expired && s.heard.len() <= REMEMBERED {
                break;
            }
            s.heard.pop_front();
            if s.cancelled.get(&old).is_some_and(|(_, last)| *last == at) {
                s.cancelled.remove(&old);
                if !expired {
                    tracing::warn!(job_id = %old, remembered = REMEMBERED, "cancel notice forgotten within the window: too many notices");
                }
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
        self.lock().cancelled.get(&job.job_id).is_some_and(|(a, _)| job.attempt <= *a)
    }

    /// Starts a run of `job`: `None` when it was cancelled already, else a guard holding the flag
    /// that a later notice raises; the run is forgotten when the guard drops.
    pub fn start(self: &Arc<Self>, job: &JobSpec) -> Option<Run> {
        let mut s = self.lock();
        if s.cancelled.get(&job.job_id).is_some_and(|(a, _)| job.attempt <= *a) {
            return None;
        }
        let id = s.next_run;
        s.next_run += 1;
        let stop = StopFlag::new();
        s.running.push((job.job_id, job.attempt, id, stop.clone()));
        Some(Run { owner: self.clone(), id, stop })
    }

    /// Listens to the broker's cancel notices until `shutdown`, recording each. Notices are
    /// recorded in order, so taking [`CancelFeed::CaughtUp`] (and dropping its sender) tells the
    /// broker that every notice before it is recorded.
    pub fn listen(self: &Arc<Self>, broker: &Broker, shutdown: CancellationToken) {
        let mut rx = broker.subscribe_cancels(shutdown);
        let this = self.clone();
        tokio::spawn(async move {
            while let Some(item) = rx.recv().await {
                let payload = match item {
                    CancelFeed::Notice(p) => p,
                    CancelFeed::CaughtUp(recorded) => {
                        let _ = recorded.send(());
                        continue;
                    }
                };
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

    #[test]
    fn a_notice_is_remembered_for_the_window_and_a_repeat_keeps_it_longer() {
        let c = Cancellations::with_window(Duration::from_secs(60));
        let (early, repeated, late) = (JobId::generate(), JobId::generate(), JobId::generate());
        let t0 = Instant::now();
        c.note_at(&notice(early, 1), t0);
        c.note_at(&notice(repeated, 1), t0);
        c.note_at(&notice(repeated, 1), t0 + Duration::from_secs(50));
        c.note_at(&notice(late, 1), t0 + Duration::from_secs(60));
        assert!(c.is_cancelled(&spec(early, 1)), "still within the window");
        c.note_at(&notice(late, 1), t0 + Duration::from_secs(61));
        assert!(!c.is_cancelled(&spec(early, 1)), "forgotten past the window");
        assert!(c.is_cancelled(&spec(repeated, 1)), "heard again 50 s in: remembered from then");
        c.note_at(&notice(late, 1), t0 + Duration::from_secs(111));
        assert!(!c.is_cancelled(&spec(repeated, 1)));
        assert!(c.is_cancelled(&spec(late, 1)));
        assert_eq!(c.lock().cancelled.len(), 1);
    }
}
