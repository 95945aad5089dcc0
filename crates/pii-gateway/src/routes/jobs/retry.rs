use actix_web::{HttpResponse, web};
use pii_core::audit::AuditAction;
use pii_db::jobs;

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
    let target = parse_job_id(&path).ok().map(|id| id.to_string());
    let result = retry_job_inner(&state, &principal, &path).await;
    crate::audit::audited(&state, &principal, AuditAction::JobRetry, target, result).await
}

async fn retry_job_inner(state: &AppState, principal: &Principal, path: &str) -> Result<HttpResponse, ApiError> {
    let id = parse_job_id(path)?;
    let scope = principal.scope();
    // Captured here: the closure below runs on a blocking thread, outside the request's span.
    let headers = crate::observability::trace_headers();
    // The job's own tenant's grants as they are now (an administrator may retry any tenant's job).
    let owner = if principal.is_admin() {
        let scope = scope.clone();
        state.db.run(move |c| jobs::get_job(c, id, &scope)).await?.ok_or(ApiError::NotFound("Job not found"))?.tenant_id
    } else {
        principal.tenant.clone()
    };
    let grants = crate::grants::of_tenant(state, &owner).await?;
    let job = state
        .db
        .run(move |c| jobs::retry_job(c, id, &scope, move |job| crate::outbox::detect_message(job.spec(grants), headers)))
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
