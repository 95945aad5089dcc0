use actix_web::{HttpRequest, HttpResponse, web};
use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::grants::Grants;
use pii_core::messages::JobSpec;
use pii_core::uri::ObjectUri;
use pii_core::{JobId, TenantId};
use pii_db::jobs::NewJob;
use pii_storage::Reach;

use super::submit;
use crate::auth::Principal;
use crate::dto::{JobResponse, RedactUriRequest};
use crate::error::ApiError;
use crate::idempotency::{IdempotencyKey, parse_json, read_body};
use crate::state::AppState;

/// Creates an asynchronous redaction job for one input URI.
///
/// With an `Idempotency-Key` header, a retry with the same key and body returns the original answer
/// and creates nothing; the same key with another body is 422.
#[utoipa::path(post, path = "/api/v1/redact/uri", tag = "jobs", request_body = RedactUriRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "makes retries of this request safe")),
    responses(
        (status = 202, body = JobResponse, description = "the job was created and queued"),
        (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody),
        (status = 409, body = crate::error::ErrorBody, description = "the output location holds an object no job of this tenant wrote, and `overwrite` is not set"),
        (status = 422, body = crate::error::ErrorBody, description = "an invalid, unsupported or forbidden URI or option"),
        (status = 429, body = crate::error::ErrorBody, description = "a quota is exceeded"),
        (status = 503, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn redact_uri(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    // A created job is audited with its id where it is created; a refusal here, without one.
    let result = submit_job(&state, &principal, req, payload).await;
    if result.is_err() {
        crate::audit::record(&state, &principal, AuditAction::JobCreate, None, crate::audit::outcome_of(&result)).await;
    }
    result
}

async fn submit_job(state: &AppState, principal: &Principal, req: HttpRequest, payload: web::Payload) -> Result<HttpResponse, ApiError> {
    let body = read_body(payload, state.config.max_body_bytes).await?;
    let idem = IdempotencyKey::from_request(&req, &body)?;
    if let Some(k) = &idem
        && let Some(replayed) = k.replay(&state.db, &principal.tenant).await?
    {
        return Ok(replayed);
    }
    let r: RedactUriRequest = parse_json(&req, &body)?;
    let metadata = submit::metadata_json(r.metadata.as_ref())?;
    let callback = submit::callback_url(state, r.callback_url.as_deref())?;
    let id = JobId::generate();
    let grants = crate::grants::of_tenant(state, &principal.tenant).await?;
    // Compiling the policy refuses bad patterns at submit time instead of failing the job later; the
    // caller's lists are then sealed before the policy is stored or queued.
    let policy = r.policy();
    state.engine.prepare(&policy)?;
    let policy = principal.seal(&state.master_key, policy)?;
    let spec = plan_job(state, &principal.tenant, &grants, id, &r.input_uri, r.output_uri.as_deref(), policy)?;
    if !r.overwrite
        && let Some(refused) = submit::foreign_outputs(state, &principal.tenant, &[&spec.output_uri], &grants).await?.into_iter().next()
    {
        return Err(ApiError::Conflict(refused));
    }
    submit::check_in_flight(state, principal, 1).await?;
    let jobs = vec![NewJob::from_spec(&spec, callback, metadata)];
    // The request's trace continues in the detector, through the outbox and the broker.
    let message = crate::outbox::detect_message(spec, crate::observability::trace_headers())?;
    let planned = submit::Planned { batch: None, jobs, messages: vec![message] };
    let resp = submit::commit(state, principal, planned, idem.as_ref(), |sub| {
        let job = sub.records().into_iter().next().ok_or_else(|| ApiError::Internal("no job was planned".into()))?;
        Ok((202, serde_json::to_string(&JobResponse::from(job)).map_err(|e| ApiError::Internal(e.to_string()))?))
    })
    .await?;
    tracing::info!(job_id = %id, tenant = %principal.tenant, "job created");
    crate::audit::record(state, principal, AuditAction::JobCreate, Some(id.to_string()), AuditOutcome::Success).await;
    pii_runtime::telemetry::annotate("pii.job_id", id.to_string());
    Ok(resp)
}

/// Validates a submission and decides its output location; shared with batches.
pub(crate) fn plan_job(
    state: &AppState,
    tenant: &TenantId,
    grants: &Grants,
    id: JobId,
    input_uri: &str,
    output_uri: Option<&str>,
    policy: pii_core::policy::RedactionPolicy,
) -> Result<JobSpec, ApiError> {
    let input = ObjectUri::parse(input_uri).map_err(|e| ApiError::Unprocessable(format!("input_uri: {e}")))?;
    let output = match output_uri {
        Some(o) => Some(ObjectUri::parse(o).map_err(|e| ApiError::Unprocessable(format!("output_uri: {e}")))?),
        None => None,
    };
    plan_parsed(state, tenant, grants, id, input, output, policy)
}

/// [`plan_job`] for parsed locations.
pub(crate) fn plan_parsed(
    state: &AppState,
    tenant: &TenantId,
    grants: &Grants,
    id: JobId,
    input: ObjectUri,
    output: Option<ObjectUri>,
    policy: pii_core::policy::RedactionPolicy,
) -> Result<JobSpec, ApiError> {
    let reach = Reach::Tenant(grants);
    state.storage.check_input(&input, reach).map_err(|e| match e {
        pii_storage::StorageError::NotFound => ApiError::Unprocessable("input_uri: the input does not exist".into()),
        other => ApiError::Unprocessable(format!("input_uri: {other}")),
    })?;
    let output = match output {
        Some(o) => o,
        None => match input.default_output() {
            Some(o) => o,
            None => ObjectUri::join_output(&state.config.output_base, tenant.as_str(), &id.to_string(), &input.file_name())
                .map_err(|e| ApiError::Internal(e.to_string()))?,
        },
    };
    if state.storage.same_object(&output, &input) {
        return Err(ApiError::Unprocessable("output_uri: must differ from input_uri (the input is never overwritten)".into()));
    }
    state.storage.check_output(&output, reach).map_err(|e| ApiError::Unprocessable(format!("output_uri: {e}")))?;
    Ok(JobSpec {
        job_id: id,
        tenant_id: tenant.clone(),
        batch_id: None,
        attempt: 1,
        input_uri: input,
        output_uri: output,
        policy,
        grants: Some(grants.clone()),
    })
}
