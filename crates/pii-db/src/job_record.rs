//! A job row as the rest of the system sees it: typed, parsed once here.
//!
//! Why here: the row keeps its locations and policy as text (the schema predates the types and
//! needs no migration), and every reader used to parse them again, each with its own idea of what a
//! bad value means. Reads now go through one `TryFrom<JobRow>`, so a `JobRecord` always holds an
//! [`ObjectUri`] and a [`RedactionPolicy`], and a row that does not parse is a
//! [`DbError::Unreadable`] naming the job and the field, never the value (a policy holds deny-list
//! values, which are PII). Writes take the same types and serialise them once, in [`NewJob::row`].
//!
//! The way back from a stored job to work is here too: [`JobRecord::spec`] is the one conversion
//! from a row to the [`JobSpec`] every message carries, and `JobSpec::detect_command` (in
//! `pii-core`) the one from a spec to the detector's command.

use diesel::prelude::*;
use pii_core::grants::Grants;
use pii_core::messages::{JobSpec, OutputVersion};
use pii_core::policy::RedactionPolicy;
use pii_core::status::JobProgress;
use pii_core::uri::ObjectUri;
use pii_core::{BatchId, JobId, JobStatus, TenantId};
use time::OffsetDateTime;

use crate::DbError;
use crate::schema::jobs;
use crate::time_conv::from_db;

/// A job as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRecord {
    pub id: JobId,
    pub tenant_id: TenantId,
    pub batch_id: Option<BatchId>,
    pub status: JobStatus,
    pub attempt: u32,
    pub progress_pct: u8,
    pub input_uri: ObjectUri,
    /// Where the output is (to be) written; shown to users only once the job completed.
    pub output_uri: ObjectUri,
    pub content_type: Option<String>,
    /// The findings as JSON text (an array), set on completion.
    pub findings_json: Option<String>,
    pub error_message: Option<String>,
    /// The request's policy, sealed as it was stored.
    pub policy: RedactionPolicy,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub completed_at: Option<OffsetDateTime>,
    /// Where to POST when the job ends (jobs of a batch use the batch's callback instead).
    pub callback_url: Option<String>,
    /// The caller's metadata as JSON text, echoed in responses and callbacks.
    pub metadata_json: Option<String>,
    /// Set while a failed job waits for its automatic retry.
    pub next_attempt_at: Option<OffsetDateTime>,
    /// What the job wrote at `output_uri`, once it completed (none for older jobs).
    pub output: Option<OutputVersion>,
    /// What the user should know about the result (see `StatusEvent::warnings`).
    pub warnings: Vec<String>,
    /// When it was cancelled on request (it ended `failed` then); cleared by a retry on request.
    pub cancelled_at: Option<OffsetDateTime>,
}

impl JobRecord {
    pub fn progress(&self) -> JobProgress {
        JobProgress { status: self.status, attempt: self.attempt, progress_pct: self.progress_pct }
    }

    /// Whether the job has ended for now: completed, in error, or failed with no retry scheduled.
    pub fn has_ended(&self) -> bool {
        match self.status {
            JobStatus::Completed | JobStatus::Error => true,
            JobStatus::Failed => self.next_attempt_at.is_none(),
            JobStatus::Queued | JobStatus::Processing => false,
        }
    }

    /// The work of the job's current attempt, with the storage its tenant may reach now: the one
    /// conversion from a stored job back to a message (retries on request, the sweeper's re-sends).
    pub fn spec(&self, grants: Grants) -> JobSpec {
        JobSpec {
            job_id: self.id,
            tenant_id: self.tenant_id.clone(),
            batch_id: self.batch_id,
            attempt: self.attempt,
            input_uri: self.input_uri.clone(),
            output_uri: self.output_uri.clone(),
            policy: self.policy.clone(),
            grants: Some(grants),
        }
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = jobs)]
pub(crate) struct JobRow {
    id: String,
    tenant_id: String,
    batch_id: Option<String>,
    status: String,
    attempt: i32,
    progress_pct: i16,
    input_uri: String,
    output_uri: String,
    content_type: Option<String>,
    findings: Option<String>,
    error_message: Option<String>,
    policy: String,
    created_at: time::PrimitiveDateTime,
    updated_at: time::PrimitiveDateTime,
    completed_at: Option<time::PrimitiveDateTime>,
    callback_url: Option<String>,
    metadata: Option<String>,
    next_attempt_at: Option<time::PrimitiveDateTime>,
    output_size: Option<i64>,
    output_tag: Option<String>,
    warnings: Option<String>,
    cancelled_at: Option<time::PrimitiveDateTime>,
}

pub(crate) fn corrupt(why: impl std::fmt::Display) -> DbError {
    DbError::Corrupt { table: "jobs", why: why.to_string() }
}

impl TryFrom<JobRow> for JobRecord {
    type Error = DbError;

    fn try_from(r: JobRow) -> Result<Self, DbError> {
        // The cause is dropped on purpose: a parse error may quote the value (a URI names a file,
        // a policy holds deny-list values).
        let unreadable = |field: &'static str| DbError::Unreadable { table: "jobs", id: r.id.clone(), field };
        let input_uri = ObjectUri::parse(&r.input_uri).map_err(|_| unreadable("input_uri"))?;
        let output_uri = ObjectUri::parse(&r.output_uri).map_err(|_| unreadable("output_uri"))?;
        let policy = serde_json::from_str(&r.policy).map_err(|_| unreadable("policy"))?;
        Ok(JobRecord {
            id: r.id.parse().map_err(corrupt)?,
            tenant_id: TenantId::parse(&r.tenant_id).map_err(corrupt)?,
            batch_id: r.batch_id.map(|b| b.parse()).transpose().map_err(corrupt)?,
            status: r.status.parse().map_err(corrupt)?,
            attempt: u32::try_from(r.attempt).map_err(corrupt)?,
            progress_pct: u8::try_from(r.progress_pct).map_err(corrupt)?,
            input_uri,
            output_uri,
            content_type: r.content_type,
            findings_json: r.findings,
            error_message: r.error_message,
            policy,
            created_at: from_db(r.created_at),
            updated_at: from_db(r.updated_at),
            completed_at: r.completed_at.map(from_db),
            callback_url: r.callback_url,
            metadata_json: r.metadata,
            next_attempt_at: r.next_attempt_at.map(from_db),
            output: r
                .output_size
                .map(|n| u64::try_from(n).map(|size| OutputVersion { size, tag: r.output_tag }))
                .transpose()
                .map_err(corrupt)?,
            warnings: r.warnings.map(|w| serde_json::from_str(&w)).transpose().map_err(corrupt)?.unwrap_or_default(),
            cancelled_at: r.cancelled_at.map(from_db),
        })
    }
}

/// A job to create.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub id: JobId,
    pub tenant_id: TenantId,
    pub batch_id: Option<BatchId>,
    pub input_uri: ObjectUri,
    pub output_uri: ObjectUri,
    /// Sealed (the gateway seals the caller's lists before anything is stored or queued).
    pub policy: RedactionPolicy,
    pub callback_url: Option<String>,
    pub metadata_json: Option<String>,
}

impl NewJob {
    /// The job a planned spec describes: the one way a submission (one URI, listed items, a page of
    /// a prefix) turns its spec into a row. The spec's grants are not stored: every message that
    /// starts an attempt carries the tenant's grants as they are then.
    pub fn from_spec(spec: &JobSpec, callback_url: Option<String>, metadata_json: Option<String>) -> Self {
        NewJob {
            id: spec.job_id,
            tenant_id: spec.tenant_id.clone(),
            batch_id: spec.batch_id,
            input_uri: spec.input_uri.clone(),
            output_uri: spec.output_uri.clone(),
            policy: spec.policy.clone(),
            callback_url,
            metadata_json,
        }
    }

    /// The row to insert, created at `at`, with the policy already serialised (`policy_json`: the
    /// jobs of a batch share one policy, and [`crate::jobs::create_jobs`] serialises it once).
    pub(crate) fn row(&self, at: time::PrimitiveDateTime, policy_json: String) -> NewJobRow {
        NewJobRow {
            id: self.id.to_string(),
            tenant_id: self.tenant_id.to_string(),
            batch_id: self.batch_id.map(|b| b.to_string()),
            status: JobStatus::Queued.as_str(),
            attempt: 1,
            progress_pct: 0,
            input_uri: self.input_uri.to_string(),
            output_uri: self.output_uri.to_string(),
            policy: policy_json,
            created_at: at,
            updated_at: at,
            callback_url: self.callback_url.clone(),
            metadata: self.metadata_json.clone(),
        }
    }

    /// The record this job is once created at `at` (so an answer can be built before the commit).
    pub fn record(&self, at: OffsetDateTime) -> JobRecord {
        JobRecord {
            id: self.id,
            tenant_id: self.tenant_id.clone(),
            batch_id: self.batch_id,
            status: JobStatus::Queued,
            attempt: 1,
            progress_pct: 0,
            input_uri: self.input_uri.clone(),
            output_uri: self.output_uri.clone(),
            content_type: None,
            findings_json: None,
            error_message: None,
            policy: self.policy.clone(),
            created_at: at,
            updated_at: at,
            completed_at: None,
            callback_url: self.callback_url.clone(),
            metadata_json: self.metadata_json.clone(),
            next_attempt_at: None,
            output: None,
            warnings: Vec::new(),
            cancelled_at: None,
        }
    }
}

/// Serialises a policy for its row.
///
/// # Errors
/// `DbError::Encode` (never expected: policies serialise).
pub(crate) fn policy_json(policy: &RedactionPolicy) -> Result<String, DbError> {
    serde_json::to_string(policy).map_err(|e| DbError::Encode { what: "a job's policy", why: e.to_string() })
}

#[derive(Insertable)]
#[diesel(table_name = jobs)]
pub(crate) struct NewJobRow {
    id: String,
    tenant_id: String,
    batch_id: Option<String>,
    status: &'static str,
    attempt: i32,
    progress_pct: i16,
    input_uri: String,
    output_uri: String,
    policy: String,
    created_at: time::PrimitiveDateTime,
    updated_at: time::PrimitiveDateTime,
    callback_url: Option<String>,
    metadata: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(input_uri: &str, policy: &str) -> JobRow {
        let at = crate::time_conv::to_db(OffsetDateTime::UNIX_EPOCH);
        JobRow {
            id: JobId::generate().to_string(),
            tenant_id: "t1".into(),
            batch_id: None,
            status: "queued".into(),
            attempt: 1,
            progress_pct: 0,
            input_uri: input_uri.into(),
            output_uri: "s3://b/redacted/in.txt".into(),
            content_type: None,
            findings: None,
            error_message: None,
            policy: policy.into(),
            created_at: at,
            updated_at: at,
            completed_at: None,
            callback_url: None,
            metadata: None,
            next_attempt_at: None,
            output_size: None,
            output_tag: None,
            warnings: None,
            cancelled_at: None,
        }
    }

    #[test]
    fn a_row_reads_as_typed_locations_and_policy() {
        let rec = JobRecord::try_from(row("s3://b/in.txt", r#"{"allow_list":["x"]}"#)).unwrap();
        assert_eq!(rec.input_uri, ObjectUri::parse("s3://b/in.txt").unwrap());
        assert_eq!(rec.policy.allow_list, vec!["x".to_owned()]);
    }

    #[test]
    fn a_policy_that_does_not_parse_names_the_job_and_field_but_not_the_value() {
        let r = row("s3://b/in.txt", r#"{"deny_list":"Jane Roe"#);
        let id = r.id.clone();
        let err = JobRecord::try_from(r).unwrap_err().to_string();
        assert!(err.contains(&id) && err.contains("policy"), "{err}");
        assert!(!err.contains("Jane"), "{err}");
    }

    #[test]
    fn a_location_that_does_not_parse_names_the_field_but_not_the_value() {
        let err = JobRecord::try_from(row("ftp://b/secret-name.txt", "{}")).unwrap_err().to_string();
        assert!(err.contains("input_uri"), "{err}");
        assert!(!err.contains("secret-name"), "{err}");
    }

    #[test]
    fn a_new_job_reads_back_as_the_record_it_previews() {
        let job = NewJob {
            id: JobId::generate(),
            tenant_id: TenantId::parse("t1").unwrap(),
            batch_id: None,
            input_uri: ObjectUri::parse("s3://b/a%20b.txt").unwrap(),
            output_uri: ObjectUri::parse("s3://b/redacted/a%20b.txt").unwrap(),
            policy: RedactionPolicy { allow_list: vec!["x".into()], ..RedactionPolicy::default() },
            callback_url: None,
            metadata_json: None,
        };
        let at = OffsetDateTime::UNIX_EPOCH;
        let r = job.row(crate::time_conv::to_db(at), policy_json(&job.policy).unwrap());
        let back = JobRow {
            input_uri: r.input_uri,
            output_uri: r.output_uri,
            policy: r.policy,
            id: r.id,
            created_at: r.created_at,
            updated_at: r.updated_at,
            ..row("s3://b/unused.txt", "{}")
        };
        assert_eq!(JobRecord::try_from(back).unwrap(), job.record(at));
    }
}
