//! Cancelling a job: the rule that decides what a cancel request does to a job, the message a
//! cancelled job ends with, and the flag that carries the request to the code doing the work.
//!
//! A cancelled job ends `failed` (the statuses of the Jobs API stay as they are) with
//! [`CANCELLED_MESSAGE`]. Ending it is the gateway's decision alone, taken at once in the database:
//! the workers learn of it afterwards (through the broker) and only stop wasting work; whatever a
//! worker still reports for a cancelled job is ignored, and an output it still wrote is removed.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::status::{JobProgress, JobStatus};

/// The error message of a cancelled job.
pub const CANCELLED_MESSAGE: &str = "the job was cancelled on request";

/// The error message of a job stopped because a storage grant it reads or writes through was
/// revoked before it ended (it is cancelled like on request, by the gateway).
pub const GRANT_REVOKED_MESSAGE: &str = "the job was stopped: a storage grant its input or output needs was revoked";

/// What a cancel request does to a job in a given state (see [`decide`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelDecision {
    /// The job is queued, processing, or failed with an automatic retry pending: it ends now, in
    /// this state.
    End(JobProgress),
    /// It was cancelled before: nothing changes (a repeated request is answered the same way).
    AlreadyCancelled,
    /// It ended otherwise (completed, error, or failed with no retry pending): nothing changes.
    AlreadyEnded,
}

/// Decides what cancelling a job does. `retry_pending` is whether a `failed` job waits for its
/// automatic retry (it has not ended then); `cancelled` whether it was cancelled before.
pub fn decide(job: JobProgress, retry_pending: bool, cancelled: bool) -> CancelDecision {
    if cancelled {
        return CancelDecision::AlreadyCancelled;
    }
    let going = match job.status {
        JobStatus::Queued | JobStatus::Processing => true,
        JobStatus::Failed => retry_pending,
        JobStatus::Completed | JobStatus::Error => false,
    };
    if going { CancelDecision::End(JobProgress { status: JobStatus::Failed, ..job }) } else { CancelDecision::AlreadyEnded }
}

/// A request to stop one run of a job, shared by whoever asks and the code that does the work
/// (which looks at it between chunks). Cloning shares the flag; the default is never requested.
#[derive(Debug, Clone, Default)]
pub struct StopFlag(Arc<AtomicBool>);

impl StopFlag {
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the work to stop at its next look.
    pub fn request(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    /// Whether a stop was asked for; cheap enough to call for every chunk.
    pub fn is_requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use JobStatus::*;

    fn at(status: JobStatus) -> JobProgress {
        JobProgress { status, attempt: 2, progress_pct: 40 }
    }

    #[test]
    fn queued_and_processing_jobs_end_failed_keeping_attempt_and_progress() {
        for st in [Queued, Processing] {
            assert_eq!(decide(at(st), false, false), CancelDecision::End(at(Failed)));
        }
    }

    #[test]
    fn a_failed_job_ends_only_while_its_retry_is_pending() {
        assert_eq!(decide(at(Failed), true, false), CancelDecision::End(at(Failed)));
        assert_eq!(decide(at(Failed), false, false), CancelDecision::AlreadyEnded);
    }

    #[test]
    fn ended_and_cancelled_jobs_do_not_change() {
        for st in [Completed, Error] {
            assert_eq!(decide(at(st), false, false), CancelDecision::AlreadyEnded);
        }
        for st in JobStatus::ALL {
            assert_eq!(decide(at(st), true, true), CancelDecision::AlreadyCancelled);
        }
    }

    #[test]
    fn a_stop_flag_is_shared_by_its_clones() {
        let a = StopFlag::new();
        let b = a.clone();
        assert!(!b.is_requested());
        a.request();
        assert!(b.is_requested());
        assert!(!StopFlag::default().is_requested());
    }
}
