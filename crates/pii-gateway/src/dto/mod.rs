//! Request and response bodies of the REST API. Field names follow the Jobs API reference exactly.

use pii_core::EntityType;
use pii_db::jobs::JobRecord;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

mod deanonymize;
mod explain;
mod governance;
mod policy_requests;
mod rotate;
pub use deanonymize::{DeanonymizeRequest, DeanonymizeResponse, FpeSpan, PseudonymScopeSchema, RestoredSchema, ValueSpan};
pub use explain::{AnalyzeFinding, FindingExplanation};
pub use governance::{AuditEventResponse, TenantDeletedResponse};
pub use policy_requests::{AnalyzeRequest, BatchItem, BatchRequest, RedactTextRequest, RedactUriRequest};
pub use rotate::RotateKeysRequest;

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
    /// For text read by OCR from a picture (an image file, a scanned PDF page): the page, from 1.
    /// Absent for other text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// For text read by OCR: the box around the entity's words, in the picture's pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bbox: Option<BoundingBoxSchema>,
}

/// A rectangle in a picture's pixels, from its top-left corner.
#[derive(Serialize, Deserialize, ToSchema)]
#[schema(as = BoundingBox)]
pub struct BoundingBoxSchema {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
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
    /// The caller's metadata, as submitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub metadata: Option<Box<RawValue>>,
    /// Where a callback is sent when the job ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// What to know about a completed job's result: images kept unread (`images: keep`), or
    /// blanked because OCR could not read them or they could not be decoded, each with its page.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
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
            input_uri: j.input_uri.to_string(),
            output_uri: completed.then(|| j.output_uri.to_string()),
            progress_pct: j.progress_pct,
            findings,
            error_message: j.error_message,
            created_at: timestamp(j.created_at),
            completed_at: j.completed_at.map(timestamp),
            tenant_id: j.tenant_id.to_string(),
            batch_id: j.batch_id.map(|b| b.to_string()),
            metadata: j.metadata_json.and_then(|m| RawValue::from_string(m).ok()),
            callback_url: j.callback_url,
            warnings: j.warnings,
        }
    }
}

/// The answer to a batch submission.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct BatchCreated {
    pub batch_id: String,
    /// The jobs created by this request (for a prefix still `listing`, those of its first page).
    pub job_ids: Vec<String>,
    pub jobs_created: usize,
    /// True when more objects below the prefix follow: the batch goes on listing them in the
    /// background (follow it with `GET /batches/{batch_id}`).
    #[serde(default)]
    pub listing: bool,
}

/// Jobs of a batch per status.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct StatusCounts {
    pub queued: u64,
    pub processing: u64,
    pub completed: u64,
    pub failed: u64,
    pub error: u64,
}

/// `GET /batches/{batch_id}`.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Batch)]
pub struct BatchResponse {
    pub batch_id: String,
    /// `running` until its prefix (if any) is listed and every job has ended, then `completed`
    /// (whatever the jobs' outcomes).
    pub status: &'static str,
    /// Jobs created so far; it grows page by page while the batch is `listing`.
    pub jobs_total: u32,
    pub counts: StatusCounts,
    /// Mean progress of the batch's jobs (0-100).
    pub progress_pct: f64,
    pub created_at: String,
    pub completed_at: Option<String>,
    pub tenant_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub metadata: Option<Box<RawValue>>,
    /// True while objects below the batch's prefix are still being listed into jobs.
    pub listing: bool,
    /// The prefix the batch was made from, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_prefix: Option<String>,
    /// Why the listing of the prefix stopped before its end (the jobs created before still run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_error: Option<String>,
}

impl BatchResponse {
    pub fn new(b: pii_db::batches::BatchRecord, counts: &pii_db::batches::BatchCounts) -> Self {
        let mut c = StatusCounts::default();
        for (status, n) in &counts.by_status {
            match status {
                pii_core::JobStatus::Queued => c.queued = *n,
                pii_core::JobStatus::Processing => c.processing = *n,
                pii_core::JobStatus::Completed => c.completed = *n,
                pii_core::JobStatus::Failed => c.failed = *n,
                pii_core::JobStatus::Error => c.error = *n,
            }
        }
        let total = u64::from(b.jobs_total.max(1));
        let progress = (counts.progress_sum as f64 / total as f64 * 10.0).round() / 10.0;
        BatchResponse {
            batch_id: b.id.to_string(),
            status: if b.completed_at.is_some() { "completed" } else { "running" },
            jobs_total: b.jobs_total,
            counts: c,
            progress_pct: progress.min(100.0),
            created_at: timestamp(b.created_at),
            completed_at: b.completed_at.map(timestamp),
            tenant_id: b.tenant_id.to_string(),
            callback_url: b.callback_url,
            metadata: b.metadata_json.and_then(|m| RawValue::from_string(m).ok()),
            listing: b.listing,
            input_prefix: b.input_prefix,
            listing_error: b.listing_error,
        }
    }
}

/// The caller's own tenant, with the secret that signs its callbacks.
#[derive(Debug, Serialize, ToSchema)]
pub struct TenantSelf {
    pub tenant_id: String,
    /// HMAC-SHA256 key (hex) of the `X-PII-Redactor-Signature` header on callbacks, in the
    /// tenant's current key epoch: it changes when an administrator rotates the tenant's keys.
    pub callback_signing_secret: String,
    /// The generation of the tenant's key epoch (0 until its keys are first rotated): callbacks
    /// name the one they were signed in (`X-PII-Redactor-Key-Epoch`).
    pub key_epoch: u32,
    /// The generation of the keys of the tenant's outputs (0 until an administrator first rotates
    /// them): `hash`, `encrypt`, `fpe`, `pseudonymize` and `date_shift` values made under one
    /// generation do not match or decrypt under another.
    pub output_key_epoch: u32,
    pub requests_per_second: Option<f32>,
    pub max_jobs_in_flight: Option<u32>,
    /// Seconds the tenant's ended jobs (outputs, findings, rows) are kept after they end; null:
    /// until deleted.
    pub retention_seconds: Option<u64>,
}

/// A tenant, for administrators.
#[derive(Debug, Serialize, ToSchema)]
pub struct TenantResponse {
    pub tenant_id: String,
    pub created_at: String,
    pub disabled: bool,
    pub requests_per_second: Option<f32>,
    pub max_jobs_in_flight: Option<u32>,
    /// The storage prefixes the tenant may read, list and write (besides its own output area).
    pub grants: Vec<String>,
    /// The tenant's own retention: seconds its ended jobs are kept after they end; null: the
    /// deployment's default (`PII_REDACTOR_RETENTION_SECONDS`), and without one until deleted.
    pub retention_seconds: Option<u64>,
    /// The generation of the tenant's key epoch: how many times its keys were rotated
    /// (`POST /admin/tenants/{tenant_id}/rotate-keys`).
    pub key_epoch: u32,
    /// How many times the keys of its outputs were rotated (`rotate-keys` with `{"outputs": true}`).
    pub output_key_epoch: u32,
}

impl TenantResponse {
    pub fn new(t: pii_db::keys::TenantRecord, grants: &pii_core::grants::Grants) -> Self {
        TenantResponse {
            tenant_id: t.id.to_string(),
            created_at: timestamp(t.created_at),
            disabled: t.disabled_at.is_some(),
            requests_per_second: t.quotas.requests_per_second,
            max_jobs_in_flight: t.quotas.max_jobs_in_flight,
            grants: grants.prefixes().iter().map(|p| p.as_str().to_owned()).collect(),
            retention_seconds: t.retention.map(pii_core::Retention::seconds),
            key_epoch: t.key_generation,
            output_key_epoch: t.output_key_generation,
        }
    }
}

/// `POST /admin/tenants` and `PATCH /admin/tenants/{tenant_id}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantRequest {
    /// Required when creating.
    pub tenant_id: Option<String>,
    /// The tenant's request rate; `null` returns it to the deployment's default; on `PATCH`, left
    /// as it is when absent.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<f32>, nullable)]
    pub requests_per_second: Option<Option<f32>>,
    /// Most jobs queued or running at once; `null` and absence as for `requests_per_second`.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<u32>, nullable)]
    pub max_jobs_in_flight: Option<Option<u32>>,
    /// Disables (`true`) or enables the tenant; on `PATCH`, left as it is when absent; a new
    /// tenant is enabled unless it says so.
    pub disabled: Option<bool>,
    /// Replaces the tenant's storage grants (URI prefixes: `file://…/`, `s3://bucket/prefix/`,
    /// `gs://…`, `az://…`); left as they are when absent.
    pub grants: Option<Vec<String>>,
    /// Seconds the tenant's ended jobs (outputs, findings, rows) are kept after they end, 1 to
    /// 3153600000; `null` returns the tenant to the deployment's default; left as it is when absent.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<u64>, nullable, minimum = 1, maximum = 3_153_600_000_u64, example = 2592000)]
    pub retention_seconds: Option<Option<u64>>,
}

/// Tells a field sent as `null` (`Some(None)`) from one left out (`None`, by `#[serde(default)]`).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// `POST /admin/keys`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyRequest {
    pub tenant_id: String,
    /// What the key may do: any of jobs:read, jobs:write, analyze, deanonymize, admin. Default:
    /// every scope but deanonymize.
    #[serde(default)]
    #[schema(example = json!(["jobs:read", "jobs:write"]))]
    pub scopes: Option<Vec<String>>,
}

/// An API key; `key` is shown only in the answer that created it.
#[derive(Debug, Serialize, ToSchema)]
pub struct KeyResponse {
    pub id: String,
    pub tenant_id: String,
    pub key_prefix: String,
    pub created_at: String,
    pub revoked: bool,
    /// What the key may do.
    #[schema(example = json!(["jobs:read", "jobs:write", "analyze", "admin"]))]
    pub scopes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl From<pii_db::keys::ApiKeyRecord> for KeyResponse {
    fn from(k: pii_db::keys::ApiKeyRecord) -> Self {
        KeyResponse {
            id: k.id,
            tenant_id: k.tenant_id.to_string(),
            key_prefix: k.key_prefix,
            created_at: timestamp(k.created_at),
            revoked: k.revoked_at.is_some(),
            scopes: k.scopes.names().into_iter().map(str::to_owned).collect(),
            key: None,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct AnalyzeResponse {
    pub findings: Vec<AnalyzeFinding>,
    /// Why the result may be incomplete: a language of the text whose NER model or word list is
    /// not on this server (its names were found with the structural rules alone). Absent when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct RedactTextResponse {
    pub text: String,
    #[schema(value_type = Vec<FindingSchema>)]
    pub findings: Vec<pii_core::Finding>,
    /// Where each `pseudonymize` surrogate stands in `text` (char offsets): send them back with
    /// `pseudonym_scope` to `POST /api/v1/deanonymize` to restore the values. Absent when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pseudonyms: Vec<ValueSpan>,
    /// The scope the surrogates are kept in: `{"kind": "call", "id": …}` (this call) or
    /// `{"kind": "tenant"}`. Absent when no surrogate was written.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<PseudonymScopeSchema>)]
    pub pseudonym_scope: Option<pii_core::engine::vault::VaultScope>,
    /// Why the result may be incomplete: a language of the text whose NER model or word list is
    /// not on this server (its names were found with the structural rules alone). Absent when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct DetailResponse {
    pub detail: String,
}

#[derive(Serialize, ToSchema)]
pub struct HealthResponse {
    pub status: &'static str,
}

/// The name of a built-in entity type. The OpenAPI document lists every one as an enum, built from
/// the engine's own list, so clients can generate types from it; requests may also name the types
/// their own ad-hoc recognizers and deny lists define, so request fields stay plain strings.
pub struct BuiltInEntityType;

impl utoipa::PartialSchema for BuiltInEntityType {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        let names: Vec<&str> = EntityType::BUILT_IN.iter().map(EntityType::as_str).collect();
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("A built-in entity type (GET /api/v1/entities describes each)"))
            .enum_values(Some(names))
            .into()
    }
}

impl ToSchema for BuiltInEntityType {}

/// One entity type, as `GET /entities` lists it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct EntityDescription {
    #[schema(value_type = BuiltInEntityType)]
    pub entity_type: String,
    pub description: String,
    /// ISO 3166-1 alpha-2 code of the issuing country; absent for types that are not national.
    pub country: Option<String>,
    /// A check digit or a structural rule (dates, region codes) is verified, beyond the shape.
    pub validated: bool,
    /// Reported when a request names no entity types; the others must be named in `entities`.
    pub enabled_by_default: bool,
}

impl From<pii_core::engine::EntityInfo> for EntityDescription {
    fn from(e: pii_core::engine::EntityInfo) -> Self {
        EntityDescription {
            entity_type: e.entity_type.to_string(),
            description: e.description,
            country: e.country,
            validated: e.validated,
            enabled_by_default: e.enabled_by_default,
        }
    }
}
