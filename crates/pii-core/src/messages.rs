//! The messages that travel through the broker. This is their only definition; `proto/schemas/`
//! holds their JSON Schemas, generated from these types and checked by a test.
//!
//! Every message carries the job's tenant and attempt so that a consumer needs no database lookup,
//! and so that the event consumer can refuse stale events (see [`crate::status`]).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::engine::vault::PseudonymDeposit;
use crate::format::Format;
use crate::grants::Grants;
use crate::image_reading::ImageReading;
use crate::policy::RedactionPolicy;
use crate::status::{JobStatus, StatusUpdate};
use crate::uri::ObjectUri;
use crate::{BatchId, Finding, JobId, TenantId};

/// The work a job asks for; the same for every stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct JobSpec {
    pub job_id: JobId,
    pub tenant_id: TenantId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<BatchId>,
    /// 1 for the first run; grows with every retry.
    pub attempt: u32,
    pub input_uri: ObjectUri,
    pub output_uri: ObjectUri,
    #[serde(default)]
    pub policy: RedactionPolicy,
    /// The storage the tenant may reach, as of when this message was sent (its grants and its own
    /// output area); the workers refuse anything else. `None` only in messages from before grants
    /// existed, which the workers confine to the deployment's file roots as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grants: Option<Grants>,
}

impl JobSpec {
    /// The detector's command for this job: the one way a spec becomes work, whether it was just
    /// planned from a request or read back from a stored job (a retry, a re-send).
    pub fn detect_command(self) -> JobCommand {
        JobCommand::Detect(DetectCommand { job: self })
    }
}

/// What the detector needs: the job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DetectCommand {
    #[serde(flatten)]
    pub job: JobSpec,
}

/// The input a detector read, so that the redactor can refuse an input that changed in between.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct InputVersion {
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Hex SHA-256 of the bytes the detector read.
    pub sha256: String,
}

/// The identity of an output a job wrote (size and a version tag: the store's ETag, or a local
/// file's modification time and inode), so that deleting the job removes that object and nothing
/// that replaced it since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OutputVersion {
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// What the redactor needs: the job, the input version the detector saw, and the findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RedactCommand {
    #[serde(flatten)]
    pub job: JobSpec,
    pub input: InputVersion,
    /// The document format the detector recognised; on the wire its short name (`text`, `csv`,
    /// `pdf`, …), as when this field was a string.
    pub format: Format,
    pub findings: Vec<Finding>,
    /// What the detector could not fully do (an ad-hoc pattern that gave up on some text), for the
    /// job's warnings; never document text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// What OCR read in each image, in document order, so that the redactor burns the same pixels
    /// without reading the images again (absent: it reads them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<ImageReading>,
}

/// A command for one of the worker queues.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "stage", rename_all = "lowercase")]
pub enum JobCommand {
    Detect(DetectCommand),
    Redact(RedactCommand),
}

impl JobCommand {
    pub fn job(&self) -> &JobSpec {
        match self {
            JobCommand::Detect(d) => &d.job,
            JobCommand::Redact(r) => &r.job,
        }
    }

    pub fn job_mut(&mut self) -> &mut JobSpec {
        match self {
            JobCommand::Detect(d) => &mut d.job,
            JobCommand::Redact(r) => &mut r.job,
        }
    }

    /// The queue this command belongs on.
    pub fn stage(&self) -> Stage {
        match self {
            JobCommand::Detect(_) => Stage::Detect,
            JobCommand::Redact(_) => Stage::Redact,
        }
    }
}

/// The worker stages, each with its own queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Detect,
    Redact,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Detect => "detect",
            Stage::Redact => "redact",
        }
    }
}

/// A status report from a worker to the gateway, which owns the job rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StatusEvent {
    pub job_id: JobId,
    pub tenant_id: TenantId,
    pub attempt: u32,
    pub status: JobStatus,
    pub progress_pct: u8,
    /// Set with `completed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<Vec<Finding>>,
    /// Set with `completed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_uri: Option<ObjectUri>,
    /// Set with `completed`: the media type of the written output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Set with `completed`: what exactly was written at `output_uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_version: Option<OutputVersion>,
    /// Set with `completed` when the user should know something about the result (an image kept
    /// unread, or blanked because it could not be read); never document text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Set with `completed` when the job wrote `pseudonymize` surrogates: their sealed vault records,
    /// for the gateway to store (a worker has no database).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudonyms: Option<PseudonymDeposit>,
    /// Set with `failed` and `error`; never holds document text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// Set with `failed` when the job will be tried again automatically after this many seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_in_secs: Option<u32>,
    /// Bytes of input read so far (for metrics and progress in bytes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_processed: Option<u64>,
    #[serde(with = "time::serde::rfc3339")]
    #[schemars(with = "String")]
    pub occurred_at: OffsetDateTime,
}

impl StatusEvent {
    /// A bare event for `job` with the given status and progress.
    pub fn new(job: &JobSpec, status: JobStatus, progress_pct: u8) -> Self {
        Self::for_job(job.job_id, job.tenant_id.clone(), job.attempt, status, progress_pct)
    }

    /// A bare event for the job known by its ids (for a caller that holds the job's row, not its spec).
    pub fn for_job(job_id: JobId, tenant_id: TenantId, attempt: u32, status: JobStatus, progress_pct: u8) -> Self {
        StatusEvent {
            job_id,
            tenant_id,
            attempt,
            status,
            progress_pct,
            findings: None,
            output_uri: None,
            content_type: None,
            output_version: None,
            warnings: Vec::new(),
            pseudonyms: None,
            error_message: None,
            retry_in_secs: None,
            bytes_processed: None,
            occurred_at: OffsetDateTime::now_utc(),
        }
    }

    pub fn update(&self) -> StatusUpdate {
        StatusUpdate { status: self.status, attempt: self.attempt, progress_pct: self.progress_pct }
    }
}

/// The gateway's word to every worker that a job was cancelled (broadcast: each worker gets a copy).
/// A worker skips the job's commands of this attempt or an earlier one, and stops the one it is
/// running at its next chunk; a later attempt (a retry on request) runs again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CancelNotice {
    pub job_id: JobId,
    pub tenant_id: TenantId,
    /// The job's attempt when it was cancelled.
    pub attempt: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityType;

    fn spec() -> JobSpec {
        JobSpec {
            job_id: JobId::generate(),
            tenant_id: TenantId::parse("t1").unwrap(),
            batch_id: None,
            attempt: 1,
            input_uri: ObjectUri::parse("s3://b/in.txt").unwrap(),
            output_uri: ObjectUri::parse("s3://b/redacted/in.txt").unwrap(),
            policy: RedactionPolicy::default(),
            grants: None,
        }
    }

    #[test]
    fn commands_are_tagged_by_stage_and_round_trip() {
        let cmd = JobCommand::Redact(RedactCommand {
            job: spec(),
            input: InputVersion { size: 3, etag: None, sha256: "00".into() },
            format: Format::Text,
            findings: vec![Finding::new(EntityType::US_SSN, 0, 11, 1.0)],
            warnings: vec![],
            images: vec![],
        });
        let json = serde_json::to_value(&cmd).unwrap();
        assert_eq!(json["stage"], "redact");
        assert_eq!(json["job_id"], cmd.job().job_id.to_string());
        let back: JobCommand = serde_json::from_value(json).unwrap();
        assert_eq!(back, cmd);
    }

    /// A redact command as the detector wrote it when `format` was a string: commands already in a
    /// queue when the typed field shipped must still be read, and the field keeps its spelling.
    #[test]
    fn a_redact_command_from_before_the_typed_format_still_parses() {
        let queued = r#"{
            "stage": "redact",
            "job_id": "job_01jdq4v1c8x9k2m3n4p5q6r7s8",
            "tenant_id": "t1",
            "attempt": 2,
            "input_uri": "s3://b/in.pdf",
            "output_uri": "s3://b/redacted/in.pdf",
            "input": {"size": 3, "sha256": "00"},
            "format": "pdf",
            "findings": [{"entity_type": "US_SSN", "start": 0, "end": 11, "score": 1.0}]
        }"#;
        let cmd: JobCommand = serde_json::from_str(queued).unwrap();
        let JobCommand::Redact(redact) = &cmd else { panic!("not a redact command: {cmd:?}") };
        assert_eq!(redact.format, Format::Pdf);
        assert_eq!(serde_json::to_value(&cmd).unwrap()["format"], "pdf");
        let unknown = queued.replace(r#""format": "pdf""#, r#""format": "docm""#);
        assert!(serde_json::from_str::<JobCommand>(&unknown).is_err());
    }

    #[test]
    fn events_serialize_timestamps_as_rfc3339() {
        let ev = StatusEvent::new(&spec(), JobStatus::Processing, 10);
        let json = serde_json::to_value(&ev).unwrap();
        assert!(json["occurred_at"].as_str().unwrap().ends_with('Z'));
        assert!(json.get("findings").is_none());
        let back: StatusEvent = serde_json::from_value(json).unwrap();
        assert_eq!(back, ev);
    }

    #[test]
    fn cancel_notices_round_trip() {
        let n = CancelNotice { job_id: JobId::generate(), tenant_id: TenantId::parse("t1").unwrap(), attempt: 3 };
        let back: CancelNotice = serde_json::from_str(&serde_json::to_string(&n).unwrap()).unwrap();
        assert_eq!(back, n);
    }
}
