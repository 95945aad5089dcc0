//! `/jobs`: list, read, download and delete jobs.

pub mod delete;
pub mod download;
pub mod get;
pub mod list;
pub mod retry;

use pii_core::JobId;

use crate::error::ApiError;

/// Parses a job id from the path; an id that cannot exist is simply not found.
pub(crate) fn parse_job_id(raw: &str) -> Result<JobId, ApiError> {
    raw.parse().map_err(|_| ApiError::NotFound("Job not found"))
}
