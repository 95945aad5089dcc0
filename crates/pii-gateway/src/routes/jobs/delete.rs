use actix_web::{HttpResponse, web};
use pii_core::audit::AuditAction;
use pii_db::jobs;
use pii_storage::Reach;

use super::parse_job_id;
use crate::auth::Principal;
use crate::dto::DetailResponse;
use crate::error::ApiError;
use crate::state::AppState;

/// Deletes a job and the output it wrote (if that object is still the one it wrote). Irreversible.
#[utoipa::path(delete, path = "/api/v1/jobs/{job_id}", tag = "jobs",
    params(("job_id" = String, Path, description = "The job id")),
    responses(
        (status = 200, body = DetailResponse, example = json!({"detail": "Job deleted"})),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn delete_job(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let target = parse_job_id(&path).ok().map(|id| id.to_string());
    let result = delete_job_inner(&state, &principal, &path).await;
    crate::audit::audited(&state, &principal, AuditAction::JobDelete, target, result).await
}

async fn delete_job_inner(state: &AppState, principal: &Principal, path: &str) -> Result<HttpResponse, ApiError> {
    let id = parse_job_id(path)?;
    let scope = principal.scope();
    // Remove the output first: if that fails, the job still exists and the caller can try again.
    let job = {
        let scope = scope.clone();
        state.db.run(move |c| jobs::get_job(c, id, &scope)).await?.ok_or(ApiError::NotFound("Job not found"))?
    };
    // Only the object this job wrote: not one that replaced it since, and nothing when the job
    // never completed (its output location may name an object that was there before it).
    if let Some(written) = &job.output
        && state.storage.head(&job.output_uri, Reach::Service).await?.as_ref() == Some(written)
    {
        state.storage.delete(&job.output_uri, Reach::Service).await?;
    }
    let headers = crate::observability::trace_headers();
    let deleted = state
        .db
        .run(move |c| jobs::delete_job(c, id, &scope, &|job| crate::routes::cancel::notice(job, &headers)))
        .await?
        .ok_or(ApiError::NotFound("Job not found"))?;
    if !deleted.has_ended() {
        // Its cancel notice is in the outbox: relay it now, not at the next poll.
        state.relay.notify_one();
    }
    tracing::info!(job_id = %id, tenant = %principal.tenant, "job deleted");
    Ok(HttpResponse::Ok().json(DetailResponse { detail: "Job deleted".into() }))
}
