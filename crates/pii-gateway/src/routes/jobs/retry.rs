use actix_web::{web, HttpResponse};
use pii_core::messages::{DetectCommand, JobCommand, JobSpec};
use pii_core::uri::ObjectUri;
use pii_db::jobs;
use pii_db::outbox::NewMessage;
use pii_db::DbError;
use pii_queue::Route;

use super::parse_job_id;
use crate::auth::Principal;
use crate::dto::JobResponse;
use crate::error::ApiError;
use crate::state::AppState;

/// Runs a `failed` job again, as a new attempt.
#[utoipa::path(post, path = "/api/v1/jobs/{job_id}/retry", tag = "jobs",
    params(("job_id" = String, Path, description = "The job id")),
    responses(
        (status = 202, body = JobResponse, description = "queued again"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
        (status = 409, body = crate::error::ErrorBody, description = "the job is not failed"),
    ),
    security(("api_key" = [])))]
pub async fn retry_job(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = parse_job_id(&path)?;
    let scope = principal.scope();
    // Captured here: the closure below runs on a blocking thread, outside the request's span.
    let headers = crate::observability::trace_headers();
    let job = state
        .db
        .run(move |c| {
            jobs::retry_job(c, id, &scope, move |job| {
                let corrupt = |why: String| DbError::Corrupt { table: "jobs", why };
                let spec = JobSpec {
                    job_id: job.id,
                    tenant_id: job.tenant_id.clone(),
                    batch_id: job.batch_id,
                    attempt: job.attempt,
                    input_uri: ObjectUri::parse(&job.input_uri).map_err(|e| corrupt(e.to_string()))?,
                    output_uri: ObjectUri::parse(&job.output_uri).map_err(|e| corrupt(e.to_string()))?,
                    policy: serde_json::from_str(&job.policy_json).map_err(|e| corrupt(e.to_string()))?,
                };
                let payload = serde_json::to_string(&JobCommand::Detect(DetectCommand { job: spec })).map_err(|e| corrupt(e.to_string()))?;
                Ok(NewMessage { routing_key: Route::Detect.routing_key().to_owned(), payload, headers })
            })
        })
        .await
        .map_err(|e| match e.kind() {
            pii_core::ErrorKind::Conflict => ApiError::Conflict("only a failed job can be retried".into()),
            _ => ApiError::from(e),
        })?
        .ok_or(ApiError::NotFound("Job not found"))?;
    state.relay.notify_one();
    tracing::info!(job_id = %job.id, attempt = job.attempt, "job retried on request");
    Ok(HttpResponse::Accepted().json(JobResponse::from(job)))
}
