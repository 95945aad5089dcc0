//! Job statuses and the single rule that decides whether a status event moves a job.
//!
//! Events arrive at least once and possibly out of order (a retry's `processing` can overtake the
//! previous attempt's `failed`). Each event carries the attempt that produced it; an event is applied
//! only if it moves the job forward: a newer attempt, a later stage of the same attempt, or more
//! progress in the same stage. `completed` and `error` are final.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::CoreError;

/// The statuses of the Jobs API, spelled as the API spells them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum JobStatus {
    /// Waiting to be processed.
    Queued,
    /// A worker is on it.
    Processing,
    /// The redacted output is written and the findings are recorded.
    Completed,
    /// A recoverable error: retried automatically a bounded number of times, then on request.
    Failed,
    /// An unrecoverable error: the input is missing, forbidden, corrupt or unsupported.
    Error,
}

impl JobStatus {
    pub const ALL: [JobStatus; 5] = [JobStatus::Queued, JobStatus::Processing, JobStatus::Completed, JobStatus::Failed, JobStatus::Error];

    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Queued => "queued",
            JobStatus::Processing => "processing",
            JobStatus::Completed => "completed",
            JobStatus::Failed => "failed",
            JobStatus::Error => "error",
        }
    }

    /// No event may move a job out of a final status; only a retry request leaves `failed`.
    pub fn is_final(self) -> bool {
        matches!(self, JobStatus::Completed | JobStatus::Error)
    }

    /// The job has ended, successfully or not, for now.
    pub fn is_terminal(self) -> bool {
        matches!(self, JobStatus::Completed | JobStatus::Error | JobStatus::Failed)
    }

    /// Position in an attempt's life: queued < processing < any ending.
    fn stage(self) -> u8 {
        match self {
            JobStatus::Queued => 0,
            JobStatus::Processing => 1,
            JobStatus::Completed | JobStatus::Failed | JobStatus::Error => 2,
        }
    }
}

impl fmt::Display for JobStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for JobStatus {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JobStatus::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| CoreError::invalid("status", "expected one of queued, processing, completed, failed, error"))
    }
}

/// The part of a job that status events change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobProgress {
    pub status: JobStatus,
    /// Which processing attempt the status belongs to; starts at 1 and grows with each retry.
    pub attempt: u32,
    /// 0 to 100; never decreases.
    pub progress_pct: u8,
}

/// What one event says about a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusUpdate {
    pub status: JobStatus,
    pub attempt: u32,
    pub progress_pct: u8,
}

/// The outcome of [`JobProgress::advance`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
    /// Store this new state.
    To(JobProgress),
    /// Drop the event: it is a repeat, stale, or the job has ended for good.
    Ignore(IgnoreReason),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IgnoreReason {
    Final,
    StaleAttempt,
    NotForward,
}

impl JobProgress {
    /// A freshly submitted job.
    pub fn new() -> Self {
        JobProgress { status: JobStatus::Queued, attempt: 1, progress_pct: 0 }
    }

    /// Decides whether `update` moves the job forward, and to what.
    pub fn advance(&self, update: StatusUpdate) -> Advance {
        if self.status.is_final() {
            return Advance::Ignore(IgnoreReason::Final);
        }
        if update.attempt < self.attempt {
            return Advance::Ignore(IgnoreReason::StaleAttempt);
        }
        let same_attempt = update.attempt == self.attempt;
        let forward = !same_attempt && update.status != JobStatus::Queued
            || update.status.stage() > self.status.stage()
            || (update.status == self.status && update.status == JobStatus::Processing && update.progress_pct > self.progress_pct);
        if !forward {
            return Advance::Ignore(IgnoreReason::NotForward);
        }
        let progress_pct = match update.status {
            JobStatus::Completed => 100,
            _ => update.progress_pct.min(100).max(self.progress_pct),
        };
        Advance::To(JobProgress { status: update.status, attempt: update.attempt, progress_pct })
    }

    /// A retry on request: only a `failed` job may be retried; it is queued again as a new attempt.
    ///
    /// # Errors
    /// `CoreError::IllegalTransition` from any other status.
    pub fn retry(&self) -> Result<JobProgress, CoreError> {
        if self.status != JobStatus::Failed {
            return Err(CoreError::IllegalTransition { from: self.status, to: JobStatus::Queued });
        }
        Ok(JobProgress { status: JobStatus::Queued, attempt: self.attempt + 1, progress_pct: self.progress_pct })
    }
}

impl Default for JobProgress {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use JobStatus::*;

    fn state(status: JobStatus, attempt: u32, pct: u8) -> JobProgress {
        JobProgress { status, attempt, progress_pct: pct }
    }

    fn upd(status: JobStatus, attempt: u32, pct: u8) -> StatusUpdate {
        StatusUpdate { status, attempt, progress_pct: pct }
    }

    #[test]
    fn queued_moves_to_processing_then_completed() {
        let s = JobProgress::new();
        let Advance::To(s) = s.advance(upd(Processing, 1, 10)) else { panic!("not applied") };
        assert_eq!(s, state(Processing, 1, 10));
        let Advance::To(s) = s.advance(upd(Completed, 1, 100)) else { panic!("not applied") };
        assert_eq!(s, state(Completed, 1, 100));
    }

    #[test]
    fn progress_only_rises_within_processing() {
        let s = state(Processing, 1, 50);
        assert_eq!(s.advance(upd(Processing, 1, 40)), Advance::Ignore(IgnoreReason::NotForward));
        assert_eq!(s.advance(upd(Processing, 1, 50)), Advance::Ignore(IgnoreReason::NotForward));
        assert_eq!(s.advance(upd(Processing, 1, 60)), Advance::To(state(Processing, 1, 60)));
    }

    #[test]
    fn a_repeated_or_late_event_never_moves_a_job_back() {
        let done = state(Completed, 1, 100);
        for st in JobStatus::ALL {
            assert_eq!(done.advance(upd(st, 1, 0)), Advance::Ignore(IgnoreReason::Final));
            assert_eq!(done.advance(upd(st, 2, 0)), Advance::Ignore(IgnoreReason::Final));
        }
        let err = state(Error, 1, 30);
        assert_eq!(err.advance(upd(Processing, 2, 50)), Advance::Ignore(IgnoreReason::Final));
        let proc = state(Processing, 1, 30);
        assert_eq!(proc.advance(upd(Queued, 1, 0)), Advance::Ignore(IgnoreReason::NotForward));
    }

    #[test]
    fn completion_may_overtake_processing() {
        let s = JobProgress::new();
        assert_eq!(s.advance(upd(Completed, 1, 100)), Advance::To(state(Completed, 1, 100)));
    }

    #[test]
    fn a_newer_attempt_moves_a_failed_job_and_an_older_one_does_not() {
        let failed = state(Failed, 1, 40);
        assert_eq!(failed.advance(upd(Processing, 2, 10)), Advance::To(state(Processing, 2, 40)));
        assert_eq!(failed.advance(upd(Processing, 1, 90)), Advance::Ignore(IgnoreReason::NotForward));
        let second = state(Processing, 2, 10);
        assert_eq!(second.advance(upd(Failed, 1, 0)), Advance::Ignore(IgnoreReason::StaleAttempt));
        assert_eq!(second.advance(upd(Completed, 1, 100)), Advance::Ignore(IgnoreReason::StaleAttempt));
    }

    #[test]
    fn a_failed_attempt_is_overtaken_by_its_own_retry_queue_entry_only_forward() {
        let failed = state(Failed, 1, 0);
        assert_eq!(failed.advance(upd(Failed, 1, 0)), Advance::Ignore(IgnoreReason::NotForward));
        assert_eq!(failed.advance(upd(Completed, 1, 100)), Advance::Ignore(IgnoreReason::NotForward));
        assert_eq!(failed.advance(upd(Queued, 2, 0)), Advance::Ignore(IgnoreReason::NotForward));
    }

    #[test]
    fn only_failed_jobs_can_be_retried_on_request() {
        assert_eq!(state(Failed, 3, 20).retry().unwrap(), state(Queued, 4, 20));
        for st in [Queued, Processing, Completed, Error] {
            assert!(state(st, 1, 0).retry().is_err());
        }
    }

    #[test]
    fn statuses_parse_from_their_api_spelling_only() {
        for st in JobStatus::ALL {
            assert_eq!(st.as_str().parse::<JobStatus>().unwrap(), st);
        }
        assert!("Completed".parse::<JobStatus>().is_err());
        assert!("bogus".parse::<JobStatus>().is_err());
    }
}
