//! Request and response bodies of the REST API. Field names follow the Jobs API reference exactly.

use std::collections::BTreeMap;

use pii_core::policy::{AdHocRecognizer, DenyListEntry, OperatorConfig, RedactionPolicy};
use pii_core::EntityType;
use pii_db::jobs::JobRecord;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// The statuses of a job (documentation only; the wire value is the lowercase name).
#[derive(ToSchema)]
#[schema(as = JobStatus)]
#[allow(non_camel_case_types, dead_code, reason = "mirrors the API's lowercase status names for the OpenAPI document")]
pub enum JobStatusSchema {
    queued,
    processing,
    completed,
    failed,
    error,
}

/// One detected entity: where it is, what it is, how sure. Never the value.
#[derive(Serialize, Deserialize, ToSchema)]
#[schema(as = Finding)]
pub struct FindingSchema {
    #[schema(example = "PERSON")]
    pub entity_type: String,
    /// Offset of the first character (Unicode scalar values, as Python `str` indexes).
    pub start: u64,
    /// Offset after the last character.
    pub end: u64,
    /// Confidence between 0 and 1.
    pub score: f32,
}

/// A job, as `GET /jobs/{job_id}` shows it.
#[derive(Serialize, ToSchema)]
#[schema(as = Job)]
pub struct JobResponse {
    #[schema(example = "job_01jdq4v1c8x9k2m3n4p5q6r7s8")]
    pub id: String,
    #[schema(value_type = JobStatusSchema)]
    pub status: &'static str,
    pub input_uri: String,
    /// Where the redacted file is; set once the job completed.
    pub output_uri: Option<String>,
    /// 0 to 100.
    pub progress_pct: u8,
    /// Set once the job completed; empty before.
    #[schema(value_type = Vec<FindingSchema>)]
    pub findings: Box<RawValue>,
    pub error_message: Option<String>,
    /// ISO 8601.
    pub created_at: String,
    /// ISO 8601, or null while the job has not finished.
    pub completed_at: Option<String>,
    /// The tenant that owns the job.
    pub tenant_id: String,
    /// The batch this job was submitted in, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<String>,
}

pub fn timestamp(t: OffsetDateTime) -> String {
    // Whole milliseconds keep timestamps short and identical on both backends.
    let t = t.replace_nanosecond(t.nanosecond() / 1_000_000 * 1_000_000).unwrap_or(t);
    t.format(&Rfc3339).unwrap_or_default()
}

fn empty_array() -> Box<RawValue> {
    RawValue::from_string("[]".to_owned()).unwrap_or_else(|_| unreachable_raw())
}

fn unreachable_raw() -> Box<RawValue> {
    // "[]" is valid JSON; this path cannot be taken.
    serde_json::value::to_raw_value(&Vec::<u8>::new()).unwrap_or_default()
}

impl From<JobRecord> for JobResponse {
    fn from(j: JobRecord) -> Self {
        let completed = j.status == pii_core::JobStatus::Completed;
        let findings = match j.findings_json {
            Some(f) if completed => RawValue::from_string(f).unwrap_or_else(|_| empty_array()),
            _ => empty_array(),
        };
        JobResponse {
            id: j.id.to_string(),
            status: j.status.as_str(),
            input_uri: j.input_uri,
            output_uri: completed.then_some(j.output_uri),
            progress_pct: j.progress_pct,
            findings,
            error_message: j.error_message,
            created_at: timestamp(j.created_at),
            completed_at: j.completed_at.map(timestamp),
            tenant_id: j.tenant_id.to_string(),
            batch_id: j.batch_id.map(|b| b.to_string()),
        }
    }
}

/// `POST /redact/uri`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RedactUriRequest {
    /// `s3://`, `gs://`, `az://`, `file://` (under the allowed roots) or `https://`.
    pub input_uri: String,
    /// Where to write the result; by default a `redacted/` folder beside the input.
    pub output_uri: Option<String>,
    #[schema(value_type = Option<Vec<String>>)]
    pub entities: Option<Vec<EntityType>>,
    pub score_threshold: Option<f32>,
    #[serde(default)]
    pub allow_list: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub deny_list: Vec<DenyListEntry>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub ad_hoc_recognizers: Vec<AdHocRecognizer>,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub operators: BTreeMap<String, OperatorConfig>,
}

impl RedactUriRequest {
    pub fn policy(&self) -> RedactionPolicy {
        RedactionPolicy {
            entities: self.entities.clone(),
            score_threshold: self.score_threshold,
            allow_list: self.allow_list.clone(),
            deny_list: self.deny_list.clone(),
            ad_hoc_recognizers: self.ad_hoc_recognizers.clone(),
            operators: self.operators.clone(),
        }
    }
}

/// `POST /analyze`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeRequest {
    pub text: String,
    #[schema(value_type = Option<Vec<String>>)]
    pub entities: Option<Vec<EntityType>>,
    pub score_threshold: Option<f32>,
    #[serde(default)]
    pub allow_list: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub deny_list: Vec<DenyListEntry>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub ad_hoc_recognizers: Vec<AdHocRecognizer>,
    /// Accepted for Presidio compatibility; the engine is language-neutral.
    pub language: Option<String>,
}

/// `POST /redact`: the analyze options plus operators.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RedactTextRequest {
    pub text: String,
    #[schema(value_type = Option<Vec<String>>)]
    pub entities: Option<Vec<EntityType>>,
    pub score_threshold: Option<f32>,
    #[serde(default)]
    pub allow_list: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub deny_list: Vec<DenyListEntry>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub ad_hoc_recognizers: Vec<AdHocRecognizer>,
    #[serde(default)]
    #[schema(value_type = Object)]
    pub operators: BTreeMap<String, OperatorConfig>,
    pub language: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct AnalyzeResponse {
    #[schema(value_type = Vec<FindingSchema>)]
    pub findings: Vec<pii_core::Finding>,
}

#[derive(Serialize, ToSchema)]
pub struct RedactTextResponse {
    pub text: String,
    #[schema(value_type = Vec<FindingSchema>)]
    pub findings: Vec<pii_core::Finding>,
}

#[derive(Serialize, ToSchema)]
pub struct DetailResponse {
    pub detail: String,
}

#[derive(Serialize, ToSchema)]
pub struct HealthResponse {
    pub status: &'static str,
}
