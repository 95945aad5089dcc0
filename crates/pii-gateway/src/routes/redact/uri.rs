use actix_web::{web, HttpResponse};
use pii_core::messages::{DetectCommand, JobCommand, JobSpec};
use pii_core::uri::ObjectUri;
use pii_core::JobId;
use pii_db::jobs::{self, NewJob};
use pii_db::outbox::NewMessage;
use pii_queue::Route;

use crate::auth::Principal;
use crate::dto::{JobResponse, RedactUriRequest};
use crate::error::ApiError;
use crate::state::AppState;

/// Creates an asynchronous redaction job for one input URI.
#[utoipa::path(post, path = "/api/v1/redact/uri", tag = "jobs", request_body = RedactUriRequest,
    responses(
        (status = 202, body = JobResponse, description = "the job was created and queued"),
        (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody, description = "an invalid, unsupported or forbidden URI or option"),
        (status = 503, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn redact_uri(state: web::Data<AppState>, principal: Principal, body: web::Json<RedactUriRequest>) -> Result<HttpResponse, ApiError> {
    let req = body.into_inner();
    let id = JobId::generate();
    let spec = plan_job(&state, &principal, id, &req.input_uri, req.output_uri.as_deref(), req.policy())?;
    let new = NewJob {
        id,
        tenant_id: principal.tenant.clone(),
        batch_id: None,
        input_uri: spec.input_uri.to_string(),
        output_uri: spec.output_uri.to_string(),
        policy_json: serde_json::to_string(&spec.policy).map_err(|e| ApiError::Internal(e.to_string()))?,
    };
    let message = detect_message(spec)?;
    let mut created = state.db.run(move |c| jobs::create_jobs(c, &[new], &[message])).await?;
    state.relay.notify_one();
    let job = created.pop().ok_or_else(|| ApiError::Internal("no job was created".into()))?;
    tracing::info!(job_id = %job.id, tenant = %job.tenant_id, "job created");
    Ok(HttpResponse::Accepted().json(JobResponse::from(job)))
}

/// Validates a submission and decides its output location; shared with batches.
pub(crate) fn plan_job(
    state: &AppState,
    principal: &Principal,
    id: JobId,
    input_uri: &str,
    output_uri: Option<&str>,
    policy: pii_core::policy::RedactionPolicy,
) -> Result<JobSpec, ApiError> {
    let input = ObjectUri::parse(input_uri).map_err(|e| ApiError::Unprocessable(format!("input_uri: {e}")))?;
    state.storage.check_input(&input).map_err(|e| match e {
        pii_storage::StorageError::NotFound => ApiError::Unprocessable("input_uri: the input does not exist".into()),
        other => ApiError::Unprocessable(format!("input_uri: {other}")),
    })?;
    let output = match output_uri {
        Some(o) => ObjectUri::parse(o).map_err(|e| ApiError::Unprocessable(format!("output_uri: {e}")))?,
        None => match input.default_output() {
            Some(o) => o,
            None => ObjectUri::join_output(&state.config.output_base, principal.tenant.as_str(), &id.to_string(), &input.file_name())
                .map_err(|e| ApiError::Internal(e.to_string()))?,
        },
    };
    if output == input {
        return Err(ApiError::Unprocessable("output_uri: must differ from input_uri (the input is never overwritten)".into()));
    }
    state.storage.check_output(&output).map_err(|e| ApiError::Unprocessable(format!("output_uri: {e}")))?;
    // Compiling the policy here refuses bad patterns at submit time instead of failing the job later.
    state.engine.prepare(&policy)?;
    Ok(JobSpec { job_id: id, tenant_id: principal.tenant.clone(), batch_id: None, attempt: 1, input_uri: input, output_uri: output, policy })
}

pub(crate) fn detect_message(spec: JobSpec) -> Result<NewMessage, ApiError> {
    let cmd = JobCommand::Detect(DetectCommand { job: spec });
    Ok(NewMessage {
        routing_key: Route::Detect.routing_key().to_owned(),
        payload: serde_json::to_string(&cmd).map_err(|e| ApiError::Internal(e.to_string()))?,
    })
}
